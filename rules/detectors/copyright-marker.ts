import { defineDetector } from '../detector.ts';
import { spansOf } from '../text/regex.ts';

const MARKERS =
  /©|\(c\)\s*(?:19|20)\d{2}|(?<![\p{L}])(?:copyright|all\s+rights\s+reserved|(?:photo|image|picture|pic|video|footage)\s+(?:credit|courtesy|by)|credit\s*:|courtesy\s+of|via\s+google(?:\s+images)?|from\s+google(?:\s+images)?|found\s+(?:it\s+)?on\s+(?:google|pinterest|facebook|instagram|twitter|tiktok)|getty(?:\s+images)?|shutterstock|alamy|istock(?:photo)?|pa\s+(?:images|wire|media)|reuters|ap\s+photo|afp\s+photo|screenshot\s+(?:from|of)|stock\s+(?:photo|image|picture))(?![\p{L}])/giu;

export default defineDetector({
  id: 'copyright-marker',
  summary: 'Signs of someone else\'s work: ©, "credit:", "via Google Images", picture agencies (Getty, Shutterstock, Alamy, PA)',
  find(scan) {
    return spansOf(MARKERS, scan.text);
  },
});

import { defineDetector } from '../detector.ts';
import { allMatches, phraseSource, type Span } from '../text/regex.ts';

const PHRASES = phraseSource([
  'strictly confidential', 'private and confidential', 'commercial in confidence', 'in strictest confidence',
  'internal only', 'internal use only', 'for internal use', 'staff only', 'not for publication',
  'not for circulation', 'not for distribution', 'not for release', 'not to be shared', 'do not share',
  'do not forward', 'do not circulate', 'please keep this between us', 'embargoed', 'under embargo',
  'legally privileged', 'restricted circulation', 'official sensitive', 'official-sensitive',
  'draft not for publication', 'leaked',
]);
// The shouted government markings, case-sensitive so "top secret recipe" passes.
const MARKINGS = /(?<![\p{L}])(?:OFFICIAL[\s-]*[-–—]?[\s-]*SENSITIVE|TOP SECRET|SECRET\/\/|CONFIDENTIAL)(?![\p{L}])/gu;
const CONFIDENTIAL = /(?<![\p{L}])confidential(?![\p{L}])/giu;
// A confidential service is something organisations advertise, not a marking.
const SERVICE_AFTER =
  /^\s*(?:and\s+free\s+|,\s*free\s+|free\s+|24\/7\s+)?(?:help\s*line|line|advice|service|services|support|counselling|counseling|reporting|report|hotline|number|waste|shredding|space|listening|conversation|chat|drop-?in|clinic|testing|and\s+(?:free|impartial|anonymous|non-judgemental))/iu;
const SERVICE_BEFORE = /(?:free|a|our|the|is|are|totally|completely|100%|fully|always|strictly\s+in)\s*,?\s*$/iu;

export default defineDetector({
  id: 'confidential-marker',
  summary:
    'Confidentiality markings and phrases: "OFFICIAL-SENSITIVE", "internal only", "not for publication", "do not share", "embargoed"; a "confidential helpline" is fine',
  find(scan) {
    const t = scan.text;
    const spans: Span[] = [];
    for (const m of allMatches(new RegExp(PHRASES, 'giu'), t)) spans.push({ start: m.index, end: m.index + m[0].length });
    for (const m of allMatches(MARKINGS, t)) spans.push({ start: m.index, end: m.index + m[0].length });
    for (const m of allMatches(CONFIDENTIAL, t)) {
      const end = m.index + m[0].length;
      if (spans.some((s) => s.start <= m.index && end <= s.end)) continue;
      const after = t.slice(end, end + 40);
      const before = t.slice(Math.max(0, m.index - 20), m.index);
      if (SERVICE_AFTER.test(after) || (SERVICE_BEFORE.test(before) && !/^\s*[:\-–]/.test(after))) continue;
      spans.push({ start: m.index, end });
    }
    return spans;
  },
});

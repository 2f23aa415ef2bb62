import { defineDetector } from '../detector.ts';
import { spansOf } from '../text/regex.ts';

// HMRC's format: two prefix letters (not D, F, I, Q, U, V; second not O; not BG, GB, NK,
// KN, TN, NT, ZZ), six digits, suffix A–D. Spaces or dashes are optional ("ab-12-34-56-c").
const NINO =
  /(?<![\p{L}\p{N}])(?!(?:BG|GB|NK|KN|TN|NT|ZZ))[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z][ \u00a0-]?\d{2}[ \u00a0-]?\d{2}[ \u00a0-]?\d{2}[ \u00a0-]?[A-D](?![\p{L}\p{N}])/giu;

export default defineDetector({
  id: 'national-insurance',
  summary: 'UK National Insurance numbers (AB 12 34 56 C), checked against HMRC\'s prefix rules',
  find(scan) {
    return spansOf(NINO, scan.text);
  },
});

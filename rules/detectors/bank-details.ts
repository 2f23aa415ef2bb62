import { defineDetector } from '../detector.ts';
import { allMatches, type Span } from '../text/regex.ts';

const SORT_CODE = /(?:sort[\s-]*code|s\/c)\s*(?:is|:|-)?\s*\d{2}[\s-]?\d{2}[\s-]?\d{2}(?!\d)/giu;
const ACCOUNT = /(?:account\s*(?:number|no\.?|num)|acc(?:ount)?\s*no\.?|a\/c(?:\s*no\.?)?)\s*(?:is|:|-)?\s*\d{8}(?!\d)/giu;
// A sort code and an account number side by side: "12-34-56 12345678", "123456 / 12345678".
const PAIR = /(?<![\d.,£$€])\d{2}[-\s]?\d{2}[-\s]?\d{2}\s*(?:\/|,|\s)\s*\d{8}(?![\d.,])/gu;
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){3,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;

/** ISO 13616 mod-97 check, so random capitals and digits are not taken for an IBAN. */
function ibanValid(raw: string): boolean {
  const s = raw.replace(/\s/g, '');
  if (s.length < 15 || s.length > 34) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

export default defineDetector({
  id: 'bank-details',
  summary: 'Bank details: sort codes and account numbers ("sort code 12-34-56", "account no 12345678") and valid IBANs',
  find(scan) {
    const spans: Span[] = [];
    for (const re of [SORT_CODE, ACCOUNT, PAIR]) {
      for (const m of allMatches(re, scan.text)) spans.push({ start: m.index, end: m.index + m[0].length });
    }
    for (const m of allMatches(IBAN, scan.text)) {
      if (ibanValid(m[0])) spans.push({ start: m.index, end: m.index + m[0].length });
    }
    return spans;
  },
});

import { defineDetector } from '../detector.ts';
import { allMatches } from '../text/regex.ts';
import { luhnValid } from '../text/phones.ts';

const CANDIDATE = /(?<![\p{N}+])\d(?:[ \u00a0-]?\d){12,18}(?![\p{N}])/gu;
// Issuer prefixes of the card schemes people actually hold (Visa, Mastercard, Amex,
// Discover, Maestro, JCB, Diners, UnionPay).
const ISSUER = /^(?:4|5[1-5]|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|6(?:011|5|4[4-9]|22)|3(?:0[0-5]|[68])|35|5[06-9]|6\d|62)/;

export default defineDetector({
  id: 'payment-card',
  summary: 'Payment card numbers: 13–19 digits that pass the Luhn check and start like a real card scheme',
  find(scan) {
    return allMatches(CANDIDATE, scan.text)
      .filter((m) => {
        const digits = m[0].replace(/\D/g, '');
        return luhnValid(digits) && ISSUER.test(digits) && !/^0+$/.test(digits);
      })
      .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  },
});

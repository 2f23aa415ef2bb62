import { z } from 'zod';
import { defineDetector } from '../detector.ts';
import { findPhones, personalAbroad, toE164 } from '../text/phones.ts';

// National helplines that organisations post every day; never someone's personal number.
const PUBLIC_HELPLINES = [
  '0800 555 111', // Crimestoppers
  '0300 123 2040', // Action Fraud
  '0800 1111', // Childline
  '0808 2000 247', // National Domestic Abuse Helpline
  '0800 789 321', // Anti-Terrorist Hotline
  '0808 168 9111', // Victim Support
  '0808 800 4444', // Shelter
  '0800 678 1602', // Age UK
  '0808 223 1133', // Citizens Advice
];
const HELPLINES = new Set(PUBLIC_HELPLINES.map((n) => toE164(n)).filter((n): n is string => n !== null));

// Non-geographic service numbers (0800, 03, 0845 …) belong to organisations, not people.
const SERVICE_TYPES = new Set(['TOLL_FREE', 'SHARED_COST', 'UAN', 'PREMIUM_RATE']);
// … unless the post gives it as a person's own ("call me on", "my number is", "WhatsApp Sarah:")
// and it is someone's mobile or landline abroad in that format.
const OWN_NUMBER_BEFORE =
  /(?:(?:[Cc]all|[Rr]ing|[Pp]hone|[Cc]ontact)\s+(?:me|him|her)(?:\s+(?:on|at))?|(?:[Tt]ext|[Tt]xt|[Mm]essage|[Ww]hats[Aa]pp)(?:\s+(?:me|him|her|\p{Lu}\p{Ll}+))?(?:\s+(?:on|at))?|[Mm]y\s+(?:number|mobile|mob|phone|cell|[Ww]hats[Aa]pp)(?:\s+is)?)\s*:?\s*$/u;
// Only the ranges a person's number abroad falls into: 03 (UAN) and 09 (premium rate), not
// freephone 0800 or 0845, which charities and services print everywhere.
const ABROAD_TYPES = new Set(['UAN', 'PREMIUM_RATE']);

export default defineDetector({
  id: 'phone-number',
  summary:
    'Phone numbers in UK and international formats (libphonenumber-js), except 999/101/111, national helplines, service numbers (0800, 03…; an 03 or 09 number given as someone\'s own, "call me on 030 12345678", counts when it is a mobile or landline abroad) and the organisation\'s own listed numbers',
  options: z.strictObject({
    /** More numbers that are public and never personal (a partner's switchboard). */
    exempt: z.array(z.string().max(40)).max(200).default([]),
  }),
  find(scan, options) {
    const exempt = scan.memo(`phone-exempt:${options.exempt.join('|')}`, () => {
      return new Set(options.exempt.map(toE164).filter((n): n is string => n !== null));
    });
    return scan
      .memo('phones', () => findPhones(scan.text))
      .filter(
        (p) =>
          !scan.org.phoneNumbers.has(p.e164) &&
          !HELPLINES.has(p.e164) &&
          !exempt.has(p.e164) &&
          (!SERVICE_TYPES.has(p.type ?? '') ||
            (ABROAD_TYPES.has(p.type ?? '') &&
              OWN_NUMBER_BEFORE.test(scan.text.slice(Math.max(0, p.start - 30), p.start)) &&
              personalAbroad(scan.text.slice(p.start, p.end)))),
      )
      .map((p) => ({ start: p.start, end: p.end }));
  },
});

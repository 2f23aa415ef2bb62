import { z } from 'zod';
import { defineDetector } from '../detector.ts';
import { allMatches, type Span } from '../text/regex.ts';

const POSTCODE =
  /(?<![\p{L}\p{N}])(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?[ \u00a0]?\d[ABD-HJLNP-UW-Z]{2}|GIR[ \u00a0]?0AA)(?![\p{L}\p{N}])/giu;
const STREET_TYPES =
  'Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Place|Pl|Gardens|Gdns|Court|Ct|Terrace|Grove|Hill|Square|Sq|Mews|Row|Walk|View|Rise|Green|Parade|Croft|Fold|Wharf|Meadows?|Vale|Chase|Paddock|Orchard|Copse|Glade|Wynd|Hollow';
// "12 Oak Tree Close", "Flat 3, 21a Station Road"
const STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:Flat|Apartment|Apt|Unit)\s+\d{1,4}[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z'’]+[ \u00a0]+){1,3}(?:${STREET_TYPES})\.?(?![\p{L}\p{N}])`,
  'gu',
);
// A named house on a street: "The Old Rectory, Church Lane", "Rose Cottage, Mill Lane".
const NAMED_HOUSE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:The\s+)?(?:[A-Z][a-z'’]+\s+){1,2}(?:House|Cottage|Farm|Farmhouse|Rectory|Vicarage|Lodge|Barn|Manor|Grange|Villa|Bungalow)\s*,\s+(?:[A-Z][a-z'’]+[ \u00a0]+){1,3}(?:${STREET_TYPES})\.?(?![\p{L}\p{N}])`,
  'gu',
);
// Words that make an address someone's home rather than a venue.
const HOME_CONTEXT = new RegExp(
  [
    String.raw`(?:lives?|living|resides?|residing|staying|stays)\s+(?:at|in|on)`,
    String.raw`home\s+address`,
    String.raw`(?:his|her|their|my|your|the\s+suspect'?s|the\s+victim'?s)\s+(?:home\s+)?(?:address|house|flat|home)`,
    String.raw`address\s+is`,
    String.raw`home\s+is\s+(?:at|on)`,
    // Who lives there: "the resident at", "the tenant of", "the family at", "the neighbour at".
    String.raw`(?:residents?|tenants?|occupants?|occupiers?|householders?|homeowners?|family|neighbours?|couple|pensioners?)\s+(?:at|of|from)(?:\s+number)?`,
    // Going to someone's door: "moved into", "pop round to", "you can find him at".
    String.raw`moved\s+(?:in\s*)?to|moving\s+(?:in\s*)?to|(?:pop|go|went|come|came)\s+round\s+(?:to|at)|round\s+at|find\s+(?:him|her|them)\s+at`,
  ]
    .map((p) => String.raw`(?<![\p{L}])(?:${p})(?![\p{L}])`)
    .join('|'),
  'giu',
);
// A person right before the address: "Mrs Patel of 4 Elm Road", "Dear Mr Ahmed, 7 Birch Way",
// "Tom Reed, 34, of 4 Park View". Two capitalised words need "of": "The Red Lion, 3 High
// Street" is a pub.
const PERSON_BEFORE = new RegExp(
  String.raw`(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}[\p{L}'’-]+(?:,\s*\d{1,3})?\s*(?:,|of)|\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+(?:,\s*\d{1,3},)?\s*of)\s*$`,
  'u',
);
// A person right after it: "a letter to 22 Mill Lane for Ms Cole".
const PERSON_AFTER = /^[\s,]*(?:for|addressed\s+to)\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}/u;

export default defineDetector({
  id: 'postal-address',
  summary: 'UK postcodes and street addresses ("12 Oak Tree Close"), except the organisation\'s own listed postcodes; with homeOnly, only addresses said to be someone\'s home',
  options: z.strictObject({
    /** Only addresses next to "lives at", "home address", "her house" … */
    homeOnly: z.boolean().default(false),
  }),
  find(scan, options) {
    const found = scan.memo('addresses', () => {
      const spans: Span[] = [];
      for (const m of allMatches(POSTCODE, scan.text)) {
        const code = m[0].toUpperCase().replace(/[\s\u00a0]/g, '');
        if (scan.org.postcodes.has(code)) continue;
        // "M1 5AB" needs the inward code's letters; "W1 2PM" at a time is not a postcode.
        if (/\d(?:AM|PM)$/i.test(m[0])) continue;
        spans.push({ start: m.index, end: m.index + m[0].length });
      }
      for (const re of [STREET, NAMED_HOUSE]) {
        for (const m of allMatches(re, scan.text)) spans.push({ start: m.index, end: m.index + m[0].length });
      }
      return spans.sort((a, b) => a.start - b.start);
    });
    if (!options.homeOnly) return found;
    // The home words come before the address ("she lives at …") or just after it ("… is his house").
    const homes = scan.memo('home-context', () => allMatches(HOME_CONTEXT, scan.text).map((m) => ({ start: m.index, end: m.index + m[0].length })));
    const sameSentence = (from: number, to: number) => !/[.!?\n]/u.test(scan.text.slice(from, to));
    return found.filter(
      (s) =>
        homes.some((h) => (h.end <= s.start && s.start - h.end <= 60) || (h.start >= s.end && h.start - s.end <= 30 && sameSentence(s.end - 1, h.start))) ||
        PERSON_BEFORE.test(scan.text.slice(Math.max(0, s.start - 40), s.start)) ||
        PERSON_AFTER.test(scan.text.slice(s.end, s.end + 30)),
    );
  },
});

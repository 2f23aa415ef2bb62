import { defineDetector } from '../detector.ts';
import { spansOf } from '../text/regex.ts';

const DATA =
  '(?:(?:full|home|postal|current|mobile|personal|contact|email|e-mail|bank|card|phone)\\s+){0,2}(?:address|postcode|post\\s+code|date\\s+of\\s+birth|dob|d\\.o\\.b|birthday|phone(?:\\s+number)?|mobile(?:\\s+number)?|number|contact\\s+(?:details|number)|details|email(?:\\s+address)?|e-mail(?:\\s+address)?|ni\\s+number|national\\s+insurance(?:\\s+number)?|bank\\s+details|account\\s+(?:number|details)|sort\\s+code|card\\s+(?:number|details)|password|passport(?:\\s+number)?|(?:vehicle\\s+)?reg(?:istration)?(?:\\s+number)?)(?![\\p{L}])';
// Data asked for in a list: "your full name, address and phone number", "your name and number".
// A name alone is not enough ("tell us your name" at a reception desk); in a list it is.
const ITEM = `(?:(?:(?:full|first|last|real|maiden)\\s+)?names?|ages?|${DATA})`;
const LIST = `(?:${ITEM}\\s*(?:,\\s*(?:and\\s+|&\\s*)?|\\s+and\\s+|\\s*&\\s*|\\s+or\\s+)){0,4}${DATA}`;
const REQUEST = new RegExp(
  [
    `(?<![\\p{L}])(?:send|dm|pm|message|inbox|email|e-mail|text|give|tell|share|provide|confirm|post|drop|leave|pop|reply\\s+with|let\\s+(?:us|me)\\s+(?:know|have))\\s+(?:(?:us|me)\\s+)?(?:with\\s+)?(?:your|ur|yr)\\s+${LIST}`,
    `(?<![\\p{L}])what(?:'s|’s|\\s+is|\\s+are)\\s+your\\s+${LIST}`,
    `(?<![\\p{L}])(?:can|could|may)\\s+(?:we|i)\\s+(?:have|get|take|ask\\s+for)\\s+your\\s+${LIST}`,
  ].join('|'),
  'giu',
);

const NEGATED = /(?:^|[^\p{L}])(?:never|not|don'?t|don’t|do\s+not|won'?t|won’t|shouldn'?t|no\s+need\s+to)\s+(?:(?!hesitate)[\p{L}'’]+\s+){0,4}$/iu;

export default defineDetector({
  id: 'personal-data-request',
  summary: 'Asking for personal details in a post or reply: "DM us your address", "what\'s your date of birth?", "send me your bank details"',
  find(scan) {
    // Advice is not a request: "never share your password", "we will never ask you to send your
    // bank details", "don't send us your address on here" (but "do not hesitate to send us …" is).
    return spansOf(REQUEST, scan.text).filter((s) => !NEGATED.test(scan.text.slice(Math.max(0, s.start - 40), s.start)));
  },
});

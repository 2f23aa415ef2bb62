import { defineDetector } from '../detector.ts';
import { spansOf } from '../text/regex.ts';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = String.raw`(?:\d{1,2}[\/.\-]\d{1,2}[\/.\-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+\d{4}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`;
// A date that sets who is eligible is nobody's birthday: "born 12 March 2019 or later",
// "born 1 Sept 2019 to 31 Aug 2020", "born 2010 onwards".
const NOT_ONE_PERSON = String.raw`(?!\s*(?:,\s*)?(?:(?:or|and|&)\s+(?:later|after|before|earlier|since|over|under|older|younger)|onwards|or\s+on\s+or|(?:to|until|till|and|[-–])\s*\d))`;
const DOB = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:date\s+of\s+birth|d\.?o\.?b\.?|birthday)\s*(?:[:\-–(]|is|was|of)?\s*${DATE}|born(?:\s+on)?\s*[:\-–(]?\s*${DATE}(?![\d])${NOT_ONE_PERSON})`,
  'giu',
);

export default defineDetector({
  id: 'date-of-birth',
  summary: 'A date of birth: "DOB 12/03/1985", "d.o.b. 1985-03-12", "born on 4 May 1990", "her date of birth is 3rd May 1990"',
  find(scan) {
    return spansOf(DOB, scan.text);
  },
});

// A person's name in running text: two or three capitalised words that are not places,
// courts, ranks or the start of an ordinary sentence. Good enough to tell "a 34-year-old
// man has been charged" from "John Smith, 34, of Fleet, has been charged".
import { allMatches, type Span } from './regex.ts';

const NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)?(?:[ \u00a0]\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)?){1,2}(?![\p{L}\p{N}])/gu;
const NOT_NAMES = new Set(
  (
    'the a an he she they we it this that these those his her their our its if please anyone anybody officers police ' +
    'station street road lane avenue way court courts crown magistrates magistrates’ magistrates\' youth county city ' +
    'district borough council hall centre center house park square college school university hospital church ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december detective inspector sergeant constable chief superintendent officer ' +
    'commissioner deputy mayor councillor cllr mr mrs ms dr sir lady lord judge justice king queen prince princess ' +
    'north south east west northern southern eastern western upper lower great little new old saint st ' +
    'staffordshire stafford stoke yorkshire sheffield rotherham barnsley doncaster hampshire fleet hart hook ' +
    'london england britain uk united kingdom scotland wales ireland national police service force trust group ' +
    'limited ltd plc team unit department office operation crimestoppers action fraud emergency services ' +
    'fire rescue ambulance nhs royal mail post christmas easter bank holiday new year thank thanks happy good ' +
    'morning afternoon evening night today tomorrow yesterday follow share read find visit call contact join ' +
    'members member public residents people anyone information appeal missing wanted charged court.'
  ).split(/\s+/),
);

/** Spans of likely personal names. */
export function findNames(text: string): Span[] {
  const out: Span[] = [];
  for (const m of allMatches(NAME, text)) {
    const words = m[0].split(/[ \u00a0]/);
    // Drop leading words that are not names ("Police John Smith" → "John Smith").
    let i = 0;
    let offset = 0;
    while (i < words.length && NOT_NAMES.has(words[i]!.toLowerCase())) offset += words[i++]!.length + 1;
    const rest = words.slice(i);
    if (rest.length < 2) continue;
    if (rest.some((w) => NOT_NAMES.has(w.toLowerCase()))) continue;
    out.push({ start: m.index + offset, end: m.index + m[0].length });
  }
  return out;
}

// Someone identified without a capitalised full name: "the landlord of the Red Lion", "my
// cousin", "steph from work", "wayne from number 12". Police and press name people in
// full; neighbours and staff on personal accounts write like this, and it identifies a person
// just as well to everyone who knows them.
import { allMatches, type Span } from './regex.ts';

const KIN =
  'cousin|brother|sister|bro|sis|mate|neighbour|neighbours|uncle|auntie|aunty|aunt|dad|mum|son|daughter|ex|boss|colleague|friend|nephew|niece|stepdad|stepmum|lodger|landlord|landlady|partner|husband|wife|boyfriend|girlfriend|fella|bloke';
const ROLE =
  'landlord|landlady|owner|manager|head\\s?teacher|headmaster|headmistress|teacher|vicar|coach|caretaker|boss|chef|publican|manageress';

const REFS = [
  // "my cousin", "our next-door neighbour"
  `(?:my|our|his|her|their)\\s+(?:next[\\s-]door\\s+)?(?:${KIN})`,
  // "the landlord of the Red Lion", "the head teacher at Hill Park"
  `the\\s+(?:${ROLE})\\s+(?:of|at)\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2}`,
  // "steph from work", "wayne from number 12", "shaz from the chippy"
  `\\p{L}{3,}\\s+from\\s+(?:work|number\\s+\\d+|no\\.?\\s*\\d+|next\\s+door|down\\s+the\\s+road|round\\s+the\\s+corner|up\\s+the\\s+road|our\\s+street|the\\s+(?:chippy|pub|shop|gym|estate|flats|corner\\s+shop|offy|bookies|garage|school\\s+gate))`,
];
const PERSON_REF = new RegExp(`(?<![\\p{L}])(?:${REFS.join('|')})(?![\\p{L}])`, 'giu');

// A word after "from" that is itself ordinary ("news from work", "home from work") is no person.
const NOT_PEOPLE = /^(?:home|back|news|calls?|emails?|letters?|post|parcels?|coming|came|walking|walked|driving|drove|straight|away|miles|minutes|hours|texts?|message|messages|break|time|days?|notes?)\s/i;

/** Spans that identify a person without a capitalised full name. */
export function findPersonRefs(text: string): Span[] {
  const out: Span[] = [];
  for (const m of allMatches(PERSON_REF, text)) {
    if (NOT_PEOPLE.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

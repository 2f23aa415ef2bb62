import { DataSet, RegExpMatcher, englishDataset, englishRecommendedTransformers, pattern } from 'obscenity';
import { defineDetector } from '../detector.ts';
import { isCleanName } from '../lexicon/clean-names.ts';
import { isOrdinarySense } from '../lexicon/word-senses.ts';
import type { Span } from '../text/regex.ts';

// obscenity's English list, minus what a police force or a council has to be able to say
// ("charged with rape", "sex offender", "child pornography", "Penistone Road") and minus
// the slurs, which the abuse detector reports as discrimination rather than swearing.
const NOT_PROFANITY = new Set([
  'rape', 'sex', 'porn', 'incest', 'penis', 'vagina', 'semen', 'orgasm', 'anus', 'anal', 'ejaculate',
  'bestiality', 'scat', 'hooker', 'boob', 'masturbate', 'abo', 'abeed', 'africoon', 'arabush', 'boonga',
  'chingchong', 'chink', 'kike', 'negro', 'nigger', 'dyke', 'fag', 'retard', 'spastic', 'tranny',
]);
// Swearing obscenity's list leaves out: mild oaths and the abbreviations people type instead.
const EXTRA: Array<[string, ReturnType<typeof pattern>]> = [
  ['damn', pattern`|damn`],
  ['dammit', pattern`|dammit|`],
  ['damnit', pattern`|damnit|`],
  ['goddamn', pattern`|goddamn`],
  ['wtf', pattern`|wtf|`],
  ['ffs', pattern`|ffs|`],
  ['effing', pattern`|effing|`],
];
const dataset = new DataSet<{ originalWord: string }>()
  .addAll(englishDataset)
  .removePhrasesIf((p) => NOT_PROFANITY.has(p.metadata?.originalWord ?? ''));
for (const [word, pat] of EXTRA) dataset.addPhrase((p) => p.setMetadata({ originalWord: word }).addPattern(pat));

let matcher: RegExpMatcher | null = null;
function getMatcher(): RegExpMatcher {
  return (matcher ??= new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers }));
}

/**
 * obscenity matches inside words ("shiit" in shiitake, "Dick" in Dickinson, "cock" in
 * Hancock, "Shit" in Shitterton). A match counts only when it is the whole word, or the rest
 * of the word makes a known compound or inflection: "fucking", "bullshit", "dickhead",
 * "motherfucker", "shitty" — never a name or a place.
 */
const COMPOUND_BEFORE = /^(?:bull|horse|dip|bat|ape|chicken|dog|pig|mother|muther|mutha|motha|cluster|dumb|jack|smart|bad|fat|lard|kick|hard|lame|holy|cock|dick|ass|arse|bitch|fuck|shit|piss|butt|candy|dumbass|jackass|ho|half|bum|mind|brain|clown|twat|cunt)$/u;
const COMPOUND_AFTER = /^(?:s|es|ed|d|er|ers|ing|in|n|en|y|ies|ier|iest|ty|ties|z|zz|head|heads|hole|holes|face|faces|bag|bags|wit|wits|tard|tards|sucker|suckers|sucking|stain|stains|show|storm|load|loads|less|ass|arse|wad|wads|weasel|nugget|waffle|rag|rags|box|boy|boys|boi|house|fest|hat|hats|lord|pants|stick|tastic|ery|ster|sters|ery)$/u;
const LETTER = /[\p{L}\p{N}]/u;

function wordAround(t: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s > 0 && LETTER.test(t[s - 1]!)) s--;
  while (e < t.length && LETTER.test(t[e]!)) e++;
  return { start: s, end: e };
}

function isWordOrCompound(t: string, start: number, end: number): boolean {
  const w = wordAround(t, start, end);
  const before = t.slice(w.start, start).toLowerCase();
  const after = t.slice(end, w.end).toLowerCase();
  return (before === '' || COMPOUND_BEFORE.test(before)) && (after === '' || COMPOUND_AFTER.test(after));
}

export default defineDetector({
  id: 'profanity',
  summary:
    'Swearing, with obscenity\'s English list (leetspeak and repeated letters too) and its whitelist, plus the mild oaths and abbreviations it leaves out ("damn", "wtf", "ffs"), on whole words and known compounds only, so "Scunthorpe", "Essex", "Dickinson", "Shitterton" and "The Killers" are clean, and words in their ordinary sense ("spotted dick", "cock pheasants", "kitchen-cum-diner") too',
  find(scan) {
    const t = scan.text;
    const out: Span[] = [];
    for (const m of getMatcher().getAllMatches(t, true)) {
      const start = m.startIndex;
      const end = m.endIndex + 1;
      if (!isWordOrCompound(t, start, end)) continue;
      const whole = wordAround(t, start, end);
      if (isCleanName(t, whole.start, whole.end) || isOrdinarySense(t, whole.start, whole.end)) continue;
      if (!out.some((s) => s.start < end && start < s.end)) out.push({ start, end });
      if (out.length >= 200) break;
    }
    return out;
  },
});

import { DataSet, RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { defineDetector } from '../detector.ts';
import type { Span } from '../text/regex.ts';

// obscenity's English list, minus what a police force or a council has to be able to say
// ("charged with rape", "sex offender", "child pornography", "Penistone Road") and minus
// the slurs, which the abuse detector reports as discrimination rather than swearing.
const NOT_PROFANITY = new Set([
  'rape', 'sex', 'porn', 'incest', 'penis', 'vagina', 'semen', 'orgasm', 'anus', 'anal', 'ejaculate',
  'bestiality', 'scat', 'hooker', 'boob', 'masturbate', 'abo', 'abeed', 'africoon', 'arabush', 'boonga',
  'chingchong', 'chink', 'kike', 'negro', 'nigger', 'dyke', 'fag', 'retard', 'spastic', 'tranny',
]);
const dataset = new DataSet<{ originalWord: string }>()
  .addAll(englishDataset)
  .removePhrasesIf((p) => NOT_PROFANITY.has(p.metadata?.originalWord ?? ''));

let matcher: RegExpMatcher | null = null;
function getMatcher(): RegExpMatcher {
  return (matcher ??= new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers }));
}

// Names and birds that share letters with swear words.
const HARMLESS_BEFORE: Record<string, RegExp> = {
  tit: /(?:blue|great|coal|marsh|willow|crested|long-tailed|bearded|penduline)[\s-]*$/iu,
  dick: /(?:moby|philip\s+k\.?|k\.)\s*$/iu,
  cock: /(?:wood|pea|turkey|moor|weather|stop|ball|hay)[\s-]*$/iu,
};
const HARMLESS_AFTER: Record<string, RegExp> = {
  tit: /^\s*for\s+tat/iu,
  dick: /^\s+(?:Turpin|Whittington|Van\s+Dyke|Francis|Cheney|Advocaat|Grayson|Emery|King-Smith)/u,
  cum: /^\s+laude/iu,
  pussy: /^\s*-?\s*(?:cats?|willows?|foot|footing|riot)/iu,
};

export default defineDetector({
  id: 'profanity',
  summary:
    'Swearing, with obscenity\'s English list (leetspeak and repeated letters too) and its whitelist, so "Scunthorpe", "Essex" and "The Killers" are clean',
  find(scan) {
    const t = scan.text;
    const out: Span[] = [];
    for (const m of getMatcher().getAllMatches(t, true)) {
      const word = dataset.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord ?? '';
      const start = m.startIndex;
      const end = m.endIndex + 1;
      const before = HARMLESS_BEFORE[word];
      const after = HARMLESS_AFTER[word];
      if (before?.test(t.slice(Math.max(0, start - 24), start))) continue;
      if (after?.test(t.slice(end, end + 24))) continue;
      if (!out.some((s) => s.start < end && start < s.end)) out.push({ start, end });
      if (out.length >= 200) break;
    }
    return out;
  },
});

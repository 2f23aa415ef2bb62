// Whether an abusive structure is meant or reported. Councils and police forces write about
// abuse all the time: "Report hate crime: no one should be told to go back to where they
// came from", "Shouting 'foreigners out' is an offence", "The court heard he hoped the
// victim would die". The words are the abuser's; the post is against them. These checks are
// cheap and local (the sentence the match is in), and apply to structures only: a slur is
// reported whatever surrounds it.
import type { Span } from '../text/regex.ts';

/** A saying or telling verb, or a word for abuse, before the match: someone else's words. */
const REPORTING_BEFORE = new RegExp(
  [
    "\\b(?:told|tell|tells|telling|being\\s+told|been\\s+told|get\\s+told|gets\\s+told)\\b",
    "\\b(?:call(?:s|ed|ing)?|label(?:s|led|ling)?|brand(?:s|ed|ing)?)\\s+(?:you|him|her|them|me|us|someone|somebody|people|anyone|a\\s+\\w+|the\\s+\\w+|residents?|staff|officers?|our\\s+\\w+)\\b",
    "\\bbeing\\s+called\\b",
    "\\b(?:shout(?:s|ed|ing)|yell(?:s|ed|ing)|scream(?:s|ed|ing)|chant(?:s|ed|ing)|say|says|said|saying|wrote|written|posted|sent|threaten(?:s|ed|ing)|accus(?:e|es|ed|ing)|claim(?:s|ed|ing)?|suggest(?:s|ed|ing)|spray(?:ed|ing)|daub(?:ed|ing)|scrawl(?:ed|ing)|hurl(?:ed|ing)|directed|abus(?:e|es|ed|ing)|mock(?:s|ed|ing)|taunt(?:s|ed|ing)|sang|singing|repeat(?:s|ed|ing)|heard)\\b",
    "\\b(?:graffiti|messages?|comments?|remarks?|slogans?|stickers?|leaflets?|chants?|tweets?|posts?|insults?|slurs?|threats?|phrases?|words?|language)\\b\\s*(?:like|such\\s+as|saying|that|reading|telling|calling|of|:)",
    "\\b(?:the|this|a|that)\\s+(?:idea|notion|claim|belief|lie|myth|suggestion|view|trope|stereotype|narrative|assumption|rumour|rumor)\\s+that\\b",
    "\\b(?:myths?|fact\\s*check|myth[\\s-]*buster|reality\\s+check)\\b",
    "\\bit(?:'s|’s|\\s+is|\\s+was)\\s+(?:not\\s+true|untrue|false|wrong|a\\s+myth|never\\s+(?:ok|okay|acceptable|right)|not\\s+(?:ok|okay|acceptable|banter)|unacceptable|racist|illegal|a\\s+crime|an\\s+offence|hate\\s+speech)\\b",
    "\\b(?:no\\s+one|nobody|noone|no-one)\\s+(?:should|deserves\\s+to|has\\s+to|needs\\s+to|ought\\s+to|must)\\b",
    "\\b(?:don't|do\\s+not|never|stop|nobody\\s+should|no\\s+one\\s+should)\\s+(?:say|tell|call|shout|let\\s+anyone)\\b",
    "\\b(?:if|when|whenever)\\s+(?:someone|somebody|anyone|a\\s+person|people|they|a\\s+stranger|a\\s+neighbour|a\\s+customer|he|she)\\b",
    "\\bhave\\s+you\\s+(?:ever\\s+)?been\\b",
    "\\b(?:hate\\s+(?:crime|incident|speech|mail)|racist|racism|racially|homophobic|homophobia|transphobic|transphobia|biphobic|disablist|ableist|xenophobic|xenophobia|antisemitic|antisemitism|islamophobic|islamophobia|misogynistic|misogyny|sexist|bigoted|bigotry|harassment|hateful|hostility)\\b",
  ].join('|'),
  'iu',
);

/** First-person endorsements that look like reporting: "I say deport them", "just saying". */
const ENDORSING =
  /\b(?:i|we)\s+(?:(?:would|will|'d|'ll|just|really|always|still)\s+)?(?:say|said|says|saying|tell|told|call|called)\b|\bjust\s+saying\b|\b(?:i'm|im|i\s+am)\s+(?:just\s+)?(?:saying|telling)\b|\bnot\s+(?:being\s+)?(?:a\s+)?(?:racist|homophobic|sexist|bigot|bigoted|transphobic|xenophobic)\b[^.!?]*\bbut\b/iu;

/** After the match: the post names what it quotes as abuse or falsehood. */
const REPORTING_AFTER =
  /^[^.!?\n]{0,60}?\b(?:is|are|was|were|counts\s+as|amounts\s+to|constitutes|can\s+be|would\s+be)\s+(?:not\s+)?(?:a\s+|an\s+|never\s+|always\s+|just\s+)?(?:hate\s+(?:crime|incident|speech)|racist|racial|racism|homophobic|transphobic|disablist|abuse|abusive|an?\s+offence|a\s+crime|criminal|illegal|unacceptable|acceptable|ok|okay|wrong|false|a\s+myth|untrue|true|banter|harassment|hurtful|harmful|discrimination|discriminatory|hateful)\b|^\s*[”"’']?\s*(?:stickers?|graffiti|leaflets?|posters?|chants?|messages?|comments?|banners?|signs?|slogans?)\b/iu;

/** A court or police report: the abuse is evidence, not the author's view. */
const COURT =
  /\b(?:court|courts|jury|jurors|judge|magistrates?|magistrates'|defendant|defendants|prosecution|prosecutor|prosecuted|cps|tribunal|trial|sentencing|sentenced|convicted|acquitted|pleaded|pleads|admitted|denied|charged\s+with|jailed|fined|appeal|inquest|hearing|the\s+accused|witnesses|investigating|investigation|officers\s+are|police\s+are|victim|victims)\b/iu;

/** Words just before a statement about a group that make it less than sweeping. */
const HEDGES = new Set([
  'some', 'few', 'certain', 'many', 'several', 'not', 'no', 'if', 'when', 'who', 'that', 'our', 'your', 'their',
  'help', 'helping', 'helps', 'support', 'supporting', 'supports', 'for', 'with', 'to', 'because', 'whether',
  'where', 'by', 'of', 'from', 'against', 'about', 'towards', 'toward', 'protect', 'protecting', 'welcome',
  'welcoming', 'local', 'fewer', 'how', 'why', 'as', 'than', 'nor', 'among', 'amongst', "don't", 'whose', 'which',
  'vulnerable', 'isolated', 'lonely', 'elderly', 'frail',
]);

/** "Thank you, you muppet" is banter at worst; "thank you" and friends are not vocative "you". */
const NOT_VOCATIVE_BEFORE = new Set(['thank', 'thanks', 'bless', 'love', 'miss', 'see', 'told', 'tell', 'call', 'called', 'calls', 'calling', 'cheers', 'ty', 'thankyou', 'are', 'were', 'do', 'did', 'can', 'could', 'will', 'would', 'if', 'when', 'have', 'has', 'had', 'unlike', 'like']);

export type Sentence = Span;

const SENTENCE = /[^.!?\n]+[.!?\n]*|[.!?\n]+/gu;

/** Sentences of the text, with their terminal punctuation. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  SENTENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  SENTENCE.lastIndex = 0;
  return out;
}

/** The sentence holding a position (sentences sorted, position inside the text). */
export function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo] ?? { start: 0, end: 0 };
}

/**
 * Spans between quotation marks in a sentence: straight or curly double quotes, and curly
 * single quotes where ’ is not an apostrophe. A quote left open runs to the end.
 */
function quotedSpans(text: string, s: Sentence): Span[] {
  const out: Span[] = [];
  let open = -1;
  let openSingle = -1;
  for (let i = s.start; i < s.end; i++) {
    const c = text[i]!;
    if (c === '"') {
      if (open < 0) open = i;
      else {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    } else if (c === '“' || c === '«') open = i;
    else if ((c === '”' || c === '»') && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === '‘' && !/\p{L}/u.test(text[i - 1] ?? ' ')) openSingle = i;
    else if (c === '’' && openSingle >= 0 && !/\p{L}/u.test(text[i + 1] ?? ' ')) {
      out.push({ start: openSingle, end: i + 1 });
      openSingle = -1;
    } else if (c === "'" && !/\p{L}/u.test(text[i - 1] ?? ' ') && /\p{L}/u.test(text[i + 1] ?? ' ')) openSingle = i;
    else if (c === "'" && openSingle >= 0 && /\p{L}/u.test(text[i - 1] ?? ' ') && !/\p{L}/u.test(text[i + 1] ?? ' ')) {
      out.push({ start: openSingle, end: i + 1 });
      openSingle = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: s.end });
  return out;
}

/** The match is someone else's words: quoted, reported, denied, or evidence in a court report. */
export function isReported(text: string, span: Span, sentence: Sentence): boolean {
  if (quotedSpans(text, sentence).some((q) => q.start <= span.start && span.end <= q.end + 1)) return true;
  const before = text.slice(sentence.start, span.start);
  if (REPORTING_BEFORE.test(before) && !ENDORSING.test(before)) return true;
  if (REPORTING_AFTER.test(text.slice(span.end, sentence.end))) return true;
  return COURT.test(text.slice(sentence.start, sentence.end));
}

/** The word before a sweeping statement narrows it ("some refugees", "not all", "for disabled people"). */
export function isHedged(words: readonly string[], index: number, from = 0): boolean {
  // Only words of the same sentence narrow it: "Some. Refugees are …" is not "some refugees".
  const prev = index - 1 >= from ? words[index - 1] : undefined;
  const prev2 = index - 2 >= from ? words[index - 2] : undefined;
  return (prev !== undefined && HEDGES.has(prev)) || prev2 === 'not' || prev2 === 'no' || prev2 === 'if';
}

/** "you" here is not someone being called a name ("thank you", "are you a …"). */
export function isNotVocative(words: readonly string[], index: number, from = 0): boolean {
  // "Thanks. You idiot." — the word before the full stop is not part of the insult.
  const prev = index - 1 >= from ? words[index - 1] : undefined;
  return prev !== undefined && NOT_VOCATIVE_BEFORE.has(prev);
}

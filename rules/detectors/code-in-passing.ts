// Secrets said in passing, without "password" or "code" next to the value: "we've moved to
// 7731 for the back door", "depot gate opens on 4-4-9-0", "the key box by the bins is 0812",
// "staff network is AcmeStaff and you get on with Marigold!88". Read a sentence at a time: a
// thing that locks, a code-shaped value tied to it by a linking word, and nothing that makes
// the number a time, a price, a count or a measurement.
import { allMatches, type Span } from '../text/regex.ts';

/** Things opened with a code. "Key" alone is not one ("Key Stage 2"); "key safe" is. */
const LOCKABLE =
  /(?<![\p{L}])(?:doors?|gates?|key[\s-]?(?:safe|box)|keysafe|lock[\s-]?box|padlock|lock|locker|alarm|shed|cabinet|safe|barrier|lift\s+override|override|store\s*room|cupboard|entrance|side\s+door|back\s+door|fire\s+exit|car\s+park|pin|pin\s+code)(?![\p{L}])/giu;

const DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';
/** A code: 3–8 digits, optionally spaced or dashed one by one ("4-4-9-0", "3 3 0 9"), or as words. */
const VALUE = new RegExp(
  `(?<![\\p{L}\\p{N}£$€.,:/])(?<!\\d[\\s-])(?:\\d{3,8}(?![\\s-]\\d{2})|\\d(?:[\\s-]\\d){2,7}|${DIGIT_WORD}(?:[\\s-]+${DIGIT_WORD}){2,7})(?![\\p{N}]|[.,]\\d|\\s*(?:%|am|pm|hrs?|hours?|mins?|minutes?|seconds?|secs?|mm|cm|km|m|metres?|meters?|feet|ft|miles?|kg|lbs?|decibels?|db|pounds?|quid|p|people|persons?|years?|yrs?|homes?|houses?|households?|visitors?|spaces?|cars?|seats?|lifts?|calls?|pupils?|staff|times?|days?|weeks?|months?|volts?|watts?|litres?|calories?)(?![\\p{L}]))`,
  'giu',
);
/** What ties the value to the lock: "is", "'s", ":", "set to", "changed to", "now", "code" … */
const LINK_BEFORE =
  /(?:\bis|['’]s|\bits|\bit['’]s|[:=–—-]|\bset\s+to|\bchanged\s+to|\bnow|\bcode|\bcombination|\bcombo|\bpin|\bnumber|\bbirthday(?:\s+\p{L}+)?)\s*$/iu;
/** … or, more weakly, "on", "to", "as" ("opens on 4-4-9-0", "moved to 7731"): not for a year. */
const WEAK_LINK_BEFORE = /(?:\bon|\bto|\bas)\s*$/iu;
const YEAR = /^(?:19|20)\d\d$/u;
/** Words before the value that make it something else: a time, a year, a count, a price, a reference. */
const NOT_A_CODE_BEFORE =
  /(?:\bat|\bfrom|\buntil|\btill|\bby|\bbefore|\bafter|\bsince|\bin|\bcall|\bphone|\bring|\btel|\bref|\breference|\bno\.?|\bnumber\s+of|\broom|\bunit|\bcosts?|\bprice|\bsave|\bover|\babout|\baround|\bapprox|\bnearly|\balmost|\bonly|\bjust|£|\$|€)\s*$/iu;

// A full stop or "!" inside a word ("Marigold!88", "acme.gov.uk") does not end a sentence.
const SENTENCE = /(?:[^.!?\n]|[.!?](?=[^\s.!?]))+[.!?]*/gu;

/** Spans of secrets said in passing: lock codes and passwords, one sentence at a time. */
export function secretsInPassing(text: string): Span[] {
  const out: Span[] = [];
  // Every sentence: a secret in a long post's last sentence counts as much as in its first.
  for (const s of text.matchAll(SENTENCE)) {
    out.push(...lockCodes(s[0], s.index!), ...passwordsInPassing(s[0], s.index!));
    if (out.length >= 200) break;
  }
  return out;
}

/** Lock codes in one sentence starting at `at`. */
function lockCodes(sentence: string, at: number): Span[] {
  const locks = allMatches(LOCKABLE, sentence);
  if (!locks.length) return [];
  const out: Span[] = [];
  for (const v of allMatches(VALUE, sentence)) {
    // "It's still 0000": a word like "still" or "now" may stand between the link and the value.
    const before = sentence.slice(Math.max(0, v.index - 32), v.index).replace(/\s+(?:still|now|just|always|currently|literally|actually)\s*$/iu, ' ');
    if (NOT_A_CODE_BEFORE.test(before)) continue;
    if (!LINK_BEFORE.test(before) && !(WEAK_LINK_BEFORE.test(before) && !YEAR.test(v[0]))) continue;
    // The lock is named within a few words of the value, on either side.
    const lock = locks.find((l) => Math.abs(l.index - v.index) <= 60);
    if (!lock) continue;
    out.push({ start: at + Math.min(lock.index, v.index), end: at + Math.max(lock.index + lock[0].length, v.index + v[0].length) });
  }
  return out;
}

/** A password-shaped word: letters and digits, with a symbol or mixed case; not a handle, tag, link or reference. */
const PASSWORD_SHAPED =
  /(?<![\p{L}\p{N}@#/.:_-])(?=[A-Za-z0-9!@#$%^&*_+=?~-]{0,31}\d)(?=[A-Za-z0-9!@#$%^&*_+=?~-]{0,31}[a-z])(?:(?=[A-Za-z0-9!@#$%^&*_+=?~-]{0,31}[!@#$%^&*_+=?~])|(?=[A-Za-z0-9-]{0,31}[A-Z]))[A-Za-z][A-Za-z0-9!@#$%^&*_+=?~-]{4,31}(?![\p{L}\p{N}@/])/gu;
/** What a password opens, in the same sentence: the network, the login, the shared drive. */
const LOGIN_CONTEXT = /(?<![\p{L}])(?:wi-?fi|network|log\s*in|login|sign\s*in|get\s+on|account|shared\s+drive|laptop|portal|system|router)(?![\p{L}])/iu;
const LINK_TO_PASSWORD = /(?:\bis|['’]s|\bits|\bit['’]s|[:=]|\bwith|\busing|\bon\s+with|\bget\s+on\s+with)\s*$/iu;
/** Lower case and digits ("bluebell99") only straight after "is" or ":" and the network or login. */
const LOWER_AND_DIGITS = /(?<![\p{L}\p{N}@#/.:_-])[a-z]{3,}\d{2,6}(?![\p{L}\p{N}@/])/gu;
const NAMED_THEN_LINK = /(?:wi-?fi|network|log\s*in|login|password|pass)\b[^.!?\n]{0,30}?(?:\bis|['’]s|\bits|\bit['’]s|[:=])\s*$/iu;

/** Passwords said in passing in one sentence starting at `at`: "… you get on with Marigold!88". */
function passwordsInPassing(sentence: string, at: number): Span[] {
  if (!LOGIN_CONTEXT.test(sentence)) return [];
  const out: Span[] = [];
  for (const v of allMatches(PASSWORD_SHAPED, sentence)) {
    if (LINK_TO_PASSWORD.test(sentence.slice(Math.max(0, v.index - 16), v.index))) out.push({ start: at + v.index, end: at + v.index + v[0].length });
  }
  for (const v of allMatches(LOWER_AND_DIGITS, sentence)) {
    if (!NAMED_THEN_LINK.test(sentence.slice(Math.max(0, v.index - 48), v.index))) continue;
    if (!out.some((o) => o.start === at + v.index)) out.push({ start: at + v.index, end: at + v.index + v[0].length });
  }
  return out;
}

// What a profile's regular expression costs. re2js never backtracks, so no pattern can hang
// the engine, but linear is not the same as fast: `(?:\w+\s?){1,1000}QQ` keeps a thousand
// threads alive on every word and takes seconds on a long post, and a profile may have 300
// rules. So a pattern is refused when it is too big to be cheap (counted repeats, compiled
// size), timed on a probe post when the profile is validated or installed, and given a
// share of a per-check budget when it runs (check.ts).
import { RE2JS } from 're2js';

export const PATTERN_LIMITS = {
  /** The largest count in {n}, {n,} or {n,m}; RE2 itself allows 1,000. */
  repeat: 100,
  /** Instructions in the compiled program (RE2's rough measure of a pattern's size). */
  program: 2_000,
  /** Milliseconds the probe post may take, at most (the fastest of five runs). */
  probeMs: 20,
  /** Milliseconds all of a profile's patterns may take, together, on one check (estimated). */
  checkBudgetMs: 150,
} as const;

/**
 * A probe post, 2,000 characters: the shapes that keep many regex threads alive at once
 * (long runs of words, letters, digits, spaces and punctuation), and an ordinary post.
 */
export const PROBE_TEXT = (() => {
  const parts = [
    'word '.repeat(120),
    'a'.repeat(250),
    ' 0123456789'.repeat(20),
    ' Call Dave on 07700 900123 about Operation Nightjar at 12:30, £4.50! Email jane.smith@gmail.com or see https://acme.gov.uk/bins?week=2. ',
    '.,;:!?-_/()[]{}"\'#@ '.repeat(8),
    'Ünïcödé café naïve — “quotes” #Hashtag @Handle AAAA BBBB cccc ',
  ];
  return parts.join('').repeat(3).slice(0, 2_000);
})();

/**
 * Why a pattern is too big to be cheap, or null. Counted repeats are read from the source
 * (outside character classes and escapes); the program size comes from re2js.
 */
export function patternSizeProblem(source: string, re: RE2JS): string | null {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (source[i + 1] === ']') i++;
      continue;
    }
    if (c !== '{') continue;
    const m = /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(i));
    if (!m) continue;
    const n = Math.max(Number(m[1]), m[2] ? Number(m[2]) : 0);
    if (n > PATTERN_LIMITS.repeat) {
      return `a repeat count of ${n.toLocaleString('en-GB')} (${m[0]}) is too big: at most ${PATTERN_LIMITS.repeat}, because every repeat costs time on every character of a post`;
    }
  }
  const size = re.programSize();
  if (size > PATTERN_LIMITS.program) {
    return `too complex: it compiles to ${size.toLocaleString('en-GB')} steps, at most ${PATTERN_LIMITS.program.toLocaleString('en-GB')}; use fewer or smaller repeats (repeats inside repeats multiply)`;
  }
  return null;
}

let warm = false;

/**
 * Milliseconds per character on the probe post: the fastest of up to five runs, after re2js has
 * been warmed up once, so JIT compilation and a busy machine count as little as they can.
 */
export function measurePattern(re: RE2JS): number {
  if (!warm) {
    warm = true;
    for (const src of ['zz\\d+', '(?:\\w+\\s){1,5}q', '[a-z]{3}-\\d{4}']) measurePattern(RE2JS.compile(src, RE2JS.CASE_INSENSITIVE));
  }
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const m = re.matcher(PROBE_TEXT);
    let n = 0;
    while (n < 200 && m.find()) n++;
    best = Math.min(best, performance.now() - t0);
    // Clearly fast after two runs: a profile of 300 ordinary patterns compiles quickly.
    if (run >= 1 && best <= PATTERN_LIMITS.probeMs / 20) break;
  }
  return best / PROBE_TEXT.length;
}

/** Why a pattern's measured cost is too high, or null. */
export function patternSpeedProblem(msPerChar: number, budgetMs: number = PATTERN_LIMITS.probeMs): string | null {
  const ms = msPerChar * PROBE_TEXT.length;
  if (ms <= budgetMs) return null;
  const longest = msPerChar * 63_206;
  return `too slow: ${ms.toFixed(1)} ms on a ${PROBE_TEXT.length.toLocaleString('en-GB')}-character test post (at most ${budgetMs} ms), about ${longest >= 1000 ? `${(longest / 1000).toFixed(1)} s` : `${Math.round(longest)} ms`} on the longest Facebook post; use fewer or smaller repeats, or anchor it to a word`;
}

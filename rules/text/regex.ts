// Helpers for the built-in detectors' own regular expressions. Built-in patterns are ours
// and reviewed, so they run on the native engine; anything from a profile runs on re2js
// (see ../patterns.ts). Every built-in pattern here is a flat alternation with bounded
// repetition, so it stays linear on a 63,206-character post.

/** A span of the draft text: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Word boundaries that understand accented letters (\b in JS is ASCII-only). */
export const WB_START = '(?<![\\p{L}\\p{N}_])';
export const WB_END = '(?![\\p{L}\\p{N}_])';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One alternation of words and phrases, whole words only, any whitespace between the
 * words of a phrase, longest first so "Liberal Democrats" wins over "Liberal".
 */
export function phraseSource(phrases: readonly string[]): string {
  const alts = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.trim().split(/\s+/).map(escapeRegExp).join('[\\s\\u00a0]+'));
  return `${WB_START}(?:${alts.join('|')})${WB_END}`;
}

export function phraseRegex(phrases: readonly string[], caseSensitive = false): RegExp {
  return new RegExp(phraseSource(phrases), caseSensitive ? 'gu' : 'giu');
}

/** Every match of a global regex, never stuck on an empty match, at most `limit`. */
export function allMatches(re: RegExp, text: string, limit = 200): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(m);
    if (out.length >= limit) break;
  }
  re.lastIndex = 0;
  return out;
}

export function spansOf(re: RegExp, text: string, limit = 200): Span[] {
  return allMatches(re, text, limit).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The span of a capture group inside a match (needs the `d` flag). */
export function groupSpan(m: RegExpExecArray, group: number | string): Span | null {
  const idx = m.indices;
  if (!idx) return null;
  const g = typeof group === 'number' ? idx[group] : idx.groups?.[group];
  return g ? { start: g[0], end: g[1] } : null;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `pos` lies inside any of the (sorted or not) spans. */
export function insideAny(spans: readonly Span[], s: Span): boolean {
  return spans.some((x) => overlaps(x, s));
}

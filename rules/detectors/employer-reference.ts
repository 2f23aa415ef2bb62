import { z } from 'zod';
import { defineDetector, type Scan } from '../detector.ts';
import { TermMatcher } from '../text/terms.ts';
import { allMatches, type Span } from '../text/regex.ts';

// Saying where you work without naming it, for when the profile lists no names.
const GENERIC =
  /(?<![\p{L}])(?:i|we)\s+(?:work|worked|am\s+working)\s+(?:for|at|in)\s+(?:the\s+)?(?:council|police|force|constabulary|trust|nhs|hospital|commissioner'?s\s+office|opcc|local\s+authority|borough|district\s+council|county\s+council|city\s+council)(?![\p{L}])|(?<![\p{L}])as\s+an?\s+(?:council|police)\s+(?:officer|employee|worker|staff\s+member)(?![\p{L}])|(?<![\p{L}])my\s+(?:employer|colleagues|boss|manager|line\s+manager|team)\s+at\s+(?:the\s+)?(?:council|police|force|trust)(?![\p{L}])/giu;

export const namesOption = z.strictObject({
  /** More names to treat as the employer (a parent body, a partner, a nickname). */
  names: z.array(z.string().min(1).max(100)).max(100).default([]),
});

export function employerSpans(scan: Scan, extra: readonly string[]): Span[] {
  return scan.memo(`employer:${extra.join('|')}`, () => {
    const spans: Span[] = [];
    if (scan.org.nameMatcher) spans.push(...scan.org.nameMatcher.find(scan.tokens(), scan.text));
    if (extra.length) spans.push(...new TermMatcher(extra).find(scan.tokens(), scan.text));
    for (const m of allMatches(GENERIC, scan.text)) {
      const s = { start: m.index, end: m.index + m[0].length };
      if (!spans.some((x) => x.start < s.end && s.start < x.end)) spans.push(s);
    }
    return spans.sort((a, b) => a.start - b.start);
  });
}

export default defineDetector({
  id: 'employer-reference',
  summary: 'Naming the employer: the organisation\'s names and aliases from the profile, or "I work for the council"',
  options: namesOption,
  find(scan, options) {
    return employerSpans(scan, options.names);
  },
});

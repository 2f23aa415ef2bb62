import { z } from 'zod';
import { defineDetector, type Scan } from '../detector.ts';
import { TermMatcher } from '../text/terms.ts';
import { allMatches, type Span } from '../text/regex.ts';

// Saying where you work without naming it, for when the profile lists no names or the post
// uses none: "I work for the council", "my job at the council", "a shift at the town hall",
// "back at the council offices tomorrow", "working in local government", "#councillife". A
// resident's "the council still hasn't emptied our bins" or "our wedding at the town hall" is not.
const WORKPLACE =
  "(?:the\\s+)?(?:council(?:\\s+offices)?|town\\s+hall|county\\s+hall|civic\\s+centre|local\\s+authority|borough|district\\s+council|county\\s+council|city\\s+council|police|force|constabulary|trust|nhs|hospital|commissioner'?s\\s+office|opcc)";
const WORK =
  "(?:job|shift|shifts|office|desk|team|department|dept|manager|boss|colleagues|line\\s+manager|team\\s+leader|payslip|pay\\s+rise|contract|employer|role|workplace|work)";
const GENERIC = new RegExp(
  [
    `(?:i|we)\\s+(?:work|worked|am\\s+working|['’]m\\s+working|started|start|finish|finished)\\s+(?:for|at|in)\\s+${WORKPLACE}`,
    `(?:my|our)\\s+(?:new\\s+|old\\s+|first\\s+)?${WORK}\\s+(?:at|in|for|with|from)\\s+${WORKPLACE}`,
    `(?:shift|shifts|payslip)\\s+(?:at|in|from)\\s+${WORKPLACE}`,
    `back\\s+(?:at|in)\\s+(?:work\\s+at\\s+(?:the\\s+)?(?:council|town\\s+hall|civic\\s+centre|county\\s+hall)|(?:the\\s+)?council\\s+offices|the\\s+office\\s+at\\s+the\\s+council)`,
    '(?:working|work|worked|career|job)\\s+in\\s+local\\s+government',
    'as\\s+an?\\s+(?:council|police|nhs)\\s+(?:officer|employee|worker|staff\\s+member)',
    "(?:i['’]?m|i\\s+am|we['’]?re|we\\s+are|us)\\s+(?:an?\\s+)?(?:council|police|nhs)\\s+(?:officers?|employees?|workers?|staff)",
  ]
    .map((p) => `(?<![\\p{L}])${p}(?![\\p{L}])`)
    .concat(['#(?:councillife|localgov|localgovernment|lifeatthecouncil|councilworker)(?![\\p{L}\\p{N}_])'])
    .join('|'),
  'giu',
);

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
  summary:
    'Naming the employer: the organisation\'s names and aliases from the profile, or saying where you work without them ("I work for the council", "my job at the council", "a shift at the town hall", "#councillife")',
  options: namesOption,
  find(scan, options) {
    return employerSpans(scan, options.names);
  },
});

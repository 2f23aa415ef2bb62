import { z } from 'zod';
import { defineDetector, type Hit } from '../detector.ts';
import { allMatches } from '../text/regex.ts';

// Named operations that are public campaigns, not live operations.
const PUBLIC_OPERATIONS = new Set(['stack', 'brock', 'christmas child', 'sceptre', 'encompass', 'yellowhammer', 'london bridge']);
const OPERATION = /(?<![\p{L}])(?:Operation|Op\.?|OPERATION)\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)/gu;
const FUTURE =
  '(?:tomorrow|tonight|later\\s+today|this\\s+(?:evening|afternoon|weekend|week|morning)|next\\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at\\s+dawn|first\\s+thing|in\\s+the\\s+morning|at\\s+\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)|on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))';
const RAID = new RegExp(
  [
    `(?<![\\p{L}])(?:raids?|dawn\\s+raids?|(?:search\\s+)?warrants?|swoops?|crackdown|sting|arrest\\s+operation|drugs?\\s+bust)(?:\\s+[\\p{L}']+){0,5}\\s+${FUTURE}(?![\\p{L}])`,
    `(?<![\\p{L}])(?:${FUTURE}|we(?:'ll|\\s+will|\\s+are\\s+going\\s+to|'re\\s+going\\s+to)|officers\\s+will|(?:planning|plan|about|due)\\s+to|planned)\\s+(?:[\\p{L}']+\\s+){0,4}(?:raid|raiding|execut(?:e|ing)\\s+(?:a\\s+|the\\s+)?(?:search\\s+)?warrants?|swoop|hit\\s+(?:the|an?)\\s+(?:address|property|house))(?![\\p{L}])`,
  ].join('|'),
  'giu',
);

const KINDS = ['operation', 'raid'] as const;

export default defineDetector({
  id: 'operational-detail',
  summary: 'Operational detail: named police operations ("Operation Vulcan") and raids or warrants announced before they happen ("raid tomorrow at 6am")',
  options: z.strictObject({ kinds: z.array(z.enum(KINDS)).min(1).default([...KINDS]) }),
  find(scan, options) {
    const hits: Hit[] = [];
    if (options.kinds.includes('operation')) {
      for (const m of allMatches(OPERATION, scan.text)) {
        if (!PUBLIC_OPERATIONS.has(m[1]!.toLowerCase())) hits.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    if (options.kinds.includes('raid')) {
      for (const m of allMatches(RAID, scan.text)) hits.push({ start: m.index, end: m.index + m[0].length });
    }
    return hits;
  },
});

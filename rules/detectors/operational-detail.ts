import { z } from 'zod';
import { defineDetector, type Hit } from '../detector.ts';
import { allMatches } from '../text/regex.ts';
import { announcedOperations, CLOCK, DAY, toldInThePast } from './operation-announced.ts';

// Named operations that are public campaigns, not live operations.
const PUBLIC_OPERATIONS = new Set(['stack', 'brock', 'christmas child', 'sceptre', 'encompass', 'yellowhammer', 'london bridge']);
const OPERATION = /(?<![\p{L}])(?:Operation|Op\.?|OPERATION)\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)/gu;
// When something is still to happen. "This morning" and "this week" read either way; the
// past-tense guard below keeps "warrant executed this morning" out.
const FUTURE = `(?:tomorrow|tonight|later\\s+today|this\\s+(?:evening|afternoon|weekend|week|morning)|next\\s+(?:week|month|${DAY})|(?:at|from)\\s+(?:dawn|first\\s+light)|first\\s+thing|in\\s+the\\s+morning|(?:at|from|by)\\s+${CLOCK}|${CLOCK}\\s+(?:tomorrow|tonight|on\\s+${DAY})|on\\s+${DAY})`;
// What puts it in the past: a participle straight after the noun ("warrant executed this
// morning", not "warrants will be executed tonight") or a past auxiliary anywhere in between.
const PARTICIPLE = '(?:executed|carried|made|conducted|seized|completed|served|done)';
const PAST_AUX = '(?:was|were|had|took|happened|yesterday)';
const GAP = `(?!\\s+${PARTICIPLE}(?![\\p{L}]))(?:\\s+(?!${PAST_AUX}(?![\\p{L}]))[\\p{L}\\p{N}':]+){0,5}`;
const ACTION_NOUN = "(?:raids?|dawn\\s+raids?|(?:search\\s+)?warrants?|swoops?|crackdown|sting|arrest\\s+operation|drugs?\\s+bust)";
const WE_WILL = "(?:we(?:'ll|\\s+will|\\s+are\\s+going\\s+to|'re\\s+going\\s+to|\\s+are|'re)|officers\\s+will|(?:planning|plan|about|due)\\s+to|planned)";
const ACTION_VERB =
  `(?:raid|raiding|execut(?:e|ing)\\s+(?:a\\s+|the\\s+)?(?:search\\s+)?warrants?|swoop|hit\\s+(?:the|an?)\\s+(?:address|property|house)|go(?:ing)?\\s+in\\s+(?:at|from)\\s+(?:dawn|first\\s+light|${CLOCK}))`;
// Where officers will lie in wait, or that an address is watched: "officers will be waiting at
// the car park at 10pm", "surveillance is in place on 14 Oak Road".
const WAITING =
  "(?:(?:officers|police|we|teams?|units?)\\s+will\\s+be\\s+(?:waiting|watching|hiding|in\\s+position|positioned|lying\\s+in\\s+wait|staking\\s+out|parked\\s+up)|surveillance\\s+(?:is|are)\\s+(?:in\\s+place|set\\s+up|running|on)\\s+(?:on|at|outside))";
const RAID = new RegExp(
  [
    `(?<![\\p{L}])${ACTION_NOUN}${GAP}\\s+${FUTURE}(?![\\p{L}])`,
    `(?<![\\p{L}])(?:${FUTURE}|${WE_WILL})\\s+(?:[\\p{L}\\p{N}']+\\s+){0,4}${ACTION_VERB}(?![\\p{L}])`,
    `(?<![\\p{L}])${WAITING}(?![\\p{L}])`,
    // Arrests announced ahead: "more arrests to follow", not "three arrests this week".
    `(?<![\\p{L}])arrests?\\s+(?:to\\s+follow|will\\s+(?:follow|be\\s+made)|are\\s+(?:expected|planned|due))(?![\\p{L}])`,
  ].join('|'),
  'giu',
);

const KINDS = ['operation', 'raid'] as const;

const CLAUSE_END = /[,:;.!?\n]/u;

/** The clause holding [start, end): "three men were arrested in a dawn raid on Tuesday", not the whole post. */
function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1]!)) from--;
  const stop = text.slice(end).search(/[,:;.!?\n]/u);
  return text.slice(from, stop < 0 ? text.length : end + stop);
}

export default defineDetector({
  id: 'operational-detail',
  summary:
    'Operational detail: named police operations ("Operation Vulcan"), and police action given away before or while it happens, however worded ("raid tomorrow at 6am", "doors going in at dawn", "plotted up outside the bookies right now", "we\'ve got eyes on the garage all week", "armed officers are moving into the back gardens now"), where the police will not be or how thin they are ("only two officers covering the north tonight", "the ANPR camera has been broken for a month"), not raids told after them or public patrols, events and campaigns',
  options: z.strictObject({ kinds: z.array(z.enum(KINDS)).min(1).default([...KINDS]) }),
  find(scan, options) {
    const hits: Hit[] = [];
    if (options.kinds.includes('operation')) {
      for (const m of allMatches(OPERATION, scan.text)) {
        if (!PUBLIC_OPERATIONS.has(m[1]!.toLowerCase())) hits.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    if (options.kinds.includes('raid')) {
      for (const m of allMatches(RAID, scan.text)) {
        if (!toldInThePast(clauseAround(scan.text, m.index, m.index + m[0].length))) hits.push({ start: m.index, end: m.index + m[0].length });
      }
      for (const a of announcedOperations(scan.text)) if (!hits.some((h) => h.start! < a.end && a.start < h.end!)) hits.push(a);
    }
    return hits;
  },
});

// Police action given away before or while it happens, however it is worded: "doors going in
// at 5am", "someone on Elm Street is getting a knock", "plotted up outside the bookies right
// now", "undercover officers will be at the Fox on Friday looking for the dealers". A sentence
// gives it away when it names covert or enforcement action, says it is still to come or under
// way, is not told in the past, and is not a public message (advice, events, campaigns,
// appeals), which police announce on purpose.
import type { Span } from '../text/regex.ts';

const re = (parts: readonly string[]) => new RegExp(`(?<![\\p{L}])(?:${parts.join('|')})(?![\\p{L}])`, 'iu');

// Who the action is aimed at: "the lot of them", "the burglary gang", "the dealers".
const TARGET = "(?:him|her|them|the\\s+lot(?:\\s+of\\s+them)?|(?:the|a|these|those)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:gang|dealers?|suspects?|thieves|burglars|robbers|offenders|van|car|culprits?|lads|men|boys|brothers|pair|couple|youths))";

const ACTION = re([
  'raids?', 'raiding', 'swoops?', 'swooping', 'stings?', 'blitz', 'crackdown',
  '(?:search|arrest|drugs?|police)\\s+warrants?', 'warrants?\\s+(?:at|on|in|across)\\s',
  'stake[\\s-]?outs?', 'staking\\s+out', 'staked\\s+out', 'plott(?:ed|ing)\\s+up', 'plot\\s+up',
  "(?:sit|sits|sitting)\\s+on\\s+(?:the|a|an|his|her|their)\\s+(?:address|house|flat|property|car|premises|pub|shop)",
  '(?:go|goes|going)\\s+through\\s+(?:the|their|his|her)\\s+doors?', 'doors?\\s+(?:go|goes|going)\\s+in',
  "going\\s+in(?=\\s*(?:[.!,;)]|$|hard|at\\s|tonight|tomorrow|now|first))",
  '(?:getting|get|gets)\\s+a\\s+knock', 'a\\s+knock\\s+(?:at|on)\\s',
  '(?:pay|paying|pays)\\s+(?:[\\p{L}\\p{N}\'-]+\\s+){1,5}?a\\s+(?:little\\s+)?visit',
  `(?:lift|lifting|round|rounding|nick|nicking|pick|picking|scoop|scooping|arrest|arresting|detain|detaining|grab|grabbing)(?:\\s+up)?\\s+${TARGET}`,
  // Session 13: warrants, visits and lists of addresses told the way officers say them.
  "(?:we|they|teams?|officers)\\s+(?:go|goes|going|will\\s+go)\\s+in(?=\\s+(?:on|at|first|tomorrow|tonight|early|tues|weds|thurs))",
  "warrants?(?:['’]s|\\s+is|\\s+are|\\s+has\\s+been|\\s+have\\s+been)?\\s+signed",
  '(?:an?\\s+)?early\\s+(?:call|visit|knock|wake[\\s-]?up(?:\\s+call)?)', 'early\\s+doors\\s+job', '(?:warrant|search|drugs?)\\s+job',
  '(?:\\d+|two|three|four|five|six|seven|eight|several|a\\s+few)\\s+(?:[\\p{L}-]+\\s+)?addresses',
  // Surveillance and decoys, and the teams of a live incident.
  '(?:got|have|had|keeping|keep)\\s+eyes\\s+on', '(?:obs|observation)\\s+(?:van|point|post|car)', 'on\\s+obs',
  'trackers?\\s+(?:on|in|fitted)', 'test\\s+purchas(?:e|es|ing)', '(?:decoy|bait|trap)\\s+(?:bikes?|cars?|vans?|phones?|parcels?|property)',
  '(?:armed|firearms)\\s+(?:officers?|police|units?|teams?|cops)', 'negotiators?', 'cordons?', 'dog\\s+units?', 'helicopter', 'search\\s+teams?',
  '(?:suspect|he|she|they)\\s+(?:is\\s+|are\\s+)?(?:believed|thought)\\s+to\\s+be\\s+hiding', 'closing\\s+in', 'shift\\s+change(?:over)?',
  `(?:to\\s+catch|looking\\s+for|waiting\\s+for)\\s+${TARGET}`,
  '(?:coming|come)\\s+for\\s+you', "(?:officers|teams?|units?|we|police|cops)(?:\\s+are|['’]re|\\s+will\\s+be)?\\s+in\\s+position",
  'hit(?:ting)?\\s+(?:\\d+|two|three|four|five|six|several|a\\s+number\\s+of|the)\\s+(?:[\\p{L}-]+\\s+)?(?:address(?:es)?|houses?|flats?|propert(?:y|ies))',
  '(?:covert|undercover|plain[\\s-]?clothes|unmarked)\\s+(?:officers?|cops|cars?|vans?|cameras?|teams?|police)',
  "(?:officers?|we|teams?)(?:\\s+are|['’]re|\\s+will\\s+be)\\s+watching\\s+(?:the|a|an|his|her|their)\\s+(?!(?:match|game|football|film|fireworks|show|parade|tv|telly|stream|news|big\\s+screen)(?![\\p{L}]))",
]);

// Still to come, or happening now.
export const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
export const CLOCK = "(?:\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)|\\d{1,2}[:.]\\d{2}|\\d{1,2}\\s+o'?clock)";
const WHEN = re([
  'tomorrow', 'tonight', 'later(?:\\s+today|\\s+on)?', 'soon', 'shortly', 'imminently', 'any\\s+minute', 'right\\s+now', 'as\\s+we\\s+speak',
  'currently', 'under\\s*way', 'in\\s+(?:an?|one|two|three|a\\s+few|\\d+)\\s+(?:minutes?|hours?|mins?)', 'this\\s+(?:evening|afternoon|weekend|week|morning)',
  'at\\s+the\\s+weekend', `next\\s+(?:week|month|${DAY})`, `on\\s+${DAY}`, `${DAY}\\s+night`, '(?:at|from|by)\\s+(?:dawn|first\\s+light)',
  'first\\s+thing', `in\\s+the\\s+early\\s+hours(?:\\s+of\\s+(?:tomorrow|${DAY}))?`, CLOCK, 'kicks?\\s+off',
  'tmrw', 'tmw', '2moro', '2morrow', 'tomoz', '2nite', 'tonite', 'tues', 'weds', 'thurs', 'on\\s+(?:mon|tue|wed|thu|fri|sat|sun)',
  'now', 'all\\s+(?:night|day|week|weekend)', 'every\\s+(?:night|day|morning|evening)', "(?:has|have|\\p{L}+['’]s|\\p{L}+['’]ve)\\s+got", 'on\\s+the\\s+list', 'closing\\s+in',
  'will', "\\p{L}+['’]ll", 'going\\s+to', 'gonna', 'about\\s+to', 'in\\s+position',
  // Under way: "are sitting on", "we're going in", "is getting a knock" (not "there's nothing").
  "(?:is|are|am|\\p{L}+['’](?:re|s|m))\\s+(?!(?:nothing|something|anything|everything|morning|evening|building|during|king|ring|thing)(?![\\p{L}]))[\\p{L}-]+ing",
]);

// Told after the event; a participle after "will be" or "to be" is still to come.
const NOT_FUTURE = "(?<!(?:will|to|['’]ll|shall|going\\s+to)\\s+be\\s+)";
const PAST = re([
  'was', 'were', 'had', 'yesterday', 'last\\s+(?:night|week|weekend|month)', 'earlier\\s+(?:today|this)', 'went\\s+in', 'took\\s+place',
  ...['executed', 'carried\\s+out', 'seized', 'recovered', 'arrested', 'charged', 'raided', 'searched', 'swooped'].map((w) => NOT_FUTURE + w),
]);

// Public by design: advice, events, appeals, recruitment, deterrence aimed at everyone.
const PUBLIC = re([
  'advice', 'say\\s+hello', 'come\\s+and', 'come\\s+along', 'pop\\s+along', 'meet\\s+(?:the|our|us)', 'talk\\s+(?:to|about|with)', 'q\\s*&\\s*a',
  'recruiting', 'apply', 'events?', 'parade', 'remembrance', 'ceremony', 'festival', 'fete', 'concert', 'marathon', 'carnival', 'fireworks', 'bonfire', 'high[\\s-]visibility', 'hi[\\s-]vis', 'missing', 'appeal', 'help\\s+us', 'please', 'live\\s+tweets?',
  "don'?t\\s+risk", 'slow\\s+down', 'sceptre', 'encompass', 'stack', 'brock', 'drink[\\s-]driv(?:e|ing|ers?)', 'knife\\s+arch(?:es)?', 'amnesty',
]);

// A sentence ends at . ! ? ; or a line break.
const SENTENCE = /[^.!?;\n]+(?:[.!?;]+|\n|$)|[.!?;]+/gu;

/** True when a sentence or clause tells of police action after the event. */
export const toldInThePast = (s: string): boolean => PAST.test(s);

// Where the police will not be, or how thin they are: "only two officers covering the north
// tonight", "nobody will be patrolling the retail park", "the checkpoint … nowhere else", "the
// ANPR camera on the slip road has been broken for a month". Told in the present or the future.
const THIN = re([
  `(?:only|just)\\s+(?:\\d+|one|two|three|four|me\\s+and\\s+\\p{L}+|a\\s+couple\\s+of)\\s+(?:officers?|of\\s+us|units?|cars?|patrols?|cops|on)`,
  "(?:nobody|no\\s+one|no\\s+officers?|no\\s+patrols?|no\\s+units?)\\s+(?:will\\s+be|is|are|['’]s|['’]ll\\s+be)\\s+(?:patrolling|covering|on|out|around|available|about)",
  "(?:won['’]t|will\\s+not)\\s+be\\s+(?:patrolling|covering|any\\s+(?:officers|patrols))", 'nowhere\\s+else',
  "(?:(?:anpr|cctv|speed|traffic)\\s+cameras?|cameras?|cctv|anpr)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,5}?(?:is|are|has\\s+been|have\\s+been|['’]s\\s+been)\\s+(?:broken|down|off|not\\s+working|out\\s+of\\s+(?:order|action)|switched\\s+off)",
]);

/** Sentences that give away police action before or while it happens. */
export function announcedOperations(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const s = m[0];
    const thin = THIN.exec(s);
    if (thin && !PAST.test(s) && !PUBLIC.test(s)) {
      const start = m.index! + thin.index;
      out.push({ start, end: start + thin[0].length });
      continue;
    }
    const action = ACTION.exec(s);
    if (!action || !WHEN.test(s) || PAST.test(s) || PUBLIC.test(s)) continue;
    const start = m.index! + action.index;
    out.push({ start, end: start + action[0].length });
    if (out.length >= 50) break;
  }
  return out;
}

import { z } from 'zod';
import { defineDetector, type Organisation, type Scan } from '../detector.ts';
import { TermMatcher } from '../text/terms.ts';
import { allMatches, escapeRegExp, insideAny, type Span } from '../text/regex.ts';

// Saying where you work without naming it, for when the profile lists no names or the post
// uses none: "I work for the council", "my job at the council", "a shift at the town hall",
// "back at the council offices tomorrow", "working in local government", "#councillife". A
// resident's "the council still hasn't emptied our bins" or "our wedding at the town hall" is not.
const WORKPLACE =
  "(?:the\\s+)?(?:council(?:\\s+offices)?|town\\s+hall|county\\s+hall|civic\\s+centre|local\\s+authority|borough|district\\s+council|county\\s+council|city\\s+council|police|force|constabulary|trust|nhs|hospital|commissioner'?s\\s+office|opcc)";
const WORK =
  "(?:job|day\\s+job|shift|shifts|office|desk|team|department|dept|manager|boss|colleagues|workmates|line\\s+manager|team\\s+leader|payslip|pay\\s+rise|contract|employer|role|workplace|work|lot|crew|gang|squad|section|unit)";
// The places staff work in and the things they carry: "the civic", "the depot", "my council lanyard".
const PLACE = "(?:the\\s+)?(?:council(?:\\s+(?:offices|depot))?|town\\s+hall|county\\s+hall|civic(?:\\s+centre)?|depot)";
const WHEN = "(?:day|morning|afternoon|evening|night|week|shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
// Council services a member of staff calls "our … team" ("our housing team", "our revenues team").
const SERVICE =
  "(?:housing|planning|revenues|benefits|waste|bins?|recycling|licensing|environmental\\s+health|parking|highways|council\\s+tax|social\\s+care|adult\\s+social\\s+care|children['’]s\\s+services|leisure|libraries|library|customer\\s+services|electoral\\s+services|elections|building\\s+control|regeneration|democratic\\s+services|streetscene|street\\s+scene|grounds\\s+maintenance|refuse)";
const ROLE =
  "(?:officer|worker|manager|assistant|adviser|advisor|supervisor|apprentice|planner|engineer|inspector|warden|clerk|administrator|director|co-?ordinator|lead|driver|operative|caretaker|librarian|receptionist|social\\s+worker|team\\s+leader)";
const GENERIC = new RegExp(
  [
    `(?:i|we)\\s+(?:work|worked|am\\s+working|['’]m\\s+working|started|start|finish|finished)\\s+(?:for|at|in)\\s+${WORKPLACE}`,
    `(?:my|our)\\s+(?:new\\s+|old\\s+|first\\s+)?${WORK}\\s+(?:at|in|for|with|from)\\s+${WORKPLACE}`,
    `(?:shift|shifts|payslip)\\s+(?:at|in|from)\\s+${WORKPLACE}`,
    `back\\s+(?:at|in)\\s+(?:work\\s+at\\s+(?:the\\s+)?(?:council|town\\s+hall|civic\\s+centre|county\\s+hall)|(?:the\\s+)?council\\s+offices|the\\s+office\\s+at\\s+the\\s+council)`,
    '(?:working|work|worked|career|job)\\s+in\\s+local\\s+government',
    'as\\s+an?\\s+(?:council|police|nhs)\\s+(?:officer|employee|worker|staff\\s+member)',
    "(?:i['’]?m|i\\s+am|we['’]?re|we\\s+are|us)\\s+(?:an?\\s+)?(?:council|police|nhs)\\s+(?:officers?|employees?|workers?|staff)",
    // Session 13: the job, the team and the workplace told in other words.
    '(?:being|as)\\s+an?\\s+(?:council|police|nhs)\\s+(?:officer|employee|worker|staff\\s+member)',
    '(?:years?|decades?|months?|weeks?|career|life)\\s+in\\s+local\\s+government',
    `(?:the\\s+)?day\\s+job\\s+(?:at|in)\\s+${PLACE}`,
    `(?:shift|shifts)\\s+(?:on|for)\\s+(?:the\\s+)?council['’]?s?`,
    `as\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,3}?${ROLE}\\s+(?:for|with|at|in)\\s+(?:the\\s+)?council`,
    '(?:i|we)\\s+(?:supervise|manage|run|lead|cover|look\\s+after)\\s+(?:[\\p{L}-]+\\s+){0,3}?for\\s+(?:the\\s+)?council',
    "(?:managing|running|leading|supervising)\\s+the\\s+council['’]s",
    `(?:my|our)\\s+${SERVICE}\\s+(?:team|department|dept|service|section|unit|colleagues|crew|officers)`,
    `(?:another|long|busy|first|last|freezing|cold|wet|quiet|manic)\\s+(?:[\\p{L}-]+\\s+)?${WHEN}\\s+(?:at|in)\\s+${PLACE}`,
    `(?:my|our)\\s+council\\s+(?:lanyard|id\\s+badge|badge|laptop|email|inbox|pension|pass|fob|uniform|van|intranet|phone|mobile)`,
    `(?:work|staff|team|office)\\s+(?:christmas\\s+)?(?:do|party|night\\s+out|awards|meeting|training|away\\s+day)\\s+(?:at|in)\\s+${PLACE}`,
    `staff\\s+awards\\s+(?:at|in)\\s+${PLACE}`,
    '(?:the\\s+)?council\\s+(?:made|makes|making|make)\\s+(?:us|me)',
    `(?:lunch|tea|coffee|fag)\\s+break\\s+(?:at|in)\\s+${PLACE}`,
    'council\\s+life',
    `pay\\s*day\\s+(?:at|in)\\s+${PLACE}`,
    `(?:off\\s+to|going\\s+to|back\\s+to|heading\\s+to|on\\s+my\\s+way\\s+to)\\s+work\\s+(?:at|in)\\s+${PLACE}`,
  ]
    .map((p) => `(?<![\\p{L}])${p}(?![\\p{L}])`)
    .concat(['#(?:councillife|localgov|localgovernment|lifeatthecouncil|councilworker)(?![\\p{L}\\p{N}_])'])
    .join('|'),
  'giu',
);

// "My husband started a new job in local government": the job is someone else's when the
// sentence's subject, before the match, is another person.
const OTHER_PERSON =
  /(?:(?:my|our|his|her|their)\s+(?:husband|wife|partner|sister|brother|mum|mom|mam|dad|son|daughter|mate|friend|neighbour|cousin|uncle|aunt|auntie|nan|grandad|grandma|grandson|granddaughter|niece|nephew|boyfriend|girlfriend|fiancée?|other\s+half)|\b(?:he|she|they)(?:['’]s|\s+(?:is|was|has|works|worked|started|got|just)))\b[^.!?\n]{0,60}$/iu;
function someoneElses(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  const sentence = before.slice(Math.max(0, before.search(/[^.!?\n]*$/u)));
  return OTHER_PERSON.test(sentence) && !/\b(?:i|we|i['’]m|i['’]ve)\b/iu.test(sentence);
}

// The organisation's own handle or web domain said with a work word ("our @AcmeCouncil staff
// choir", "booked leave on the acme.gov.uk staff portal"). A resident tags the council to
// complain; staff name it with their work.
const STAFF_WORD = /(?<![\p{L}])(?:staff|colleagues|workmates|team|my\s+job|intranet|portal|payslip|lanyard|annual\s+leave|book(?:ed)?\s+leave|hr|rota|shift)(?![\p{L}])/iu;
// Built once per compiled profile, not on every keystroke.
const OWN_MARKS = new WeakMap<Organisation, RegExp | null>();
function ownMarks(org: Organisation): RegExp | null {
  if (!OWN_MARKS.has(org)) {
    const parts = [
      ...org.handles.map((h) => `@${escapeRegExp(h)}(?![\\w])`),
      ...org.domains.map((d) => `(?<![\\w.-])${escapeRegExp(d)}(?![\\w-])`),
    ];
    OWN_MARKS.set(org, parts.length ? new RegExp(parts.join('|'), 'giu') : null);
  }
  return OWN_MARKS.get(org)!;
}

function ownAccountAtWork(scan: Scan): Span[] {
  const t = scan.text;
  const marks = ownMarks(scan.org);
  if (!marks) return [];
  const out: Span[] = [];
  for (const m of allMatches(marks, t)) {
    const near = t.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
    if (STAFF_WORD.test(near)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export const namesOption = z.strictObject({
  /** More names to treat as the employer (a parent body, a partner, a nickname). */
  names: z.array(z.string().min(1).max(100)).max(100).default([]),
});

export function employerSpans(scan: Scan, extra: readonly string[]): Span[] {
  return scan.memo(`employer:${extra.join('|')}`, () => {
    const spans: Span[] = [];
    if (scan.org.nameMatcher) spans.push(...scan.org.nameMatcher.find(scan.tokens(), scan.text));
    if (extra.length) spans.push(...new TermMatcher(extra).find(scan.tokens(), scan.text));
    const add = (s: Span) => {
      if (!insideAny(spans, s)) spans.push(s);
    };
    for (const m of allMatches(GENERIC, scan.text)) if (!someoneElses(scan.text, m.index)) add({ start: m.index, end: m.index + m[0].length });
    for (const s of ownAccountAtWork(scan)) add(s);
    return spans.sort((a, b) => a.start - b.start);
  });
}

export default defineDetector({
  id: 'employer-reference',
  summary:
    'Naming the employer: the organisation\'s names and aliases from the profile, or saying where you work without them ("I work for the council", "my job at the council", "a shift at the town hall", "our housing team", "another monday at the civic", "#councillife"), or the organisation\'s own handle or domain with a work word; someone else\'s job ("my husband works for the council") is not',
  options: namesOption,
  find(scan, options) {
    return employerSpans(scan, options.names);
  },
});

// Accuracy of the rules on real and written data: recall on what must be flagged, false
// alarms on what must not, compared in the same run with obscenity alone (a word list) and
// alex (an "insensitive writing" linter). `npm run bench -- accuracy`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { text as alexText } from 'alex';
import { check } from '../rules/check.ts';
import type { CheckContext } from '../rules/draft.ts';
import type { Finding } from '../rules/finding.ts';
import { compileProfile, profileSchema, type CompiledProfile } from '../rules/profile.ts';
import { EXAMPLE_ORGANISATION_PROFILE } from '../rules/example-organisation.ts';
import { SLUR_PHRASES, SLUR_WORDS } from '../rules/lexicon/abuse.ts';
import type { BenchTable } from './table.ts';
import { data, lines, pct, sections, setsTable } from './written-sets.ts';


// The examples' organisation without the switches that flag every corporate post, so a
// false alarm here is a real false alarm.
const profile: CompiledProfile = compileProfile(
  profileSchema.parse({ ...EXAMPLE_ORGANISATION_PROFILE, reviewBeforePosting: false, periods: [EXAMPLE_ORGANISATION_PROFILE.periods![0]!] }),
);
const SLURS = new Set(SLUR_WORDS);
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const ctx = (over: Partial<CheckContext> = {}): CheckContext => ({ platform: 'facebook', account: 'corporate', composer: 'post', now: '2027-01-12T12:00:00Z', ...over });
const run = (text: string, over?: Partial<CheckContext>): Finding[] => check({ text }, profile, ctx(over));
const alexFlags = (text: string) => alexText(text).messages.length > 0;

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Tweets are stored with HTML entities (&amp;, &#128514;): decode to what people saw. */
function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const isAbuse = (f: Finding) => f.category === 'abuse' || f.category === 'profanity';

/** A tweet with a word on obscenity's English list or on PostGuard's slur list. */
function listedWord(text: string): boolean {
  const lower = text.toLowerCase();
  return obscenity.hasMatch(text) || (lower.match(/[\p{L}]+/gu) ?? []).some((w) => SLURS.has(w)) || SLUR_PHRASES.some((p) => lower.includes(p));
}

async function davidsonTweets(file: string) {
  const rows = parseCsv(await readFile(path.join(data, file), 'utf8')).slice(1);
  // Columns: index, count (annotators), hate_speech, offensive_language, neither (votes), class, tweet.
  return rows.map((r) => ({ index: Number(r[0]), cls: Number(r[5]), unanimous: Number(r[4]) === Number(r[1]), text: decodeEntities(r[6]!) }));
}

const davidsonTools: Array<[string, (t: string) => boolean]> = [
  ['PostGuard (abuse + profanity rules)', (t) => run(t, { account: 'personal', platform: 'x' }).some(isAbuse)],
  ['obscenity alone (English list)', (t) => obscenity.hasMatch(t)],
  ['alex (any message)', alexFlags],
];

async function davidson(): Promise<BenchTable> {
  const tweets = await davidsonTweets('davidson/sample.csv');
  const tools = davidsonTools;
  const out: BenchTable['rows'] = [];
  const neither = tweets.filter((t) => t.cls === 2);
  const ours = neither.filter((t) => tools[0]![1](t.text));
  const listed = ours.filter((t) => listedWord(t.text));
  for (const [name, flags] of tools) {
    for (const [half, keep] of [
      ['even rows', (i: number) => i % 2 === 0],
      ['odd rows', (i: number) => i % 2 === 1],
      ['all', () => true],
    ] as const) {
      const set = tweets.filter((t) => keep(t.index));
      const count = (cls: number[]) => {
        const s = set.filter((t) => cls.includes(t.cls));
        return [s.filter((t) => flags(t.text)).length, s.length] as const;
      };
      const neither = (unanimous: boolean) => {
        const s = set.filter((t) => t.cls === 2 && t.unanimous === unanimous);
        return pct(s.filter((t) => flags(t.text)).length, s.length);
      };
      out.push([name, half, pct(...count([0])), pct(...count([1])), pct(...count([0, 1])), pct(...count([2])), neither(true), neither(false)]);
    }
  }
  return {
    title: 'Davidson et al. tweets, old sample (tests/data/davidson, 608 real tweets, development data): share flagged',
    columns: ['tool', 'rows', 'hate', 'offensive', 'hate + offensive (recall)', 'neither (false alarms)', 'neither, every annotator', 'neither, not every annotator'],
    rows: out,
    notes: [
      'Development data: the odd rows were a test half until issue 6 found it contaminated (the first lexicon already held slurs seen only there); both halves are now used for tuning, and the honest measure is the fresh held-out sample (the table before this one).',
      "PostGuard counts a tweet as flagged when any abuse or profanity rule fires (personal account on X). obscenity: its English dataset and recommended transformers. alex: alex.text(), any message.",
      `Of PostGuard's ${ours.length} false alarms on "neither" (all rows), ${listed.length} contain a word on obscenity's English list or on PostGuard's slur list (the crowd labels count e.g. "porch monkey", "whitey" and "tranny" as neither); the rest: ${ours.filter((t) => !listed.includes(t)).map((t) => JSON.stringify(t.text.replace(/\s+/g, ' ').slice(0, 60))).join('; ') || 'none'}.`,
    ],
  };
}

/**
 * The fresh held-out sample (tests/data/davidson-holdout): counts only. Its misses and false
 * alarms are never printed, so nobody tunes the rules on them; it is run once before and once
 * after a round of changes (see tests/data/README.md).
 */
async function davidsonHeldOut(file: string, title: string, windows: string): Promise<BenchTable> {
  const tweets = await davidsonTweets(file);
  const rows: BenchTable['rows'] = davidsonTools.map(([name, flags]) => {
    const count = (cls: number[]) => {
      const s = tweets.filter((t) => cls.includes(t.cls));
      return [s.filter((t) => flags(t.text)).length, s.length] as const;
    };
    // "neither" split by agreement (registered in tests/data/README.md before run 3): every
    // annotator said neither, or a majority did and at least one said offensive or hate.
    const neither = (unanimous: boolean) => {
      const s = tweets.filter((t) => t.cls === 2 && t.unanimous === unanimous);
      return pct(s.filter((t) => flags(t.text)).length, s.length);
    };
    return [name, pct(...count([0])), pct(...count([1])), pct(...count([0, 1])), pct(...count([2])), neither(true), neither(false)];
  });
  const falseAlarms = tweets.filter((t) => t.cls === 2 && davidsonTools[0]![1](t.text));
  const withListedWord = falseAlarms.filter((t) => listedWord(t.text)).length;
  return {
    title,
    columns: ['tool', 'hate', 'offensive', 'hate + offensive (recall)', 'neither (false alarms)', 'neither, every annotator', 'neither, not every annotator'],
    rows,
    notes: [
      'Target: at least 90% of hate and offensive flagged, at most 3% of neither. Counts only: the texts it misses or flags are never printed.',
      'The two last columns split "neither" by agreement: tweets every annotator called neither, and tweets a majority called neither while at least one annotator called them offensive or hate. The target is read on all "neither"; the split shows where the false alarms come from and does not replace it.',
      `Offensive rows are a 1-in-10 sample (index ending in 0), hate and neither rows are all the rows of ${windows}; the hate + offensive column is over the rows as drawn, not reweighted to the corpus.`,
      `Of PostGuard's ${falseAlarms.length} false alarms on "neither", ${withListedWord} contain a word on obscenity's English list or on PostGuard's slur list (a count only).`,
    ],
  };
}

/**
 * Run 4 (registered in tests/data/README.md before it was run): the same held-out tweets read
 * the way the clauses read them. Two annotators, blind to PostGuard, to the crowd's labels and
 * to each other, marked every tweet `breach` (posting it would break OP-5, HT-7, TR-9, HSS-1 or
 * HSS-3) or `clean`. Counts only, like the table before it.
 */
async function davidsonPolicyReading(folder: string, csv: string, annotators: [string, string], title: string): Promise<BenchTable> {
  const tweets = await davidsonTweets(`${folder}/${csv}`);
  const labels = async (who: string) => {
    const rows = parseCsv(await readFile(path.join(data, `${folder}/policy-labels-${who}.csv`), 'utf8')).slice(1);
    return new Map(rows.filter((r) => r.length >= 2).map((r) => [Number(r[0]), r[1] === 'breach']));
  };
  const [a, b] = [await labels(annotators[0]), await labels(annotators[1])];
  const missing = tweets.filter((t) => !a.has(t.index) || !b.has(t.index));
  if (missing.length) throw new Error(`policy labels: ${missing.length} tweets have no label from both annotators`);
  const both = (breach: boolean) => (t: { index: number }) => a.get(t.index) === breach && b.get(t.index) === breach;
  const split = (t: { index: number }) => a.get(t.index) !== b.get(t.index);
  const neither = tweets.filter((t) => t.cls === 2);
  const sets: Array<[string, typeof tweets]> = [
    ['crowd "neither", both annotators: clean', neither.filter(both(false))],
    ['crowd "neither", both: breach', neither.filter(both(true))],
    ['crowd "neither", annotators split', neither.filter(split)],
    ['every tweet both call clean', tweets.filter(both(false))],
    ['every tweet both call a breach (recall)', tweets.filter(both(true))],
  ];
  const rows: BenchTable['rows'] = davidsonTools.map(([name, flags]) => [name, ...sets.map(([, s]) => pct(s.filter((t) => flags(t.text)).length, s.length))]);
  // Agreement beyond chance between the two annotators (Cohen's kappa).
  const agree = tweets.filter((t) => !split(t)).length / tweets.length;
  const pa = tweets.filter((t) => a.get(t.index)).length / tweets.length;
  const pb = tweets.filter((t) => b.get(t.index)).length / tweets.length;
  const chance = pa * pb + (1 - pa) * (1 - pb);
  const kappa = (agree - chance) / (1 - chance);
  return {
    title,
    columns: ['tool', ...sets.map(([n]) => n)],
    rows,
    notes: [
      `The annotators agree on ${(100 * agree).toFixed(1)}% of the ${tweets.length} tweets (Cohen's kappa ${kappa.toFixed(2)}). Of the ${neither.length} tweets the crowd called neither, both annotators call ${sets[0]![1].length} clean and ${sets[1]![1].length} a breach of the clauses, and they split on ${sets[2]![1].length}.`,
      'The aim of at most 3% false alarms is read, for this run, on the first column: tweets nobody (the crowd or either annotator) finds anything wrong with. The crowd-label table before this one stays the measure it was. Counts only: no tweet is printed.',
    ],
  };
}

async function writtenAbuse(): Promise<BenchTable> {
  const sets = [
    ['batch 1 (development)', 'abuse/abusive.txt', 'abuse/benign-lookalikes.txt'],
    ['batch 2 (development)', 'abuse/abusive-2.txt', 'abuse/benign-lookalikes-2.txt'],
    ['batch 3 (development)', 'abuse/abusive-3.txt', 'abuse/benign-lookalikes-3.txt'],
    ['batch 4 (development)', 'abuse/abusive-4.txt', 'abuse/benign-lookalikes-4.txt'],
    ['batch 5 (development)', 'abuse/abusive-5.txt', 'abuse/benign-lookalikes-5.txt'],
    ['batch 6 (development, issue 6)', 'abuse/abusive-6.txt', 'abuse/benign-lookalikes-6.txt'],
    ['held out 1 (40 + 40, never tuned on)', 'abuse/holdout-abusive.txt', 'abuse/holdout-benign.txt'],
    ['held out 3 (120 + 120, never tuned on)', 'abuse/holdout-3-abusive.txt', 'abuse/holdout-3-benign.txt'],
  ] as const;
  const tools: Array<[string, (t: string) => boolean]> = [
    ['PostGuard', (t) => run(t).some(isAbuse)],
    ['obscenity alone', (t) => obscenity.hasMatch(t)],
    ['alex', alexFlags],
  ];
  const rows: BenchTable['rows'] = [];
  for (const [name, abusiveFile, benignFile] of sets) {
    const abusive = await lines(abusiveFile);
    const benign = await lines(benignFile);
    for (const [tool, f] of tools) rows.push([name, tool, pct(abusive.filter(f).length, abusive.length), pct(benign.filter(f).length, benign.length)]);
  }
  return {
    title: 'Abuse beyond swear words (tests/data/abuse, written): share flagged',
    columns: ['set', 'tool', 'abusive (recall)', 'benign look-alikes (false alarms)'],
    rows,
    notes: [
      'Batches 1-6 were used to write and tune the lexicon and structures (batches 4, 5 and 6 were each run once before tuning on them: 49/68, 26/40 and 27/60 caught, no false alarms; see their commits). Held out 1 was written after batches 1-2 and never tuned on; held out 3 was written and committed before the structural rework, and never tuned on. Both held-out sets were written by the same author as the lexicon; phrases that appear in them and in no development set were taken out of the lexicon.',
    ],
  };
}

/** Held-out set 3 by structure: which kinds of abuse are caught, and which benign posts are not left alone. */
async function heldOutByStructure(): Promise<BenchTable> {
  const tools: Array<[string, (t: string) => boolean]> = [
    ['PostGuard', (t) => run(t).some(isAbuse)],
    ['obscenity alone', (t) => obscenity.hasMatch(t)],
    ['alex', alexFlags],
  ];
  const rows: BenchTable['rows'] = [];
  for (const [file, what] of [
    ['abuse/holdout-3-abusive.txt', 'abusive (recall)'],
    ['abuse/holdout-3-benign.txt', 'not abusive (false alarms)'],
  ] as const) {
    for (const s of await sections(file)) rows.push([s.name, what, ...tools.map(([, f]) => pct(s.posts.filter(f).length, s.posts.length))]);
  }
  return {
    title: 'Held-out set 3 (tests/data/abuse/holdout-3-*.txt, written): share flagged by structure',
    columns: ['structure or kind of post', 'label', ...tools.map(([n]) => n)],
    rows,
    notes: ['PostGuard counts a post as flagged when any abuse or profanity rule fires (corporate account on Facebook).'],
  };
}

// Words that are also swear words or slurs, in their ordinary sense (a drainage dyke, pork
// faggots, a breeder's bitch) and used abusively.
const ordinarySenses = () =>
  setsTable({
    title: 'Ordinary senses of listed words (tests/data/profanity, written): share flagged',
    files: [
      ['profanity/ordinary-senses.txt', 'development', 'ordinary sense (false alarms)'],
      ['profanity/abusive-uses.txt', 'development', 'abusive use (recall)'],
      ['profanity/holdout-ordinary-senses.txt', 'held out', 'ordinary sense (false alarms)'],
      ['profanity/holdout-abusive-uses.txt', 'held out', 'abusive use (recall)'],
    ],
    measures: [
      ['PostGuard (abuse + profanity rules)', (t) => run(t, { account: 'personal' }).some(isAbuse)],
      ['obscenity alone (English list)', (t) => obscenity.hasMatch(t)],
    ],
    note: 'PostGuard counts a post as flagged when any abuse or profanity rule fires (personal account on Facebook).',
  });

// Live cases, operations and sensitive roles (STF-3, STF-6): police posts a press officer would
// stop, and ordinary ones sharing their words.
const operational = () =>
  setsTable({
    title: 'Live cases, operations and sensitive roles (tests/data/operational, written): share flagged',
    files: [
      ['operational/flag.txt', 'development', 'to stop (recall)'],
      ['operational/clean.txt', 'development', 'ordinary (false alarms)'],
      ['operational/holdout-flag.txt', 'held out', 'to stop (recall)'],
      ['operational/holdout-clean.txt', 'held out', 'ordinary (false alarms)'],
      ['operational/operation-2-flag.txt', 'development, operations round 2', 'to stop (recall)'],
      ['operational/operation-2-clean.txt', 'development, operations round 2', 'ordinary (false alarms)'],
      ['operational/holdout-2-operation-flag.txt', 'held out, operations round 2', 'to stop (recall)'],
      ['operational/holdout-2-operation-clean.txt', 'held out, operations round 2', 'ordinary (false alarms)'],
      ['operational/live-2-flag.txt', 'development, live cases round 2', 'to stop (recall)'],
      ['operational/live-2-clean.txt', 'development, live cases round 2', 'ordinary (false alarms)'],
      ['operational/holdout-2-live-flag.txt', 'held out, live cases round 2', 'to stop (recall)'],
      ['operational/holdout-2-live-clean.txt', 'held out, live cases round 2', 'ordinary (false alarms)'],
      ['operational/operation-3-flag.txt', 'development, operations round 3', 'to stop (recall)'],
      ['operational/operation-3-clean.txt', 'development, operations round 3', 'ordinary (false alarms)'],
      ['operational/holdout-3-operation-flag.txt', 'held out, operations round 3', 'to stop (recall)'],
      ['operational/holdout-3-operation-clean.txt', 'held out, operations round 3', 'ordinary (false alarms)'],
    ],
    measures: [['PostGuard (operational rules)', (t) => run(t, { platform: 'x' }).some((f) => f.category === 'operational')]],
    byGroup: true,
    note: 'Flagged: any finding of the sub-judice, operational-detail or sensitive-role rules (corporate account on X).',
  });

// Secrets that open something (STF-7, OP-10), and ordinary posts sharing their words.
const credentials = () =>
  setsTable({
    title: 'Passwords, PINs, codes and keys (tests/data/credentials, written): share flagged',
    files: [
      ['credentials/secrets.txt', 'development', 'secrets (recall)'],
      ['credentials/clean.txt', 'development', 'ordinary (false alarms)'],
      ['credentials/holdout-secrets.txt', 'held out', 'secrets (recall)'],
      ['credentials/holdout-clean.txt', 'held out', 'ordinary (false alarms)'],
      ['credentials/secrets-2.txt', 'development, round 2', 'secrets (recall)'],
      ['credentials/secrets-2-clean.txt', 'development, round 2', 'ordinary (false alarms)'],
      ['credentials/holdout-2-secrets.txt', 'held out, round 2', 'secrets (recall)'],
      ['credentials/holdout-2-secrets-clean.txt', 'held out, round 2', 'ordinary (false alarms)'],
    ],
    byGroup: true,
    measures: [
      ['credentials rule', (t) => run(t).some((f) => f.category === 'credentials')],
      ['held by any rule (confirm or block)', (t) => run(t).some((f) => f.severity === 'confirm' || f.severity === 'block')],
    ],
    note: 'Default profile with the example organisation, corporate account on Facebook.',
  });

// Staff saying where they work on a personal account (TR-8, OP-6).
const employer = () =>
  setsTable({
    title: 'Saying where you work, personal accounts (tests/data/employer, written): share flagged',
    files: [
      ['employer/reveals.txt', 'development', 'says where they work (recall)'],
      ['employer/clean.txt', 'development', 'does not (false alarms)'],
      ['employer/holdout-reveals.txt', 'held out', 'says where they work (recall)'],
      ['employer/holdout-clean.txt', 'held out', 'does not (false alarms)'],
      ['employer/reveals-2.txt', 'development, round 2', 'says where they work (recall)'],
      ['employer/reveals-2-clean.txt', 'development, round 2', 'does not (false alarms)'],
      ['employer/holdout-2-reveals.txt', 'held out, round 2', 'says where they work (recall)'],
      ['employer/holdout-2-reveals-clean.txt', 'held out, round 2', 'does not (false alarms)'],
    ],
    measures: [['PostGuard (employer rules)', (t) => run(t, { account: 'personal', platform: 'x' }).some((f) => f.category === 'employer-reference')]],
    byGroup: true,
    note: 'An employee of the example organisation (Acme Council) on a personal account on X.',
  });

// Home addresses, dates of birth, NI numbers and bank details (TR-5).
const DETAIL_RULES = new Set(['postal-address', 'home-address', 'date-of-birth', 'national-insurance-number', 'bank-details']);
const personalDetails = () =>
  setsTable({
    title: 'Home addresses, dates of birth, NI numbers and bank details (tests/data/personal-data, written): share flagged',
    files: [
      ['personal-data/details.txt', 'development', 'details (recall)'],
      ['personal-data/details-clean.txt', 'development', 'look-alikes (false alarms)'],
      ['personal-data/holdout-details.txt', 'held out', 'details (recall)'],
      ['personal-data/holdout-details-clean.txt', 'held out', 'look-alikes (false alarms)'],
    ],
    measures: [
      ['any of these rules', (t) => run(t).some((f) => DETAIL_RULES.has(f.ruleId))],
      ['beyond a plain street address (home address, DOB, NI, bank)', (t) => run(t).some((f) => DETAIL_RULES.has(f.ruleId) && f.ruleId !== 'postal-address')],
    ],
    byGroup: true,
    note: 'A street address alone gets a "warn" ("if it\'s someone\'s home, take it out"), venues included, by design; "home address" (confirm) needs words that make it someone\'s home.',
  });

// Someone's home, told apart from a venue, a roadworks site or a planning notice (TR-5).
const homeAddresses = () =>
  setsTable({
    title: "Someone's home or not (tests/data/personal-data, written, second round on addresses): share flagged",
    files: [
      ['personal-data/home-2.txt', 'development', 'a home (recall)'],
      ['personal-data/home-2-clean.txt', 'development', 'not a home (false alarms)'],
      ['personal-data/holdout-2-home.txt', 'held out', 'a home (recall)'],
      ['personal-data/holdout-2-home-clean.txt', 'held out', 'not a home (false alarms)'],
    ],
    measures: [
      ['home address (confirm)', (t) => run(t).some((f) => f.ruleId === 'home-address')],
      ['any address finding (a plain address is a warn)', (t) => run(t).some((f) => f.ruleId === 'home-address' || f.ruleId === 'postal-address')],
    ],
    note: 'Default profile with the example organisation, corporate account on Facebook.',
  });

async function neutral(): Promise<BenchTable> {
  const sources = [
    ['council', 'neutral/council.txt', 'corporate'],
    ['police and commissioner', 'neutral/police.txt', 'corporate'],
    ['trusts, leisure, health', 'neutral/trust.txt', 'corporate'],
    ['staff, personal accounts', 'neutral/personal.txt', 'personal'],
  ] as const;
  const out: BenchTable['rows'] = [];
  let all = 0;
  const totals = { any: 0, warn: 0, held: 0, alex: 0 };
  for (const [name, file, account] of sources) {
    const posts = await lines(file);
    let any = 0;
    let warn = 0;
    let held = 0;
    let alex = 0;
    for (const p of posts) {
      const f = run(p, { account });
      if (f.length) any++;
      if (f.some((x) => x.severity !== 'info')) warn++;
      if (f.some((x) => x.severity === 'confirm' || x.severity === 'block')) held++;
      if (alexFlags(p)) alex++;
    }
    out.push([name, posts.length, pct(any, posts.length), pct(warn, posts.length), pct(held, posts.length), pct(alex, posts.length)]);
    all += posts.length;
    totals.any += any;
    totals.warn += warn;
    totals.held += held;
    totals.alex += alex;
  }
  out.push(['all', all, pct(totals.any, all), pct(totals.warn, all), pct(totals.held, all), pct(totals.alex, all)]);
  return {
    title: 'Ordinary posts (tests/data/neutral, written): share with any finding',
    columns: ['source', 'posts', 'PostGuard: any finding', 'warn or above', 'holds the post', 'alex: any message'],
    rows: out,
    notes: ['Default profile with the example organisation (Acme Council), no review or crisis switch.'],
  };
}

async function personalData(): Promise<BenchTable[]> {
  type Case = { id: string; text: string; expect: 'phone' | 'email' | 'card' | 'none'; value?: string; group: string };
  const cases = (await readFile(path.join(data, 'personal-data/cases.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Case);
  const ruleFor = { phone: 'phone-number', email: 'email-address', card: 'payment-card' } as const;
  const byGroup = new Map<string, { hit: number; n: number; missed: string[] }>();
  const covers = (c: Case, f: Finding) => {
    const at = c.text.indexOf(c.value!);
    return f.start !== undefined && f.start <= at + 1 && f.end! >= at + c.value!.length - 1;
  };
  let noneFlagged = 0;
  let noneAddress = 0;
  const falseAlarms: string[] = [];
  const none = cases.filter((c) => c.expect === 'none');
  for (const c of cases) {
    const f = run(c.text);
    if (c.expect === 'none') {
      const bad = f.filter((x) => ['phone-number', 'email-address', 'payment-card', 'bank-details', 'national-insurance-number', 'date-of-birth'].includes(x.ruleId));
      if (bad.length) {
        noneFlagged++;
        falseAlarms.push(`${c.group}: ${c.text}`);
      }
      if (f.some((x) => x.ruleId === 'postal-address')) noneAddress++;
      continue;
    }
    const g = byGroup.get(c.group) ?? { hit: 0, n: 0, missed: [] };
    g.n++;
    if (f.some((x) => x.ruleId === ruleFor[c.expect as 'phone'] && covers(c, x))) g.hit++;
    else g.missed.push(c.value!);
    byGroup.set(c.group, g);
  }
  const kinds: Array<[string, (g: string) => boolean]> = [
    ['phone numbers (all countries)', (g) => g !== 'email' && g !== 'card'],
    ['  of which UK', (g) => g.startsWith('UK')],
    ['  of which other countries', (g) => !g.startsWith('UK') && g !== 'email' && g !== 'card'],
    ['email addresses', (g) => g === 'email'],
    ['payment cards', (g) => g === 'card'],
  ];
  const summary: BenchTable = {
    title: 'Personal data (tests/data/personal-data, written): recall and false alarms',
    columns: ['what', 'found (recall)'],
    rows: [
      ...kinds.map(([name, sel]) => {
        const gs = [...byGroup.entries()].filter(([g]) => sel(g));
        return [name, pct(gs.reduce((n, [, g]) => n + g.hit, 0), gs.reduce((n, [, g]) => n + g.n, 0))];
      }),
      ["look-alikes flagged as phone, email, card, bank, NI or DOB (false alarms)", pct(noneFlagged, none.length)],
      ['look-alikes with a postal-address warning', pct(noneAddress, none.length)],
    ],
    notes: [
      ...[...byGroup.entries()].filter(([, g]) => g.missed.length).map(([grp, g]) => `missed (${grp}): ${[...new Set(g.missed)].join(', ')}`),
      ...falseAlarms.map((f) => `false alarm: ${f}`),
    ],
  };
  return [summary];
}

async function political(): Promise<BenchTable> {
  const pol = await lines('political/political.txt');
  const info = await lines('political/electoral-info.txt');
  const during = { now: '2027-04-20T10:00:00+01:00' };
  const flagged = (t: string, over: Partial<CheckContext>) => run(t, over).some((f) => f.category === 'political');
  return {
    title: 'Political content (tests/data/political, written): share flagged',
    columns: ['context', 'party-political posts (recall)', 'neutral electoral information (false alarms)'],
    rows: [
      ['corporate, pre-election period', pct(pol.filter((t) => flagged(t, during)).length, pol.length), pct(info.filter((t) => flagged(t, during)).length, info.length)],
      ['corporate, outside the period', pct(pol.filter((t) => flagged(t, {})).length, pol.length), pct(info.filter((t) => flagged(t, {})).length, info.length)],
      ['personal account', pct(pol.filter((t) => flagged(t, { account: 'personal' })).length, pol.length), pct(info.filter((t) => flagged(t, { account: 'personal' })).length, info.length)],
    ],
  };
}

// Party-political posts and ordinary ones sharing their words (HT-1, HT-2, HT-9, STF-1), by
// group, in the three contexts the political rules tell apart.
const politicalSets = () => {
  const political = (over: Partial<CheckContext>) => (t: string) => run(t, over).some((f) => f.category === 'political');
  return setsTable({
    title: 'Political content, second round (tests/data/political, written): share flagged',
    files: [
      ['political/political-2.txt', 'development', 'political (recall)'],
      ['political/political-2-clean.txt', 'development', 'not political (false alarms)'],
      ['political/holdout-political.txt', 'held out', 'political (recall)'],
      ['political/holdout-political-clean.txt', 'held out', 'not political (false alarms)'],
    ],
    measures: [
      ['corporate, pre-election period', political({ now: '2027-04-20T10:00:00+01:00' })],
      ['corporate, outside it', political({})],
      ['personal account', political({ account: 'personal' })],
    ],
    byGroup: true,
    note: 'Flagged: any finding of the political rules (corporate account on Facebook, or personal account; the period is the example organisation\'s pre-election period).',
  });
};

export default async function accuracyBench(): Promise<BenchTable[]> {
  return [
    await davidsonHeldOut(
      'davidson-holdout/heldout.csv',
      'Davidson et al. tweets, fresh held-out sample (tests/data/davidson-holdout, 1,130 real tweets, never tuned on): share flagged',
      'eight windows',
    ),
    await davidsonPolicyReading(
      'davidson-holdout',
      'heldout.csv',
      ['a', 'b'],
      'Davidson held-out sample read against the clauses (run 4: two blind annotators, tests/data/davidson-holdout/policy-labels-*.csv): share flagged',
    ),
    await davidsonHeldOut(
      'davidson-fresh/fresh.csv',
      'Davidson et al. tweets, second fresh held-out sample (tests/data/davidson-fresh, 638 real tweets, never tuned on): share flagged',
      'four windows',
    ),
    await davidsonPolicyReading(
      'davidson-fresh',
      'fresh.csv',
      ['e', 'f'],
      'Second fresh held-out sample read against the clauses (two blind annotators, tests/data/davidson-fresh/policy-labels-*.csv): share flagged',
    ),
    await davidson(),
    await davidsonPolicyReading(
      'davidson',
      'sample.csv',
      ['c', 'd'],
      'Davidson development sample read against the clauses (two blind annotators, tests/data/davidson/policy-labels-*.csv; development data): share flagged',
    ),
    await writtenAbuse(), await heldOutByStructure(), await ordinarySenses(), await operational(), await credentials(), await employer(), await personalDetails(), await homeAddresses(), await neutral(), ...(await personalData()), await political(), await politicalSets()];
}

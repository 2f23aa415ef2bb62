// Speed of check(): median and p99 for posts of 280, 3,000 and 63,206 characters with the
// default profile and with an organisation profile (Hart DC), against the floor of one pass
// of a single simple regex over the same text. `npm run bench -- check`.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../rules/check.ts';
import type { CheckContext } from '../rules/draft.ts';
import { compiledDefault, loadProfile, type CompiledProfile } from '../rules/profile.ts';
import { stats, type BenchTable } from './table.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [280, 3_000, 63_206];

/** Realistic text: ordinary posts with a few things to flag, repeated to the length. */
async function corpus(): Promise<string> {
  const dir = path.join(root, 'tests/data/neutral');
  const posts: string[] = [];
  for (const f of (await readdir(dir)).sort()) {
    posts.push(...(await readFile(path.join(dir, f), 'utf8')).split('\n').filter((l) => l && !l.startsWith('#')));
  }
  const spice = ['Call Dave on 07700 900123 about it.', 'Details at https://bit.ly/3xYz12 or email jane.smith@gmail.com.', 'Thanks to Keir Starmer for visiting!', 'What a shambles, you idiot.', '#supportlocalbusiness'];
  const out: string[] = [];
  posts.forEach((p, i) => {
    out.push(p);
    if (i % 7 === 3) out.push(spice[i % spice.length]!);
  });
  return out.join(' ');
}

function textOf(base: string, n: number): string {
  let t = base;
  while (t.length < n) t += ` ${base}`;
  return t.slice(0, n);
}

function time(fn: () => unknown, runs: number): number[] {
  for (let i = 0; i < Math.min(20, runs); i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

const FLOOR = /\b\d{5}\s?\d{6}\b/g;
function floorPass(text: string): number {
  FLOOR.lastIndex = 0;
  let n = 0;
  while (FLOOR.exec(text) !== null) n++;
  return n;
}

export default async function checkBench(): Promise<BenchTable[]> {
  const base = await corpus();
  const hart = loadProfile(JSON.parse(await readFile(path.join(root, 'public/profiles/hart-dc.json'), 'utf8')));
  if (!hart.ok) throw new Error('hart-dc.json does not load');
  const profiles: Array<[string, CompiledProfile]> = [
    ['default', compiledDefault()],
    ['hart-dc (organisation)', hart.compiled],
  ];
  const ctx: CheckContext = { platform: 'facebook', account: 'corporate', composer: 'post', now: new Date('2027-04-15T10:00:00+01:00') };
  const rows: BenchTable['rows'] = [];
  const perKChar: Record<string, number[]> = {};
  for (const [name, profile] of profiles) {
    for (const n of SIZES) {
      const text = textOf(base, n);
      const runs = n <= 280 ? 3000 : n <= 3000 ? 600 : 60;
      const s = stats(time(() => check({ text }, profile, ctx), runs));
      const floor = stats(time(() => floorPass(text), runs));
      const findings = check({ text }, profile, ctx).length;
      rows.push([name, n, findings, s.median, s.p99, floor.median, `${Math.round(s.median / floor.median)}×`]);
      (perKChar[name] ??= []).push((s.median / n) * 1000);
    }
  }
  const growth = Object.entries(perKChar).map(([name, v]) => [name, ...v.map((x) => x)] as Array<string | number>);

  // Where the time goes on the longest post: each rule alone, minus the empty baseline.
  const long = textOf(base, 63_206);
  const p = hart.compiled;
  const baseline = stats(time(() => check({ text: long }, { ...p, rules: [] }, ctx), 30)).median;
  const costs = p.rules.map((r) => [r.id, stats(time(() => check({ text: long }, { ...p, rules: [r] }, ctx), 15)).median - baseline] as const);
  costs.sort((a, b) => b[1] - a[1]);

  // A hostile profile (issue 6): 300 rules of a pattern that passes validation but keeps many
  // regex threads alive on every word. The per-check budget bounds the whole check.
  const hostileRules = Array.from({ length: 300 }, (_, i) => ({
    id: `slow-${i}`, kind: 'pattern', pattern: '(?:\\w+\\s?){1,20}QQ', category: 'tone', severity: 'warn', message: 'Slow.', clauses: ['X-1'],
    examples: { valid: ['a'], invalid: ['a QQ'] },
  }));
  const t0 = performance.now();
  const hostile = loadProfile({ schemaVersion: 1, id: 'hostile', name: 'Hostile', version: '1', rules: hostileRules });
  const compileMs = performance.now() - t0;
  const hostileRows: BenchTable['rows'] = [];
  if (hostile.ok) {
    for (const n of SIZES) {
      const text = textOf('word '.repeat(64), n);
      const s = stats(time(() => check({ text }, hostile.compiled, ctx), n <= 3000 ? 30 : 5));
      const skipped = check({ text }, hostile.compiled, ctx).filter((f) => f.message.includes('too slow to run')).length;
      hostileRows.push([n, s.median, s.p99, 300 - skipped, skipped]);
    }
  }

  return [
    {
      title: 'check(draft, profile, context): milliseconds per call (corporate post on Facebook)',
      columns: ['profile', 'characters', 'findings', 'median ms', 'p99 ms', 'floor: one regex pass, median ms', 'check ÷ floor'],
      rows,
      notes: ['Target: under 1 ms for a 280-character post, linear growth. The floor is one pass of /\\b\\d{5}\\s?\\d{6}\\b/g over the same text.'],
    },
    {
      title: 'Growth with length: median milliseconds per 1,000 characters (flat = linear)',
      columns: ['profile', ...SIZES.map((n) => `${n.toLocaleString('en-GB')} chars`)],
      rows: growth,
    },
    {
      title: 'The costliest rules on a 63,206-character post (hart-dc), median ms each',
      columns: ['rule', 'ms'],
      rows: costs.slice(0, 8).map(([id, ms]) => [id, ms]),
      notes: [`Parsing the draft and context and building the scan alone: ${baseline.toFixed(2)} ms.`],
    },
    {
      title: 'A hostile profile: 300 × (?:\\w+\\s?){1,20}QQ on text that is all words, milliseconds per check',
      columns: ['characters', 'median ms', 'p99 ms', 'patterns run', 'reported as too slow to run'],
      rows: hostile.ok ? hostileRows : [['refused at validation', hostile.problems[0]?.message ?? '', '', '', '']],
      notes: [
        `Compiling (validating and timing every pattern on the probe post) took ${compileMs.toFixed(0)} ms. Profile patterns share a 150 ms budget per check, spent by the cost measured at compile time (the clock stops the rest at twice that, on a machine slower than the one that measured); without it this profile took about a minute per check on 63,206 characters.`,
      ],
    },
  ];
}

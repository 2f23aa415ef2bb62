// The default profile covers every checkable clause, every rule is documented and tested
// by example, and the generated files (README table, JSON Schema) are up to date.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLAUSES } from '../../../rules/clauses.ts';
import { DETECTOR_IDS } from '../../../rules/detectors/index.ts';
import { compiledDefault, DEFAULT_PROFILE, profileJsonSchema } from '../../../rules/profile.ts';
import { README, ruleTable, withTable } from '../../../scripts/gen-rule-table.ts';

const root = path.resolve(__dirname, '../../..');
const rules = compiledDefault().rules;

describe('the default profile', () => {
  test('every clause in CLAUSES.md has at least one rule citing it', () => {
    const cited = new Set(rules.flatMap((r) => r.clauses));
    const missing = Object.keys(CLAUSES).filter((id) => !cited.has(id));
    expect(missing).toEqual([]);
  });

  test('the clause table matches CLAUSES.md of the source policies', async () => {
    const md = await readFile(path.resolve(root, 'docs/policies/CLAUSES.md'), 'utf8');
    const ids = [...md.matchAll(/^\| ((?:HSS|STF|TR|HT|OP)-\d+) \|/gm)].map((m) => m[1]);
    expect(ids.sort()).toEqual(Object.keys(CLAUSES).sort());
  });

  test.each(rules.map((r) => [r.id, r] as const))('%s has clauses, a message and valid and invalid examples', (_id, r) => {
    expect(r.clauses.length).toBeGreaterThan(0);
    for (const c of r.clauses) expect(CLAUSES, `${r.id} cites ${c}`).toHaveProperty(c);
    expect(r.message.trim().length).toBeGreaterThan(20);
    expect(r.examples.valid.length).toBeGreaterThan(0);
    expect(r.examples.invalid.length).toBeGreaterThan(0);
  });

  test('rule ids are unique, and every built-in detector is used by a rule', () => {
    const ids = DEFAULT_PROFILE.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set(rules.map((r) => r.detector));
    expect(DETECTOR_IDS.filter((d) => !used.has(d))).toEqual([]);
  });

  test('messages speak to the person posting and say what to do', () => {
    for (const r of rules) {
      expect(r.message, r.id).toMatch(/^[A-Z{"']/);
      expect(r.message, r.id).toMatch(/[.!?)]$/);
    }
  });
});

describe('generated files', () => {
  test('README.md has a row for every rule and the table is up to date', async () => {
    const readme = await readFile(README, 'utf8');
    for (const r of rules) expect(readme, r.id).toContain(`| \`${r.id}\` |`);
    expect(withTable(readme)).toBe(readme);
    expect(ruleTable().split('\n').filter((l) => l.startsWith('| `')).length).toBe(rules.length);
  });

  test('public/profile.schema.json is the JSON Schema generated from the zod schema', async () => {
    const file = JSON.parse(await readFile(path.join(root, 'public/profile.schema.json'), 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(profileJsonSchema())));
  });
});

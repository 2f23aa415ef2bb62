import { expect, test } from 'vitest';
import { clauseTexts } from '../../../entrypoints/background/signoff-log.ts';
import { loadProfile } from '../../../rules/profile.ts';
import { hartPolicy } from './policy.ts';

const base = { schemaVersion: 1, id: 'acme', name: 'Acme Council', version: '1', extends: 'default' };
const problems = (input: object) => {
  const r = loadProfile({ ...base, ...input });
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};

test('a profile can give the text of its own clauses; the compiled profile carries them', () => {
  const r = loadProfile({ ...base, clauses: { 'ACME-3': '  Never post a colleague’s home address  ', 'ACME.7b': 'Ask Comms first' } });
  expect(r.ok && r.compiled.clauses).toEqual({ 'ACME-3': 'Never post a colleague’s home address', 'ACME.7b': 'Ask Comms first' });
  expect(loadProfile(base).ok && (loadProfile(base) as { compiled: { clauses: object } }).compiled.clauses).toEqual({});
});

test('clause texts are bounded: id shape, text length, how many', () => {
  expect(problems({ clauses: { 'ACME 3': 'x' } }).join('\n')).toContain('a clause id is up to 20 letters, digits, dots or hyphens');
  expect(problems({ clauses: { 'ACME-3': 'x'.repeat(1001) } }).join('\n')).toMatch(/^clauses\.ACME-3: /);
  expect(problems({ clauses: { 'ACME-3': '   ' } }).join('\n')).toMatch(/^clauses\.ACME-3: /);
  const many = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`C-${i}`, 'text']));
  expect(problems({ clauses: many })).toContain('clauses: at most 500 clause texts');
  expect(problems({ clauses: Object.fromEntries(Object.entries(many).slice(0, 500)) })).toEqual([]);
});

test('the background answers with the profile’s texts for the ids asked about, and nothing else', () => {
  const policy = hartPolicy({ clauses: { 'ACME-3': 'Never post a colleague’s home address' } });
  expect(clauseTexts(policy, { ids: ['ACME-3', 'TR-5', 'toString', '__proto__'] })).toEqual({ 'ACME-3': 'Never post a colleague’s home address' });
  expect(() => clauseTexts(policy, { ids: 'ACME-3' })).toThrow();
  expect(() => clauseTexts(policy, { ids: ['x'.repeat(21)] })).toThrow();
});

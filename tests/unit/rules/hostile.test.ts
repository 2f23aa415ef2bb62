// Profiles come from a URL: a hostile or broken one must be refused or run in bounded time,
// never hang the engine or take the service worker down.
import { describe, expect, test } from 'vitest';
import { check } from '../../../rules/check.ts';
import { LIMITS, loadProfile, parseProfile } from '../../../rules/profile.ts';
import { RE2JS } from 're2js';
import { measurePattern, patternSpeedProblem } from '../../../rules/text/pattern-cost.ts';
import { compiled, ctx, minimal, otherKind, termsRule } from './helpers.ts';

const patternRule = (pattern: string, id = 'evil') => otherKind({ id, kind: 'pattern', pattern, examples: { valid: ['b'], invalid: ['a'] } });

describe('hostile profiles', () => {
  test('a catastrophic pattern runs in linear time on re2js (the native engine would hang)', () => {
    const p = compiled(minimal({ rules: [patternRule('(a+)+$'), patternRule('(a|aa)+!', 'second')] }));
    const evil = `${'a'.repeat(20_000)}b`;
    const t0 = performance.now();
    const findings = check({ text: evil }, p, ctx());
    const ms = performance.now() - t0;
    expect(findings).toEqual([]);
    // Backtracking needs ~2^20000 steps here; linear matching is well under a second even on a busy machine.
    expect(ms).toBeLessThan(5_000);
  });

  test('a pattern that matches everywhere is capped, and zero-width matches never loop', () => {
    const p = compiled(minimal({ rules: [patternRule('\\w', 'letters'), patternRule('\\b', 'edges')] }));
    const f = check({ text: 'word '.repeat(10_000) }, p, ctx());
    expect(f.filter((x) => x.ruleId === 'letters')).toHaveLength(100);
    expect(f.some((x) => x.ruleId === 'edges')).toBe(false);
  });

  test('a pattern that is linear but not bounded is refused with a specific reason: repeat counts and compiled size', () => {
    const r = loadProfile(minimal({ rules: [patternRule('(?:\\w+\\s?){1,1000}QQ'), patternRule('(?:\\w{1,100}\\s){1,10}', 'nested')] }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toContainEqual({
        path: 'rules[0].pattern',
        message: 'a repeat count of 1,000 ({1,1000}) is too big: at most 100, because every repeat costs time on every character of a post',
      });
      expect(r.problems).toContainEqual({
        path: 'rules[1].pattern',
        message: 'too complex: it compiles to 2,011 steps, at most 2,000; use fewer or smaller repeats (repeats inside repeats multiply)',
      });
    }
    // Braces in a character class or escaped are not repeats.
    expect(loadProfile(minimal({ rules: [patternRule('[{1,1000}]x'), patternRule('\\{1,1000\\}', 'escaped')] })).ok).toBe(true);
  });

  test('a pattern too slow on the probe post is refused, saying how slow and how long the longest post would take', () => {
    const re = RE2JS.compile('(?:\\w+\\s?){1,20}QQ', 0);
    const problem = patternSpeedProblem(measurePattern(re), -1);
    expect(problem).toMatch(/^too slow: [\d.]+ ms on a 2,000-character test post \(at most -1 ms\), about [\d.]+ (?:ms|s) on the longest Facebook post; use fewer or smaller repeats, or anchor it to a word$/);
    expect(patternSpeedProblem(0.000_001)).toBeNull();
  });

  test('profile patterns share a per-check budget: one that would overrun it is a finding that it could not run, never a silent pass', () => {
    const p = compiled(minimal({ rules: [patternRule('Nightjar', 'slow'), patternRule('Vulcan', 'fast')] }));
    // Pretend the first pattern measured slow when the profile compiled (1 ms per character).
    const slowed = { ...p, rules: p.rules.map((r) => (r.id === 'slow' ? { ...r, cost: 1 } : r)) };
    const long = `Operation Nightjar and Operation Vulcan. ${'More words here. '.repeat(200)}`;
    const f = check({ text: long }, slowed, ctx());
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([
      ['fast', 'confirm'],
      ['slow', 'confirm'],
    ]);
    expect(f.find((x) => x.ruleId === 'slow')!.message).toBe(
      'Your organisation\'s "slow" check is too slow to run on a post this long. Read the post yourself for what it looks for, and tell whoever looks after your policy profile.',
    );
    expect(f.find((x) => x.ruleId === 'slow')!.start).toBeUndefined();
    // On a short post the same pattern fits the budget and runs.
    expect(check({ text: 'Operation Nightjar' }, slowed, ctx()).map((x) => [x.ruleId, x.start])).toEqual([['slow', 10]]);
  });

  test('300 slow-ish patterns on a long post: the ones that fit the budget run, the rest are findings', () => {
    const rules = Array.from({ length: 300 }, (_, i) => patternRule('(?:\\w+\\s?){1,5}QQ', `p${i}`));
    const p = compiled(minimal({ rules }));
    const slowed = { ...p, rules: p.rules.map((r) => ({ ...r, cost: 0.001 })) };
    const f = check({ text: 'word '.repeat(12_000) }, slowed, ctx());
    // 0.001 ms × 60,000 characters = 60 ms a pattern: two fit the 150 ms budget.
    expect(f).toHaveLength(298);
    expect(new Set(f.map((x) => x.message.includes('too slow to run')))).toEqual(new Set([true]));
  });

  test('10 MB of terms is refused with a clear limit', () => {
    const term = 'x'.repeat(100);
    const terms = new Array(5_000).fill(term);
    const rules = Array.from({ length: 20 }, (_, i) => termsRule({ id: `t${i}`, terms }));
    const r = loadProfile(minimal({ rules }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual({ path: 'rules', message: 'too many terms: 10,000,000 characters in all; a profile may have 200,000' });
  });

  test('too many terms in one rule, too many rules and over-long strings are refused', () => {
    const r = loadProfile(minimal({ rules: [termsRule({ terms: new Array(5_001).fill('abc'), message: 'm'.repeat(501) })] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['rules[0].message: too long: at most 500 characters', 'rules[0].terms: too many: at most 5000']);
    const many = loadProfile(minimal({ rules: Array.from({ length: LIMITS.rules + 1 }, (_, i) => termsRule({ id: `r${i}` })) }));
    expect(many.ok).toBe(false);
  });

  test('deeply nested junk is refused in one cheap pass, with the path where it goes too deep', () => {
    let junk: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) junk = [junk];
    const t0 = performance.now();
    const r = parseProfile(minimal({ rules: [termsRule({ examples: { valid: [junk], invalid: ['x'] } })] }));
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]!.message).toBe('nested too deeply (more than 24 levels); a profile is never this deep');
      expect(r.problems[0]!.path).toMatch(/^rules\[0\]\.examples\.valid\[0\](\[0\])+$/);
    }
  });

  test('a huge flat profile is refused before validation', () => {
    const r = parseProfile(minimal({ junk: new Array(300_000).fill(0) }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toBe('this profile is too big: more than 200,000 values');
  });

  test('__proto__ and constructor keys are just unknown fields; nothing is polluted', () => {
    const input = JSON.parse('{"schemaVersion":1,"id":"x","name":"x","version":"1","__proto__":{"polluted":true},"overrides":{"constructor":{"severity":"info"}}}');
    const r = loadProfile(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['__proto__']));
  });

  test('messages from a profile are text: markup is passed through untouched, never interpreted', () => {
    const p = compiled(minimal({ rules: [termsRule({ message: '<img src=x onerror=alert(1)> {people}' })] }));
    const f = check({ text: 'Operation Nightjar' }, p, ctx());
    expect(f[0]!.message).toBe('<img src=x onerror=alert(1)> {people}');
  });
});

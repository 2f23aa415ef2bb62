// `policy validate` reports every problem it can find at once, at its path in the file as
// written, instead of one round at a time (schema, then ids and periods, then overrides,
// then examples).
import { describe, expect, test } from 'vitest';
import { validateProfile } from '../../../rules/validate.ts';
import { minimal, otherKind, termsRule } from './helpers.ts';

const rule = (over: Record<string, unknown>) => termsRule({ terms: ['Nightjar'], examples: { valid: ['Nothing here.'], invalid: ['Operation Nightjar'] }, ...over });

describe('validateProfile', () => {
  test('a valid profile has no problems', () => {
    expect(validateProfile(minimal({ extends: 'default', rules: [rule({})] }))).toEqual([]);
  });

  test('problems of every round are reported together, at the paths of the file as written', () => {
    const problems = validateProfile(
      minimal({
        id: 'Not Kebab',
        extends: 'default',
        rules: [
          rule({ id: 'first' }),
          rule({ id: 'broken', severity: 'loud' }), // schema
          rule({ id: 'first' }), // a duplicate id: found once the schema passes
          rule({ id: 'later', period: 'no-such-period' }), // a period that does not exist
          rule({ id: 'wrong-examples', terms: ['Vulcan'], examples: { valid: ['Operation Vulcan'], invalid: ['nothing'] } }), // examples
        ],
        overrides: { 'no-such-rule': { severity: 'info' }, broken: { severity: 'info' } },
      }),
    );
    expect(problems).toEqual([
      { path: 'id', message: 'use lower-case words joined by hyphens, like "acme-council"' },
      { path: 'rules[1].severity', message: 'must be one of "info", "warn", "confirm", "block"' },
      { path: 'rules[2].id', message: '"first" is already the id of rules[0]' },
      { path: 'rules[3].period', message: 'no period with the id or kind "no-such-period"' },
      { path: 'overrides.no-such-rule', message: 'no rule with the id "no-such-rule" in the default profile or this profile' },
      { path: 'rules[4].examples.valid[0]', message: '"Operation Vulcan" should pass but "wrong-examples" flags it' },
      { path: 'rules[4].examples.invalid[0]', message: '"nothing" should be flagged by "wrong-examples" but is not' },
    ]);
  });

  test('a slow pattern and a bad override are reported with the examples of the other rules', () => {
    const problems = validateProfile(
      minimal({
        rules: [
          otherKind({ id: 'slow', kind: 'pattern', pattern: '(?:\\w+\\s?){1,1000}QQ', examples: { valid: ['x'], invalid: ['a QQ'] } }),
          rule({ id: 'fine', examples: { valid: ['x'], invalid: ['no match here'] } }),
        ],
        overrides: { fine: { options: { kinds: ['slur'] } } },
      }),
    );
    expect(problems.map((p) => p.path)).toEqual(['rules[0].pattern', 'overrides.fine.options', 'rules[1].examples.invalid[0]']);
  });

  test('a file that is not a profile gets one problem, not a cascade', () => {
    expect(validateProfile({ hello: 'world' })).toEqual([{ path: '', message: 'this file is not a PostGuard profile: schemaVersion missing' }]);
    expect(validateProfile([1, 2])).toHaveLength(1);
  });
});

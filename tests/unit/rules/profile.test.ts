import { describe, expect, test } from 'vitest';
import {
  compileProfile,
  DEFAULT_PROFILE,
  isCorporateAccount,
  loadProfile,
  parseProfile,
  ProfileError,
  selfTest,
  summariseProfile,
} from '../../../rules/profile.ts';
import { compiled, minimal, otherKind, ruleIds, termsRule } from './helpers.ts';

function problems(input: unknown): string[] {
  const r = loadProfile(input);
  return r.ok ? [] : r.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
}

describe('parseProfile', () => {
  test('a file that is not a profile says so', () => {
    for (const input of [null, 42, 'hello', [], { name: 'x' }]) {
      const r = parseProfile(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems).toEqual([{ path: '', message: 'this file is not a PostGuard profile: schemaVersion missing' }]);
    }
  });

  test('a newer schema version asks for a newer PostGuard', () => {
    expect(problems(minimal({ schemaVersion: 2 }))).toEqual([
      'schemaVersion: version 2 is newer than this PostGuard understands (1); update PostGuard',
    ]);
  });

  test('a bad pattern is reported at its JSON path', () => {
    const rules = [termsRule({ id: 'a' }), termsRule({ id: 'b' }), termsRule({ id: 'c' }), otherKind({ id: 'd', kind: 'pattern', pattern: '(abc' })];
    const p = problems(minimal({ rules }));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^rules\[3\]\.pattern: not a valid pattern \(missing closing \)/);
  });

  test('patterns with lookarounds or backreferences are refused with a reason', () => {
    const rule = otherKind({ kind: 'pattern', pattern: '(?<=a)b' });
    expect(problems(minimal({ rules: [rule] }))[0]).toMatch(/^rules\[0\]\.pattern: not a valid pattern .*RE2 syntax/);
  });

  test('a pattern that matches empty text would flag every post, so it is refused', () => {
    const rule = otherKind({ kind: 'pattern', pattern: 'x*' });
    expect(problems(minimal({ rules: [rule] }))).toEqual(['rules[0].pattern: this pattern matches empty text, so it would flag every post']);
  });

  test('misspelt fields are named, with a suggestion', () => {
    const p = problems(minimal({ rules: [{ ...termsRule(), severty: 'warn' }] }));
    expect(p).toContain('rules[0].severty: unknown field — did you mean "severity"?');
  });

  test('wrong values say what is allowed', () => {
    const p = problems(minimal({ rules: [termsRule({ severity: 'urgent', category: 'rude', kind: 'magic' })] }));
    expect(p).toEqual(['rules[0].kind: must be one of "terms", "pattern", "detector"']);
    const q = problems(minimal({ rules: [termsRule({ severity: 'urgent' })] }));
    expect(q).toEqual(['rules[0].severity: must be one of "info", "warn", "confirm", "block"']);
  });

  test('missing fields and empty examples are reported', () => {
    const { message: _m, ...noMessage } = termsRule();
    expect(problems(minimal({ rules: [noMessage] }))).toEqual(['rules[0].message: missing (expected a string)']);
    expect(problems(minimal({ rules: [termsRule({ examples: { valid: [], invalid: ['x'] } })] }))).toEqual([
      'rules[0].examples.valid: needs at least 1',
    ]);
  });

  test('duplicate rule ids and unknown periods are reported where they are', () => {
    const p = problems(minimal({ rules: [termsRule(), termsRule(), termsRule({ id: 'other', period: 'election-night' })] }));
    expect(p).toEqual(['rules[1].id: "staff-names" is already the id of rules[0]', 'rules[2].period: no period with the id or kind "election-night"']);
  });

  test('organisation facts are checked: domains, time zone, clock times, dates', () => {
    const p = problems(
      minimal({
        organisation: { domains: ['https://acme.gov.uk/'], timeZone: 'Mars/Olympus' },
        quietHours: { from: '25:00', to: '06:00' },
        periods: [{ id: 'p', kind: 'pre-election', from: '2027-05-06', to: '2027-03-25' }],
      }),
    );
    expect(p).toEqual([
      'organisation.domains[0]: a domain like "acme.gov.uk", without https:// or a path',
      'organisation.timeZone: not a time zone this browser knows; use an IANA name like "Europe/London"',
      'periods[0].to: "from" must not be after "to"',
      'quietHours.from: use 24-hour time like "23:00"',
    ]);
  });

  test('detector options are checked against the detector', () => {
    const rule = otherKind({ kind: 'detector', detector: 'abuse', options: { kinds: ['slur', 'gossip'] } });
    expect(problems(minimal({ rules: [rule] }))).toEqual([
      'rules[0].options.kinds[1]: must be one of "slur", "dehumanising", "xenophobia", "generalisation", "insult", "threat"',
    ]);
    const unknown = otherKind({ kind: 'detector', detector: 'mind-reader' });
    expect(problems(minimal({ rules: [unknown] }))[0]).toMatch(/^rules\[0\]\.detector: must be one of /);
  });

  test('the issue\'s example shape is accepted', () => {
    const r = parseProfile({
      schemaVersion: 1,
      id: 'acme-council',
      name: 'Acme Council social media policy',
      version: '2027.1',
      extends: 'default',
      organisation: { names: ['Acme Council', 'Acme CC'], domains: ['acme.gov.uk'], phoneNumbers: ['0300 123 4567'], timeZone: 'Europe/London' },
      accounts: [{ platform: 'x', handle: 'AcmeCouncil' }],
      periods: [{ id: 'pre-election-2027', kind: 'pre-election', from: '2027-03-25', to: '2027-05-06' }],
      quietHours: { from: '23:00', to: '06:00' },
      rules: [],
      overrides: { 'phone-number': { severity: 'confirm' } },
    });
    expect(r.ok).toBe(true);
  });
});

describe('compileProfile', () => {
  test('extends "default" inherits the built-in rules; without it only the profile\'s own rules run', () => {
    const withDefault = compiled(minimal({ extends: 'default', rules: [termsRule()] }));
    expect(withDefault.rules.map((r) => r.id)).toEqual([...DEFAULT_PROFILE.rules.map((r) => r.id), 'staff-names']);
    const alone = compiled(minimal({ rules: [termsRule()] }));
    expect(alone.rules.map((r) => r.id)).toEqual(['staff-names']);
    expect(ruleIds('Call 07700 900123 about Operation Nightjar', {}, alone)).toEqual(['staff-names']);
  });

  test('overrides change a rule\'s severity, message and scope, or switch it off', () => {
    const p = compiled(
      minimal({
        extends: 'default',
        overrides: {
          'phone-number': { severity: 'block', message: 'No numbers, ever.' },
          'email-address': { disabled: true },
          'link-check': { accounts: 'personal' },
        },
      }),
    );
    const phone = p.rules.find((r) => r.id === 'phone-number')!;
    expect([phone.severity, phone.message]).toEqual(['block', 'No numbers, ever.']);
    expect(p.rules.some((r) => r.id === 'email-address')).toBe(false);
    expect(ruleIds('jane.doe@gmail.com', {}, p)).toEqual([]);
    expect(ruleIds('see bit.ly/x1y2', { account: 'corporate' }, p)).not.toContain('link-check');
    expect(ruleIds('see bit.ly/x1y2', { account: 'personal' }, p)).toContain('link-check');
    expect(summariseProfile(p, new Date(2027, 0, 1))).toMatchObject({ rulesAdded: 0, rulesChanged: 2, rulesDisabled: 1 });
  });

  test('override options go through the detector\'s options and are checked when compiling', () => {
    const p = compiled(minimal({ extends: 'default', overrides: { 'length-limit': { options: { limits: { x: 140 } } } } }));
    expect(ruleIds('a'.repeat(141), { platform: 'x' }, p)).toContain('length-limit');
    const bad = parseProfile(minimal({ extends: 'default', overrides: { 'length-limit': { options: { limits: { x: 'short' } } } } }));
    expect(bad.ok).toBe(true);
    if (!bad.ok) return;
    expect(() => compileProfile(bad.profile)).toThrow(ProfileError);
    try {
      compileProfile(bad.profile);
    } catch (e) {
      expect((e as ProfileError).problems).toEqual([{ path: 'overrides.length-limit.options.limits.x', message: 'expected a number, got text' }]);
    }
  });

  test('an override of a rule that does not exist, or a clash with a built-in id, throws with paths', () => {
    expect(problems(minimal({ extends: 'default', overrides: { 'phone-numbers': { severity: 'info' } } }))).toEqual([
      'overrides.phone-numbers: no rule with the id "phone-numbers" in the default profile or this profile',
    ]);
    expect(problems(minimal({ overrides: { 'phone-number': { disabled: true } } }))).toEqual([
      'overrides.phone-number: no rule with the id "phone-number": this profile has no rules of its own and does not extend "default"',
    ]);
    expect(problems(minimal({ extends: 'default', rules: [termsRule({ id: 'phone-number' })] }))).toEqual([
      'rules[0].id: "phone-number" is a built-in rule; change it with overrides["phone-number"] instead',
    ]);
    expect(problems(minimal({ extends: 'default', overrides: { 'phone-number': {} }, organisation: { phoneNumbers: ['not a number'] } }))).toEqual([
      'organisation.phoneNumbers[0]: "not a number" is not a phone number (write it as you would dial it in the UK, or with +)',
    ]);
  });

  test('selfTest reports a rule whose examples it does not keep', () => {
    const p = compiled(minimal({ rules: [termsRule({ examples: { valid: ['Operation Nightjar is fine'], invalid: ['Operation Kestrel'] } })] }));
    expect(selfTest(p)).toEqual([
      { path: 'rules[0].examples.valid[0]', message: '"Operation Nightjar is fine" should pass but "staff-names" flags it' },
      { path: 'rules[0].examples.invalid[0]', message: '"Operation Kestrel" should be flagged by "staff-names" but is not' },
    ]);
  });

  test('an invalid example may name the words the rule must underline; flagging something else fails', () => {
    const rule = otherKind({ kind: 'pattern', pattern: 'Operation \\w+', examples: { valid: ['x'], invalid: [{ text: 'Join Operation Nightjar today', flagged: 'Nightjar' }] } });
    expect(selfTest(compiled(minimal({ rules: [rule] })))).toEqual([
      { path: 'rules[0].examples.invalid[0]', message: '"Join Operation Nightjar today": "staff-names" should underline "Nightjar" but underlines "Operation Nightjar"' },
    ]);
    const right = { ...rule, examples: { valid: ['x'], invalid: [{ text: 'Join Operation Nightjar today', flagged: 'Operation Nightjar' }] } };
    expect(selfTest(compiled(minimal({ rules: [right] })))).toEqual([]);
  });
});

describe('summary and accounts', () => {
  const p = compiled(
    minimal({
      extends: 'default',
      organisation: { names: ['Acme Council'] },
      accounts: [{ platform: 'x', handle: '@AcmeCouncil' }],
      periods: [{ id: 'pre-election-2027', kind: 'pre-election', from: '2027-03-25', to: '2027-05-06' }],
      quietHours: { from: '23:00', to: '06:00' },
      rules: [termsRule()],
    }),
  );

  test('summariseProfile says what the profile adds and which periods are in force (local dates)', () => {
    const s = summariseProfile(p, new Date('2027-05-06T22:30:00Z')); // 23:30 BST on polling day
    expect(s).toMatchObject({ id: 'test-org', organisation: ['Acme Council'], rulesAdded: 1, quietHours: { from: '23:00', to: '06:00' } });
    expect(s.periods[0]).toMatchObject({ id: 'pre-election-2027', activeNow: true });
    expect(summariseProfile(p, new Date('2027-05-06T23:30:00Z')).periods[0]!.activeNow).toBe(false);
  });

  test('isCorporateAccount matches handles without @ and case-insensitively, on the right platform only', () => {
    expect(isCorporateAccount(p, 'x', 'acmecouncil')).toBe(true);
    expect(isCorporateAccount(p, 'x', '@ACMECOUNCIL ')).toBe(true);
    expect(isCorporateAccount(p, 'facebook', 'AcmeCouncil')).toBe(false);
    expect(isCorporateAccount(p, 'x', 'AcmeCouncilFan')).toBe(false);
  });

  test('a force with thousands of local accounts fits, and the last one listed is corporate', () => {
    const accounts = Array.from({ length: 3000 }, (_, i) => ({ platform: 'x' as const, handle: `@Station${i}` }));
    const big = compiled(minimal({ accounts }));
    expect(isCorporateAccount(big, 'x', 'station2999')).toBe(true);
    expect(isCorporateAccount(big, 'x', 'station3000')).toBe(false);
    expect(problems(minimal({ accounts: [...accounts, ...accounts] }))[0]).toMatch(/^accounts: /);
  });
});

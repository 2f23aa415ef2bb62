// Property tests (fast-check): for any text and any valid profile, the engine never throws,
// its spans lie inside the text on the characters it flagged, and it is deterministic.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { check } from '../../../rules/check.ts';
import { PLATFORMS } from '../../../rules/draft.ts';
import { CATEGORIES, SEVERITIES, findingSchema } from '../../../rules/finding.ts';
import { compiledExample, DEFAULT_PROFILE, loadProfile, PERIOD_KINDS } from '../../../rules/profile.ts';
import { compiled } from './helpers.ts';

// Text that looks like posts: words, digits, punctuation, emoji, accents, surrogate pairs,
// and fragments that trigger detectors, shuffled together.
const fragments = fc.constantFrom(
  'Call 07700 900123', 'jane.doe@gmail.com', 'GU51 4AE', 'you idiot', 'Vote Labour', 'fuck', '!!!', 'DO NOT PARK',
  'https://bit.ly/x', 'Operation Vulcan', '4111 1111 1111 1111', '#supportlocalbusiness', '🎉🎉🎉🎉🎉', 'née café',
  'Scunthorpe', 'password: hunter2', 'John Smith, 34, has been charged', 'missing since Friday', '\n', '  ', '👩‍👩‍👧',
);
const postText = fc
  .array(fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 }), fragments), { maxLength: 30 })
  .map((parts) => parts.join(' '));
const context = fc.record({
  platform: fc.constantFrom(...PLATFORMS),
  account: fc.constantFrom('corporate' as const, 'personal' as const),
  composer: fc.constantFrom('post' as const, 'reply' as const, 'message' as const),
  now: fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
  firstPostOfSession: fc.boolean(),
});
const image = fc.record({
  id: fc.string({ maxLength: 10 }),
  width: fc.nat(4000),
  height: fc.nat(4000),
  pending: fc.option(fc.boolean(), { nil: undefined }),
  faces: fc.option(fc.array(fc.record({ box: fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), score: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 4 }), { nil: null }),
  gps: fc.option(fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }), { nil: null }),
  altText: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
});

const profile = compiledExample();

describe('check on any input', () => {
  test('never throws, and every finding is well-formed with its span inside the text, on the flagged characters', () => {
    fc.assert(
      fc.property(postText, context, fc.array(image, { maxLength: 3 }), (text, c, images) => {
        const findings = check({ text, images }, profile, c);
        for (const f of findings) {
          expect(findingSchema.safeParse(f).success).toBe(true);
          if (f.start !== undefined || f.end !== undefined) {
            expect(0 <= f.start! && f.start! < f.end! && f.end! <= text.length).toBe(true);
            // A span never starts or ends in the middle of a surrogate pair.
            expect(/[\uDC00-\uDFFF]/.test(text[f.start!] ?? '')).toBe(false);
          }
          if (f.image !== undefined) expect(f.image).toBeLessThan(images.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('is deterministic: the same input gives the same findings', () => {
    fc.assert(
      fc.property(postText, context, (text, c) => {
        expect(check({ text }, profile, c)).toEqual(check({ text }, profile, c));
      }),
      { numRuns: 100 },
    );
  });

  test('the span of a terms rule covers exactly the words it was given', () => {
    const word = fc.stringMatching(/^[a-z]{3,8}$/);
    fc.assert(
      fc.property(word, fc.array(fc.oneof(word, fc.constantFrom(' ', ', ', '. ', '\n')), { maxLength: 20 }), (term, around) => {
        const p = compiled({
          schemaVersion: 1, id: 't', name: 't', version: '1',
          rules: [{ id: 'w', kind: 'terms', terms: [term], category: 'tone', severity: 'warn', message: 'A word.', clauses: ['X-1'], examples: { valid: ['-'], invalid: [term] } }],
        });
        const text = [...around, ' ', term, ' ', ...around].join('');
        const spans = check({ text }, p, { platform: 'x', account: 'personal', now: new Date() }).map((f) => text.slice(f.start, f.end).toLowerCase());
        expect(spans.length).toBeGreaterThan(0);
        for (const s of spans) expect(s).toBe(term);
      }),
      { numRuns: 100 },
    );
  });
});

describe('detector spans', () => {
  // What each detector finds in a fragment, and the characters it must underline, wherever the
  // fragment stands: after and before ordinary sentences, emoji, accents and line breaks.
  const SEEDS: Array<[string, string, string]> = [
    ['Call 07700 900123', 'phone-number', '07700 900123'],
    ['jane.doe@gmail.com', 'email-address', 'jane.doe@gmail.com'],
    ['Card 4539 1488 0343 6467', 'payment-card', '4539 1488 0343 6467'],
    ['you idiot', 'abuse-insult', 'you idiot'],
    ['Immigrants are vermin', 'abuse-discrimination', 'Immigrants are vermin'],
    ['fuck', 'profanity', 'fuck'],
    ['Vote Labour', 'political-impartiality', 'Vote Labour'],
    ['https://bit.ly/x', 'link-check', 'https://bit.ly/x'],
    ['Operation Vulcan', 'operational-detail', 'Operation Vulcan'],
    ['#supportlocalbusiness', 'hashtag-case', '#supportlocalbusiness'],
    ['DOB 12/03/1985', 'date-of-birth', 'DOB 12/03/1985'],
    ['password: hunter2', 'credentials', 'password: hunter2'],
    ['DM us your address', 'personal-data-request', 'DM us your address'],
    ['OFFICIAL-SENSITIVE', 'confidential-marker', 'OFFICIAL-SENSITIVE'],
    ['ROAD CLOSED ALL WEEKEND', 'shouting', 'ROAD CLOSED ALL WEEKEND'],
    ['Sarah Jones has been charged', 'sub-judice', 'Sarah Jones has been charged'],
  ];
  const sentence = fc
    .array(fc.constantFrom('The', 'library', 'opens', 'at', 'nine', 'on', 'Monday', 'café', 'naïve', '🎉', 'bins', 'thanks', 'everyone', 'Fleet', '2027'), { minLength: 1, maxLength: 8 })
    .map((w) => `${w.join(' ')}.`);
  const gap = fc.constantFrom(' ', '\n', '\n\n', ' 👍 ', '  ');

  test('a detector underlines exactly the characters it found, wherever they stand in the post', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(sentence, { maxLength: 4 }), fc.array(sentence, { maxLength: 4 }), gap, gap, ([seed, ruleId, underlined], before, after, g1, g2) => {
        const head = before.length ? `${before.join(' ')}${g1}` : '';
        const text = `${head}${seed}.${g2}${after.join(' ')}`;
        const found = check({ text }, profile, { platform: 'facebook', account: 'corporate', now: new Date('2027-01-12T12:00:00Z') })
          .filter((f) => f.ruleId === ruleId)
          .map((f) => [f.start, text.slice(f.start, f.end)]);
        expect(found).toEqual([[head.length + seed.indexOf(underlined), underlined]]);
      }),
      { numRuns: 300 },
    );
  });

  test('no span starts or ends on white space, whatever the post', () => {
    fc.assert(
      fc.property(postText, context, (text, c) => {
        for (const f of check({ text }, profile, c)) {
          if (f.start === undefined) continue;
          const s = text.slice(f.start, f.end);
          expect(s, `${f.ruleId}: ${JSON.stringify(s)}`).toBe(s.trim());
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('any valid combination of profile fields compiles', () => {
  const id = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:-[a-z0-9]{1,5}){0,2}$/);
  const ymd = fc.date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const base = {
    category: fc.constantFrom(...CATEGORIES),
    severity: fc.constantFrom(...SEVERITIES),
    message: fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim().length > 0),
    clauses: fc.array(fc.constantFrom('TR-5', 'HT-1', 'OWN-1'), { minLength: 1, maxLength: 3 }),
    accounts: fc.constantFrom('corporate', 'personal', 'any'),
    examples: fc.constant({ valid: ['x'], invalid: ['y'] }),
  };
  const rule = fc.oneof(
    fc.record({ ...base, kind: fc.constant('terms'), terms: fc.array(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,15}$/), { minLength: 1, maxLength: 5 }) }),
    fc.record({ ...base, kind: fc.constant('pattern'), pattern: fc.constantFrom('foo\\d+', '(?i)bar', '[A-Z]{3}-\\d{4}', 'a|b') }),
    fc.record({ ...base, kind: fc.constant('detector'), detector: fc.constantFrom('phone-number', 'email-address', 'commercial', 'shouting') }),
    fc.record({ ...base, kind: fc.constant('detector'), detector: fc.constant('abuse'), options: fc.record({ kinds: fc.subarray(['slur', 'insult', 'threat'], { minLength: 1 }) }) }),
  );
  const profileArb = fc.record(
    {
      schemaVersion: fc.constant(1),
      id,
      name: fc.constant('Generated'),
      version: fc.constant('1'),
      extends: fc.constant('default'),
      organisation: fc.record(
        {
          names: fc.array(fc.stringMatching(/^[A-Z][a-z]{2,8}(?: [A-Z][a-z]{2,8})?$/), { maxLength: 3 }),
          domains: fc.array(fc.domain(), { maxLength: 3 }),
          phoneNumbers: fc.array(fc.constantFrom('0300 123 4567', '+44 1252 622122', '020 7946 0000'), { maxLength: 2 }),
          timeZone: fc.constantFrom('Europe/London', 'America/New_York', 'UTC', 'Asia/Kolkata'),
        },
        { requiredKeys: [] },
      ),
      accounts: fc.array(fc.record({ platform: fc.constantFrom(...PLATFORMS), handle: fc.stringMatching(/^[A-Za-z0-9_]{1,15}$/) }), { maxLength: 3 }),
      periods: fc.uniqueArray(
        fc.record({ id, kind: fc.constantFrom(...PERIOD_KINDS), from: ymd, to: ymd }).map((p) => (p.from <= p.to ? p : { ...p, from: p.to, to: p.from })),
        { maxLength: 3, selector: (p) => p.id },
      ),
      quietHours: fc.record({ from: clock, to: clock }),
      reviewBeforePosting: fc.boolean(),
      crisisMode: fc.boolean(),
      rules: fc.uniqueArray(fc.tuple(id, rule).map(([rid, r]) => ({ ...r, id: `own-${rid}` })), { maxLength: 4, selector: (r) => r.id }),
      overrides: fc.dictionary(
        fc.constantFrom(...DEFAULT_PROFILE.rules.map((r) => r.id)),
        fc.record({ severity: fc.constantFrom(...SEVERITIES), disabled: fc.boolean(), accounts: fc.constantFrom('corporate', 'personal', 'any') }, { requiredKeys: [] }),
        { maxKeys: 5 },
      ),
    },
    { requiredKeys: ['schemaVersion', 'id', 'name', 'version'] },
  )
    // Overriding a built-in rule only makes sense when the profile extends the default.
    .map((p) => (p.extends ? p : { ...p, overrides: {} }));

  test('parses, compiles and checks a post without throwing', () => {
    fc.assert(
      fc.property(profileArb, postText, context, (input, text, c) => {
        const r = loadProfile(input);
        if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
        expect(() => check({ text }, r.compiled, c)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});

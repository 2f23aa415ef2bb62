// @vitest-environment node
// Patterns from a profile are untrusted: the engine compiles them on re2js (linear time),
// so a pattern only a backtracking engine could run is refused with its path, a pattern
// that would hang a backtracking engine installs and runs safely, and a rule whose own
// examples fail is refused. These go through the real compiler and self-test
// (rules/profile.ts), installed by the real service from a real HTTP server.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { installProfile, previewProfile } from '../../../entrypoints/background/profile-service.ts';
import { activeProfile } from '../../../entrypoints/background/profile.ts';
import { check } from '../../../rules/check.ts';
import { acmeProfile } from './sample-profiles.ts';
import { profileInForce, restartWorker, storedSnapshot } from './background-state.ts';
import { serveJson, startProfileServer, type ProfileServer } from './profile-server.ts';

let server: ProfileServer;
beforeAll(async () => {
  server = await startProfileServer();
});
afterAll(() => server.close());

const LAST_GOOD = { id: 'acme-council', version: '2027.1', afterRestart: 'acme-council@2027.1' };
let before: Awaited<ReturnType<typeof storedSnapshot>>;

beforeEach(async () => {
  restartWorker();
  server.route('/good.json', serveJson(acmeProfile('2027.1')));
  const preview = await previewProfile(server.url('/good.json'));
  if (!preview.ok) throw new Error(preview.error.message);
  const installed = await installProfile(preview.value.url, preview.value.sha256);
  if (!installed.ok) throw new Error(installed.error.message);
  before = await storedSnapshot();
});

async function expectRefused(url: string, message: RegExp) {
  const preview = await previewProfile(url);
  expect(preview.ok).toBe(false);
  if (preview.ok) return preview;
  expect(preview.error.message).toMatch(message);
  const install = await installProfile(url, 'f'.repeat(64));
  expect(install.ok).toBe(false);
  expect(await storedSnapshot()).toEqual(before);
  expect(await profileInForce()).toEqual(LAST_GOOD);
  return preview;
}

describe('patterns and examples from a profile', () => {
  const patternRule = (pattern: string, examples: { valid: string[]; invalid: string[] }) => ({
    id: 'acme-operation-names',
    kind: 'pattern',
    pattern,
    category: 'operational',
    severity: 'confirm',
    message: 'Operation names are internal: remove the name before posting.',
    clauses: ['STF-3'],
    examples,
  });

  test('a backreference (which only a backtracking engine can run) is refused with its path', async () => {
    const doc = {
      ...acmeProfile('2027.2'),
      rules: [patternRule('^(a+)+\\1$', { valid: ['b'], invalid: ['aaaa'] })],
    };
    server.route('/evil.json', serveJson(doc));
    const preview = await expectRefused(server.url('/evil.json'), /^rules(\[0\]|\.0)\.pattern: /);
    if (!preview.ok) expect(preview.error.problems.map((p) => p.path)).toContainEqual(expect.stringMatching(/^rules(\[0\]|\.0)\.pattern$/));
  });

  // `(a+)+$` takes exponential time on a backtracking engine (the browser's RegExp) for a
  // run of a's that does not end the text: 4,000 of them would never finish. On re2js it is
  // linear, so installing (which runs the example) and checking a post both complete; a
  // backtracking engine would hang here until the test's own timeout failed it.
  test('a catastrophic regex, (a+)+$, installs and runs on a long near-match without hanging', async () => {
    const nearMatch = `${'a'.repeat(4_000)}!`;
    const doc = {
      ...acmeProfile('2027.3'),
      rules: [{ ...patternRule('(a+)+$', { valid: [nearMatch], invalid: ['baaa'] }), id: 'acme-aaa', category: 'tone', severity: 'info' }],
    };
    server.route('/aaa.json', serveJson(doc));
    const preview = await previewProfile(server.url('/aaa.json'));
    if (!preview.ok) throw new Error(preview.error.message);
    expect((await installProfile(preview.value.url, preview.value.sha256)).ok).toBe(true);
    expect(await profileInForce()).toMatchObject({ id: 'acme-council', version: '2027.3' });

    const profile = await activeProfile();
    const ctx = { platform: 'x', account: 'corporate', composer: 'post', now: new Date().toISOString() } as const;
    const ids = (text: string) => check({ text }, profile, ctx).map((f) => f.ruleId);
    expect(ids(`${nearMatch} ${nearMatch}`)).not.toContain('acme-aaa');
    expect(ids('baaa')).toContain('acme-aaa');
  });

  test("a rule whose own examples fail is refused, naming the example", async () => {
    const doc = {
      ...acmeProfile('2027.2'),
      rules: [patternRule('Operation [A-Z][a-z]+', { valid: ['the operation theatre'], invalid: ['nothing to see here'] })],
    };
    server.route('/selftest.json', serveJson(doc));
    const preview = await expectRefused(server.url('/selftest.json'), /^the profile's own rule examples fail.*rules(\[0\]|\.0)/);
    if (!preview.ok) expect(preview.error.problems[0]?.path).toMatch(/^rules(\[0\]|\.0)/);
  });
});

// @vitest-environment node
// Profiles the engine itself refuses: a catastrophic regex and a rule whose own examples
// fail. These exercise the real engine's compiler and self-test (rules/profile.ts): against
// the engine STUB, which compiles nothing and runs no examples, they fail; with the real
// engine (checked against the rules branch at 1ca73bb) they pass. Nothing here is skipped.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { installProfile, previewProfile } from '../../../entrypoints/background/profile-service.ts';
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

describe('rules the engine refuses (needs the real engine)', () => {
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

  test('a catastrophic regex (a backreference only a backtracking engine can run) is refused with its path', async () => {
    const doc = {
      ...acmeProfile('2027.2'),
      rules: [patternRule('^(a+)+\\1$', { valid: ['b'], invalid: ['aaaa'] })],
    };
    server.route('/evil.json', serveJson(doc));
    const preview = await expectRefused(server.url('/evil.json'), /^rules(\[0\]|\.0)\.pattern: /);
    if (!preview.ok) expect(preview.error.problems.map((p) => p.path)).toContainEqual(expect.stringMatching(/^rules(\[0\]|\.0)\.pattern$/));
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

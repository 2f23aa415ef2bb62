// @vitest-environment node
// Installing a profile by URL against a real HTTP server on 127.0.0.1: the preview shows
// the summary and changes nothing; install takes what was previewed; and every way a fetch
// or a file can be wrong is refused with a specific message, leaving the last good profile.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fetchLimits, installProfile, previewProfile } from '../../../entrypoints/background/profile-service.ts';
import { MAX_PROFILE_BYTES } from '../../../entrypoints/background/profile-fetch.ts';
import { classifyAccount, activeProfile } from '../../../entrypoints/background/profile.ts';
import { compiledDefault } from '../../../rules/profile.ts';
import { acmeProfile } from './sample-profiles.ts';
import { openComposerTabs, profileInForce, restartWorker, storedSnapshot } from './background-state.ts';
import { serveJson, startProfileServer, type ProfileServer } from './profile-server.ts';

let server: ProfileServer;
let elsewhere: ProfileServer;
beforeAll(async () => {
  server = await startProfileServer();
  // Another loopback address: plain http there is not "localhost", so it must be refused.
  elsewhere = await startProfileServer('127.0.0.2');
});
afterAll(async () => {
  await server.close();
  await elsewhere.close();
});
beforeEach(() => {
  restartWorker();
  fetchLimits.timeoutMs = 15_000;
  fetchLimits.maxBytes = MAX_PROFILE_BYTES;
});

async function previewAndInstall(url: string) {
  const preview = await previewProfile(url);
  if (!preview.ok) throw new Error(`preview failed: ${preview.error.message}`);
  const installed = await installProfile(preview.value.url, preview.value.sha256);
  if (!installed.ok) throw new Error(`install failed: ${installed.error.message}`);
  return { preview: preview.value, status: installed.value };
}

describe('preview and install', () => {
  test('the preview summarises the profile and changes nothing', async () => {
    server.route('/acme.json', serveJson(acmeProfile('2027.1')));
    const preview = await previewProfile(server.url('/acme.json'));
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    const s = preview.value.summary;
    expect(s.name).toBe('Acme Council social media policy');
    expect(s.version).toBe('2027.1');
    expect(s.organisation).toEqual(['Acme Council', 'Acme CC']);
    expect(s.corporateAccounts).toEqual([{ platform: 'x', handle: 'AcmeCouncil' }]);
    expect(s.periods).toEqual([expect.objectContaining({ kind: 'pre-election', activeNow: true })]);
    expect(s.quietHours).toEqual({ from: '23:00', to: '06:00' });
    expect(preview.value.alreadyActive).toBe(false);

    expect((await activeProfile()).id).toBe('default');
    expect(await storedSnapshot()).toEqual({ installed: null, history: [] });
  });

  test('install makes it the active profile, names its corporate account and tells open composers', async () => {
    const tabs = await openComposerTabs(['https://x.com/compose/post', 'https://example.org/', 'https://www.linkedin.com/feed/']);
    server.route('/acme.json', serveJson(acmeProfile('2027.1')));
    const { status } = await previewAndInstall(server.url('/acme.json'));

    expect(status).toMatchObject({
      id: 'acme-council',
      name: 'Acme Council social media policy',
      version: '2027.1',
      sourceUrl: server.url('/acme.json'),
      lastError: null,
      managed: false,
      locked: false,
    });
    expect(await profileInForce()).toEqual({ id: 'acme-council', version: '2027.1', afterRestart: 'acme-council@2027.1' });
    const profile = await activeProfile();
    expect(await classifyAccount(profile, 'x', 'AcmeCouncil')).toEqual({ kind: 'corporate', source: 'profile' });
    expect(await classifyAccount(profile, 'x', '@acmecouncil')).toEqual({ kind: 'corporate', source: 'profile' });
    expect(await classifyAccount(profile, 'facebook', 'AcmeCouncil')).toEqual({ kind: 'personal', source: 'default' });
    // The two composer sites were told to check again; the other site was not.
    expect(tabs.rechecked).toHaveLength(2);
    const { history } = (await storedSnapshot()) as { history: Array<{ version: string; how: string }> };
    expect(history).toEqual([expect.objectContaining({ version: '2027.1', how: 'installed' })]);
  });

  test('install commits exactly the bytes that were previewed, even if the server changed since', async () => {
    server.route('/moving.json', serveJson(acmeProfile('1')));
    const preview = await previewProfile(server.url('/moving.json'));
    if (!preview.ok) throw new Error(preview.error.message);
    server.route('/moving.json', serveJson(acmeProfile('2')));
    const result = await installProfile(preview.value.url, preview.value.sha256);
    expect(result.ok).toBe(true);
    expect((await activeProfile()).version).toBe('1');
  });

  test('after a worker restart, a file that changed since the preview is refused, not installed unseen', async () => {
    server.route('/moving.json', serveJson(acmeProfile('1')));
    const preview = await previewProfile(server.url('/moving.json'));
    if (!preview.ok) throw new Error(preview.error.message);
    server.route('/moving.json', serveJson(acmeProfile('2')));
    restartWorker();
    const result = await installProfile(preview.value.url, preview.value.sha256);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ message: expect.stringMatching(/changed after you previewed it \(it is now .* 2\)/) }),
    });
    const builtIn = compiledDefault();
    expect(await profileInForce()).toEqual({ id: builtIn.id, version: builtIn.version, afterRestart: `${builtIn.id}@${builtIn.version}` });
  });
});

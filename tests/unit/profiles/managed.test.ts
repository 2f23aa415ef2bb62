// @vitest-environment node
// Enterprise policy. The fake browser implements storage.managed as a real storage area
// (with onChanged), so these tests set it as IT's policy would and the service reads it
// through the same browser.storage.managed.get() it uses in Chrome.
import { afterAll, beforeAll, beforeEach, describe, expect, onTestFinished, test } from 'vitest';
import { createHash } from 'node:crypto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  LOCKED_MESSAGE,
  checkForUpdate,
  fetchLimits,
  getProfileDetails,
  getProfileStatus,
  installProfile,
  previewProfile,
  removeProfile,
  runScheduledCheck,
  syncManagedProfile,
} from '../../../entrypoints/background/profile-service.ts';
import { registerProfiles } from '../../../entrypoints/background/profile.ts';
import { acmeProfile, otherProfile } from './sample-profiles.ts';
import { profileInForce, restartWorker } from './background-state.ts';
import { serveJson, startProfileServer, type ProfileServer } from './profile-server.ts';

let server: ProfileServer;
beforeAll(async () => {
  server = await startProfileServer();
});
afterAll(() => server.close());
beforeEach(() => {
  restartWorker();
  fetchLimits.timeoutMs = 15_000;
  server.route('/acme.json', serveJson(acmeProfile('1')));
  server.route('/hart.json', serveJson(otherProfile('1')));
});

async function userInstalls(path: string) {
  const preview = await previewProfile(server.url(path));
  if (!preview.ok) throw new Error(preview.error.message);
  return installProfile(preview.value.url, preview.value.sha256);
}

describe('managed profile', () => {
  test('IT sets profileUrl: it is installed, and wins over the profile the user had', async () => {
    await userInstalls('/hart.json');
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/acme.json') });

    expect(await syncManagedProfile()).toBe(true);
    expect(await profileInForce()).toEqual({ id: 'acme-council', version: '1', afterRestart: 'acme-council@1' });
    expect(await getProfileStatus()).toMatchObject({ managed: true, locked: false, sourceUrl: server.url('/acme.json') });
    const details = await getProfileDetails();
    expect(details.managedPolicy).toEqual({ profileUrl: server.url('/acme.json'), lockProfile: false, sha256: null });
    expect(details.history[0]).toMatchObject({ id: 'acme-council', how: 'managed' });
  });

  test('locked: the user can neither install another profile nor remove it', async () => {
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/acme.json'), lockProfile: true });
    await syncManagedProfile();

    const install = await userInstalls('/hart.json');
    expect(install).toEqual({ ok: false, error: { message: LOCKED_MESSAGE, problems: [] } });
    expect(await removeProfile()).toEqual({ ok: false, error: { message: LOCKED_MESSAGE, problems: [] } });
    expect(await profileInForce()).toEqual({ id: 'acme-council', version: '1', afterRestart: 'acme-council@1' });
    expect(await getProfileStatus()).toMatchObject({ managed: true, locked: true });
  });

  test('unlocked: the user may replace it, and the scheduled check does not put it back', async () => {
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/acme.json') });
    await syncManagedProfile();
    expect((await userInstalls('/hart.json')).ok).toBe(true);

    await runScheduledCheck();
    expect((await getProfileStatus())).toMatchObject({ id: 'hart-dc', managed: false, locked: false });
    // …until IT changes the policy.
    server.route('/acme-2.json', serveJson(acmeProfile('2')));
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/acme-2.json') });
    await syncManagedProfile();
    expect(await getProfileStatus()).toMatchObject({ id: 'acme-council', version: '2', managed: true });
  });

  test('unlocked, and IT’s profile could not be installed yet: the profile the user then installs is not replaced by a later retry', async () => {
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/acme-later.json') });
    expect(await syncManagedProfile()).toBe(false); // 404 for now
    expect((await getProfileStatus()).lastError?.message).toMatch(/could not install your organisation's profile .*404/);

    expect((await userInstalls('/hart.json')).ok).toBe(true);
    // The user's choice stands, and IT's failed attempt is no longer reported against it.
    expect(await getProfileStatus()).toMatchObject({ id: 'hart-dc', managed: false, lastError: null });
    server.route('/acme-later.json', serveJson(acmeProfile('1')));
    await runScheduledCheck();
    expect(await profileInForce()).toEqual({ id: 'hart-dc', version: '1', afterRestart: 'hart-dc@1' });
    // …until IT changes the policy.
    server.route('/acme-2.json', serveJson(acmeProfile('2')));
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/acme-2.json') });
    await syncManagedProfile();
    expect(await getProfileStatus()).toMatchObject({ id: 'acme-council', version: '2', managed: true });
  });

  test('unlocked, and IT’s profile could not be installed yet: going back to the built-in profile is the user’s choice too', async () => {
    await userInstalls('/hart.json');
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/acme-later.json') });
    await syncManagedProfile();
    expect((await removeProfile()).ok).toBe(true);
    server.route('/acme-later.json', serveJson(acmeProfile('1')));
    await runScheduledCheck();
    expect(await getProfileStatus()).toMatchObject({ sourceUrl: null, managed: false });
  });

  test('locked and replaced somehow (an older install): the scheduled check puts the managed one back', async () => {
    await userInstalls('/hart.json');
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/acme.json'), lockProfile: true });
    await runScheduledCheck();
    expect(await getProfileStatus()).toMatchObject({ id: 'acme-council', managed: true, locked: true });
  });

  test('the managed sha256 pins the file: a mismatch is refused and the last good profile stays', async () => {
    const body = JSON.stringify(acmeProfile('1'));
    server.route('/acme.json', serveJson(body));
    await userInstalls('/hart.json');
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/acme.json'), sha256: 'a'.repeat(64), lockProfile: true });
    expect(await syncManagedProfile()).toBe(false);
    const status = await getProfileStatus();
    expect(status).toMatchObject({ id: 'hart-dc', locked: true });
    expect(status.lastError?.message).toMatch(
      new RegExp(`^could not install your organisation's profile from 127\\.0\\.0\\.1:\\d+: the file's SHA-256 is [0-9a-f]{64}, but the address pins a{64}`),
    );

    const right = createHash('sha256').update(body).digest('hex');
    await fakeBrowser.storage.managed.set({ sha256: right });
    expect(await syncManagedProfile()).toBe(true);
    expect(await getProfileStatus()).toMatchObject({ id: 'acme-council', sourceUrl: `${server.url('/acme.json')}#sha256=${right}` });
  });

  test('an unreachable managed profile keeps what was there and says why, without calling it IT’s', async () => {
    await userInstalls('/hart.json');
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/nowhere.json'), lockProfile: true });
    await syncManagedProfile();
    const status = await getProfileStatus();
    // Locked (the user still cannot change it), but the profile in force is the user's own.
    expect(status).toMatchObject({ id: 'hart-dc', managed: false, locked: true });
    expect(status.lastError).toMatchObject({ managed: true, permission: null });
    expect(status.lastError?.message).toMatch(/could not install your organisation's profile .*answered 404/);
    expect((await getProfileDetails()).managedActive).toBe(false);
  });

  test('a managed profile unreadable for want of the host permission says which, and a good update of the user’s profile does not hide it', async () => {
    const granted = new Set<string>();
    const api = fakeBrowser.permissions as unknown as Record<string, unknown>;
    const contains = api.contains;
    api.contains = async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o));
    onTestFinished(() => void (api.contains = contains));
    server.route('/private.json', (req, res) => {
      if (granted.has('http://127.0.0.1/*')) return serveJson(acmeProfile('1'))(req, res);
      req.socket.destroy(); // what Chromium's fetch sees from a server without CORS, lacking the permission
    });
    await userInstalls('/hart.json');
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/private.json'), lockProfile: true });
    await runScheduledCheck(); // the managed install fails; the user's profile updates fine
    const status = await getProfileStatus();
    expect(status).toMatchObject({ id: 'hart-dc', managed: false, locked: true });
    expect(status.lastError).toMatchObject({
      managed: true,
      permission: { host: new URL(server.origin).host, pattern: 'http://127.0.0.1/*' },
    });
    expect(status.lastError?.message).toContain(`click "Allow PostGuard to read ${new URL(server.origin).host}"`);

    // Granted (in options): "check now" applies the policy first and installs it.
    granted.add('http://127.0.0.1/*');
    expect(await checkForUpdate()).toMatchObject({ id: 'acme-council', managed: true, locked: true, lastError: null });
  });

  test('an unusable managed address is reported, not fetched', async () => {
    await fakeBrowser.storage.managed.set({ profileUrl: 'http://intranet.example/profile.json' });
    await syncManagedProfile();
    expect((await getProfileStatus()).lastError?.message).toMatch(
      /^your organisation's policy sets a profile PostGuard cannot use: PostGuard only installs profiles over https/,
    );
  });

  test('IT withdrawing the policy leaves the profile in place, now the user’s to change', async () => {
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/acme.json'), lockProfile: true });
    await syncManagedProfile();
    await fakeBrowser.storage.managed.clear();
    await syncManagedProfile();
    expect(await getProfileStatus()).toMatchObject({ id: 'acme-council', managed: false, locked: false });
    expect((await removeProfile()).ok).toBe(true);
    expect((await getProfileStatus()).id).toBe('default');
  });

  test("while the browser's policy service is still starting, the status shows the last policy read", async () => {
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/acme.json'), lockProfile: true });
    await syncManagedProfile();
    // Chromium answers the first storage.managed.get() after browser start about 2 s late.
    const area = fakeBrowser.storage.managed as unknown as { get: (...a: unknown[]) => Promise<unknown> };
    const prompt = area.get;
    area.get = (...a) => new Promise((resolve) => setTimeout(() => resolve(prompt(...a)), 3_000));
    try {
      const started = performance.now();
      const status = await getProfileStatus();
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(status).toMatchObject({ id: 'acme-council', managed: true, locked: true });
      // Locking is never decided from the cache: a change waits for the live answer.
      expect((await removeProfile()).ok).toBe(false);
    } finally {
      area.get = prompt;
    }
  });

  test('a policy change reaches a running worker through storage.managed.onChanged', async () => {
    registerProfiles();
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/acme.json'), lockProfile: true });
    await expect.poll(async () => (await getProfileStatus()).id).toBe('acme-council');
    expect((await getProfileStatus()).locked).toBe(true);
  });
});

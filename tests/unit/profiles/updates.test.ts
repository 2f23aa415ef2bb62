// @vitest-environment node
// Keeping the profile up to date: conditional requests (ETag, Last-Modified), new versions
// installed with history, failed or invalid updates keeping the last good profile and
// recording the error with its time, and the schedule (alarm every 6 h, browser start).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  UPDATE_ALARM,
  checkForUpdate,
  ensureUpdateAlarm,
  fetchLimits,
  getProfileDetails,
  installProfile,
  getProfileStatus,
  previewProfile,
} from '../../../entrypoints/background/profile-service.ts';
import { registerProfiles } from '../../../entrypoints/background/profile.ts';
import { readInstalled } from '../../../entrypoints/background/profile-store.ts';
import { acmeProfile } from './sample-profiles.ts';
import { openComposerTabs, profileInForce, restartWorker } from './background-state.ts';
import { serveJson, startProfileServer, type ProfileServer } from './profile-server.ts';

let server: ProfileServer;
beforeAll(async () => {
  server = await startProfileServer();
});
afterAll(() => server.close());
beforeEach(() => {
  restartWorker();
  fetchLimits.timeoutMs = 15_000;
});

async function install(path: string) {
  const preview = await previewProfile(server.url(path));
  if (!preview.ok) throw new Error(preview.error.message);
  const r = await installProfile(preview.value.url, preview.value.sha256);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const requestsTo = (path: string) => server.requests.filter((r) => r.path === path);

describe('conditional requests', () => {
  test('ETag: a 304 keeps the profile, records the check and asks with If-None-Match', async () => {
    server.route('/etag.json', serveJson(acmeProfile('1'), { etag: '"v1"' }));
    const installed = await install('/etag.json');
    expect((await readInstalled())?.etag).toBe('"v1"');

    const status = await checkForUpdate();
    const last = requestsTo('/etag.json').at(-1)!;
    expect(last.headers['if-none-match']).toBe('"v1"');
    expect(status).toMatchObject({ id: 'acme-council', version: '1', lastError: null });
    expect(status.lastCheckedAt).toBeGreaterThanOrEqual(installed.installedAt!);
    expect(await profileInForce()).toEqual({ id: 'acme-council', version: '1', afterRestart: 'acme-council@1' });
    expect((await getProfileDetails()).history).toHaveLength(1);
  });

  test('Last-Modified: the next check asks If-Modified-Since and a 304 keeps the profile', async () => {
    const stamp = 'Wed, 01 Jan 2025 10:00:00 GMT';
    server.route('/lm.json', serveJson(acmeProfile('1'), { lastModified: stamp }));
    await install('/lm.json');
    const status = await checkForUpdate();
    expect(requestsTo('/lm.json').at(-1)!.headers['if-modified-since']).toBe(stamp);
    expect(status).toMatchObject({ version: '1', lastError: null });
  });

  test('a new ETag with the same bytes updates the validator but adds no version', async () => {
    server.route('/same.json', serveJson(acmeProfile('1'), { etag: '"a"' }));
    await install('/same.json');
    server.route('/same.json', serveJson(acmeProfile('1'), { etag: '"b"' }));
    await checkForUpdate();
    expect((await readInstalled())?.etag).toBe('"b"');
    expect((await getProfileDetails()).history).toHaveLength(1);
  });
});

describe('new versions and failed updates', () => {
  test('a new version replaces the profile, joins the history and tells open composers', async () => {
    server.route('/acme.json', serveJson(acmeProfile('1'), { etag: '"1"' }));
    await install('/acme.json');
    const tabs = await openComposerTabs(['https://x.com/home']);
    server.route('/acme.json', serveJson(acmeProfile('2'), { etag: '"2"' }));

    const status = await checkForUpdate();
    expect(status).toMatchObject({ version: '2', lastError: null });
    expect(await profileInForce()).toEqual({ id: 'acme-council', version: '2', afterRestart: 'acme-council@2' });
    const { history } = await getProfileDetails();
    expect(history.map((h) => [h.version, h.how])).toEqual([
      ['2', 'updated'],
      ['1', 'installed'],
    ]);
    expect(history[0]!.at).toBeGreaterThanOrEqual(history[1]!.at);
    expect(tabs.rechecked).toHaveLength(1);
  });

  test.each([
    ['invalid JSON', serveJson('{"schemaVersion": 1,'), /^this file is not valid JSON/],
    ['a schema error', serveJson({ ...acmeProfile('2'), accounts: [{ platform: 'x' }] }), /^accounts(\[0\]|\.0)\.handle: /],
    ['a server error', serveJson('down', { status: 503 }), /^the server answered 503/],
    ['a file gone', serveJson('gone', { status: 404 }), /^the server answered 404/],
  ])('an update with %s keeps the last good profile and records the error with its time', async (_what, route, message) => {
    server.route('/acme.json', serveJson(acmeProfile('1')));
    await install('/acme.json');
    server.route('/acme.json', route);
    const before = Date.now();

    const status = await checkForUpdate();
    expect(status).toMatchObject({ id: 'acme-council', version: '1' });
    expect(status.lastError?.message).toMatch(message);
    expect(status.lastError!.at).toBeGreaterThanOrEqual(before);
    expect(status.lastCheckedAt).toBe(status.lastError!.at);
    expect(await profileInForce()).toEqual({ id: 'acme-council', version: '1', afterRestart: 'acme-council@1' });
    // The popup reads the same status, after a worker restart too.
    restartWorker();
    expect((await getProfileStatus()).lastError?.message).toMatch(message);

    // The next good answer clears the error.
    server.route('/acme.json', serveJson(acmeProfile('1')));
    expect((await checkForUpdate()).lastError).toBeNull();
  });

  test('a pinned profile refuses an update whose bytes do not match the pin', async () => {
    const v1 = JSON.stringify(acmeProfile('1'));
    server.route('/pin.json', serveJson(v1));
    const { createHash } = await import('node:crypto');
    const pin = createHash('sha256').update(v1).digest('hex');
    const preview = await previewProfile(`${server.url('/pin.json')}#sha256=${pin}`);
    if (!preview.ok) throw new Error(preview.error.message);
    await installProfile(preview.value.url, preview.value.sha256);
    server.route('/pin.json', serveJson(acmeProfile('2')));

    const status = await checkForUpdate();
    expect(status.version).toBe('1');
    expect(status.lastError?.message).toMatch(/but the address pins/);
  });

  test('the history keeps the last ten versions, newest first', async () => {
    for (let v = 1; v <= 12; v++) {
      server.route('/many.json', serveJson(acmeProfile(String(v))));
      if (v === 1) await install('/many.json');
      else await checkForUpdate();
    }
    const { history } = await getProfileDetails();
    expect(history.map((h) => h.version)).toEqual(['12', '11', '10', '9', '8', '7', '6', '5', '4', '3']);
  });

  test('with no profile installed there is nothing to check and nothing is fetched', async () => {
    const count = server.requests.length;
    const status = await checkForUpdate();
    expect(status).toMatchObject({ id: 'default', sourceUrl: null, lastCheckedAt: null, lastError: null });
    expect(server.requests.length).toBe(count);
  });
});

describe('the schedule', () => {
  test('registering creates a 6-hour alarm once; its firing and browser start both check for updates', async () => {
    registerProfiles();
    await expect.poll(() => fakeBrowser.alarms.get(UPDATE_ALARM)).toMatchObject({ periodInMinutes: 360 });
    const first = (await fakeBrowser.alarms.get(UPDATE_ALARM))!.scheduledTime;

    server.route('/sched.json', serveJson(acmeProfile('1')));
    await install('/sched.json');
    expect((await getProfileDetails()).nextCheckAt).toBe(first);

    server.route('/sched.json', serveJson(acmeProfile('2')));
    await fakeBrowser.alarms.onAlarm.trigger({ name: UPDATE_ALARM, scheduledTime: Date.now() });
    await expect.poll(async () => (await getProfileStatus()).version).toBe('2');

    server.route('/sched.json', serveJson(acmeProfile('3')));
    await fakeBrowser.runtime.onStartup.trigger();
    await expect.poll(async () => (await getProfileStatus()).version).toBe('3');

    // A worker waking up again does not push the next check back.
    await ensureUpdateAlarm();
    expect((await fakeBrowser.alarms.get(UPDATE_ALARM))!.scheduledTime).toBe(first);
  });
});

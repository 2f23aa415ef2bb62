// A profile served from a local web server, installed through the options page in real
// Chromium, takes effect on the open X composer at once (its corporate account, and its
// pre-election period on the draft already typed, with no reload and no keystroke),
// survives an invalid update, and takes a valid one.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { highlightedText, launch, type Session } from './harness.ts';
import { SCREENSHOT_DIR, extensionWithOrigin, fireUpdateAlarm, tabState } from './profiles-harness.ts';
import { acmeProfile } from '../unit/profiles/sample-profiles.ts';
import { serveJson, startProfileServer, type ProfileServer } from '../unit/profiles/profile-server.ts';

let server: ProfileServer;
let ext: Awaited<ReturnType<typeof extensionWithOrigin>>;
let s: Session;
let x: Page;
let options: Page;

beforeAll(async () => {
  server = await startProfileServer();
  // No CORS headers: the extension reads the file through its host permission, as it must.
  server.route('/acme.json', serveJson(acmeProfile('2027.1'), { etag: '"2027.1"', cors: false }));
  ext = await extensionWithOrigin('http://127.0.0.1/*');
  s = await launch({ allowOrigins: [server.origin], extensionDir: ext.dir });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  await s?.close();
  await ext?.remove();
  await server?.close();
});

const profileUrl = () => server.url('/acme.json');

const ruleIds = async (page: Page) => ((await tabState(s, page))?.findings ?? []).map((f) => f.ruleId);

test('installed from an install link, the profile makes the open X account corporate and its pre-election period applies to the open draft at once', async () => {
  x = await s.openSite('x', '?handle=AcmeCouncil');
  const editor = x.locator('[data-testid="tweetTextarea_0"]');
  await editor.click();
  await x.keyboard.type('Polling day is Thursday: vote Labour', { delay: 10 });
  await expect.poll(async () => (await tabState(s, x))?.account).toEqual({ handle: 'AcmeCouncil', kind: 'personal', source: 'default' });
  expect((await tabState(s, x))?.profile.id).toBe('default');
  // Under the default, on what is still a personal account: a reminder, nothing held.
  await expect.poll(() => ruleIds(x)).toContain('political-comment');
  expect(await ruleIds(x)).not.toContain('political-pre-election');
  expect((await highlightedText(x)).block ?? []).toEqual([]);

  options = await s.openOptions(`#install=${encodeURIComponent(profileUrl())}`);
  const preview = options.getByRole('region', { name: 'Check this profile before installing it' });
  await preview.waitFor();
  expect(await options.getByLabel('Profile address').inputValue()).toBe(profileUrl());
  const text = await preview.innerText();
  expect(text).toContain('Acme Council social media policy');
  expect(text).toContain('version 2027.1');
  expect(text).toContain('X @AcmeCouncil');
  expect(text).toContain('Pre-election period active now');
  expect(text).toContain('23:00–06:00');
  await options.getByRole('region', { name: 'Active profile' }).waitFor();
  await options.screenshot({ path: path.join(SCREENSHOT_DIR, 'options-preview-light.png'), fullPage: true });
  await options.emulateMedia({ colorScheme: 'dark' });
  await options.screenshot({ path: path.join(SCREENSHOT_DIR, 'options-preview-dark.png'), fullPage: true });
  await options.emulateMedia({ colorScheme: 'light' });

  await preview.getByRole('button', { name: 'Install this profile' }).click();
  await options.getByText('Installed Acme Council social media policy version 2027.1.').waitFor();

  // Nothing typed since: the background told the composer to check again.
  await expect.poll(async () => (await tabState(s, x))?.account).toEqual({ handle: 'AcmeCouncil', kind: 'corporate', source: 'profile' });
  expect((await tabState(s, x))?.profile).toEqual({ id: 'acme-council', version: '2027.1' });
  // The profile's pre-election period now applies to the draft already in the composer:
  // the political line is a finding that holds the post, underlined as such.
  await expect.poll(() => ruleIds(x)).toContain('political-pre-election');
  const political = (await tabState(s, x))!.findings.find((f) => f.ruleId === 'political-pre-election')!;
  expect(political).toMatchObject({ category: 'political', severity: 'block' });
  await expect.poll(async () => ((await highlightedText(x)).block ?? []).join(' ')).toMatch(/Labour/);

  const popup = await s.openPopup(x);
  await expect.poll(() => popup.locator('.tab-meta').innerText()).toMatch(/corporate account/i);
  await popup.close();

  const active = options.getByRole('region', { name: 'Active profile' });
  await expect.poll(() => active.innerText()).toContain(profileUrl());
  expect(await options.getByRole('region', { name: 'Version history' }).innerText()).toContain('Installed by you');
  await options.screenshot({ path: path.join(SCREENSHOT_DIR, 'options-installed-light.png'), fullPage: true });
  expect(s.leaks()).toEqual([]);
});

test('the account appears in options, and marking another account corporate reaches its composer', async () => {
  const accounts = options.getByRole('region', { name: 'Accounts' });
  await options.reload();
  const council = accounts.locator('[data-account="x:AcmeCouncil"]');
  await council.waitFor();
  expect(await council.innerText()).toContain("named in your organisation's profile");

  const other = await s.openSite('x', '?handle=AcmeLibraries');
  await other.locator('[data-testid="tweetTextarea_0"]').click();
  await other.keyboard.type('Story time at 10am', { delay: 10 });
  await expect.poll(async () => (await tabState(s, other))?.account.kind).toBe('personal');

  await options.bringToFront();
  const libraries = accounts.locator('[data-account="x:AcmeLibraries"]');
  await libraries.waitFor();
  await libraries.getByText('Corporate', { exact: true }).last().click();
  await expect.poll(() => libraries.innerText()).toContain('your choice');
  await expect.poll(async () => (await tabState(s, other))?.account).toEqual({ handle: 'AcmeLibraries', kind: 'corporate', source: 'user' });
  await other.close();
});

test('an invalid update keeps the profile working and says why; the next valid version is taken', async () => {
  // Unchanged on the server: Chromium's fetch hands the 304 to the extension, which keeps it.
  await options.bringToFront();
  const asked = server.requests.filter((r) => r.path === '/acme.json').length;
  await options.getByRole('button', { name: 'Check for updates now' }).click();
  await options.getByText('Checked: Acme Council social media policy version 2027.1 is up to date.').waitFor();
  const conditional = server.requests.filter((r) => r.path === '/acme.json');
  expect(conditional.length).toBe(asked + 1);
  expect(conditional.at(-1)!.headers['if-none-match']).toBe('"2027.1"');

  server.route('/acme.json', serveJson('{"schemaVersion": 1, "id": ', { cors: false }));
  const checksBefore = server.requests.filter((r) => r.path === '/acme.json').length;
  await fireUpdateAlarm(s);
  await expect.poll(() => server.requests.filter((r) => r.path === '/acme.json').length).toBeGreaterThan(checksBefore);
  const last = server.requests.filter((r) => r.path === '/acme.json').at(-1)!;
  expect(last.headers['if-none-match']).toBe('"2027.1"');

  await options.bringToFront();
  const active = options.getByRole('region', { name: 'Active profile' });
  const alert = active.getByRole('alert');
  await alert.waitFor();
  expect(await alert.innerText()).toMatch(/The last update failed \(.+\)\. Acme Council social media policy version 2027\.1 is still in force\./);
  expect(await alert.innerText()).toContain('this file is not valid JSON');
  await options.screenshot({ path: path.join(SCREENSHOT_DIR, 'options-update-failed-light.png'), fullPage: true });

  // Still in force on the composer: typing is checked under the same profile and account.
  await x.bringToFront();
  await x.locator('[data-testid="tweetTextarea_0"]').click();
  await x.keyboard.press('End');
  await x.keyboard.type(' on 07700 900123', { delay: 10 });
  await expect.poll(async () => (await tabState(s, x))?.findings.map((f) => f.ruleId)).toContain('phone-number');
  expect((await tabState(s, x))?.profile).toEqual({ id: 'acme-council', version: '2027.1' });
  expect((await tabState(s, x))?.account.kind).toBe('corporate');

  // A valid new version, fetched by "Check for updates now", replaces it at once.
  server.route('/acme.json', serveJson(acmeProfile('2027.2'), { etag: '"2027.2"', cors: false }));
  await options.bringToFront();
  await options.getByRole('button', { name: 'Check for updates now' }).click();
  await options.getByText('Updated to Acme Council social media policy version 2027.2.').waitFor();
  await expect.poll(() => active.getByRole('alert').count()).toBe(0);
  const history = await options.getByRole('region', { name: 'Version history' }).innerText();
  expect(history).toMatch(/2027\.2[\s\S]*Updated from its address[\s\S]*2027\.1[\s\S]*Installed by you/);
  await expect.poll(async () => (await tabState(s, x))?.profile).toEqual({ id: 'acme-council', version: '2027.2' });
  expect(s.leaks()).toEqual([]);
});

// The sign-off log end to end in Chromium: written by the real background from real
// recordSignOff messages, read live by the popup, exported and verified outside PostGuard,
// tamper-evident, and kept across an extension reload.
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { parseJsonExport } from '../../lib/log/export.ts';
import type { SignOffRecord } from '../../lib/protocol/signoff.ts';
import { launch, ROOT, type Session } from './harness.ts';
import { dialogBundle, readLog, screenshot } from './signoff-harness.ts';

const run = promisify(execFile);
let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const textOf = (text: string) => ({ textSha256: sha256(text), textStart: text.slice(0, 400) });

const record = (over: Partial<SignOffRecord>): SignOffRecord => ({
  requestId: randomUUID(),
  decision: 'posted',
  platform: 'x',
  composer: 'post',
  account: { handle: 'CouncilNews', kind: 'corporate' },
  findings: [{ ruleId: 'phone-number', category: 'personal-data', severity: 'confirm', clauses: ['TR-5'] }],
  reason: 'Public switchboard number',
  approver: null,
  consent: null,
  faces: [],
  ...textOf('Call the council on 01252 622122'),
  ...over,
});

const RECORDS: SignOffRecord[] = [
  record({}),
  record({
    platform: 'facebook',
    account: { handle: 'Hart District Council', kind: 'corporate' },
    findings: [{ ruleId: 'image-faces', category: 'image-faces', severity: 'confirm', clauses: ['HSS-4', 'TR-6'] }],
    reason: 'Signed consent forms from all four volunteers',
    approver: 'Sam Jones',
    consent: true,
    faces: [4],
    ...textOf('Thank you to our litter-pick volunteers!'),
  }),
  record({ decision: 'edited', reason: null, platform: 'linkedin', account: { handle: 'jo-bloggs', kind: 'personal' } }),
  record({
    decision: 'cancelled',
    reason: null,
    platform: 'instagram',
    account: { handle: 'jo.b', kind: 'personal' },
    findings: [{ ruleId: 'political', category: 'political', severity: 'confirm', clauses: ['HT-9'] }],
  }),
];

/** Sends recordSignOff messages from an extension page: the real message path into the background. */
async function send(relay: Page, records: SignOffRecord[]): Promise<void> {
  await relay.evaluate(await dialogBundle());
  await relay.evaluate(async (rs) => {
    const api = (globalThis as unknown as { __postguardSignOff: { sendMessage(t: string, d: unknown): Promise<unknown> } }).__postguardSignOff;
    for (const r of rs) await api.sendMessage('recordSignOff', r);
  }, records);
}

async function openLog(session: Session, view = 'log'): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 460, height: 720 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?view=${view}`);
  return page;
}

const seqs = (page: Page) => page.locator('[data-entry-seq]').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.entrySeq)));

test('decisions appear in the popup newest first with the right fields, live, and export verifiably', async () => {
  s = await launch();
  const relay = await s.openPopup();
  await send(relay, RECORDS.slice(0, 3));
  const popup = await openLog(s);
  await expect.poll(() => seqs(popup)).toEqual([3, 2, 1]);
  await expect.poll(() => popup.locator('[data-integrity]').getAttribute('data-integrity')).toBe('ok');
  expect(await popup.locator('[data-integrity]').innerText()).toContain('All 3 entries verified, #1 to #3.');

  const facebook = popup.locator('[data-entry-seq="2"]');
  expect(await facebook.locator('summary').innerText()).toContain('Posted after sign-off');
  expect(await facebook.locator('summary').innerText()).toContain('Facebook · @Hart District Council · corporate');
  expect(await facebook.locator('summary').innerText()).toContain('Approved by Sam Jones');
  await facebook.locator('summary').click();
  const details = await facebook.locator('.entry-details').innerText();
  expect(details).toContain('Confirmed: consent from everyone identifiable');
  expect(details).toMatch(/Faces per image\s+4/);
  expect(await popup.locator('[data-entry-seq="3"] summary').innerText()).toContain('Sent back to edit');

  // A decision made while the popup is open appears without reopening it.
  await send(relay, [RECORDS[3]!]);
  await expect.poll(() => seqs(popup)).toEqual([4, 3, 2, 1]);
  await facebook.locator('summary').click();
  for (const scheme of ['light', 'dark'] as const) await screenshot(popup, 'popup-log', scheme);
  await popup.emulateMedia({ colorScheme: 'light' });

  // Filters and search in the real page.
  await popup.getByLabel('Account').selectOption('personal');
  await expect.poll(() => seqs(popup)).toEqual([4, 3]);
  await popup.getByLabel('Search the log').fill('instagram');
  await expect.poll(() => seqs(popup)).toEqual([4]);
  await popup.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect.poll(() => seqs(popup)).toEqual([4, 3, 2, 1]);

  // Exports: the whole chain, checked by the standalone verifier with Node alone.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pg-exports-'));
  for (const kind of ['json', 'csv'] as const) {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator(`[data-export="${kind}"]`).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^postguard-signoff-log-\\d{4}-\\d{2}-\\d{2}\\.${kind}$`));
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'lib/log/verify-export.mjs'), file]);
    expect(stdout).toContain('INTACT: 4 entries, #1 to #4');
    if (kind === 'json') {
      const { entries, newest } = parseJsonExport(await readFile(file, 'utf8'));
      expect(entries).toEqual((await readLog(relay)).sort((a, b) => a.seq - b.seq));
      expect(newest?.seq).toBe(4);
      expect(JSON.stringify(entries)).not.toContain('litter-pick');
    }
  }
  expect(s.leaks()).toEqual([]);
});

test('an entry edited in IndexedDB: the popup says the log was tampered with and names the entry', async () => {
  s = await launch();
  const relay = await s.openPopup();
  await send(relay, RECORDS);
  // What someone with the browser profile could do: rewrite an entry in place.
  await s.worker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('postguard-signoff-log');
        open.onsuccess = () => {
          const tx = open.result.transaction('entries', 'readwrite');
          const store = tx.objectStore('entries');
          const get = store.get(2);
          get.onsuccess = () => store.put({ ...get.result, approver: 'Nobody' });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  const popup = await openLog(s);
  const banner = popup.locator('[data-integrity="broken"]');
  await expect.poll(() => banner.count()).toBe(1);
  expect(await banner.innerText()).toContain('This log has been tampered with.');
  expect(await banner.innerText()).toContain('Entry #2 has been changed: its content no longer matches its hash.');
  expect(await popup.getByRole('tab', { name: /Sign-off log/ }).innerText()).toContain('!');
  await popup.getByRole('button', { name: 'Show entry #2' }).click();
  await expect.poll(() => seqs(popup)).toEqual([2]);
  await screenshot(popup, 'popup-log-tampered', 'light');
});

test('the log survives reloading the extension, and the chain carries on after it', async () => {
  s = await launch();
  const relay = await s.openPopup();
  await send(relay, RECORDS.slice(0, 3));
  const before = (await readLog(relay)).sort((a, b) => a.seq - b.seq);
  expect(before).toHaveLength(3);

  const next = s.context.waitForEvent('serviceworker', { timeout: 15_000 });
  await s.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  const worker = await next;
  expect(new URL(worker.url()).host).toBe(s.extensionId);

  const popup = await openLog(s);
  await expect.poll(() => seqs(popup)).toEqual([3, 2, 1]);
  expect((await readLog(popup)).sort((a, b) => a.seq - b.seq)).toEqual(before);
  await expect.poll(() => popup.locator('[data-integrity]').getAttribute('data-integrity')).toBe('ok');

  await send(popup, [RECORDS[3]!]);
  await expect.poll(() => seqs(popup)).toEqual([4, 3, 2, 1]);
  const after = (await readLog(popup)).sort((a, b) => a.seq - b.seq);
  expect(after[3]!.prevHash).toBe(before[2]!.hash);
  await expect.poll(() => popup.locator('[data-integrity]').innerText()).toContain('All 4 entries verified');
});

test('clearing the log asks first, and the clearing is itself logged', async () => {
  s = await launch();
  const relay = await s.openPopup();
  await send(relay, RECORDS);
  const popup = await openLog(s, 'settings');
  await expect.poll(() => popup.getByRole('button', { name: 'Clear the log…' }).isEnabled()).toBe(true);
  await popup.getByRole('button', { name: 'Clear the log…' }).click();
  expect(await popup.locator('[data-confirm-clear]').innerText()).toContain('Delete all 4 entries?');
  for (const scheme of ['light', 'dark'] as const) await screenshot(popup, 'popup-clear-confirm', scheme);
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.getByRole('button', { name: 'Keep the log' }).click();
  expect(await readLog(relay)).toHaveLength(4);

  await popup.getByRole('button', { name: 'Clear the log…' }).click();
  await popup.getByRole('button', { name: 'Delete 4 entries' }).click();
  await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Log cleared' }).count()).toBe(1);
  expect(await readLog(relay)).toMatchObject([{ seq: 5, type: 'cleared', removed: { count: 4, from: 1, through: 4 } }]);

  await popup.getByRole('tab', { name: 'Sign-off log' }).click();
  await expect.poll(() => seqs(popup)).toEqual([5]);
  expect(await popup.locator('[data-entry-seq="5"] summary').innerText()).toContain('Log cleared');
  await expect.poll(() => popup.locator('[data-integrity]').innerText()).toContain('All 1 entry verified, #5 to #5.');
});

test('the popup’s first view: this tab’s live findings and the active profile, light and dark', async () => {
  s = await launch();
  const page = await s.openSite('x');
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('Call me on 07700 900123', { delay: 10 });
  const popup = await s.openPopup(page);
  await popup.setViewportSize({ width: 460, height: 600 });
  await expect.poll(() => popup.locator('[data-rule="phone-number"]').count()).toBe(1);
  await expect.poll(() => popup.locator('[data-profile-name]').innerText()).toBe('PostGuard default policy');
  expect(await popup.getByText('One item will hold the post until you sign off.').count()).toBe(1);
  for (const scheme of ['light', 'dark'] as const) await screenshot(popup, 'popup-now', scheme);
  const empty = await openLog(s);
  await expect.poll(() => empty.locator('[data-empty="log"]').count()).toBe(1);
  await screenshot(empty, 'popup-log-empty', 'light');
});

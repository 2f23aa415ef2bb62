// The whole path on the X fixture: the composer kit holds Post, asks through
// requestSignOff, and releases the post exactly once after sign-off; Edit post releases
// nothing. Needs the composer kit's hold (lib/composer-kit/post-guard.ts, the adapters
// branch): on a tree without it, no dialog appears and the first assertion says so.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { launch, type Session } from './harness.ts';
import { focused, readLog } from './signoff-harness.ts';

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

const TEXT = 'Ring the depot on 07700 900123 for bulky waste';
const editor = (page: Page) => page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
const postButton = (page: Page) => page.locator('[role="dialog"] [data-testid="tweetButton"]');
const signOff = (page: Page) => page.locator('[data-postguard-dialog] [role="dialog"]');
const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted?: Array<{ text: string }> }).__posted ?? []);
const HOLD_MISSING = 'No sign-off dialog after Post: the composer kit does not hold the post on this tree (it comes with the adapters branch).';

async function heldPost(session: Session): Promise<Page> {
  const page = await session.openSite('x');
  await editor(page).click();
  await page.keyboard.type(TEXT, { delay: 5 });
  await page.waitForTimeout(300); // as a person reaches for Post, the check lands
  await postButton(page).click();
  await expect.poll(() => signOff(page).isVisible(), { message: HOLD_MISSING, timeout: 5000 }).toBe(true);
  expect(await posted(page)).toEqual([]);
  return page;
}

test('a held post on X, signed off, is released once and appears in the popup’s log with the right fields', async () => {
  s = await launch();
  const page = await heldPost(s);
  expect(await page.locator('[data-postguard-dialog] li[data-rule="phone-number"] mark').innerText()).toBe('07700 900123');
  for (const box of await page.locator('[data-postguard-dialog] input[data-ack]').all()) await box.check();
  await page.locator('[data-postguard-dialog] textarea[name="reason"]').fill('Public depot line, published on the council website');
  await page.locator('[data-postguard-dialog] button[data-action="post"]').click();

  await expect.poll(async () => (await posted(page)).length).toBe(1);
  expect((await posted(page))[0]!.text).toBe(TEXT);
  await page.waitForTimeout(500);
  expect(await posted(page)).toHaveLength(1);
  expect(await page.locator('[data-postguard-dialog]').count()).toBe(0);

  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html?view=log`);
  const row = popup.locator('[data-entry-seq="1"]');
  await expect.poll(() => row.count()).toBe(1);
  expect(await row.getAttribute('data-decision')).toBe('posted');
  const summary = await row.locator('summary').innerText();
  expect(summary).toContain('Posted after sign-off');
  expect(summary).toContain('X · @PostGuardDemo');
  expect(summary).toContain('“Public depot line, published on the council website”');
  expect(await row.locator('[data-rule="phone-number"]').count()).toBe(1);
  await expect.poll(() => popup.locator('[data-integrity]').getAttribute('data-integrity')).toBe('ok');
  const [entry] = await readLog(popup);
  expect(entry).toMatchObject({
    seq: 1,
    type: 'sign-off',
    decision: 'posted',
    platform: 'x',
    composer: 'post',
    account: { handle: 'PostGuardDemo' },
    findings: [expect.objectContaining({ ruleId: 'phone-number', severity: 'confirm', clauses: expect.arrayContaining(['TR-5']) })],
    reason: 'Public depot line, published on the council website',
    textSha256: createHash('sha256').update(TEXT).digest('hex'),
  });
  expect(JSON.stringify(entry)).not.toContain('07700');
  expect(s.leaks()).toEqual([]);
});

test('“Edit post” on X releases nothing, returns to the editor and logs an edit', async () => {
  s = await launch();
  const page = await heldPost(s);
  await page.locator('[data-postguard-dialog] button[data-action="edit"]').click();
  await expect.poll(() => page.locator('[data-postguard-dialog]').count()).toBe(0);
  expect(await focused(page)).toBe('tweetTextarea_0');
  await page.waitForTimeout(500);
  expect(await posted(page)).toEqual([]);
  const relay = await s.openPopup();
  await expect.poll(async () => (await readLog(relay)).map((e) => e.type === 'sign-off' && e.decision)).toEqual(['edited']);
  expect((await readLog(relay))[0]).toMatchObject({ reason: null, platform: 'x' });
});

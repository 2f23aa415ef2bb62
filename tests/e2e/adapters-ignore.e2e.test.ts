// "Not personal data" / "Ignore this phrase": the finding goes at once, stays gone after a
// reload and on other sites (it is remembered for the profile), only for that phrase, and
// Undo brings it back. An ignored finding no longer holds the post.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, launch, type Session } from './harness.ts';
import { DRIVERS, highlights, panelFindings, posted, signOff, textFindings, typeFast, wait } from './adapters-sites.ts';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  expect(s.leaks()).toEqual([]);
  await s.close();
});

/** Clicks a finding's action in the badge panel, as the user would. */
async function clickAction(page: Page, rule: string, action: string): Promise<void> {
  await panelFindings(page); // opens the panel
  await page.locator(`[data-postguard-badge] li[data-rule="${rule}"] button[data-action="${action}"]`).first().click();
}

async function storedIgnores(): Promise<Array<{ phrase: string; category: string; profileId: string }>> {
  return s.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await api.storage.local.get('ignore:default'))['ignore:default'] as never) ?? [];
  });
}

test('"Not personal data" drops that number at once, after a reload and on other sites; other numbers stay flagged', async () => {
  const page = await s.openSite('x');
  const editor = page.locator('[data-testid="tweetTextarea_0"]');
  await editor.click();
  await typeFast(page, 'Our main switchboard is 07700 900123');
  await expect.poll(() => highlights(page)).toEqual(['07700 900123']);
  const action = page.locator('[data-postguard-badge] li[data-rule="phone-number"] button[data-action="ignore"]');
  await panelFindings(page);
  expect(await action.innerText()).toBe('Not personal data');

  await clickAction(page, 'phone-number', 'ignore');
  await expect.poll(() => highlights(page)).toEqual([]);
  await expect.poll(() => textFindings(page)).toEqual([]);
  expect(await page.locator('[data-postguard-badge] .notice').innerText()).toContain('07700 900123');
  expect(await storedIgnores()).toEqual([expect.objectContaining({ phrase: '07700 900123', category: 'personal-data', profileId: 'default' })]);

  // No finding holds it any more: Post goes straight through.
  await page.locator('[role="dialog"] [data-testid="tweetButton"]').click();
  expect(await posted(page)).toEqual([expect.objectContaining({ text: 'Our main switchboard is 07700 900123', trusted: true })]);
  expect(await signOff(page).count()).toBe(0);
  await page.close();

  // Remembered: after a reload, and on another site. Another number is still flagged.
  const fb = await s.openSite('facebook');
  const fbEditor = await DRIVERS.facebook.openComposer(fb);
  await fbEditor.click();
  await typeFast(fb, 'Switchboard 07700 900123, my mobile 07700 900999');
  await expect.poll(() => highlights(fb)).toEqual(['07700 900999']);
  expect((await textFindings(fb)).map((f) => f.excerpt)).toEqual(['07700 900999']);

  // And on the site where it was ignored, after a reload.
  const again = await s.openSite('x');
  await again.locator('[data-testid="tweetTextarea_0"]').click();
  await typeFast(again, 'Ring 07700 900123');
  await wait(300);
  expect(await highlights(again)).toEqual([]);
  await again.close();
  await fb.close();
});

test('Undo brings the finding back at once, and it holds the post again', async () => {
  const page = await s.openSite('x');
  const editor = page.locator('[data-testid="tweetTextarea_0"]');
  await editor.click();
  await typeFast(page, 'Labour rally tonight, call 07700 900321');
  await expect.poll(async () => (await textFindings(page)).map((f) => f.rule).sort()).toEqual(['phone-number', 'political-comment']);
  await clickAction(page, 'political-comment', 'ignore');
  await expect.poll(async () => (await textFindings(page)).map((f) => f.rule)).toEqual(['phone-number']);
  await clickAction(page, 'phone-number', 'ignore');
  await expect.poll(() => textFindings(page)).toEqual([]);
  expect(await badgeText(page)).toBe('PostGuard: 0 issues'); // still shown: it carries the Undo
  await page.locator('[data-postguard-badge] button[data-action="undo"]').click();
  await expect.poll(async () => (await textFindings(page)).map((f) => f.rule)).toEqual(['phone-number']);
  expect(await highlights(page)).toEqual(['07700 900321']);

  await page.locator('[role="dialog"] [data-testid="tweetButton"]').click();
  await expect.poll(() => signOff(page).count()).toBe(1);
  await signOff(page).edit.click();
  expect(await posted(page)).toEqual([]);
  await page.close();
});

import { afterAll, beforeAll, expect, test } from 'vitest';
import { badgeText, highlightedText, launch, type Session } from './harness.ts';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

test('a phone number typed into X is flagged in the page and the popup, and clears when deleted', async () => {
  const page = await s.openSite('x');
  const editor = page.locator('[data-testid="tweetTextarea_0"]');
  await editor.click();
  await page.keyboard.type('Call me on 07700 900123', { delay: 15 });

  await expect.poll(() => badgeText(page)).toBe('PostGuard: 1 issue');
  await expect.poll(async () => (await highlightedText(page)).confirm).toEqual(['07700 900123']);
  expect(await editor.innerText()).toBe('Call me on 07700 900123');

  const popup = await s.openPopup(page);
  const finding = popup.locator('[data-rule="phone-number"]');
  await expect.poll(() => finding.count()).toBe(1);
  expect(await finding.innerText()).toContain('phone number');

  await page.bringToFront();
  await editor.click();
  await page.keyboard.press('End');
  for (let i = 0; i < ' 07700 900123'.length; i++) await page.keyboard.press('Backspace');
  expect(await editor.innerText()).toBe('Call me on');

  await expect.poll(() => badgeText(page)).toBeNull();
  await expect.poll(async () => (await highlightedText(page)).confirm).toBeUndefined();
  await expect.poll(() => finding.count()).toBe(0);
  await expect(popup.getByText('Nothing to flag in this draft.').count()).resolves.toBe(1);

  expect(s.leaks()).toEqual([]);
});

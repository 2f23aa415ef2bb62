// The popup open beside a composer in real Chromium: as the author types in the X
// fixture's Draft.js editor, the popup's "This tab" view gains the finding and loses it
// again, without being reopened (the background writes each check to storage.session).
import { afterEach, expect, test } from 'vitest';
import { launch, type Session } from './harness.ts';
import { screenshot } from './signoff-harness.ts';

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

const NUMBER = ' on 07700 900123';

test('a finding appears in the open popup as it is typed, and goes when it is deleted', async () => {
  s = await launch();
  const page = await s.openSite('x');
  const editor = page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
  await editor.click();
  await page.keyboard.type('Bulky waste collections are back', { delay: 10 });

  const popup = await s.openPopup(page);
  await popup.setViewportSize({ width: 460, height: 600 });
  const phone = popup.locator('[data-rule="phone-number"]');
  await expect.poll(() => popup.locator('[data-account-kind]').count()).toBe(1);
  expect(await phone.count()).toBe(0);

  await page.bringToFront();
  await page.keyboard.type(NUMBER, { delay: 10 });
  await expect.poll(() => phone.count()).toBe(1);
  expect(await popup.getByText('One item will hold the post until you sign off.').count()).toBe(1);
  await screenshot(popup, 'popup-now-live', 'light');

  for (let i = 0; i < NUMBER.length; i++) await page.keyboard.press('Backspace');
  await expect.poll(() => editor.innerText()).toBe('Bulky waste collections are back');
  await expect.poll(() => phone.count()).toBe(0);
  expect(await popup.getByText(/will hold the post until you sign off/).count()).toBe(0);
  expect(s.leaks()).toEqual([]);
});

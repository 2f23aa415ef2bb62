// Composers nobody uses cost nothing: Instagram's feed streams 200 posts, each with its own
// comment box, and PostGuard sends no check and holds no composer until the user picks one;
// then that one, and only that one, is checked and guarded. Closing a composer re-checks the
// drafts still open that have something in them, not the empty ones.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { badgeText, launch, type Session } from './harness.ts';
import { DRIVERS, badgeCount, countCheckDrafts, highlights, openFeed, posted, signOff, streamFeed, tabState, typeFast, wait } from './adapters-sites.ts';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  expect(s.leaks()).toEqual([]);
  await s.close();
});

test('a feed streaming 200 posts with a comment box each: no check sent, no composer held, until one is used', async () => {
  const page = await openFeed(s, 200);
  const checks = await countCheckDrafts(s);
  await streamFeed(page, 200);
  expect(await page.locator('article form textarea').count()).toBe(201);
  await wait(500); // the last sweep, and any check it would have started
  expect(await checks()).toBe(0);
  expect(await badgeCount(page)).toBe(0);

  // The user comments under one post: that box is checked and held, no other.
  const box = page.locator('[data-fixture-feed-post="150"] textarea');
  await box.click();
  await typeFast(page, 'Call me 07700 900123');
  await expect.poll(() => highlights(page)).toEqual(['07700 900123']);
  expect(await badgeCount(page)).toBe(1);
  expect(await checks()).toBeGreaterThan(0);
  await box.press('Enter');
  await expect.poll(() => signOff(page).count()).toBe(1);
  await signOff(page).approve();
  await expect.poll(async () => (await posted(page)).length).toBe(1);
  expect((await posted(page))[0]).toMatchObject({ text: 'Call me 07700 900123', composer: 'comment' });
  await page.close();
});

test('closing a composer re-checks the open drafts that hold text, and not the empty ones', async () => {
  const page = await openFeed(s, 2);
  await streamFeed(page, 2);
  // A comment being written, an empty comment box the user clicked into, and a caption.
  await page.locator('article form textarea').first().click();
  await typeFast(page, 'Lovely photo');
  await page.locator('[data-fixture-feed-post="1"] textarea').click();
  const caption = await DRIVERS.instagram.openComposer(page);
  await caption.click();
  await typeFast(page, 'Summer fete');
  await expect.poll(() => badgeCount(page)).toBe(3);
  // Every check is back, the photo's included (its faces are counted, then the caption re-checked).
  await expect
    .poll(async () => {
      const t = await tabState(s, page);
      return t?.textLength === 'Summer fete'.length && !t.findings.some((f) => f.ruleId === 'image-check-pending');
    }, { timeout: 20_000 })
    .toBe(true);
  await wait(300);
  // The photo went to the post being created, not to the comment box clicked before it:
  // only the caption has something to show.
  expect(await badgeText(page)).toMatch(/^PostGuard: \d+ issues?$/);
  const checks = await countCheckDrafts(s);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => badgeCount(page)).toBe(2);
  // The comment with text reports again (the closed caption cleared the tab's state); the empty box does not.
  await expect.poll(() => checks.drafts()).toEqual(['reply: Lovely photo']);
  await wait(300);
  expect(await checks.drafts()).toEqual(['reply: Lovely photo']);
  await page.close();
});

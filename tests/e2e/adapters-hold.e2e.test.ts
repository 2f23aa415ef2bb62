// Holding the post: a clean post reaches the site untouched (the site sees the user's own,
// trusted event, at once) on every site's post dialog; one pressed before its check is back
// waits for the check and is then posted once by PostGuard; a post that needs sign-off is
// held by click and by keyboard, waits for the check of the text as it is, survives
// impatient clicking, and is released exactly once. A check that cannot run never passes
// silently.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, launch, stopServiceWorker, type Session } from './harness.ts';
import { readLog } from './signoff-harness.ts';
import { DRIVERS, PHOTO_2, highlights, posted, recordTabStates, signOff, tabState, textFindings, typeFast, wait, type SiteDriver } from './adapters-sites.ts';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  expect(s.leaks()).toEqual([]);
  await s.close();
});

/**
 * Whether this tab's last check is of `text` and was answered with nothing pending (a photo
 * still being looked at shows as a pending finding): what a person sees before pressing Post.
 */
async function checkedNow(page: Page, text: string): Promise<boolean> {
  const state = await tabState(s, page);
  if (state?.textLength !== text.length || state.findings.some((f) => f.ruleId === 'image-check-pending')) return false;
  await wait(100); // the answer travels from the background to the page
  return true;
}

/** Instagram's create dialog with `photo` picked, at the caption step. */
async function openInstagramWith(page: Page, photo: string) {
  await page.getByRole('link', { name: /New post|Create/ }).first().click();
  const dialog = page.locator('[role="dialog"]').first();
  await dialog.locator('input[type="file"]').setInputFiles(photo);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('button', { name: 'Next' }).click();
  return dialog.locator('[data-lexical-editor="true"]');
}

const xEditor = (page: Page) => page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
const xPost = (page: Page) => page.locator('[role="dialog"] [data-testid="tweetButton"]');

describe('a clean post', () => {
  test('X: the click reaches the site untouched and posts at once', async () => {
    const page = await s.openSite('x');
    await xEditor(page).click();
    await typeFast(page, 'Lovely morning at the park run.');
    await expect.poll(() => badgeText(page)).toBeNull();
    await wait(200); // let the last check land, as it would while a person reaches for Post
    await xPost(page).click();
    expect(await posted(page)).toEqual([expect.objectContaining({ text: 'Lovely morning at the park run.', trusted: true, via: 'click' })]);
    expect(await signOff(page).count()).toBe(0);
    await page.close();
  });

  test('X: Ctrl+Enter reaches the site untouched', async () => {
    const page = await s.openSite('x');
    await xEditor(page).click();
    await typeFast(page, 'See you all on Saturday.');
    await wait(200);
    await page.keyboard.press('Control+Enter');
    expect(await posted(page)).toEqual([expect.objectContaining({ text: 'See you all on Saturday.', trusted: true, via: 'key' })]);
    await page.close();
  });

  test('Facebook comment and Instagram comment: Enter posts at once', async () => {
    const fb = await s.openSite('facebook');
    await fb.locator('[aria-label="Write a comment…"]').click();
    await typeFast(fb, 'Thanks for the update');
    await wait(200);
    await fb.keyboard.press('Enter');
    expect(await posted(fb)).toEqual([expect.objectContaining({ text: 'Thanks for the update', trusted: true, via: 'enter' })]);
    await fb.close();

    const ig = await s.openSite('instagram');
    await ig.locator('textarea[aria-label="Add a comment…"]').click();
    await typeFast(ig, 'Great photo!');
    await wait(200);
    await ig.keyboard.press('Enter');
    expect(await posted(ig)).toEqual([expect.objectContaining({ text: 'Great photo!', trusted: true, via: 'enter' })]);
    await ig.close();
  });

  // The post dialogs of the other three sites: the user's own click reaches the site, at once.
  const CLEAN: Array<[string, SiteDriver, string, string[]]> = [
    ['Facebook post dialog', DRIVERS.facebook, 'Lovely morning at the park run.', []],
    ['LinkedIn Post', DRIVERS.linkedin, 'Lovely morning at the park run.', []],
    // Instagram posts a photo: one with no face in it, whose check is done before Share.
    ['Instagram Share', { ...DRIVERS.instagram, openComposer: (p: Page) => openInstagramWith(p, PHOTO_2) }, 'Lovely morning at the park run.', ['coffee.png']],
  ];
  test.each(CLEAN)('%s: the click reaches the site untouched and posts at once', async (_name, d, text, images) => {
    const page = await s.openSite(d.site);
    const editor = await d.openComposer(page);
    await editor.click();
    await typeFast(page, text);
    await expect.poll(() => checkedNow(page, text)).toBe(true);
    await d.postButton(page).click();
    expect(await posted(page)).toEqual([expect.objectContaining({ text, trusted: true, via: 'click' })]);
    expect((await posted(page))[0]!.images ?? []).toEqual(images);
    expect(await signOff(page).count()).toBe(0);
    await page.close();
  });
});

// Deliberate: a draft whose check is not back is not known to be clean, so Post waits for the
// check; when nothing needs a sign-off PostGuard then presses Post itself (the site sees
// PostGuard's copy of the click, not the user's). Its own browser: it stops the worker.
test('typed and posted straight away, before the check came back: posted once, after the check, by PostGuard', async () => {
  const own = await launch();
  const page = await own.openSite('x');
  await xEditor(page).click();
  await typeFast(page, 'Quick one');
  await expect.poll(async () => (await tabState(own, page))?.textLength).toBe('Quick one'.length);
  const states = await recordTabStates(own);
  await page.bringToFront();
  // A stopped worker takes a while to start again: the check of the last keys cannot be back by the click.
  await stopServiceWorker(own, page);
  await typeFast(page, ' ok');
  await xPost(page).click();
  await expect.poll(async () => (await posted(page)).length).toBe(1);
  const post = (await posted(page))[0]!;
  expect(post).toMatchObject({ text: 'Quick one ok', trusted: false, via: 'click' });
  expect(await signOff(page).count()).toBe(0);
  // The check of exactly this text was written before the site posted.
  const checked = (await states.written()).find((t) => t.textLength === 'Quick one ok'.length);
  expect(checked).toBeDefined();
  expect(post.at).toBeGreaterThanOrEqual(checked!.updatedAt);
  await wait(300);
  expect(await posted(page)).toHaveLength(1);
  await states.close();
  expect(own.leaks()).toEqual([]);
  await own.close();
});

describe('a post that needs sign-off', () => {
  test('X: held even when Post is pressed before the check of the last keystrokes is back', async () => {
    const page = await s.openSite('x');
    await xEditor(page).click();
    await typeFast(page, 'Ring 07700 900123');
    await xPost(page).click();
    await expect.poll(() => signOff(page).count()).toBe(1);
    expect(await posted(page)).toEqual([]);
    await signOff(page).edit.click();
    await page.close();
  });

  test('X: Edit releases nothing; impatient clicks make one dialog; sign-off releases exactly one post', async () => {
    const page = await s.openSite('x');
    await xEditor(page).click();
    await typeFast(page, 'Call me on 07700 900123');
    await expect.poll(async () => (await textFindings(page)).map((f) => f.rule)).toEqual(['phone-number']);

    await xPost(page).click();
    await expect.poll(() => signOff(page).count()).toBe(1);
    await signOff(page).edit.click();
    await wait(200);
    expect(await posted(page)).toEqual([]);

    // Three quick presses while the dialog is up: one dialog, nothing posted yet.
    await xPost(page).click();
    await expect.poll(() => signOff(page).count()).toBe(1);
    await xPost(page).dispatchEvent('click');
    await xPost(page).dispatchEvent('click');
    await wait(100);
    expect(await signOff(page).count()).toBe(1);
    expect(await posted(page)).toEqual([]);

    await signOff(page).approve();
    await expect.poll(async () => (await posted(page)).length).toBe(1);
    expect((await posted(page))[0]).toMatchObject({ text: 'Call me on 07700 900123', via: 'click' });
    await wait(400);
    expect(await posted(page)).toHaveLength(1);
    await page.close();
  });

  test('X: Ctrl+Enter is held and released once, as the shortcut', async () => {
    const page = await s.openSite('x');
    await xEditor(page).click();
    await typeFast(page, 'Text 07700 900123 now');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => signOff(page).count()).toBe(1);
    expect(await posted(page)).toEqual([]);
    // Nothing was typed into the draft by the held shortcut (Draft.js would add a line).
    await signOff(page).approve();
    await expect.poll(async () => (await posted(page)).length).toBe(1);
    expect((await posted(page))[0]).toMatchObject({ text: 'Text 07700 900123 now', via: 'key' });
    await wait(300);
    expect(await posted(page)).toHaveLength(1);
    await page.close();
  });

  test('Facebook: a div Post button pressed with Enter is held and released once', async () => {
    const d = DRIVERS.facebook;
    const page = await s.openSite('facebook');
    const editor = await d.openComposer(page);
    await editor.click();
    await typeFast(page, 'My number is 07700 900123');
    await expect.poll(() => highlights(page)).toEqual(['07700 900123']);
    await d.postButton(page).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => signOff(page).count()).toBe(1);
    expect(await posted(page)).toEqual([]);
    await signOff(page).approve();
    await expect.poll(async () => (await posted(page)).length).toBe(1);
    expect((await posted(page))[0]).toMatchObject({ text: 'My number is 07700 900123', via: 'key' });
    await page.close();
  });

  test('Facebook comment: Enter is held, then released once', async () => {
    const page = await s.openSite('facebook');
    await page.locator('[aria-label="Write a comment…"]').click();
    await typeFast(page, 'DM me on 07700 900123');
    await page.keyboard.press('Enter');
    await expect.poll(() => signOff(page).count()).toBe(1);
    expect(await posted(page)).toEqual([]);
    await signOff(page).approve();
    await expect.poll(async () => (await posted(page)).length).toBe(1);
    expect((await posted(page))[0]).toMatchObject({ text: 'DM me on 07700 900123', composer: 'comment', via: 'enter' });
    await wait(300);
    expect(await posted(page)).toHaveLength(1);
    await page.close();
  });

  test('after Edit, fixing the draft lets Post through untouched', async () => {
    const page = await s.openSite('x');
    await xEditor(page).click();
    await typeFast(page, 'Call 07700 900123');
    await xPost(page).click();
    await expect.poll(() => signOff(page).count()).toBe(1);
    await signOff(page).edit.click();
    await xEditor(page).click();
    await page.keyboard.press('End');
    for (let i = 0; i < ' 07700 900123'.length; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => badgeText(page)).toBeNull();
    await xPost(page).click();
    expect(await posted(page)).toEqual([expect.objectContaining({ text: 'Call', trusted: true })]);
    await page.close();
  });
});

describe('when the check cannot run', () => {
  test('the badge says so and Post asks the user instead of passing silently', async () => {
    const page = await s.openSite('instagram');
    const box = page.locator('textarea[aria-label="Add a comment…"]');
    await box.click();
    // Longer than the background will check: every check of this draft fails.
    await box.fill('x'.repeat(100_001));
    await expect.poll(() => badgeText(page)).toBe('PostGuard: not checked');
    await box.press('Enter');
    await expect.poll(() => signOff(page).count()).toBe(1);
    expect(await signOff(page).dialog.innerText()).toContain('PostGuard could not check this post');
    expect(await posted(page)).toEqual([]);
    await signOff(page).approve();
    await expect.poll(async () => (await posted(page)).length).toBe(1);
    expect((await posted(page))[0]!.text).toHaveLength(100_001);
    // The log says what was signed off: a post PostGuard could not check, under the profile in
    // force (stamped by the background, as the page never heard back from it).
    const popup = await s.openPopup(page);
    const sha = createHash('sha256').update('x'.repeat(100_001)).digest('hex');
    const log = await readLog(popup);
    expect(log.filter((e) => e.type === 'sign-off' && e.textSha256 === sha)).toEqual([
      expect.objectContaining({
        decision: 'posted',
        platform: 'instagram',
        composer: 'reply',
        profile: { id: 'default', version: expect.any(String) },
        reason: expect.stringMatching(/\S/),
        findings: [expect.objectContaining({ ruleId: 'postguard-unavailable', severity: 'confirm', category: 'verification' })],
      }),
    ]);
    await popup.close();
    await page.close();
  });
});

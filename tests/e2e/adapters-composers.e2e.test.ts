// Every composer a user can post from is found when it opens and let go when it closes:
// X's inline composer, reply modal, a tweet page's reply box after SPA navigation and a
// thread of several text boxes; Facebook's comment box and Page identity; LinkedIn's share
// dialog inside an open shadow root, its company-Page identity and its comment box;
// Instagram's comment textarea. Attachments reach the check; the badge follows the editor.
// Each runs twice: on the usual markup, and on the changed markup (test ids renamed, class
// names and preferred labels gone) that only the adapters' fallbacks can handle. The
// locators here lean on the fixtures' own data-fixture hooks and on what the user sees.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { badgeText, launch, type Session, type Site } from './harness.ts';
import { DRIVERS, PHOTO, PHOTO_2, badgeCount, highlights, panelFindings, posted, signOff, tabState, typeFast } from './adapters-sites.ts';

const CHANGED: Record<Site, string> = {
  x: 'x-changed',
  facebook: 'facebook-changed',
  linkedin: 'linkedin-changed',
  instagram: 'instagram-changed',
};
const MARKUPS = [
  { markup: 'usual markup', variants: {} as Partial<Record<Site, string>> },
  { markup: 'changed markup', variants: CHANGED },
];

/** The attached images the badge panel lists, by name and status. */
async function panelImages(page: Page): Promise<string[]> {
  await panelFindings(page); // opens the panels
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-postguard-badge]')].flatMap((h) =>
      [...h.shadowRoot!.querySelectorAll('[data-postguard-images] > li')].map((li) => li.textContent ?? ''),
    ),
  );
}

/** Where the one visible badge sits against `editor`: 4 px below it, flush with its right edge. */
async function badgeGap(page: Page, editor: Locator): Promise<{ below: number; rightAligned: boolean }> {
  const e = (await editor.boundingBox())!;
  const b = (await page.locator('[data-postguard-badge] button.badge:not([hidden])').boundingBox())!;
  return { below: Math.round(b.y - (e.y + e.height)), rightAligned: Math.abs(b.x + b.width - (e.x + e.width)) <= 8 };
}

const draftBox = (scope: Locator | Page) => scope.locator('.public-DraftEditor-content');

describe.each(MARKUPS)('$markup', ({ variants }) => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ variants });
  });
  afterAll(async () => {
    expect(s.leaks()).toEqual([]);
    await s.close();
  });

  describe('X', () => {
    test('home composer, reply modal and a tweet page reached by SPA navigation: each found, each with its kind', async () => {
      const page = await s.openSite('x');
      await page.goto('https://x.com/home');
      await draftBox(page.locator('[data-fixture-composer="inline"]')).click();
      await typeFast(page, 'Home 07700 900123');
      await expect.poll(async () => (await tabState(s, page))?.composer).toBe('post');
      await expect.poll(() => highlights(page)).toEqual(['07700 900123']);

      // Reply modal over the timeline: a second composer, a reply.
      await page.getByRole('button', { name: 'Reply' }).first().click();
      await draftBox(page.locator('[role="dialog"]')).click();
      await typeFast(page, 'Reply 07700 900456');
      await expect.poll(async () => (await tabState(s, page))?.composer).toBe('reply');
      await expect.poll(() => highlights(page)).toEqual(['07700 900123', '07700 900456']);
      expect(await badgeCount(page)).toBe(2);

      // Closing the modal lets go of its composer: its badge and underline go with it.
      await page.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => badgeCount(page)).toBe(1);
      await expect.poll(() => highlights(page)).toEqual(['07700 900123']);

      // SPA navigation to a tweet's page: the timeline's composer goes, the reply box comes.
      await page.getByRole('link', { name: 'Open post' }).first().click();
      await expect.poll(() => page.url()).toContain('/status/');
      await draftBox(page.locator('[data-fixture-composer="reply-inline"]')).click();
      await typeFast(page, 'Thread reply 07700 900789');
      await expect.poll(() => highlights(page)).toEqual(['07700 900789']);
      await expect.poll(async () => (await tabState(s, page))?.composer).toBe('reply');
      expect(await badgeCount(page)).toBe(1);
      await page.close();
    });

    test('a thread of several text boxes is checked box by box and held as one post', async () => {
      const page = await s.openSite('x');
      await draftBox(page.locator('[data-fixture-cell="0"]')).click();
      await typeFast(page, 'Part one of our update.');
      await page.getByRole('button', { name: 'Add post' }).click();
      await draftBox(page.locator('[data-fixture-cell="1"]')).click();
      await typeFast(page, 'Questions? Ring 07700 900123.');
      await expect.poll(() => highlights(page)).toEqual(['07700 900123']);
      expect(await badgeCount(page)).toBe(2);

      // Ctrl+Enter from the first box posts the whole thread: the second box's finding holds it.
      await draftBox(page.locator('[data-fixture-cell="0"]')).click();
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => signOff(page).count()).toBe(1);
      expect(await signOff(page).dialog.innerText()).toContain('phone number');
      expect(await posted(page)).toEqual([]);
      await signOff(page).approve();
      await expect.poll(async () => (await posted(page)).length).toBe(1);
      expect((await posted(page))[0]).toMatchObject({
        text: 'Part one of our update.\n\nQuestions? Ring 07700 900123.',
        composer: 'thread',
      });
      await page.close();
    });

    test('attached photos reach the check as files, per text box, and go when removed', async () => {
      const page = await s.openSite('x');
      await draftBox(page.locator('[role="dialog"]')).click();
      await typeFast(page, 'Call 07700 900123');
      const input = page.locator('[role="dialog"] input[type="file"]');
      await input.setInputFiles([PHOTO, PHOTO_2]);
      await expect.poll(() => panelImages(page)).toEqual([expect.stringContaining('obama.jpg'), expect.stringContaining('coffee.png')]);
      // X clears its input once it has the files: PostGuard kept them from the pick.
      expect(await input.evaluate((i: HTMLInputElement) => i.files?.length ?? 0)).toBe(0);

      await page.getByRole('button', { name: 'Remove media' }).first().click();
      await expect.poll(async () => (await panelImages(page)).length).toBe(1);
      await page.getByRole('button', { name: 'Remove media' }).first().click();
      await expect.poll(async () => (await panelImages(page)).length).toBe(0);
      await page.close();
    });

    test('the badge follows its editor when the page scrolls and the window resizes', async () => {
      const page = await s.openSite('x');
      await page.evaluate(() => (document.body.style.paddingBottom = '2000px'));
      const editor = draftBox(page.locator('[role="dialog"]'));
      await editor.click();
      await typeFast(page, 'Call 07700 900123');
      await expect.poll(() => badgeText(page)).toBe('PostGuard: 1 issue');
      await expect.poll(() => badgeGap(page, editor)).toEqual({ below: 4, rightAligned: true });
      await page.mouse.wheel(0, 120);
      await expect.poll(async () => (await page.evaluate(() => scrollY)) > 0).toBe(true);
      await expect.poll(() => badgeGap(page, editor)).toEqual({ below: 4, rightAligned: true });
      await page.setViewportSize({ width: 800, height: 700 });
      await expect.poll(() => badgeGap(page, editor)).toEqual({ below: 4, rightAligned: true });
      // The underline is a live range on the text: it moved with it.
      const onText = await page.evaluate(() => {
        const r = [...CSS.highlights.get('postguard-confirm')!][0] as Range;
        const box = r.getBoundingClientRect();
        const ed = document.querySelector('[role="dialog"] .public-DraftEditor-content')!.getBoundingClientRect();
        return box.top >= ed.top && box.bottom <= ed.bottom && box.width > 0;
      });
      expect(onText).toBe(true);
      await page.close();
    });

    test('in a thread, the second box’s badge moves down with it as the first box grows', async () => {
      const page = await s.openSite('x');
      const first = draftBox(page.locator('[data-fixture-cell="0"]'));
      await first.click();
      await typeFast(page, 'Part one.');
      await page.getByRole('button', { name: 'Add post' }).click();
      const second = draftBox(page.locator('[data-fixture-cell="1"]'));
      await second.click();
      await typeFast(page, 'Ring 07700 900123');
      await expect.poll(() => badgeGap(page, second)).toEqual({ below: 4, rightAligned: true });
      const before = (await second.boundingBox())!.y;

      // Three more lines in the first box push the second down; the second does not resize.
      await first.click();
      await page.keyboard.press('End');
      for (const line of ['line two', 'line three', 'line four']) {
        await page.keyboard.press('Enter');
        await typeFast(page, line);
      }
      await expect.poll(async () => (await second.boundingBox())!.y - before).toBeGreaterThan(20);
      await expect.poll(() => badgeGap(page, second)).toEqual({ below: 4, rightAligned: true });
      await page.close();
    });

    test('a draft the site restores into a box nobody has touched is checked', async () => {
      const page = await s.openSite('x');
      await page.goto(`https://x.com/home?draft=${encodeURIComponent('Saved: ring 07700 900123')}`);
      await expect.poll(() => highlights(page)).toEqual(['07700 900123']);
      expect(await badgeText(page)).toBe('PostGuard: 1 issue');
      await page.close();
    });
  });

  describe('Facebook', () => {
    test('comment box is a reply under the commenting identity; Page mode posts as the Page', async () => {
      const page = await s.openSite('facebook');
      await page.locator('[data-fixture="comment-form"] [contenteditable]').click();
      await typeFast(page, 'Vote for Labour');
      await expect.poll(async () => (await tabState(s, page))?.composer).toBe('reply');
      expect((await tabState(s, page))?.account.handle).toBe('Alex Morgan');
      await page.close();

      const asPage = await s.openSite('facebook', '?as=page');
      const editor = await DRIVERS.facebook.openComposer(asPage);
      await editor.click();
      await typeFast(asPage, 'Bins go out on Tuesday');
      await expect.poll(async () => (await tabState(s, asPage))?.account.handle).toBe('PostGuard Council');
      // Switching to the person in the dialog re-checks the draft under the new identity.
      await asPage.getByRole('button', { name: 'Switch profile' }).click();
      await expect.poll(async () => (await tabState(s, asPage))?.account.handle).toBe('Alex Morgan');
      await asPage.close();
    });

    test('photos picked in the dialog reach the check; the badge moves with the re-centred dialog; closing lets go', async () => {
      const page = await s.openSite('facebook');
      const editor = await DRIVERS.facebook.openComposer(page);
      await editor.click();
      await typeFast(page, 'Call 07700 900123');
      await expect.poll(() => badgeGap(page, editor)).toEqual({ below: 4, rightAligned: true });
      const before = (await editor.boundingBox())!;

      // The photo area, then the photo, make the dialog taller; centred, it moves the editor
      // up without resizing it. The photo area changes nothing the badge says: only the
      // page having changed can tell the badge to move.
      await page.getByRole('button', { name: 'Photo/video' }).click();
      await expect.poll(async () => before.y - (await editor.boundingBox())!.y).toBeGreaterThan(5);
      await expect.poll(() => badgeGap(page, editor)).toEqual({ below: 4, rightAligned: true });
      await page.locator('[role="dialog"] input[type="file"]').setInputFiles(PHOTO);
      await expect.poll(() => panelImages(page)).toEqual([expect.stringContaining('obama.jpg')]);
      const after = (await editor.boundingBox())!;
      expect(before.y - after.y).toBeGreaterThan(40);
      expect(after.height).toBe(before.height);
      await expect.poll(() => badgeGap(page, editor)).toEqual({ below: 4, rightAligned: true });

      // Only the composer in use is held: the feed's comment box, never touched, has no session.
      expect(await badgeCount(page)).toBe(1);
      await page.getByRole('button', { name: 'Close', exact: true }).click();
      await expect.poll(() => badgeCount(page)).toBe(0);
      expect(await highlights(page)).toEqual([]);
      await page.close();
    });
  });

  describe('LinkedIn', () => {
    test('the share dialog inside an open shadow root: found, underlined, identity switch re-checked, media from the sub-dialog as the picked file', async () => {
      const page = await s.openSite('linkedin', '?shadow=1');
      expect(await page.evaluate(() => document.querySelector('#interop-outlet')?.shadowRoot?.mode)).toBe('open');
      const editor = await DRIVERS['linkedin-shadow'].openComposer(page);
      await editor.click();
      await typeFast(page, 'Hiring! Call 07700 900123');
      await expect.poll(() => highlights(page)).toEqual(['07700 900123']);
      expect(await tabState(s, page)).toMatchObject({ platform: 'linkedin', composer: 'post', account: { handle: 'Alex Morgan' } });

      await page.locator('[role="dialog"] h2 button').click(); // the identity button: author and audience
      await page.getByLabel('PostGuard Council').check();
      await page.getByRole('button', { name: 'Done' }).click();
      await expect.poll(async () => (await tabState(s, page))?.account.handle).toBe('PostGuard Council');

      await page.getByRole('button', { name: 'Add media' }).click();
      await page.locator('#media-editor-file-selector__file-input').setInputFiles(PHOTO);
      await page.getByRole('button', { name: 'Next' }).click();
      // The preview in the dialog has no name (alt ""): "obama.jpg" can only come from the picked File.
      expect(await page.locator('[role="dialog"] img[src^="blob:"]').getAttribute('alt')).toBe('');
      await expect.poll(() => panelImages(page)).toEqual([expect.stringContaining('obama.jpg')]);
      await page.close();
    });

    test('a shadow root attached after the page loaded (no DOM change to observe) is found when the user clicks in', async () => {
      const page = await s.openSite('linkedin', '?shadow=late');
      await expect.poll(() => page.evaluate(() => document.querySelector('#interop-outlet')?.shadowRoot !== null)).toBe(true);
      const editor = await DRIVERS.linkedin.openComposer(page);
      await editor.click();
      await typeFast(page, 'Call 07700 900123');
      await expect.poll(() => highlights(page)).toEqual(['07700 900123']);
      await DRIVERS.linkedin.postButton(page).click();
      await expect.poll(() => signOff(page).count()).toBe(1);
      await signOff(page).edit.click();
      expect(await posted(page)).toEqual([]);
      await page.close();
    });

    test('the comment box is a reply', async () => {
      const page = await s.openSite('linkedin');
      await page.locator('[role="article"] .ql-editor').click();
      await typeFast(page, 'Text me 07700 900123');
      await expect.poll(() => highlights(page)).toEqual(['07700 900123']);
      expect((await tabState(s, page))?.composer).toBe('reply');
      await page.close();
    });
  });

  describe('Instagram', () => {
    test('the caption step of the create dialog carries the photo picked two steps earlier', async () => {
      const page = await s.openSite('instagram');
      const editor = await DRIVERS.instagram.openComposer(page);
      await editor.click();
      await typeFast(page, 'Summer fete! 07700 900123');
      await expect.poll(() => panelImages(page)).toEqual([expect.stringContaining('obama.jpg')]);
      expect(await tabState(s, page)).toMatchObject({ platform: 'instagram', composer: 'post', account: { handle: 'postguard.demo' } });
      await page.close();
    });

    test('the comment textarea is underlined through a mirror, and held on Enter', async () => {
      const page = await s.openSite('instagram');
      const box = page.locator('article form textarea').first();
      await box.click();
      await typeFast(page, 'Call me 07700 900123 ok');
      await expect.poll(() => highlights(page)).toEqual(['07700 900123']);
      expect((await tabState(s, page))?.composer).toBe('reply');
      // The mirror sits exactly over the textarea and takes no clicks.
      const boxes = await page.evaluate(() => {
        const t = document.querySelector('textarea')!.getBoundingClientRect();
        const m = document.querySelector('[data-postguard-mirror]')!.shadowRoot!.querySelector('.box')!;
        const r = m.getBoundingClientRect();
        return { same: Math.abs(t.left - r.left) < 1 && Math.abs(t.top - r.top) < 1 && Math.abs(t.width - r.width) < 1, events: getComputedStyle(m).pointerEvents };
      });
      expect(boxes).toEqual({ same: true, events: 'none' });
      await box.press('Enter');
      await expect.poll(() => signOff(page).count()).toBe(1);
      await signOff(page).approve();
      await expect.poll(async () => (await posted(page)).length).toBe(1);
      expect((await posted(page))[0]).toMatchObject({ text: 'Call me 07700 900123 ok', composer: 'comment' });
      await page.waitForTimeout(300);
      expect(await posted(page)).toHaveLength(1);
      // The site cleared the textarea itself: the stale finding goes.
      await expect.poll(() => highlights(page)).toEqual([]);
      await page.close();
    });
  });
});

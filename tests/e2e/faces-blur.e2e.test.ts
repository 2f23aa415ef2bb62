// Blur faces against the real composers of the X and Facebook fixtures. Both sites add every
// pick to the photos they show (as the real ones do), so the anonymised copy lands beside the
// original: the badge must say so, the faces finding must stay while the original is in the
// post, and go once the user removes it with the site's own button. A site that takes no
// notice of the copy gets it as a download, and the badge says to swap the photos by hand.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { analysePhotoBytes } from '../../lib/faces/node-facts.ts';
import { launch, type Session } from './harness.ts';
import { posted, signOff, tabState } from './adapters-sites.ts';
import { openBadgePanel, PHOTO_SITES, writeTwoPeoplePhoto } from './faces-sites.ts';

let s: Session;
let dir: string;
let twoPeople: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'postguard-blur-'));
  twoPeople = await writeTwoPeoplePhoto(dir);
  s = await launch();
});
afterAll(async () => {
  expect(s?.leaks()).toEqual([]);
  await s?.close();
  await rm(dir, { recursive: true, force: true });
});

const COPY = 'two-people-faces-blurred.jpg';
const facesFinding = async (page: Page) => (await tabState(s, page))?.findings.find((f) => f.ruleId === 'image-faces')?.message ?? null;
const notice = (page: Page) => page.locator('[data-postguard-badge] .panel:not([hidden]) p.notice');

async function clickBlur(page: Page): Promise<void> {
  const panel = await openBadgePanel(page);
  await panel.locator('li[data-rule="image-faces"] button[data-action="blur"]').click();
}

describe.each(Object.entries(PHOTO_SITES))('%s', (site, drive) => {
  test('Blur faces adds the copy beside the original and says so; once the user removes the original, only the copy is posted', async () => {
    const page = await s.openSite(site as 'x' | 'facebook');
    await drive.open(page, twoPeople);
    await expect.poll(() => facesFinding(page), { timeout: 15_000 }).toMatch(/^2 people/);

    await clickBlur(page);
    await expect.poll(() => notice(page).textContent(), { timeout: 15_000 }).toMatch(/attached an anonymised copy/);
    expect(await notice(page).textContent()).toBe(
      `PostGuard attached an anonymised copy (${COPY}: faces blurred, location removed), but the site kept the original beside it. ` +
        `Remove the original, photo 1 (“two-people.jpg”), with the site's own remove button before you post: until then it is still in the post.`,
    );
    // What the site shows: the original and the copy. The original's finding stays.
    expect(await drive.previews(page).count()).toBe(2);
    // Pressing Blur again adds no second copy: it says what is left to do.
    await clickBlur(page);
    await expect.poll(() => notice(page).textContent()).toMatch(/already attached beside the original/);
    expect(await notice(page).textContent()).toBe(
      `The anonymised copy (${COPY}) is already attached beside the original, so PostGuard did not add another. ` +
        `Remove the original, photo 1 (“two-people.jpg”), with the site's own remove button before you post: until then it is still in the post.`,
    );
    expect(await drive.previews(page).count()).toBe(2);
    await page.waitForTimeout(300);
    expect(await facesFinding(page)).toMatch(/^2 people/);
    const images = await (await openBadgePanel(page)).locator('[data-postguard-images] > li').allTextContents();
    expect(images).toHaveLength(2);
    expect(images[0]).toMatch(/^two-people\.jpg — 2 faces found/);
    expect(images[1]).toMatch(new RegExp(`^${COPY.replace(/\./g, '\\.')} — no faces found`));

    // The user removes the original with the site's button: the faces finding goes.
    await drive.remove(page, 0).click();
    await expect.poll(() => facesFinding(page)).toBeNull();
    expect(await drive.previews(page).count()).toBe(1);

    // What goes out is the copy alone (findings that depend on the time of day may still ask).
    await drive.post(page);
    await page.waitForTimeout(500);
    const dialog = signOff(page);
    if (await dialog.count()) {
      expect(await dialog.host.locator('li[data-rule="image-faces"]').count()).toBe(0);
      await dialog.approve();
    }
    await expect.poll(async () => (await posted(page)).length).toBe(1);
    expect((await posted(page))[0]!.images).toEqual([COPY]);
    await page.close();
  });
});

test('a site that takes no notice of the copy: it is downloaded, the site keeps what it had, and the badge says to swap by hand', async () => {
  const page = await s.openSite('facebook');
  const drive = PHOTO_SITES.facebook;
  await drive.open(page, twoPeople);
  await expect.poll(() => facesFinding(page), { timeout: 15_000 }).toMatch(/^2 people/);
  // Like a site that only trusts real picks: a change event the browser did not fire stops at the input.
  await drive.fileInput(page).evaluate((input) => input.addEventListener('change', (e) => e.isTrusted || e.stopPropagation()));

  const download = page.waitForEvent('download', { timeout: 20_000 });
  await clickBlur(page);
  const file = await download;
  expect(file.suggestedFilename()).toBe(COPY);
  const bytes = new Uint8Array(await readFile((await file.path())!));
  expect((await analysePhotoBytes(bytes, COPY, { look: 'thorough' })).faces).toEqual([]);

  await expect.poll(() => notice(page).textContent()).toBe(
    `The site did not take the anonymised copy, so it was downloaded (${COPY}). Remove the original, photo 1 (“two-people.jpg”), from the post and attach the copy instead.`,
  );
  expect(await drive.previews(page).count()).toBe(1);
  expect(await drive.fileInput(page).evaluate((input: HTMLInputElement) => [...input.files!].map((f) => f.name))).toEqual(['two-people.jpg']);
  expect(await facesFinding(page)).toMatch(/^2 people/);
  await page.close();
});

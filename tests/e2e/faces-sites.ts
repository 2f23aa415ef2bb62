// What the photo e2e tests share: a photo of two people, how a user attaches it on the X and
// Facebook fixtures, and what PostGuard's badge shows for the composer.
import path from 'node:path';
import sharp from 'sharp';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from './harness.ts';
import { DRIVERS, typeFast } from './adapters-sites.ts';

/** Two real portraits side by side: a photo in which two people can be identified (JPEG). */
export async function writeTwoPeoplePhoto(dir: string): Promise<string> {
  const file = path.join(dir, 'two-people.jpg');
  const img = (name: string) => sharp(path.join(ROOT, 'tests/fixtures/images', name)).resize({ height: 600 }).toBuffer();
  const [a, b] = await Promise.all([img('obama.jpg'), img('biden.jpg')]);
  const [ma, mb] = await Promise.all([sharp(a).metadata(), sharp(b).metadata()]);
  await sharp({ create: { width: ma.width! + mb.width!, height: 600, channels: 3, background: '#ffffff' } })
    .composite([
      { input: a, left: 0, top: 0 },
      { input: b, left: ma.width!, top: 0 },
    ])
    .jpeg()
    .toFile(file);
  return file;
}

export interface PhotoSite {
  /** Opens the composer, types a line and attaches `photo` as a user would. */
  open(page: Page, photo: string): Promise<void>;
  post(page: Page): Promise<void>;
  fileInput(page: Page): Locator;
  /** The attached photos' previews the site shows. */
  previews(page: Page): Locator;
  /** The site's own remove button of attached photo `index`. */
  remove(page: Page, index: number): Locator;
}

export const PHOTO_SITES = {
  x: {
    async open(page, photo) {
      const editor = await DRIVERS.x.openComposer(page);
      await editor.click();
      await typeFast(page, 'Great turnout at the library open day');
      await page.locator('[data-testid="fileInput"]').setInputFiles(photo);
    },
    post: (page) => DRIVERS.x.postButton(page).click(),
    fileInput: (page) => page.locator('[data-testid="fileInput"]'),
    previews: (page) => page.locator('[data-testid="attachments"] img'),
    remove: (page, index) => page.locator('[data-testid="removeMedia"]').nth(index),
  },
  facebook: {
    async open(page, photo) {
      const editor = await DRIVERS.facebook.openComposer(page);
      await editor.click();
      await typeFast(page, 'Great turnout at the library open day');
      await page.getByRole('button', { name: 'Photo/video' }).click();
      await page.locator('[role="dialog"] input[type="file"]').setInputFiles(photo);
    },
    post: (page) => DRIVERS.facebook.postButton(page).click(),
    fileInput: (page) => page.locator('[role="dialog"] input[type="file"]'),
    previews: (page) => page.locator('[data-fixture="photo-area"] img'),
    remove: (page, index) => page.locator('[data-fixture="photo-area"]').getByRole('button', { name: 'Remove' }).nth(index),
  },
} satisfies Record<'x' | 'facebook', PhotoSite>;

/** The panel of the composer's badge, opened (the badges of other composers stay hidden). */
export async function openBadgePanel(page: Page): Promise<Locator> {
  const badge = page.locator('[data-postguard-badge] button.badge:not([hidden])');
  if ((await badge.getAttribute('aria-expanded')) !== 'true') await badge.click();
  return page.locator('[data-postguard-badge] .panel:not([hidden])');
}

// The whole photo path, end to end in Chromium on the X and Facebook fixtures: the user picks
// a photo of two people in the composer, PostGuard's content script reads it, the offscreen
// detector counts the faces, the rules turn the count into a finding, Post is held, and the
// sign-off cannot go through until the author confirms consent. The log keeps the face
// count, never the pixels.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, ROOT, type Session } from './harness.ts';
import { DRIVERS, posted, signOff, tabState, typeFast } from './adapters-sites.ts';
import { readLog } from './signoff-harness.ts';

let s: Session;
let dir: string;
let twoPeople: string;

beforeAll(async () => {
  // Two real portraits side by side: a photo in which two people can be identified.
  dir = await mkdtemp(path.join(os.tmpdir(), 'postguard-faces-'));
  twoPeople = path.join(dir, 'two-people.jpg');
  const img = (name: string) => sharp(path.join(ROOT, 'tests/fixtures/images', name)).resize({ height: 600 }).toBuffer();
  const [a, b] = await Promise.all([img('obama.jpg'), img('biden.jpg')]);
  const [ma, mb] = await Promise.all([sharp(a).metadata(), sharp(b).metadata()]);
  await sharp({ create: { width: ma.width! + mb.width!, height: 600, channels: 3, background: '#ffffff' } })
    .composite([
      { input: a, left: 0, top: 0 },
      { input: b, left: ma.width!, top: 0 },
    ])
    .jpeg()
    .toFile(twoPeople);
  s = await launch();
});
afterAll(async () => {
  expect(s?.leaks()).toEqual([]);
  await s?.close();
  await rm(dir, { recursive: true, force: true });
});

const SITES = {
  x: {
    open: async (page: Page) => {
      const editor = await DRIVERS.x.openComposer(page);
      await editor.click();
      await typeFast(page, 'Great turnout at the library open day');
      await page.locator('[data-testid="fileInput"]').setInputFiles(twoPeople);
    },
    post: (page: Page) => DRIVERS.x.postButton(page).click(),
  },
  facebook: {
    open: async (page: Page) => {
      const editor = await DRIVERS.facebook.openComposer(page);
      await editor.click();
      await typeFast(page, 'Great turnout at the library open day');
      await page.getByRole('button', { name: 'Photo/video' }).click();
      await page.locator('[role="dialog"] input[type="file"]').setInputFiles(twoPeople);
    },
    post: (page: Page) => DRIVERS.facebook.postButton(page).click(),
  },
} as const;

describe.each(Object.entries(SITES))('%s', (site, drive) => {
  test('a photo of two people: the finding counts them, and sign-off requires consent', async () => {
    const page = await s.openSite(site as 'x' | 'facebook');
    await drive.open(page);

    await expect
      .poll(async () => (await tabState(s, page))?.findings.find((f) => f.ruleId === 'image-faces')?.message ?? null, { timeout: 15_000 })
      .toMatch(/^2 people can be identified in this photo/);
    const faces = (await tabState(s, page))!.findings.find((f) => f.ruleId === 'image-faces')!;
    expect(faces).toMatchObject({ category: 'image-faces', severity: 'confirm', image: 0 });
    expect(faces.clauses).toEqual(expect.arrayContaining(['HSS-4', 'TR-6']));

    await drive.post(page);
    const dialog = signOff(page);
    await expect.poll(() => dialog.count()).toBe(1);
    const host = page.locator('[data-postguard-dialog]');
    // The photo's finding is shown with its thumbnail and a box per face.
    await expect.poll(() => host.locator('li[data-rule="image-faces"]').count()).toBe(1);

    // Everything but the consent: Post anyway refuses, nothing is posted.
    for (const box of await host.locator('input[type="checkbox"][data-ack]').all()) await box.check();
    await host.locator('textarea[name="reason"]').fill('Library open day, both pictured agreed');
    const approver = host.locator('input[name="approver"]');
    if (await approver.count()) await approver.fill('Sam Lead');
    const consent = host.locator('input[type="checkbox"][data-consent]');
    expect(await consent.count()).toBe(1);
    await host.locator('button[data-action="post"]').click();
    await page.waitForTimeout(500);
    expect(await posted(page)).toEqual([]);
    expect(await dialog.count()).toBe(1);

    // With consent confirmed, the post goes out exactly once.
    await consent.check();
    await host.locator('button[data-action="post"]').click();
    await expect.poll(async () => (await posted(page)).length).toBe(1);
    await page.waitForTimeout(300);
    expect(await posted(page)).toHaveLength(1);

    const popup = await s.openPopup();
    const entry = (await readLog(popup)).find((e) => e.type === 'sign-off' && e.platform === site && e.decision === 'posted');
    expect(entry).toMatchObject({ faces: [2], consent: true });
    await popup.close();
    await page.close();
  });
});

// The whole photo path, end to end in Chromium on the X and Facebook fixtures: the user picks
// a photo of two people in the composer, PostGuard's content script reads it, the offscreen
// detector counts the faces, the rules turn the count into a finding shown with the photo's
// thumbnail, Post is held, and the sign-off cannot go through until the author confirms
// consent. The log keeps the face count, never the pixels.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluateInContentScript, launch, type Session } from './harness.ts';
import { posted, signOff, tabState } from './adapters-sites.ts';
import { readLog } from './signoff-harness.ts';
import { openBadgePanel, PHOTO_SITES, writeTwoPeoplePhoto } from './faces-sites.ts';

let s: Session;
let dir: string;
let twoPeople: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'postguard-faces-'));
  twoPeople = await writeTwoPeoplePhoto(dir);
  s = await launch();
});
afterAll(async () => {
  expect(s?.leaks()).toEqual([]);
  await s?.close();
  await rm(dir, { recursive: true, force: true });
});

const facesFinding = async (page: Page) => (await tabState(s, page))?.findings.find((f) => f.ruleId === 'image-faces')?.message ?? null;

/**
 * Counts the detectFaces messages PostGuard's content script sends from now on: a spy on the
 * real chrome.runtime.sendMessage in its isolated world, which still sends every message.
 */
async function countDetections(page: Page): Promise<() => Promise<number>> {
  await evaluateInContentScript(
    s,
    page,
    `(() => {
      const runtime = chrome.runtime;
      const send = runtime.sendMessage.bind(runtime);
      globalThis.__postguardDetects = 0;
      runtime.sendMessage = (message, ...rest) => {
        if (message && message.type === 'detectFaces') globalThis.__postguardDetects++;
        return send(message, ...rest);
      };
      return true;
    })()`,
  );
  return () => evaluateInContentScript<number>(s, page, 'globalThis.__postguardDetects');
}

describe.each(Object.entries(PHOTO_SITES))('%s', (site, drive) => {
  test('a photo of two people: the finding counts them, shows the photo with a box per face, and sign-off requires consent', async () => {
    const page = await s.openSite(site as 'x' | 'facebook');
    await drive.open(page, twoPeople);

    await expect.poll(() => facesFinding(page), { timeout: 15_000 }).toMatch(/^2 people can be identified in this photo/);
    const faces = (await tabState(s, page))!.findings.find((f) => f.ruleId === 'image-faces')!;
    expect(faces).toMatchObject({ category: 'image-faces', severity: 'confirm', image: 0 });
    expect(faces.clauses).toEqual(expect.arrayContaining(['HSS-4', 'TR-6']));

    // The badge's list shows the photo small, with the two faces outlined.
    const panel = await openBadgePanel(page);
    const thumb = panel.locator('[data-postguard-images] > li[data-image-index="0"] [data-postguard-thumb]');
    await expect.poll(() => thumb.locator('img').getAttribute('src').catch(() => null)).toMatch(/^blob:https:\/\//);
    expect(await thumb.locator('[data-face]').count()).toBe(2);
    expect(await thumb.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    await drive.post(page);
    const dialog = signOff(page);
    await expect.poll(() => dialog.count()).toBe(1);
    const host = page.locator('[data-postguard-dialog]');
    // The photo's finding is shown with its thumbnail (the photo itself, drawn) and a box per face.
    const figure = host.locator('li[data-rule="image-faces"] figure');
    expect(await figure.count()).toBe(1);
    expect(await figure.locator('img').getAttribute('src')).toMatch(/^blob:https:\/\//);
    await expect.poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await figure.locator('[data-face]').count()).toBe(2);

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

test('the same photo attached again (a new File, a new preview, the same bytes) is not sent for detection again', async () => {
  const page = await s.openSite('facebook');
  const detections = await countDetections(page);
  const drive = PHOTO_SITES.facebook;
  await drive.open(page, twoPeople);
  await expect.poll(() => facesFinding(page), { timeout: 15_000 }).toMatch(/^2 people/);
  // The spy sees the detection of a photo it has not seen (or this test could not fail).
  const first = await detections();
  expect(first).toBeGreaterThan(0);

  // The user removes it and picks the same photo again, under another name: the site
  // renders a new preview from a new File; the finding comes back without a detection.
  await drive.remove(page, 0).click();
  await expect.poll(() => facesFinding(page)).toBeNull();
  await drive.fileInput(page).setInputFiles({ name: 'open-day.jpg', mimeType: 'image/jpeg', buffer: await readFile(twoPeople) });
  await expect.poll(() => facesFinding(page), { timeout: 15_000 }).toMatch(/^2 people/);
  const panel = await openBadgePanel(page);
  expect(await panel.locator('[data-postguard-images] > li strong').allTextContents()).toEqual(['open-day.jpg']);
  expect(await detections()).toBe(first);
  await page.close();
});

// The face check gets ready while the user picks a photo: opening the composer's file picker
// opens the offscreen document and loads the model, before any photo is chosen; typing
// alone never does (the detector costs memory, and most posts have no photo).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { badgeText, launch, type Session } from './harness.ts';
import { DRIVERS, PHOTO, tabState, typeFast } from './adapters-sites.ts';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  expect(s?.leaks()).toEqual([]);
  await s?.close();
});

/** How many offscreen documents PostGuard has open (where the face model runs). */
const offscreenDocuments = () =>
  s.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } } }).chrome;
    return (await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
  });

test('typing opens no face detector; opening the photo picker does, before a photo is chosen, and the photo chosen is then checked', async () => {
  const page = await s.openSite('x');
  await (await DRIVERS.x.openComposer(page)).click();
  await typeFast(page, 'Call me on 07700 900123');
  await expect.poll(() => badgeText(page)).toBe('PostGuard: 1 issue');
  expect(await offscreenDocuments()).toBe(0);

  const picker = page.waitForEvent('filechooser');
  await page.locator('[data-testid="fileInput"]').click();
  const chooser = await picker;
  // The user is still choosing: the detector is being made ready meanwhile.
  await expect.poll(offscreenDocuments, { timeout: 10_000 }).toBe(1);

  await chooser.setFiles(PHOTO);
  await expect
    .poll(async () => (await tabState(s, page))?.findings.find((f) => f.ruleId === 'image-faces')?.message ?? null, { timeout: 15_000 })
    .toMatch(/^1 person can be identified/);
  await page.close();
});

// The sign-off dialog in real Chromium, over the X fixture's real Draft.js editor, recording
// through the real background into the extension's IndexedDB.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Session } from './harness.ts';
import { astronaut, dialogBundle, FACES, focused, openDialogOnPage, PHONE, readLog, screenshot, TEXT } from './signoff-harness.ts';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const EDITOR = '[data-testid="tweetTextarea_0"]';

test('keyboard only: Tab stays in the dialog, Escape cancels, focus returns to the editor, the cancel is logged', async () => {
  const page = await s.openSite('x');
  const relay = await s.openPopup();
  await page.bringToFront();
  await page.locator(EDITOR).click();
  await page.keyboard.type(TEXT);
  const dialog = await openDialogOnPage(page, relay, { findings: [PHONE], text: TEXT }, EDITOR);
  await expect.poll(() => page.locator('[data-postguard-dialog] [role="dialog"]').isVisible()).toBe(true);
  expect(await focused(page)).toBe('pg-title');

  // Tab order: close, ack, reason, edit, post — then round again, never into the page.
  const order: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    order.push(await focused(page));
  }
  expect(order).toEqual(['cancel', 'ack-0', 'reason', 'edit', 'post', 'cancel']);
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('post');

  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.decision()).toBe('cancel');
  expect(await page.locator('[data-postguard-dialog]').count()).toBe(0);
  expect(await focused(page)).toBe('tweetTextarea_0');
  // The editor kept the text and takes typing again.
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  expect(await page.locator(EDITOR).innerText()).toBe(`${TEXT}!`);
  await expect.poll(async () => (await readLog(relay)).map((e) => e.type === 'sign-off' && e.decision)).toEqual(['cancelled']);
  expect(await page.evaluate(() => (window as unknown as { __posted?: unknown[] }).__posted ?? [])).toEqual([]);
  expect(s.leaks()).toEqual([]);
});

test('signing off with the keyboard: acknowledgement, consent, reason, approver; recorded with the right fields', async () => {
  const page = await s.openSite('x');
  const relay = await s.openPopup();
  await page.bringToFront();
  const photo = await astronaut();
  const before = (await readLog(relay)).length;
  const dialog = await openDialogOnPage(
    page,
    relay,
    { findings: [PHONE, FACES], text: TEXT, images: [photo.facts], thumbnails: [photo.url] },
    EDITOR,
  );
  await expect.poll(() => page.locator('[data-postguard-dialog] [role="dialog"]').isVisible()).toBe(true);
  // The face box sits on the photo where the detector put it.
  const box = await page.locator('[data-postguard-dialog] [data-face]').boundingBox();
  const img = await page.locator('[data-postguard-dialog] figure img').boundingBox();
  expect(box && img).toBeTruthy();
  expect((box!.x - img!.x) / img!.width).toBeCloseTo(171 / 512, 2);
  expect(box!.width / img!.width).toBeCloseTo(106 / 512, 2);

  for (const scheme of ['light', 'dark'] as const) await screenshot(page, 'signoff-dialog', scheme);
  await page.emulateMedia({ colorScheme: 'light' });

  // Post without signing off: told what is missing, nothing recorded, nothing released.
  await page.locator('[data-postguard-dialog] button[data-action="post"]').click();
  const alert = page.locator('[data-postguard-dialog] [role="alert"]');
  await expect.poll(() => alert.innerText()).toContain('5 things before you post');
  expect(await focused(page)).toBe('ack-0');
  await screenshot(page, 'signoff-dialog-missing', 'light');

  await page.keyboard.press('Space'); // ack-0
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // ack-1 (faces)
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // consent
  await page.keyboard.press('Tab');
  await page.keyboard.type('Number is the public open-day line; photo has a signed consent form');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sam Jones');
  await page.keyboard.press('Tab'); // edit
  await page.keyboard.press('Tab'); // post
  expect(await focused(page)).toBe('post');
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog.decision()).toBe('post');

  const log = await readLog(relay);
  expect(log).toHaveLength(before + 1);
  expect(log.at(-1)).toMatchObject({
    type: 'sign-off',
    decision: 'posted',
    platform: 'x',
    composer: 'post',
    account: { handle: 'PostGuardDemo', kind: 'corporate' },
    // The profile in force in the background, not what the page's request said (default 0).
    profile: { id: 'default', version: '1' },
    findings: [
      { ruleId: 'phone-number', category: 'personal-data', severity: 'confirm', clauses: ['TR-5'], overridable: false, needsApprover: false },
      { ruleId: 'image-faces', category: 'image-faces', severity: 'confirm', clauses: ['HSS-4', 'TR-6', 'HSS-6'], overridable: false, needsApprover: true },
    ],
    reason: 'Number is the public open-day line; photo has a signed consent form',
    approver: 'Sam Jones',
    consent: true,
    faces: [1],
    textSha256: createHash('sha256').update(TEXT).digest('hex'),
    excerpt: null,
  });
  expect(JSON.stringify(log.at(-1))).not.toContain('07700');
  expect(s.leaks()).toEqual([]);
});

test('requestSignOff itself, over real extension messaging, records the post before it resolves', async () => {
  const page = await s.openPopup();
  await page.evaluate(await dialogBundle());
  const before = (await readLog(page)).length;
  await page.evaluate((req) => {
    const w = window as unknown as { __postguardSignOff: { requestSignOff(r: unknown): Promise<string> }; __pgDecision: string | null };
    const editor = document.createElement('div');
    editor.tabIndex = 0;
    document.body.append(editor);
    w.__pgDecision = null;
    void w.__postguardSignOff.requestSignOff({ ...req, editor }).then((d) => (w.__pgDecision = d));
  }, { findings: [PHONE], text: TEXT, platform: 'x', composer: 'post', account: { handle: 'PostGuardDemo', kind: 'personal', source: 'default' }, profile: { id: 'default', version: '0' }, images: [] });
  await page.locator('[data-postguard-dialog] input[data-ack]').check();
  await page.locator('[data-postguard-dialog] textarea[name="reason"]').fill('Own number, posting it on purpose');
  await page.locator('[data-postguard-dialog] button[data-action="post"]').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __pgDecision: string | null }).__pgDecision)).toBe('post');
  const log = await readLog(page);
  expect(log).toHaveLength(before + 1);
  expect(log.at(-1)).toMatchObject({ decision: 'posted', account: { kind: 'personal' }, reason: 'Own number, posting it on purpose' });
});

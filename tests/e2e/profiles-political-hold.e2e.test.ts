// The end of the chain the profiles issue promises: with the organisation's profile
// installed through the options page, a party-political draft on its corporate X account
// inside the pre-election period is held at Post — the sign-off dialog names the
// pre-election finding and the post goes out once, only after sign-off — while the same
// draft on a personal account is only a reminder and goes out. (`political-pre-election`
// is a block the default lets the author sign off: `overridable`.)
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness.ts';
import { extensionWithOrigin, tabState } from './profiles-harness.ts';
import { acmeProfile } from '../unit/profiles/sample-profiles.ts';
import { serveJson, startProfileServer, type ProfileServer } from '../unit/profiles/profile-server.ts';

let server: ProfileServer;
let ext: Awaited<ReturnType<typeof extensionWithOrigin>>;
let s: Session;

beforeAll(async () => {
  server = await startProfileServer();
  // No quiet hours: a run at night must not hold the personal account's post for the time.
  const { quietHours: _night, ...profile } = acmeProfile('2027.1');
  server.route('/acme.json', serveJson(profile, { cors: false }));
  ext = await extensionWithOrigin('http://127.0.0.1/*');
  s = await launch({ allowOrigins: [server.origin], extensionDir: ext.dir });
  const options = await s.openOptions(`#install=${encodeURIComponent(server.url('/acme.json'))}`);
  await options.getByRole('button', { name: 'Install this profile' }).click();
  await options.getByText('Installed Acme Council social media policy version 2027.1.').waitFor();
  await options.close();
});
afterAll(async () => {
  await s?.close();
  await ext?.remove();
  await server?.close();
});

const DRAFT = 'Vote Labour on Thursday to keep our libraries open!';

/** Writes the draft, waits for its check, reads the tab's state, then presses Post. */
async function writeAndPost(handle: string): Promise<{ page: Page; state: NonNullable<Awaited<ReturnType<typeof tabState>>> }> {
  const page = await s.openSite('x', `?handle=${handle}`);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(DRAFT, { delay: 5 });
  await expect.poll(async () => (await tabState(s, page))?.findings.map((f) => f.category)).toContain('political');
  // Read before Post: a post that goes out closes the composer, and its state with it.
  const state = (await tabState(s, page))!;
  await page.locator('[data-testid="tweetButton"]').click();
  return { page, state };
}

/** What the fixture site received (tests/fixtures/sites/shared/posted-log.ts). */
const postCount = (page: Page) => page.evaluate(() => (window as unknown as { __posted?: unknown[] }).__posted?.length ?? 0);

const dialog = (page: Page) => page.locator('[data-postguard-dialog] [role="dialog"]');

test('a party-political draft on the corporate account in the pre-election period is held at Post until signed off, then posted once', async () => {
  const { page, state } = await writeAndPost('AcmeCouncil');
  expect(state.account).toEqual({ handle: 'AcmeCouncil', kind: 'corporate', source: 'profile' });
  expect(state.findings.find((f) => f.ruleId === 'political-pre-election')).toMatchObject({ category: 'political', severity: 'block' });

  // Held: the sign-off dialog opens, naming the pre-election finding, and the site has nothing.
  await expect.poll(() => dialog(page).isVisible(), { message: 'no sign-off dialog after Post' }).toBe(true);
  const item = page.locator('[data-postguard-dialog] li[data-rule="political-pre-election"]');
  expect(await item.count()).toBe(1);
  expect(await item.innerText()).toContain("It's a pre-election period");
  expect(await postCount(page)).toBe(0);

  // Signed off: every item ticked and a reason given; the post goes out exactly once.
  for (const box of await page.locator('[data-postguard-dialog] input[data-ack]').all()) await box.check();
  await page.locator('[data-postguard-dialog] textarea[name="reason"]').fill('Neutral reminder of polling day, approved by the returning officer');
  await page.locator('[data-postguard-dialog] button[data-action="post"]').click();
  await expect.poll(() => postCount(page)).toBe(1);
  expect(await page.locator('[data-postguard-dialog]').count()).toBe(0);
  // Once: no second post follows the released click.
  await page.waitForTimeout(500);
  expect(await postCount(page)).toBe(1);
});

test('the same draft on a personal account is only a reminder and posts', async () => {
  const { page, state } = await writeAndPost('jo_bloggs');
  expect(state.account.kind).toBe('personal');
  await expect.poll(() => postCount(page)).toBe(1);
});

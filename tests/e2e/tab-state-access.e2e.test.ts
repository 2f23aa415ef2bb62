// What the popup shows for a tab is for PostGuard's own pages only: a site's page can drive
// PostGuard's content script in it, and must not learn what was flagged in another tab.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { badgeText, evaluateInContentScript, launch, sendFromExtensionPage, type Session } from './harness.ts';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

test("a page, through PostGuard's content script, cannot read another tab's findings; the popup can", async () => {
  const x = await s.openSite('x');
  await x.locator('[data-testid="tweetTextarea_0"]').click();
  await x.keyboard.type('Call me on 07700 900123', { delay: 15 });
  await expect.poll(() => badgeText(x)).toBe('PostGuard: 1 issue');
  const xTab = await s.tabIdOf(x);

  const facebook = await s.openSite('facebook');
  // The wire format of lib/messaging.ts, sent from the content script's own world.
  const reply = await evaluateInContentScript<{ res?: unknown; err?: { message?: string } }>(
    s,
    facebook,
    `new Promise((resolve) => chrome.runtime.sendMessage(
      { id: 1, type: 'getTabState', data: { tabId: ${xTab} }, timestamp: Date.now() }, resolve))`,
  );
  expect(reply.res).toBeUndefined();
  expect(reply.err?.message).toContain("PostGuard's own pages");

  const popup = await s.openPopup(x);
  const state = await sendFromExtensionPage<{ findings: Array<{ ruleId: string }> }>(popup, 'getTabState', { tabId: xTab });
  expect(state.findings.map((f) => f.ruleId)).toEqual(['phone-number']);
});

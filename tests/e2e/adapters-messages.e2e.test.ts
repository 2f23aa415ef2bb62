// Direct messages on every site: X's conversation (Draft.js), a Facebook Messenger chat tab
// (Lexical), LinkedIn's messaging box (its own contenteditable) and an Instagram thread
// (Lexical). Each is found, checked as a message from the logged-in user, and held on Enter
// when a finding needs a sign-off, then sent exactly once; Shift+Enter stays a new line.
// On the usual markup and on the changed one, where only the fallbacks find them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, type Session, type Site } from './harness.ts';
import { highlights, posted, signOff, tabState, typeFast, wait } from './adapters-sites.ts';

interface MessageDriver {
  /** Opens a conversation the way a user does and returns its message box. */
  open(page: Page): Promise<Locator>;
  /** Who the message goes out as: the logged-in user, never the person written to. */
  handle: string;
}

const MESSAGES: Record<Site, MessageDriver> = {
  x: {
    handle: 'PostGuardDemo',
    async open(page) {
      await page.goto('https://x.com/messages/1802');
      return page.locator('[data-fixture="messages"] .public-DraftEditor-content');
    },
  },
  facebook: {
    handle: 'Alex Morgan',
    async open(page) {
      await page.getByRole('complementary', { name: 'Contacts' }).getByRole('button', { name: 'Sam Patel' }).click();
      return page.locator('[data-fixture="chat-tab"] [contenteditable]');
    },
  },
  linkedin: {
    handle: 'Alex Morgan',
    async open(page) {
      await page.getByRole('complementary', { name: 'Messaging' }).getByRole('button', { name: /Sam Patel/ }).click();
      return page.locator('[data-fixture="conversation"] [contenteditable]');
    },
  },
  instagram: {
    handle: 'postguard.demo',
    async open(page) {
      await page.getByRole('link', { name: 'Messages' }).click();
      return page.locator('[data-fixture="direct"] [contenteditable]');
    },
  },
};

const MARKUPS = [
  { markup: 'usual markup', variants: {} as Partial<Record<Site, string>> },
  { markup: 'changed markup', variants: { x: 'x-changed', facebook: 'facebook-changed', linkedin: 'linkedin-changed', instagram: 'instagram-changed' } },
];

describe.each(MARKUPS)('$markup', ({ variants }) => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ variants });
  });
  afterAll(async () => {
    expect(s.leaks()).toEqual([]);
    await s.close();
  });

  test.each(Object.entries(MESSAGES))('%s: a message is checked as a message, held on Enter and sent once', async (site, d) => {
    const page = await s.openSite(site as Site);
    const box = await d.open(page);
    await box.click();
    await typeFast(page, 'My number is 07700 900123');
    await expect.poll(() => highlights(page)).toEqual(['07700 900123']);
    await expect.poll(async () => (await tabState(s, page))?.composer).toBe('message');
    expect(await tabState(s, page)).toMatchObject({ platform: site, account: { handle: d.handle } });

    await page.keyboard.press('Enter');
    await expect.poll(() => signOff(page).count()).toBe(1);
    expect(await posted(page)).toEqual([]);
    await signOff(page).approve();
    await expect.poll(async () => (await posted(page)).length).toBe(1);
    expect((await posted(page))[0]).toMatchObject({ text: 'My number is 07700 900123', composer: 'message', as: d.handle });
    await wait(300);
    expect(await posted(page)).toHaveLength(1);

    // Shift+Enter stays a new line, untouched; a clean message then goes at once, as the user's own Enter.
    await box.click();
    await typeFast(page, 'line one');
    await page.keyboard.press('Shift+Enter');
    await typeFast(page, 'line two');
    await expect.poll(async () => (await tabState(s, page))?.textLength).toBe('line one\nline two'.length);
    await wait(200);
    expect(await signOff(page).count()).toBe(0);
    expect(await posted(page)).toHaveLength(1);
    await page.keyboard.press('Enter');
    expect(await posted(page)).toHaveLength(2);
    expect((await posted(page))[1]).toMatchObject({ text: 'line one\nline two', trusted: true });
    await page.close();
  });
});

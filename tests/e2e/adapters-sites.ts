// How a user drives each fixture composer, and what the adapter tests read back from a page.
// Locators pierce open shadow roots, so the same steps work when LinkedIn's share box sits
// in #interop-outlet.
import type { Locator, Page, Worker } from 'playwright-core';
import type { TabState } from '../../lib/messaging.ts';
import type { PostRecord } from '../fixtures/sites/shared/posted-log.ts';
import path from 'node:path';
import { ROOT, type Session, type Site } from './harness.ts';

export const PHOTO = path.join(ROOT, 'tests/fixtures/images/obama.jpg');
export const PHOTO_2 = path.join(ROOT, 'tests/fixtures/images/coffee.png');

export interface SiteDriver {
  site: Site;
  /** Fixture variant served at the site's URL (x-changed …), if not the default. */
  variant?: string;
  query?: string;
  /** Opens the site's main "new post" composer and returns its editor. */
  openComposer(page: Page): Promise<Locator>;
  postButton(page: Page): Locator;
  /** The posting identity the fixture shows. */
  handle: string;
  /** The site's policy lets staff name their employer here (OP-6: LinkedIn). */
  employerAllowed?: boolean;
}

const dialog = (page: Page) => page.locator('[role="dialog"]').first();

const x = (variant?: string): SiteDriver => ({
  site: 'x',
  variant,
  handle: 'PostGuardDemo',
  async openComposer(page) {
    return dialog(page).locator('.public-DraftEditor-content').first();
  },
  postButton: (page) => dialog(page).getByRole('button', { name: /^Post( all)?$/ }),
});

const facebook = (variant?: string): SiteDriver => ({
  site: 'facebook',
  variant,
  handle: 'Alex Morgan',
  async openComposer(page) {
    await page.getByRole('button', { name: 'Create a post' }).click();
    return dialog(page).locator('[data-lexical-editor="true"]');
  },
  postButton: (page) => dialog(page).getByRole('button', { name: 'Post', exact: true }),
});

const linkedin = (variant?: string, shadow = false): SiteDriver => ({
  site: 'linkedin',
  variant,
  query: shadow ? '?shadow=1' : '',
  handle: 'Alex Morgan',
  employerAllowed: true,
  async openComposer(page) {
    await page.getByRole('button', { name: 'Start a post' }).click();
    return page.locator('[role="dialog"] .ql-editor');
  },
  postButton: (page) => page.locator('[role="dialog"]').getByRole('button', { name: 'Post', exact: true }),
});

const instagram = (variant?: string): SiteDriver => ({
  site: 'instagram',
  variant,
  handle: 'postguard.demo',
  async openComposer(page) {
    await page.getByRole('link', { name: /New post|Create/ }).first().click();
    await dialog(page).locator('input[type="file"]').setInputFiles(PHOTO);
    await dialog(page).getByRole('button', { name: 'Next' }).click();
    await dialog(page).getByRole('button', { name: 'Next' }).click();
    return dialog(page).locator('[data-lexical-editor="true"]');
  },
  postButton: (page) => dialog(page).getByRole('button', { name: 'Share' }),
});

export const DRIVERS = {
  x: x(),
  'x-changed': x('x-changed'),
  facebook: facebook(),
  'facebook-changed': facebook('facebook-changed'),
  linkedin: linkedin(),
  'linkedin-shadow': linkedin(undefined, true),
  'linkedin-changed': linkedin('linkedin-changed', true),
  instagram: instagram(),
  'instagram-changed': instagram('instagram-changed'),
} satisfies Record<string, SiteDriver>;

export async function openDriver(s: { openSite(site: Site, query?: string): Promise<Page> }, d: SiteDriver): Promise<Page> {
  return s.openSite(d.site, d.query ?? '');
}

/** What the site recorded as posted (tests/fixtures/sites/shared/posted-log.ts). */
export async function posted(page: Page): Promise<PostRecord[]> {
  return page.evaluate(() => window.__posted ?? []);
}

/** The draft as each editor's own model holds it: what the site would post. */
export async function editorTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => window.__editorTexts?.() ?? {});
}

/** Every highlighted span's text, whatever its severity. */
export async function highlights(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, hl] of CSS.highlights) if (name.startsWith('postguard-')) for (const r of hl) out.push(r.toString());
    return out.sort();
  });
}

export interface PanelFinding {
  rule: string;
  category: string;
  severity: string;
  excerpt: string;
  message: string;
}

/** The findings listed in the badge panels (opened without moving focus out of the editor). */
export async function panelFindings(page: Page): Promise<PanelFinding[]> {
  return page.evaluate(() => {
    const out: PanelFinding[] = [];
    for (const host of document.querySelectorAll('[data-postguard-badge]')) {
      const root = host.shadowRoot!;
      const button = root.querySelector<HTMLButtonElement>('button.badge')!;
      if (button.hidden) continue;
      if (button.getAttribute('aria-expanded') !== 'true') button.click();
      for (const li of root.querySelectorAll<HTMLElement>('li[data-rule]')) {
        out.push({
          rule: li.dataset.rule!,
          category: li.dataset.category!,
          severity: li.dataset.severity!,
          excerpt: li.querySelector('.excerpt')?.textContent ?? '',
          message: li.querySelector('.message')?.textContent ?? '',
        });
      }
    }
    return out;
  });
}

/**
 * Only the findings about words in the text: what these tests type. (Findings about the
 * post as a whole, such as the time of day, depend on when the tests run.)
 */
export async function textFindings(page: Page): Promise<PanelFinding[]> {
  return (await panelFindings(page)).filter((f) => f.excerpt !== '');
}

/** The number of PostGuard badges on the page (one per open composer). */
export async function badgeCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-postguard-badge]').length);
}

/** The sign-off dialog (lib/signoff/request-sign-off.ts DOM contract). */
export function signOff(page: Page) {
  const host = page.locator('[data-postguard-dialog]');
  return {
    host,
    dialog: host.locator('[role="dialog"]'),
    post: host.locator('button[data-action="post"]'),
    edit: host.locator('button[data-action="edit"]'),
    count: () => host.count(),
    /** Fills in what the real dialog asks for (acknowledgements, reason) and posts. */
    async approve() {
      for (const box of await host.locator('input[type="checkbox"][data-ack]').all()) await box.check();
      for (const box of await host.locator('input[type="checkbox"][data-consent]').all()) await box.check();
      const reason = host.locator('textarea[name="reason"]');
      if (await reason.count()) await reason.fill('Checked with the comms team.');
      const approver = host.locator('input[name="approver"]');
      if (await approver.count()) await approver.fill('Sam Lead');
      await host.locator('button[data-action="post"]').click();
    },
  };
}

/** What the background recorded for this tab (storage.session), as the popup reads it. */
export async function tabState(s: Session, page: Page): Promise<TabState | null> {
  const url = page.url();
  return liveWorker(s).evaluate(async (u) => {
    const api = (globalThis as unknown as {
      chrome: {
        tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
        storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
      };
    }).chrome;
    const id = (await api.tabs.query({})).find((t) => t.url === u)?.id;
    if (id === undefined) throw new Error(`no tab with ${u}`);
    const got = await api.storage.session.get(`tab:${id}`);
    return (got[`tab:${id}`] as never) ?? null;
  }, url);
}

/** Types like a person who types fast: one key event per character, no pause. */
export async function typeFast(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 0 });
}

export function wait(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * The extension's service worker as it runs now: Chromium stops it when idle (or a test
 * does), and the next message starts a new one (s.worker is the one seen at launch).
 */
export function liveWorker(s: Session): Worker {
  const workers = s.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${s.extensionId}/`));
  return workers[workers.length - 1] ?? s.worker;
}

/**
 * Counts the checkDraft messages the background receives from now on: a listener of our own
 * beside the background's (it answers nothing, so it changes nothing). The count lives in the
 * service worker; a worker restarted meanwhile starts again from zero.
 */
export async function countCheckDrafts(s: Session): Promise<CheckDraftCounter> {
  await liveWorker(s).evaluate(() => {
    const g = globalThis as unknown as {
      __pgCheckDrafts?: string[];
      chrome: { runtime: { onMessage: { addListener(l: (m: unknown) => void): void } } };
    };
    if (g.__pgCheckDrafts === undefined) {
      g.chrome.runtime.onMessage.addListener((m) => {
        const msg = m as { type?: string; data?: { composer?: string; draft?: { text?: string } } } | null;
        if (msg?.type === 'checkDraft') g.__pgCheckDrafts?.push(`${msg.data?.composer}: ${msg.data?.draft?.text ?? ''}`);
      });
    }
    g.__pgCheckDrafts = [];
  });
  const drafts = () => liveWorker(s).evaluate(() => (globalThis as unknown as { __pgCheckDrafts?: string[] }).__pgCheckDrafts ?? []);
  return Object.assign(async () => (await drafts()).length, { drafts });
}

/** How many checkDraft messages arrived since counting started; `drafts()`: "<composer kind>: <text>" of each. */
export type CheckDraftCounter = (() => Promise<number>) & { drafts(): Promise<string[]> };

/** Instagram's home feed with `posts` more posts ready to stream in (tests/fixtures/sites/instagram/feed.tsx). */
export async function openFeed(s: { openSite(site: Site, query?: string): Promise<Page> }, posts: number): Promise<Page> {
  return s.openSite('instagram', `?feed=${posts}`);
}

/** Streams the feed's posts in and resolves once every one is in the page. */
export async function streamFeed(page: Page, posts: number): Promise<void> {
  await page.evaluate(() => dispatchEvent(new Event('fixture:feed-start')));
  await page.waitForFunction((n) => document.documentElement.dataset.feedDone === String(n), posts, { timeout: 60_000, polling: 100 });
}

/** Closes the badge panels tests opened to read them (an open panel lies over the page, as it would for a user). */
export async function closePanels(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const host of document.querySelectorAll('[data-postguard-badge]')) {
      const button = host.shadowRoot?.querySelector<HTMLButtonElement>('button.badge');
      if (button?.getAttribute('aria-expanded') === 'true') button.click();
    }
  });
}

/**
 * Records every tab state the background writes from now on, from an extension page (which,
 * unlike the service worker, lives on when the worker is stopped and restarted).
 */
export async function recordTabStates(s: Session): Promise<{ written(): Promise<TabState[]>; close(): Promise<void> }> {
  const page = await s.openPopup();
  await page.evaluate(() => {
    const g = globalThis as unknown as {
      __tabStates: unknown[];
      chrome: { storage: { onChanged: { addListener(l: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void } } };
    };
    g.__tabStates = [];
    g.chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'session') return;
      for (const [key, change] of Object.entries(changes)) if (key.startsWith('tab:') && change.newValue) g.__tabStates.push(change.newValue);
    });
  });
  return {
    written: () => page.evaluate(() => (globalThis as unknown as { __tabStates: TabState[] }).__tabStates),
    close: () => page.close(),
  };
}

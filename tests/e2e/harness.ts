// Real Chromium with the built extension, fixture sites served at their real URLs, and
// every other request aborted and recorded: a test that lets anything leave fails.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The fixture page served at each real site URL (path and query are ignored). */
export const SITE_URLS = {
  x: 'https://x.com/compose/post',
  facebook: 'https://www.facebook.com/',
  linkedin: 'https://www.linkedin.com/feed/',
  instagram: 'https://www.instagram.com/',
} as const;
export type Site = keyof typeof SITE_URLS;

const SITE_HOSTS: Record<string, Site> = {
  'x.com': 'x',
  'www.facebook.com': 'facebook',
  'www.linkedin.com': 'linkedin',
  'www.instagram.com': 'instagram',
};

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export interface LaunchOptions {
  /** Serve a fixture variant instead of the site's default page: { x: 'x-changed' }. */
  variants?: Partial<Record<Site, string>>;
  /** Extra origins a test is allowed to reach (a profile server on localhost). */
  allowOrigins?: string[];
  headless?: boolean;
  extensionDir?: string;
  userDataDir?: string;
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request the browser made, in order, with whether it was allowed. */
  requests: Array<{ url: string; allowed: boolean }>;
  /** Requests that were neither a fixture page nor an allowed origin. */
  leaks(): string[];
  openSite(site: Site, query?: string): Promise<Page>;
  openPopup(forPage?: Page): Promise<Page>;
  openOptions(hash?: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** The same browser and fixture routing with no extension loaded: the baseline to compare against. */
export interface PlainSession {
  context: BrowserContext;
  requests: Array<{ url: string; allowed: boolean }>;
  leaks(): string[];
  openSite(site: Site, query?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const { context, requests, userDataDir, ownDir } = await startBrowser(options, [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ]);

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  const session: Session = {
    context,
    extensionId,
    worker,
    requests,
    leaks: () => requests.filter((r) => !r.allowed).map((r) => r.url),
    async openSite(site, query = '') {
      const page = await context.newPage();
      await page.goto(SITE_URLS[site] + query);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await worker.evaluate(async (u) => {
        // Runs in the service worker, where `chrome` is the extension API.
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
        const tabs = await api.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab with ${url}`);
      return id;
    },
    async openPopup(forPage) {
      const query = forPage ? `?tabId=${await session.tabIdOf(forPage)}` : '';
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return page;
    },
    async openOptions(hash = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html${hash}`);
      return page;
    },
    async close() {
      await context.close();
      if (ownDir) await rm(userDataDir, { recursive: true, force: true });
      assertNothingLeft(requests);
    },
  };
  return session;
}

/** Without PostGuard: `launch` with the extension left out, for with/without comparisons. */
export async function launchWithoutExtension(options: Omit<LaunchOptions, 'extensionDir'> = {}): Promise<PlainSession> {
  const { context, requests, userDataDir, ownDir } = await startBrowser(options, []);
  return {
    context,
    requests,
    leaks: () => requests.filter((r) => !r.allowed).map((r) => r.url),
    async openSite(site, query = '') {
      const page = await context.newPage();
      await page.goto(SITE_URLS[site] + query);
      return page;
    },
    async close() {
      await context.close();
      if (ownDir) await rm(userDataDir, { recursive: true, force: true });
      assertNothingLeft(requests);
    },
  };
}

async function startBrowser(options: LaunchOptions, extensionArgs: string[]) {
  const ownDir = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'postguard-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: [...CHROMIUM_ARGS, ...extensionArgs],
    viewport: { width: 1280, height: 900 },
  });
  const requests: Session['requests'] = [];
  const allowOrigins = new Set(options.allowOrigins ?? []);

  await context.route(
    () => true,
    async (route) => {
      const url = new URL(route.request().url());
      // The extension's own pages and files never leave the machine.
      if (url.protocol === 'chrome-extension:') return route.fallback();
      const site = SITE_HOSTS[url.host];
      const isPage = site && route.request().resourceType() === 'document';
      if (isPage) {
        const name = options.variants?.[site] ?? site;
        requests.push({ url: url.href, allowed: true });
        await route.fulfill({ contentType: 'text/html', body: await readFile(path.join(FIXTURES_DIR, `${name}.html`)) });
      } else if (allowOrigins.has(url.origin)) {
        requests.push({ url: url.href, allowed: true });
        await route.fallback();
      } else {
        requests.push({ url: url.href, allowed: false });
        await route.abort('blockedbyclient');
      }
    },
  );
  return { context, requests, userDataDir, ownDir };
}

/**
 * Privacy, checked for every browser a test opens: closing it fails the test if any request
 * other than a fixture page (or an origin the test allowed) was attempted.
 */
function assertNothingLeft(requests: Array<{ url: string; allowed: boolean }>): void {
  const leaks = requests.filter((r) => !r.allowed).map((r) => r.url);
  if (leaks.length) throw new Error(`requests tried to leave the machine:\n  ${leaks.join('\n  ')}`);
}

/** The visible text of PostGuard's badge next to a composer, or null when it is hidden. */
export async function badgeText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const buttons = [...document.querySelectorAll('[data-postguard-badge]')]
      .map((h) => h.shadowRoot?.querySelector('button'))
      .filter((b): b is HTMLButtonElement => !!b && !b.hidden);
    return buttons.length ? buttons.map((b) => b.textContent).join(' | ') : null;
  });
}

/** The text under each PostGuard highlight, by severity, as the page's registry holds it. */
export async function highlightedText(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith('postguard-')) continue;
      out[name.slice('postguard-'.length)] = [...hl].map((r) => r.toString());
    }
    return out;
  });
}

/**
 * Sends one protocol message from an extension page (popup, options) the way a content
 * script would: @webext-core/messaging's wire format, through chrome.runtime.
 */
export async function sendFromExtensionPage<T>(page: Page, type: string, data: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([t, d]) =>
      new Promise<{ res?: unknown; err?: { message?: string } } | undefined>((resolve, reject) => {
        const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown, cb: (r: unknown) => void): void; lastError?: { message?: string } } } }).chrome;
        api.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type: t, data: d, timestamp: Date.now() }, (r) => {
          if (api.runtime.lastError) reject(new Error(api.runtime.lastError.message));
          else resolve(r as { res?: unknown; err?: { message?: string } } | undefined);
        });
      }),
    [type, data] as const,
  );
  if (!reply) throw new Error(`${type}: no response`);
  if (reply.err) throw new Error(`${type}: ${reply.err.message ?? 'error'}`);
  return reply.res as T;
}

/**
 * Stops the extension's service worker (as Chrome does after 30 s idle) through the DevTools
 * protocol, so the next message wakes it cold. `page` is any page of the context.
 */
export async function stopServiceWorker(session: Session, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Evaluates `expression` in PostGuard's content-script world of `page` (the isolated world
 * the extension's content script runs in, with its chrome.runtime), awaiting a promise.
 * Messages sent from there come from the site's tab and process, as the real ones do.
 */
export async function evaluateInContentScript<T>(session: Session, page: Page, expression: string): Promise<T> {
  const cdp = await session.context.newCDPSession(page);
  try {
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${session.extensionId}`);
    if (!world) throw new Error(`no PostGuard content script in ${page.url()}`);
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { exception?: { description?: string }; text?: string };
    };
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text ?? 'evaluation failed');
    return r.result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

// Real Chromium with the built extension, fixture sites served at their real URLs, and
// every other request aborted and recorded: a test that lets anything leave fails.
// Two nets catch requests: Playwright's routes (pages, content scripts, the service worker
// once it is attached) and, for everything they cannot see, a proxy that forwards nothing
// (leak-proxy.ts). tests/e2e/harness.e2e.test.ts proves both with a deliberately leaky
// extension.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLeakProxy, type LeakProxy } from './leak-proxy.ts';

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
  // Chromium's own services call home even with background networking off: Google
  // sign-in's account check, the component updater's on-demand installs, and Autofill,
  // which sends each page's form signatures for field predictions. Pointed at a closed
  // local port (9, "discard"), they stay on the machine and out of the leak report, which
  // is then only about what the extension and the pages do.
  '--gaia-url=http://127.0.0.1:9/',
  '--component-updater=url-source=http://127.0.0.1:9/',
  '--autofill-server-url=http://127.0.0.1:9/',
];

/**
 * Written into the profile before launch, for two more ways Chromium itself calls out:
 * it preconnects to a site as soon as it is asked to navigate there, before the route that
 * serves the fixture sees the request (every goto would open a connection to the real
 * x.com), and it downloads a spell-check dictionary (redirector.gvt1.com) the first time
 * an editor gets focus, unless the profile lists no dictionary (turning spell checking off
 * alone does not stop the download). Debian's Chromium ships no dictionary, so without a
 * network spell checking never worked in these tests anyway.
 */
const PREFERENCES: Record<string, Record<string, unknown>> = {
  net: { network_prediction_options: 2 },
  browser: { enable_spellchecking: false },
  spellcheck: { dictionaries: [], dictionary: '' },
};

export interface LaunchOptions {
  /** Serve a fixture variant instead of the site's default page: { x: 'x-changed' }. */
  variants?: Partial<Record<Site, string>>;
  /** Origins of a test's own server on 127.0.0.1 or localhost that may be reached. */
  allowOrigins?: string[];
  /** Exact URLs on a test's own server on 127.0.0.1 or localhost that may be reached. */
  allowUrls?: string[];
  headless?: boolean;
  extensionDir?: string;
  userDataDir?: string;
}

export interface RecordedRequest {
  /** The full URL, or `CONNECT host:port` when only the proxy saw it (https, wss). */
  url: string;
  allowed: boolean;
  /** Which net caught it: a route, the WebSocket route, or the proxy behind them both. */
  seenBy: 'route' | 'websocket' | 'proxy';
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request the browser made, in order, with whether it was allowed. */
  requests: RecordedRequest[];
  /** Requests that were neither a fixture page nor an allowed origin or URL. */
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
  requests: RecordedRequest[];
  leaks(): string[];
  openSite(site: Site, query?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const browser = await startBrowser(options, [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ]);
  const { context, requests } = browser;

  let worker: Worker;
  try {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  } catch (e) {
    await browser.shutdown().catch(() => undefined);
    throw e;
  }
  const extensionId = new URL(worker.url()).host;

  const session: Session = {
    context,
    extensionId,
    worker,
    requests,
    leaks: () => leaksIn(requests),
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
    close: () => browser.shutdown(),
  };
  return session;
}

/** Without PostGuard: `launch` with the extension left out, for with/without comparisons. */
export async function launchWithoutExtension(options: Omit<LaunchOptions, 'extensionDir'> = {}): Promise<PlainSession> {
  const browser = await startBrowser(options, []);
  const { context, requests } = browser;
  return {
    context,
    requests,
    leaks: () => leaksIn(requests),
    async openSite(site, query = '') {
      const page = await context.newPage();
      await page.goto(SITE_URLS[site] + query);
      return page;
    },
    close: () => browser.shutdown(),
  };
}

/** Only a test's own server on this machine may be allowed: nothing else is ever reached. */
function localUrl(value: string, option: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${option}: ${JSON.stringify(value)} is not a URL`);
  }
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error(`${option}: ${value} is not on this machine; only a test's own server on 127.0.0.1 or localhost can be allowed`);
  }
  return url;
}

async function startBrowser(options: LaunchOptions, extensionArgs: string[]) {
  const allowOrigins = new Set((options.allowOrigins ?? []).map((o) => localUrl(o, 'allowOrigins').origin));
  const allowUrls = new Set((options.allowUrls ?? []).map((u) => localUrl(u, 'allowUrls').href));
  const ownDir = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'postguard-e2e-')));
  await writePreferences(userDataDir);
  const requests: RecordedRequest[] = [];

  // The proxy exists before Chromium does, so the service worker's first requests, made
  // before any route below is installed, are caught too.
  const proxy: LeakProxy = await startLeakProxy();
  proxy.onAttempt((attempt) => requests.push({ url: attempt, allowed: false, seenBy: 'proxy' }));

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: options.headless ?? true,
      // Passed as a switch rather than Playwright's `proxy` option, which would also send
      // loopback through the proxy: a test's own server on 127.0.0.1 must be reached directly.
      args: [...CHROMIUM_ARGS, `--proxy-server=${proxy.server}`, ...extensionArgs],
      viewport: { width: 1280, height: 900 },
    });
  } catch (e) {
    await proxy.close();
    if (ownDir) await rm(userDataDir, { recursive: true, force: true });
    throw e;
  }

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
        requests.push({ url: url.href, allowed: true, seenBy: 'route' });
        await route.fulfill({ contentType: 'text/html', body: await readFile(path.join(FIXTURES_DIR, `${name}.html`)) });
      } else if (allowOrigins.has(url.origin) || allowUrls.has(url.href)) {
        requests.push({ url: url.href, allowed: true, seenBy: 'route' });
        await route.fallback();
      } else {
        requests.push({ url: url.href, allowed: false, seenBy: 'route' });
        await route.abort('blockedbyclient');
      }
    },
  );
  // A page's WebSockets, with their full URL (the proxy would only see the host). A
  // content script's WebSocket is not visible here: the proxy catches that one.
  await context.routeWebSocket(
    () => true,
    (ws) => {
      requests.push({ url: ws.url(), allowed: false, seenBy: 'websocket' });
      void ws.close({ code: 1008, reason: 'PostGuard e2e: nothing may leave the machine' });
    },
  );

  return {
    context,
    requests,
    /**
     * Privacy, checked for every browser a test opens: closing it fails the test if any
     * request other than a fixture page (or what the test allowed) was attempted.
     */
    async shutdown() {
      try {
        await context.close();
      } finally {
        await proxy.close();
        if (ownDir) await rm(userDataDir, { recursive: true, force: true });
      }
      const leaks = leaksIn(requests);
      if (leaks.length) throw new Error(`requests tried to leave the machine:\n  ${leaks.join('\n  ')}`);
    },
  };
}

async function writePreferences(userDataDir: string): Promise<void> {
  const file = path.join(userDataDir, 'Default', 'Preferences');
  let prefs: Record<string, unknown> = {};
  try {
    prefs = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // a new profile: Chromium fills in the rest
  }
  for (const [section, values] of Object.entries(PREFERENCES)) {
    prefs[section] = { ...((prefs[section] ?? {}) as Record<string, unknown>), ...values };
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(prefs));
}

function leaksIn(requests: RecordedRequest[]): string[] {
  return requests.filter((r) => !r.allowed).map((r) => (r.seenBy === 'proxy' ? `${r.url} (seen by the proxy)` : r.url));
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

// The harness's privacy check, tested: every e2e test trusts that closing a session fails
// when anything tried to leave the machine. A deliberately leaky extension sends requests
// from each context an extension has; each one must be reported.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { ROOT, SITE_URLS, launch, launchWithoutExtension, type PlainSession, type Session } from './harness.ts';

const LEAKY_EXTENSION = path.join(ROOT, 'tests/fixtures/leaky-extension');

let session: Session | PlainSession | null = null;
let server: Server | null = null;

afterEach(async () => {
  await session?.close().catch(() => undefined);
  session = null;
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = null;
});

test('a leak from the service worker at start, an offscreen document, a content script and a WebSocket each fails the test', async () => {
  const s = await launch({ extensionDir: LEAKY_EXTENSION });
  session = s;
  await s.openSite('x');
  const expected = [
    'leak-worker-start.example', // fetch() as the service worker starts, before any route exists
    'leak-content.example/from-content-script', // fetch() from the content script on x.com
    'leak-websocket.example', // new WebSocket() from the content script
    'leak-offscreen.example', // fetch() from an offscreen document
  ];
  await expect.poll(() => expected.filter((host) => !s.leaks().some((l) => l.includes(host)))).toEqual([]);

  session = null;
  const closing = s.close();
  await expect(closing).rejects.toThrow('requests tried to leave the machine');
  const message = await closing.catch((e: Error) => e.message);
  for (const host of expected) expect(message).toContain(host);
});

test('Chromium on its own requests nothing but the fixture pages, even when someone types', async () => {
  const s = await launchWithoutExtension();
  session = s;
  for (const site of ['facebook', 'linkedin', 'instagram', 'x'] as const) {
    const page = await s.openSite(site);
    await page.waitForLoadState('load');
  }
  // Focusing an editor is what made Chromium fetch a spell-check dictionary.
  const x = s.context.pages().at(-1)!;
  await x.locator('[data-testid="tweetTextarea_0"]').click();
  await x.keyboard.type('Hello from the harness', { delay: 10 });
  // Long enough for the calls Chromium makes when nothing stops them (sign-in, component
  // updates, Autofill, the dictionary), which all came within a second or two.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect(s.requests.map((r) => r.url)).toEqual([SITE_URLS.facebook, SITE_URLS.linkedin, SITE_URLS.instagram, SITE_URLS.x]);
  session = null;
  await s.close();
});

test("a test's own server is reachable at exactly the URL it allows, and any other path on it is a leak", async () => {
  const served: string[] = [];
  server = createServer((req, res) => {
    served.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const s = await launchWithoutExtension({ allowUrls: [`${base}/profile.json`] });
  session = s;
  const page = await s.context.newPage();
  expect((await page.goto(`${base}/profile.json`))?.status()).toBe(200);
  await expect(page.goto(`${base}/other.json`)).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
  expect(served).toEqual(['/profile.json']);

  session = null;
  await expect(s.close()).rejects.toThrow(`${base}/other.json`);
});

test('allowing anything but a server on this machine is refused with a clear error', async () => {
  await expect(launchWithoutExtension({ allowUrls: ['https://example.org/profile.json'] })).rejects.toThrow(
    'only a test\'s own server on 127.0.0.1 or localhost can be allowed',
  );
  await expect(launchWithoutExtension({ allowOrigins: ['not a url'] })).rejects.toThrow('"not a url" is not a URL');
});

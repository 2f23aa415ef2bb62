// @vitest-environment node
// Every way a profile URL or file can be wrong: each is refused with a message that says
// what is wrong, and the last good profile stays in force, stored and in memory, before
// and after a worker restart. A real HTTP server on 127.0.0.1 answers every request.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { fetchLimits, installProfile, previewProfile } from '../../../entrypoints/background/profile-service.ts';
import { MAX_PROFILE_BYTES } from '../../../entrypoints/background/profile-fetch.ts';
import { acmeProfile, otherProfile } from './sample-profiles.ts';
import { profileInForce, restartWorker, storedSnapshot } from './background-state.ts';
import { serveJson, startProfileServer, type ProfileServer } from './profile-server.ts';

let server: ProfileServer;
let elsewhere: ProfileServer;
beforeAll(async () => {
  server = await startProfileServer();
  // Another loopback address: plain http there is not "localhost", so it must be refused.
  elsewhere = await startProfileServer('127.0.0.2');
});
afterAll(async () => {
  await server.close();
  await elsewhere.close();
});

const LAST_GOOD = { id: 'acme-council', version: '2027.1', afterRestart: 'acme-council@2027.1' };
let before: Awaited<ReturnType<typeof storedSnapshot>>;

beforeEach(async () => {
  restartWorker();
  fetchLimits.timeoutMs = 15_000;
  fetchLimits.maxBytes = MAX_PROFILE_BYTES;
  server.route('/good.json', serveJson(acmeProfile('2027.1')));
  const preview = await previewProfile(server.url('/good.json'));
  if (!preview.ok) throw new Error(preview.error.message);
  const installed = await installProfile(preview.value.url, preview.value.sha256);
  if (!installed.ok) throw new Error(installed.error.message);
  before = await storedSnapshot();
});

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Previews and then tries to install (as a hand-made message could, skipping the preview):
 * both must fail with the same message, and nothing may change.
 */
async function expectRefused(url: string, message: RegExp, sha256 = 'f'.repeat(64)) {
  const preview = await previewProfile(url);
  expect(preview.ok).toBe(false);
  if (preview.ok) return preview;
  expect(preview.error.message).toMatch(message);
  const install = await installProfile(url, sha256);
  expect(install.ok).toBe(false);
  if (!install.ok) expect(install.error.message).toMatch(message);
  expect(await storedSnapshot()).toEqual(before);
  expect(await profileInForce()).toEqual(LAST_GOOD);
  return preview;
}

describe('the file is not a usable profile', () => {
  test('bad JSON', async () => {
    const body = '{"schemaVersion": 1, "id": "acme-council", ';
    server.route('/bad.json', serveJson(body));
    await expectRefused(server.url('/bad.json'), /^this file is not valid JSON: .+/, sha(body));
  });

  test('a web page instead of the JSON file', async () => {
    const body = '<!doctype html><html><body>Sign in</body></html>';
    server.route('/page.json', serveJson(body, { headers: { 'Content-Type': 'text/html' } }));
    await expectRefused(server.url('/page.json'), /it is a web page \(HTML\), not JSON/, sha(body));
  });

  test('JSON that is not a profile at all', async () => {
    const body = JSON.stringify({ name: 'something else' });
    server.route('/other.json', serveJson(body));
    await expectRefused(server.url('/other.json'), /^this file is not a PostGuard profile: schemaVersion missing$/, sha(body));
  });

  test('a profile with a wrong field names the field by its path', async () => {
    const doc = acmeProfile('2027.2');
    (doc.accounts[0] as { platform: string }).platform = 'myspace';
    const body = JSON.stringify(doc);
    server.route('/wrong.json', serveJson(body));
    const preview = await expectRefused(server.url('/wrong.json'), /^accounts(\[0\]|\.0)\.platform: /, sha(body));
    if (!preview.ok) expect(preview.error.problems[0]?.path).toMatch(/^accounts(\[0\]|\.0)\.platform$/);
  });

  test('several problems are all listed, each with its path', async () => {
    const doc = { ...acmeProfile('2027.2'), version: '', accounts: [{ platform: 'x' }] };
    server.route('/many.json', serveJson(doc));
    const preview = await expectRefused(server.url('/many.json'), /\(and \d+ more problems?\)$/);
    if (!preview.ok) {
      const paths = preview.error.problems.map((p) => p.path);
      expect(paths).toEqual(expect.arrayContaining([expect.stringMatching(/^version$/), expect.stringMatching(/^accounts(\[0\]|\.0)\.handle$/)]));
    }
  });
});

describe('the server or the connection is wrong', () => {
  test('404', async () => {
    await expectRefused(server.url('/missing.json'), /^the server answered 404 \(Not Found\): check the address of the profile file$/);
  });

  test('500', async () => {
    server.route('/broken.json', serveJson('oops', { status: 500 }));
    await expectRefused(server.url('/broken.json'), /^the server answered 500 \(Internal Server Error\)/);
  });

  test('nothing listening', async () => {
    const gone = await startProfileServer();
    const url = gone.url('/p.json');
    await gone.close();
    await expectRefused(url, /^could not reach 127\.0\.0\.1:\d+: the server did not answer or refused the connection/);
  });

  test('too large: refused while the bytes arrive, from a server that never stops sending', async () => {
    let sent = 0;
    server.route('/endless.json', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }); // chunked: no length declared
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
      };
      res.write('{"schemaVersion": 1, "padding": "');
      pump();
    });
    await expectRefused(server.url('/endless.json'), /^the file is larger than 1 MB \(1,000,000 bytes\), the most a profile may be/);
    expect(sent).toBeGreaterThan(MAX_PROFILE_BYTES); // the server really did send more than the limit
  });

  test('too large: a declared Content-Length over the limit is refused before reading', async () => {
    server.route('/big.json', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(5 * 1024 * 1024) });
      res.write('{');
    });
    await expectRefused(server.url('/big.json'), /^the file is larger than 1 MB \(1,000,000 bytes\)/);
  });

  test('timeout: the server sends the start of the file and then stalls', async () => {
    fetchLimits.timeoutMs = 400;
    server.route('/stall.json', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"schemaVersion": 1, ');
    });
    await expectRefused(server.url('/stall.json'), /^the server did not send the whole file within 0\.4 s/);
  });

  test('timeout: the server never answers', async () => {
    fetchLimits.timeoutMs = 400;
    server.route('/silent.json', () => undefined);
    await expectRefused(server.url('/silent.json'), /^the server did not send the whole file within 0\.4 s/);
  });

  test('a redirect that ends on plain http is refused', async () => {
    const body = JSON.stringify(otherProfile('9'));
    elsewhere.route('/p.json', serveJson(body));
    server.route('/moved.json', (_req, res) => res.writeHead(302, { Location: elsewhere.url('/p.json') }).end());
    await expectRefused(
      server.url('/moved.json'),
      /^the server redirected to http:\/\/127\.0\.0\.2:\d+\/p\.json, which is not https/,
      sha(body),
    );
  });

  test('plain http to anywhere but this machine is refused before any request', async () => {
    const count = elsewhere.requests.length;
    await expectRefused(`http://127.0.0.2:${new URL(elsewhere.origin).port}/p.json`, /^PostGuard only installs profiles over https:\/\//);
    expect(elsewhere.requests.length).toBe(count);
  });
});

describe('the integrity pin', () => {
  test('a file whose SHA-256 differs from the #sha256= pin is refused', async () => {
    const body = JSON.stringify(otherProfile('2'));
    server.route('/pinned.json', serveJson(body));
    const wrong = sha('some other file');
    await expectRefused(
      `${server.url('/pinned.json')}#sha256=${wrong}`,
      new RegExp(`^the file's SHA-256 is ${sha(body)}, but the address pins ${wrong}`),
      sha(body),
    );
  });

  test('a malformed pin is refused before any request', async () => {
    await expectRefused(`${server.url('/good.json')}#sha256=abc`, /the #sha256= pin must be 64 hexadecimal characters/);
  });

  test('the matching pin installs, and the pin is kept with the source for updates', async () => {
    const body = JSON.stringify(otherProfile('2'));
    server.route('/pinned.json', serveJson(body));
    const preview = await previewProfile(`${server.url('/pinned.json')}#sha256=${sha(body).toUpperCase()}`);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.value.url).toBe(`${server.url('/pinned.json')}#sha256=${sha(body)}`);
    const installed = await installProfile(preview.value.url, preview.value.sha256);
    expect(installed.ok && installed.value).toMatchObject({ id: 'hart-dc', version: '2', sourceUrl: preview.value.url });
    // The fragment never reaches the server.
    expect(server.requests.at(-1)?.path).toBe('/pinned.json');
  });
});

test('a failed install after a worker restart still leaves the stored profile in force', async () => {
  restartWorker();
  await expectRefused(server.url('/missing.json'), /404/);
  restartWorker();
  expect(await profileInForce()).toEqual(LAST_GOOD);
});

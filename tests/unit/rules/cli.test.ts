// The `npm run policy` CLI, run as a policy owner runs it: a real process, real files,
// a real HTTP server on 127.0.0.1 for profile URLs.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// Each test starts real `tsx` processes (a few seconds each on a busy machine): a generous
// limit, so a slow machine cannot fail them. Nothing here asserts a time.
vi.setConfig({ testTimeout: 180_000 });

const root = path.resolve(__dirname, '../../..');

async function policy(args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/policy.ts', ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.end(input);
  const [code] = (await once(child, 'close')) as [number];
  return { code, stdout, stderr };
}

let tmp: string;
let server: Server;
let base: string;
const hart = () => readFile(path.join(root, 'public/profiles/hart-dc.json'), 'utf8');

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'postguard-cli-'));
  const hartText = await hart();
  server = createServer((req, res) => {
    if (req.url === '/hart.json') res.end(hartText);
    else if (req.url === '/moved') res.writeHead(302, { location: '/hart.json' }).end();
    else if (req.url === '/to-http') res.writeHead(302, { location: 'http://profiles.example.org/hart.json' }).end();
    else if (req.url === '/huge.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"schemaVersion":1,"pad":"${'x'.repeat(1_100_000)}"}`);
    } else res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server?.close());

describe('validate', () => {
  test('a good profile: exit 0 and a one-line summary', async () => {
    const r = await policy(['validate', 'public/profiles/hart-dc.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✓ hart-dc 2024\.1 .* is valid: 51 rules: 50 from the default, 1 of its own, 5 changed, 1 disabled; all \d+ examples pass\.\n$/);
  });

  test('a bad profile: exit 1, each problem on its own line with its JSON path', async () => {
    const bad = JSON.parse(await hart());
    bad.rules.push({ ...bad.rules[0], id: 'second', pattern: 'ok' }, { ...bad.rules[0], id: 'third' }, { ...bad.rules[0], id: 'fourth', pattern: '(Cllr' });
    bad.overrides['no-such-rule'] = { severity: 'info' };
    const file = path.join(tmp, 'bad.json');
    await writeFile(file, JSON.stringify(bad));
    const r = await policy(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toContain('rules[3].pattern: not a valid pattern (missing closing ): `(Cllr`); patterns use RE2 syntax, without lookarounds or backreferences');
    const second = JSON.parse(await hart());
    second.overrides['no-such-rule'] = { severity: 'info' };
    await writeFile(file, JSON.stringify(second));
    const r2 = await policy(['validate', file]);
    expect(r2.stdout).toContain('overrides.no-such-rule: no rule with the id "no-such-rule" in the default profile or this profile');
  });

  test('a rule whose examples fail is invalid', async () => {
    const p = JSON.parse(await hart());
    p.rules[0].examples.invalid.push('Councillor Smith [Lab] visited');
    const file = path.join(tmp, 'examples.json');
    await writeFile(file, JSON.stringify(p));
    const r = await policy(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('rules[0].examples.invalid[2]: "Councillor Smith [Lab] visited" should be flagged by "councillor-party-label" but is not');
  });

  test('not JSON, not a profile, not there', async () => {
    const file = path.join(tmp, 'broken.json');
    await writeFile(file, '{\n  "schemaVersion": 1,\n  "id": "x",\n}');
    expect((await policy(['validate', file])).stderr).toMatch(/broken\.json: not valid JSON/);
    await writeFile(file, '{"hello": "world"}');
    const r = await policy(['validate', file]);
    expect([r.code, r.stdout.trim().split('\n')[1]]).toEqual([1, 'this file is not a PostGuard profile: schemaVersion missing']);
    const missing = await policy(['validate', path.join(tmp, 'nope.json')]);
    expect([missing.code, missing.stderr.trim()]).toEqual([1, `${path.join(tmp, 'nope.json')}: cannot read the file (ENOENT)`]);
    expect((await policy(['validate'])).code).toBe(2);
  });

  test('a profile URL: fetched (following a redirect), refused when too big, not https, or missing', async () => {
    expect((await policy(['validate', `${base}/moved`])).code).toBe(0);
    const huge = await policy(['validate', `${base}/huge.json`]);
    expect([huge.code, huge.stderr]).toEqual([1, expect.stringContaining('over the 1,000,000-byte limit')]);
    const http = await policy(['validate', `${base}/to-http`]);
    expect(http.stderr).toContain('http://profiles.example.org/hart.json: profile URLs must use https:// (http:// only for localhost)');
    expect((await policy(['validate', 'http://profiles.example.org/x.json'])).stderr).toContain('must use https://');
    expect((await policy(['validate', `${base}/gone.json`])).stderr).toContain('the server answered 404');
  });
});

describe('check', () => {
  test('exit 0 with no findings, 1 with findings, 2 on usage errors', async () => {
    const clean = await policy(['check', '--platform', 'x', '--account', 'personal'], 'Lovely walk today\n');
    expect([clean.code, clean.stdout.trim()]).toEqual([0, 'No findings (default 1, personal account on x).']);
    const flagged = await policy(['check', '--platform', 'x', '--account', 'personal'], 'Call me on 07700 900123\n');
    expect(flagged.code).toBe(1);
    expect(flagged.stdout).toContain('confirm phone-number  1:12 "07700 900123"');
    expect((await policy(['check', '--platform', 'myspace', '--account', 'personal'], 'x')).code).toBe(2);
    expect((await policy(['check', '--account', 'personal'], 'x')).stderr).toContain('check needs --platform facebook|x|linkedin|instagram');
    expect((await policy(['check', '--platform', 'x', '--account', 'personal', '--now', 'yesterday'], 'x')).code).toBe(2);
  });

  test('--profile (file or URL), --now and --json set the context and the output', async () => {
    const r = await policy(['check', '--profile', `${base}/hart.json`, '--platform', 'facebook', '--account', 'corporate', '--now', '2027-04-15T10:00:00+01:00', '--json'], 'Cllr Jane Smith (Con) opened the play area');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; severity: string; start?: number; end?: number }> };
    expect(out.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['councillor-party-label', 'block'],
      ['review-before-posting', 'confirm'],
    ]);
    expect([out.findings[0]!.start, out.findings[0]!.end]).toEqual([0, 21]);
  });

  test('--jsonl: one result a line, bad lines reported without losing the rest', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Call me on 07700 900123', platform: 'x', account: 'personal' }),
      JSON.stringify({ id: 'b', text: 'Lovely day', platform: 'x', account: 'personal' }),
      '{not json',
      JSON.stringify({ id: 'c', text: 'Great day at Acme Council' }),
      JSON.stringify({ id: 'd', text: 'x', platform: 'x', account: 'personal', images: [{ id: 'i', width: 1, height: 1, faces: null, gps: { lat: 1, lon: 2 } }] }),
    ].join('\n');
    const r = await policy(['check', '--jsonl'], input);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', null, 'c', 'd']);
    expect(lines[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['phone-number']);
    expect(lines[1].findings).toEqual([]);
    expect(lines[2].error).toMatch(/^line 3: not valid JSON/);
    expect(lines[3].error).toBe('line 4: needs "platform" and "account" (or --platform and --account)');
    expect(lines[4].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['image-check-failed', 'image-location', 'image-rights']);
    expect(r.code).toBe(2);
    const ok = await policy(['check', '--jsonl', '--platform', 'x', '--account', 'personal'], `${lines.length ? JSON.stringify({ id: 1, text: 'fine' }) : ''}\n`);
    expect([ok.code, ok.stdout.trim()]).toEqual([0, '{"id":1,"findings":[]}']);
  });

  test('--image runs face detection on the file: a photo of a person is never a silent pass', async () => {
    // obama.jpg has one face (tests/fixtures/images/README.md). Whether the detector finds it
    // or cannot run, the result is an image-faces finding on image 1.
    const image = path.resolve(root, 'tests/fixtures/images/obama.jpg');
    const r = await policy(['check', '--platform', 'facebook', '--account', 'personal', '--json', '--image', image], 'Our day out');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: Array<{ category: string; image?: number }> };
    expect(out.findings).toContainEqual(expect.objectContaining({ category: 'image-faces', image: 0 }));
  });
});

test('schema prints the JSON Schema that is shipped in public/', async () => {
  const r = await policy(['schema']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual(JSON.parse(await readFile(path.join(root, 'public/profile.schema.json'), 'utf8')));
});

test('faces is handed to the face-detection command, not treated as unknown', async () => {
  const r = await policy(['faces']);
  expect(r.stderr).not.toContain('unknown command');
});

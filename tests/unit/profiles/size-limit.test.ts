// @vitest-environment node
// One size limit for a profile, wherever it is checked: a manager who validates a file with
// `npm run policy -- validate` must see the extension accept it, and a file the extension
// refuses as too large must not pass the CLI. Both run for real here: the CLI as a child
// process on a file and on a URL, the extension's preview against the same HTTP server.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { MAX_PROFILE_BYTES } from '../../../entrypoints/background/profile-fetch.ts';
import { fetchLimits, previewProfile } from '../../../entrypoints/background/profile-service.ts';
import { LIMITS } from '../../../rules/profile.ts';
import { acmeProfile } from './sample-profiles.ts';
import { restartWorker } from './background-state.ts';
import { serveJson, startProfileServer, type ProfileServer } from './profile-server.ts';

const root = path.resolve(__dirname, '../../..');

async function cliValidate(source: string): Promise<{ code: number; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/policy.ts', 'validate', source], { cwd: root });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const [code] = (await once(child, 'close')) as [number];
  return { code, out };
}

/** A valid profile, padded with JSON whitespace to exactly `bytes` bytes. */
function profileOfBytes(bytes: number): string {
  const text = JSON.stringify(acmeProfile('2027.1'));
  if (text.length > bytes) throw new Error('too small a size for a profile');
  return `${text.slice(0, -1)}${' '.repeat(bytes - text.length)}}`;
}

let server: ProfileServer;
let tmp: string;
beforeAll(async () => {
  server = await startProfileServer();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'postguard-size-'));
});
afterAll(async () => {
  await server.close();
  await rm(tmp, { recursive: true, force: true });
});
beforeEach(() => {
  restartWorker();
  fetchLimits.maxBytes = MAX_PROFILE_BYTES;
});

describe('the profile size limit', () => {
  test('the extension and the CLI use the same number', () => {
    expect(MAX_PROFILE_BYTES).toBe(LIMITS.profileBytes);
  });

  // 1,000,000 bytes and 1 MiB (1,048,576) were once two different "1 MB" limits; a file
  // between them passed the CLI's check and failed the extension's, or the other way round.
  const cases = [
    { bytes: LIMITS.profileBytes, accepted: true },
    { bytes: LIMITS.profileBytes + 1, accepted: false },
    { bytes: 1_024_000, accepted: false },
  ];

  test.each(cases)('a valid profile of $bytes bytes: accepted by both = $accepted', async ({ bytes, accepted }) => {
    const body = profileOfBytes(bytes);
    expect(Buffer.byteLength(body)).toBe(bytes);
    const file = path.join(tmp, `profile-${bytes}.json`);
    await writeFile(file, body);
    server.route(`/p-${bytes}.json`, serveJson(body));

    const [preview, fromFile, fromUrl] = await Promise.all([
      previewProfile(server.url(`/p-${bytes}.json`)),
      cliValidate(file),
      cliValidate(server.url(`/p-${bytes}.json`)),
    ]);

    if (accepted) {
      expect(preview.ok && preview.value.bytes).toBe(bytes);
      expect([fromFile.code, fromUrl.code]).toEqual([0, 0]);
    } else {
      expect(!preview.ok && preview.error.message).toMatch(/^the file is larger than 1 MB \(1,000,000 bytes\)/);
      expect(fromFile).toEqual({ code: 1, out: expect.stringContaining('over the 1,000,000-byte limit') });
      expect(fromUrl).toEqual({ code: 1, out: expect.stringContaining('over the 1,000,000-byte limit') });
    }
  }, 180_000); // two CLI processes start per case: slow on a busy machine, not a measure
});

// `npm start` on the machine a new user may well have: no display, no Chromium, no way to
// install it. The build must still happen, and the user must be told what to do with it.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { EXTENSION_DIR, ROOT } from './harness.ts';

function runStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], { cwd: ROOT, env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

test('with no display and no Chromium, npm start still builds PostGuard and says how to load it by hand', async () => {
  const manifest = path.join(EXTENSION_DIR, 'manifest.json');
  const builtBefore = (await stat(manifest)).mtimeMs;
  const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', POSTGUARD_NO_INSTALL: '1' };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;

  const { code, output } = await runStart(env);

  expect(code, output).toBe(0);
  expect((await stat(manifest)).mtimeMs).toBeGreaterThan(builtBefore);
  const said = (text: string) => {
    expect(output).toContain(text);
    return output.indexOf(text);
  };
  const built = said('▶ Building the extension');
  const noDisplay = said('There is no display here');
  said(`PostGuard is built: ${EXTENSION_DIR}`);
  said(`"Load unpacked" and pick ${EXTENSION_DIR}`);
  said('about:debugging');
  const noChromium = said('CHROMIUM_PATH is /nonexistent/chromium, which does not exist');
  said('The headless demo was skipped');
  expect(built).toBeLessThan(noDisplay);
  expect(noDisplay).toBeLessThan(noChromium);
}, 180_000);

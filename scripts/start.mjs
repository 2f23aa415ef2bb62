#!/usr/bin/env node
// `npm start`: everything a new user needs, on a fresh Debian machine with Node 20.
// Plain JavaScript on purpose: it runs before `npm ci` has installed anything.
//   npm start              build, then open Chromium with PostGuard on a local demo of the
//                          four composers, served at their real URLs (no account, no internet)
//   npm start -- --live    build, then open the real sites with PostGuard loaded
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = process.argv.slice(2);

function step(what, cmd, cmdArgs) {
  console.log(`\n▶ ${what}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✖ ${what} failed (${cmd} ${cmdArgs.join(' ')} exited with ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

if (!existsSync(path.join(root, 'node_modules/.package-lock.json'))) {
  step('Installing dependencies (npm ci)', 'npm', ['ci']);
}

if (!existsSync(chromium)) {
  const isRoot = process.getuid?.() === 0;
  let hasApt = false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    hasApt = true;
  } catch {
    // no apt-get: say how to install below
  }
  if (hasApt && isRoot) {
    step('Installing Chromium from Debian (apt-get install -y chromium)', 'sh', [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
    ]);
  } else {
    console.error(
      `\n✖ Chromium is not at ${chromium}.\n  Install it with: sudo apt-get install -y chromium\n` +
        '  or point CHROMIUM_PATH at a Chromium or Chrome binary, then run `npm start` again.',
    );
    process.exit(1);
  }
}

step('Building the extension (.output/chrome-mv3)', 'npx', ['wxt', 'build']);
step('Running PostGuard', 'npx', ['tsx', 'scripts/demo.ts', ...args]);

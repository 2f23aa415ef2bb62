#!/usr/bin/env node
// `npm start`: everything a new user needs, on a fresh Debian machine with Node 20.
// Plain JavaScript on purpose: it runs before `npm ci` has installed anything.
//   npm start              build, then open Chromium with PostGuard on a local demo of the
//                          four composers, served at their real URLs (no account, no internet)
//   npm start -- --live    build, then open the real sites with PostGuard loaded
// The build comes first, whatever else is missing: without a display or without Chromium
// the user still gets it, and is told how to load it by hand.
//   CHROMIUM_PATH          the browser to use (default /usr/bin/chromium, installed with
//                          apt-get when missing: as root, or with sudo when it needs no password)
//   POSTGUARD_NO_INSTALL=1 never install a system package
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPlan, loadByHand, noDisplay } from './start-guide.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const args = process.argv.slice(2);
const live = args.includes('--live');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/** Runs a step, streaming its output; returns whether it succeeded. */
function run(what, cmd, cmdArgs) {
  console.log(`\n▶ ${what}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' });
  if (r.status === 0) return true;
  console.error(`\n✖ ${what} failed (${cmd} ${cmdArgs.join(' ')} exited with ${r.status ?? r.signal}).`);
  return false;
}

/** A step nothing after it can do without. */
function step(what, cmd, cmdArgs) {
  if (!run(what, cmd, cmdArgs)) process.exit(1);
}

function succeeds(cmd, cmdArgs) {
  try {
    execFileSync(cmd, cmdArgs, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Null when Chromium is there (installing it if it can), else what to tell the user. */
function ensureChromium() {
  if (existsSync(chromium)) return null;
  const plan = chromiumPlan({
    chromium,
    explicitPath: Boolean(process.env.CHROMIUM_PATH),
    noInstall: process.env.POSTGUARD_NO_INSTALL === '1',
    hasApt: succeeds('sh', ['-c', 'command -v apt-get']),
    isRoot: process.getuid?.() === 0,
    canSudo: succeeds('sudo', ['-n', 'true']),
  });
  if (plan.problem) return plan.problem;
  const install = 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium';
  const ok =
    plan.install === 'root'
      ? run('Installing Chromium from Debian (apt-get install -y chromium)', 'sh', ['-c', install])
      : run('Installing Chromium from Debian (sudo apt-get install -y chromium)', 'sudo', ['-n', 'sh', '-c', install]);
  if (ok && existsSync(chromium)) return null;
  return `Chromium could not be installed (see above), and is not at ${chromium}. Install it with: sudo apt-get install -y chromium`;
}

if (!existsSync(path.join(root, 'node_modules/.package-lock.json'))) {
  step('Installing dependencies (npm ci)', 'npm', ['ci']);
}
step('Building the extension (.output/chrome-mv3)', 'npx', ['wxt', 'build']);

if (!hasDisplay) {
  console.log(noDisplay(root, live));
  // The real sites need a window for the user to sign in and write in: nothing to run here.
  if (live) process.exit(1);
}

const problem = ensureChromium();
if (problem) {
  console.error(`\n✖ ${problem}`);
  if (!hasDisplay) {
    // The build and how to load it were the point here; the demo only proves it works.
    console.log('\nThe headless demo was skipped. The build above is ready to load by hand.');
    process.exit(0);
  }
  console.log(`\n${loadByHand(root)}`);
  process.exit(1);
}

step(
  hasDisplay ? 'Running PostGuard' : 'Running the demo headless instead',
  'npx',
  ['tsx', 'scripts/demo.ts', ...args, ...(hasDisplay ? [] : ['--headless'])],
);

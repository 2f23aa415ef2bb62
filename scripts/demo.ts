// The demo behind `npm start` (scripts/start.mjs has built the extension and found Chromium):
// Chromium with PostGuard loaded, on local copies of the four composers served at their real
// URLs, or on the real sites with --live; headless, with screenshots, where there is no display.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildFixtures } from './build-fixtures.ts';
import { CHROMIUM, EXTENSION_DIR, ROOT, SITE_URLS, badgeText, launch } from '../tests/e2e/harness.ts';

const live = process.argv.includes('--live');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');
const SAMPLE = 'Call me on 07700 900123';

if (!hasDisplay) {
  // No window to open (start.mjs has said so and how to load the build by hand): still prove
  // it works with the same demo, headless, and a screenshot to look at.
  if (live) throw new Error('--live needs a display: the real sites are for a person to use.');
  await buildFixtures();
  const s = await launch({ headless: true });
  const page = await s.openSite('x');
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(SAMPLE, { delay: 20 });
  let badge: string | null = null;
  for (let i = 0; i < 50 && !badge; i++) {
    badge = await badgeText(page);
    if (!badge) await page.waitForTimeout(100);
  }
  await mkdir(path.join(ROOT, '.output'), { recursive: true });
  const shot = path.join(ROOT, '.output/demo-x.png');
  await page.screenshot({ path: shot });
  const popup = await s.openPopup(page);
  await popup.waitForSelector('.finding, .muted');
  // The screenshot shows the profile in force, not its loading state.
  await popup.waitForSelector('[data-profile-name]', { timeout: 5000 }).catch(() => undefined);
  const popupShot = path.join(ROOT, '.output/demo-popup.png');
  await popup.screenshot({ path: popupShot });
  console.log(`\nTyped "${SAMPLE}" into the X composer at ${SITE_URLS.x}:`);
  console.log(`  in the page: ${badge ?? 'no badge appeared — something is wrong'}`);
  console.log(`  in the popup: ${(await popup.locator('.finding').allInnerTexts()).join(' / ') || 'nothing'}`);
  console.log(`  screenshots: ${shot}\n               ${popupShot}`);
  console.log(`  requests that tried to leave the machine: ${s.leaks().length}`);
  await s.close();
  process.exit(badge ? 0 : 1);
}

if (live) {
  // The real sites, in a profile of its own so your usual browser profile is untouched.
  const profile = path.join(os.homedir(), '.cache/postguard-chromium');
  await mkdir(profile, { recursive: true });
  console.log(`\nOpening the real sites with PostGuard loaded (profile: ${profile}).`);
  const child = spawn(
    CHROMIUM,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      ...Object.values(SITE_URLS),
    ],
    { stdio: 'ignore' },
  );
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  await buildFixtures();
  const s = await launch({ headless: false });
  for (const site of ['facebook', 'linkedin', 'instagram'] as const) await s.openSite(site);
  const x = await s.openSite('x');
  for (const p of s.context.pages()) if (p.url() === 'about:blank') await p.close();
  // Start the user off with a draft PostGuard flags, typed as a person would.
  await x.locator('[data-testid="tweetTextarea_0"]').click();
  await x.keyboard.type(SAMPLE, { delay: 40 });
  console.log(
    [
      '',
      'PostGuard demo: local copies of the four composers, at their real URLs, with no network.',
      `The X tab has "${SAMPLE}" typed in: PostGuard underlines the number and shows a badge`,
      '(click it for the findings); press Post to see the sign-off dialog. Try your own drafts on',
      'any of the four tabs; the PostGuard toolbar button (puzzle-piece menu) opens the popup.',
      'Close the browser window to stop.',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => s.context.on('close', () => resolve()));
  process.exit(0);
}

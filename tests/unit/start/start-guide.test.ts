import { describe, expect, test } from 'vitest';
import { chromiumPlan, loadByHand, noDisplay } from '../../../scripts/start-guide.mjs';

const ROOT = '/home/jo/postguard';
const missing = { chromium: '/usr/bin/chromium', explicitPath: false, noInstall: false, hasApt: true, isRoot: false, canSudo: false };

describe('without a display', () => {
  test('says why no window opens, where the build is, and how to load it in Chrome, Edge and Firefox', () => {
    const text = noDisplay(ROOT, false);
    expect(text).toContain('There is no display here');
    expect(text).toContain(`PostGuard is built: ${ROOT}/.output/chrome-mv3`);
    expect(text).toContain('chrome://extensions (edge://extensions)');
    expect(text).toContain(`"Load unpacked" and pick ${ROOT}/.output/chrome-mv3`);
    expect(text).toContain(`about:debugging`);
    expect(text).toContain(`${ROOT}/.output/firefox-mv3/manifest.json`);
    expect(text).not.toContain('--live');
  });

  test('--live explains that the real sites need a display', () => {
    const text = noDisplay(ROOT, true);
    expect(text).toContain('`npm start -- --live` opens the real sites in a Chromium window, so it needs a display');
    expect(text).toContain(loadByHand(ROOT));
  });
});

describe('when Chromium is missing', () => {
  test('root installs it with apt-get; a user with password-free sudo, with sudo', () => {
    expect(chromiumPlan({ ...missing, isRoot: true })).toEqual({ install: 'root' });
    expect(chromiumPlan({ ...missing, canSudo: true })).toEqual({ install: 'sudo' });
  });

  test('a user without root or password-free sudo is told the command to run', () => {
    expect(chromiumPlan(missing).problem).toBe(
      'Chromium is not at /usr/bin/chromium, and npm start will not install it: you are not root and sudo asks for a password.\n' +
        'Install it with: sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to a Chromium or Chrome binary), then run `npm start` again.',
    );
  });

  test('POSTGUARD_NO_INSTALL=1 installs nothing, even as root', () => {
    expect(chromiumPlan({ ...missing, isRoot: true, noInstall: true }).problem).toContain('POSTGUARD_NO_INSTALL=1 is set');
  });

  test('a CHROMIUM_PATH that points at nothing is named, not papered over with an install elsewhere', () => {
    const plan = chromiumPlan({ ...missing, chromium: '/opt/none/chrome', explicitPath: true, isRoot: true });
    expect(plan.problem).toContain('CHROMIUM_PATH is /opt/none/chrome, which does not exist');
  });

  test('without apt-get, says to install a browser and set CHROMIUM_PATH', () => {
    expect(chromiumPlan({ ...missing, hasApt: false, isRoot: true }).problem).toContain('no apt-get');
  });
});

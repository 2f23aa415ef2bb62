// What `npm start` decides and says, apart from the steps it runs, so that each case (no
// display, --live, no Chromium and no way to install it) is tested without a build.
// Plain JavaScript like start.mjs: it runs before `npm ci` has installed anything.
import path from 'node:path';

export const INSTALL_CHROMIUM = 'sudo apt-get install -y chromium';

/** How to load the built extension into a browser by hand. */
export function loadByHand(root) {
  return [
    'To load PostGuard by hand:',
    '  Chrome / Edge: open chrome://extensions (edge://extensions), turn on Developer mode,',
    `                 choose "Load unpacked" and pick ${path.join(root, '.output/chrome-mv3')}`,
    '  Firefox:       npm run build:firefox, then about:debugging → This Firefox →',
    `                 "Load Temporary Add-on…" and pick ${path.join(root, '.output/firefox-mv3/manifest.json')}`,
  ].join('\n');
}

/** Said after the build when there is no display to open a browser window on. */
export function noDisplay(root, live) {
  return [
    '',
    'There is no display here ($DISPLAY and $WAYLAND_DISPLAY are not set), so no browser window can open.',
    `PostGuard is built: ${path.join(root, '.output/chrome-mv3')}`,
    ...(live
      ? [
          '`npm start -- --live` opens the real sites in a Chromium window, so it needs a display:',
          'run it in a desktop session (or over `ssh -X`), or load the build by hand.',
        ]
      : []),
    loadByHand(root),
    '',
  ].join('\n');
}

/**
 * Chromium is missing: how npm start can install it ({ install: 'root' | 'sudo' }), or
 * why it cannot and what the user can do instead ({ problem }).
 */
export function chromiumPlan({ chromium, explicitPath, noInstall, hasApt, isRoot, canSudo }) {
  if (explicitPath) {
    return {
      problem: `CHROMIUM_PATH is ${chromium}, which does not exist. Point it at a Chromium or Chrome binary, or unset it to use Debian's /usr/bin/chromium.`,
    };
  }
  const cannot = (why) => ({
    problem: `Chromium is not at ${chromium}, and npm start will not install it: ${why}.\nInstall it with: ${INSTALL_CHROMIUM}\n(or set CHROMIUM_PATH to a Chromium or Chrome binary), then run \`npm start\` again.`,
  });
  if (noInstall) return cannot('POSTGUARD_NO_INSTALL=1 is set');
  if (!hasApt) {
    return {
      problem: `Chromium is not at ${chromium}, and this system has no apt-get to install it with. Install Chromium or Chrome, set CHROMIUM_PATH to it, then run \`npm start\` again.`,
    };
  }
  if (isRoot) return { install: 'root' };
  if (canSudo) return { install: 'sudo' };
  return cannot('you are not root and sudo asks for a password');
}

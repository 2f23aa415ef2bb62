// When the active profile or an account's classification changes, every open composer
// must be checked again at once: a pre-election period or a corporate account that only
// took effect on the next keystroke would let a post go out under the old rules.
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging.ts';

/** The hosts PostGuard's content scripts run on (wxt.config.ts SITE_MATCHES). */
const COMPOSER_HOSTS = new Set(['x.com', 'www.facebook.com', 'www.linkedin.com', 'www.instagram.com']);

export async function recheckComposerTabs(): Promise<number> {
  let tabs: Array<{ id?: number; url?: string }>;
  try {
    tabs = await browser.tabs.query({});
  } catch {
    return 0;
  }
  const targets = tabs.filter((t) => t.id !== undefined && t.url && isComposerSite(t.url));
  await Promise.all(
    targets.map((t) =>
      // A tab whose content script is gone (navigated, discarded) simply does not answer.
      sendMessage('recheck', undefined, t.id!).catch(() => undefined),
    ),
  );
  return targets.length;
}

function isComposerSite(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && COMPOSER_HOSTS.has(u.hostname);
  } catch {
    return false;
  }
}

import { browser } from 'wxt/browser';
import type { TabState } from '../../lib/messaging.ts';

// Per-tab findings live in storage.session: the service worker can be stopped at any
// moment, and the popup must still see what the composer last reported.
const key = (tabId: number) => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

export async function writeTabState(state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(state.tabId)]: state });
}

/**
 * Forgets a tab's state. With `composerId`, only if that composer wrote it: closing a reply
 * box must not wipe the findings of the post still open beside it.
 */
export async function clearTabState(tabId: number, composerId?: string): Promise<void> {
  if (composerId !== undefined && (await readTabState(tabId))?.composerId !== composerId) return;
  await browser.storage.session.remove(key(tabId));
}

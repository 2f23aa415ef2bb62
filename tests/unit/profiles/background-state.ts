// What a test needs to see the background as the user would: the active profile, what is
// stored, and which composer tabs were told to check again.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dropAccountCache } from '../../../entrypoints/background/accounts.ts';
import { dropPreviews } from '../../../entrypoints/background/profile-service.ts';
import { dropProfileCache, readHistory, readInstalled } from '../../../entrypoints/background/profile-store.ts';
import { activeProfile } from '../../../entrypoints/background/profile.ts';

/** A stopped and restarted service worker: memory is gone, storage.local stays. */
export function restartWorker(): void {
  dropProfileCache();
  dropAccountCache();
  dropPreviews();
}

/** The profile in force, as a draft check would see it, from memory and after a restart. */
export async function profileInForce(): Promise<{ id: string; version: string; afterRestart: string }> {
  const live = await activeProfile();
  restartWorker();
  const reloaded = await activeProfile();
  return { id: live.id, version: live.version, afterRestart: `${reloaded.id}@${reloaded.version}` };
}

export async function storedSnapshot(): Promise<{ installed: unknown; history: unknown }> {
  return { installed: await readInstalled(), history: await readHistory() };
}

/**
 * The composer tabs: fake tabs at the sites' URLs, and a record of every `recheck` the
 * background sends them (the fake browser has no content scripts to receive it).
 */
export async function openComposerTabs(urls: string[]): Promise<{ rechecked: number[] }> {
  const rechecked: number[] = [];
  for (const url of urls) await fakeBrowser.tabs.create({ url });
  (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = (
    tabId: number,
    message: { type: string },
    _options: unknown,
    reply: (r: unknown) => void,
  ) => {
    if (message.type === 'recheck') rechecked.push(tabId);
    reply({ res: undefined });
  };
  return { rechecked };
}

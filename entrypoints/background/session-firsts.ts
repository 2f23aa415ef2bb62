import { browser } from 'wxt/browser';
import type { Platform } from '../../rules/draft.ts';

// TR-1 reminds the author that a corporate account speaks for the organisation, once per
// browser session and account: the first composer that writes as that account keeps the
// reminder; later composers do not get it again. storage.session outlives the worker and
// is gone when the browser closes, which is what "session" means to the author.
export async function isFirstCorporateComposer(platform: Platform, handle: string | null, composerId: string): Promise<boolean> {
  const key = `first-corporate:${platform}:${(handle ?? '').toLowerCase()}`;
  const got = (await browser.storage.session.get(key))[key] as string | undefined;
  if (got === undefined) {
    await browser.storage.session.set({ [key]: composerId });
    return true;
  }
  return got === composerId;
}

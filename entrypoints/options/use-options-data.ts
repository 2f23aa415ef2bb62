import { useCallback, useEffect } from 'react';
import { browser } from 'wxt/browser';
import { useOptionsEnv } from './options-env.ts';
import { useOptionsStore } from './store.ts';

/**
 * Loads the profile details and the accounts from the background, and loads them again
 * whenever the background stores a change (an update, an account seen, IT's policy).
 */
export function useOptionsData(): () => Promise<void> {
  const { client } = useOptionsEnv();
  const setData = useOptionsStore((s) => s.setData);
  const refresh = useCallback(async () => {
    const [details, accounts] = await Promise.all([client.getProfileDetails(undefined), client.listAccounts(undefined)]);
    setData({ details, accounts });
  }, [client, setData]);

  useEffect(() => {
    void refresh().catch(() => undefined);
    const onLocal = (changes: Record<string, unknown>) => {
      if (Object.keys(changes).some((k) => k.startsWith('profile:') || k.startsWith('accounts:'))) {
        void refresh().catch(() => undefined);
      }
    };
    const onManaged = () => void refresh().catch(() => undefined);
    browser.storage.local.onChanged.addListener(onLocal);
    browser.storage.managed?.onChanged?.addListener(onManaged);
    return () => {
      browser.storage.local.onChanged.removeListener(onLocal);
      browser.storage.managed?.onChanged?.removeListener(onManaged);
    };
  }, [refresh]);
  return refresh;
}

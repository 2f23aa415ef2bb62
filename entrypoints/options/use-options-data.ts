import { useCallback, useEffect } from 'react';
import { browser } from 'wxt/browser';
import { useOptionsEnv } from './options-env.ts';
import { useOptionsStore } from './store.ts';

/**
 * Loads the profile details and the accounts from the background, and loads them again
 * whenever the background stores a change (an update, an account seen, IT's policy). An
 * account being seen reloads only the accounts: the profile has not changed.
 */
export function useOptionsData(): () => Promise<void> {
  const { client } = useOptionsEnv();
  const setData = useOptionsStore((s) => s.setData);
  const refresh = useCallback(async () => {
    const [details, accounts] = await Promise.all([client.getProfileDetails(undefined), client.listAccounts(undefined)]);
    setData({ details, accounts });
  }, [client, setData]);
  const refreshAccounts = useCallback(async () => {
    setData({ accounts: await client.listAccounts(undefined) });
  }, [client, setData]);

  useEffect(() => {
    void refresh().catch(() => undefined);
    const onLocal = (changes: Record<string, unknown>) => {
      const keys = Object.keys(changes);
      if (keys.some((k) => k.startsWith('profile:'))) void refresh().catch(() => undefined);
      else if (keys.some((k) => k.startsWith('accounts:'))) void refreshAccounts().catch(() => undefined);
    };
    const onManaged = () => void refresh().catch(() => undefined);
    browser.storage.local.onChanged.addListener(onLocal);
    browser.storage.managed?.onChanged?.addListener(onManaged);
    return () => {
      browser.storage.local.onChanged.removeListener(onLocal);
      browser.storage.managed?.onChanged?.removeListener(onManaged);
    };
  }, [refresh, refreshAccounts]);
  return refresh;
}

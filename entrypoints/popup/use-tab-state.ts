import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { TabState } from '../../lib/messaging.ts';
import { useServices } from './services.tsx';

/**
 * The tab's live composer state, following every update: the background writes each check's
 * result to storage.session under `tab:<id>`, and every write wakes this hook, so the popup
 * changes as the author types.
 */
export function useTabState(tabId: number | null): { state: TabState | null; loaded: boolean } {
  const { getTabState } = useServices();
  const [state, setState] = useState<TabState | null>(null);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    // Answers can overtake each other: only the latest request may set the state.
    let asked = 0;
    const key = `tab:${tabId}`;
    const refresh = () => {
      const n = ++asked;
      getTabState(tabId)
        .then((s) => live && n === asked && (setState(s), setLoaded(true)))
        .catch(() => live && n === asked && setLoaded(true));
    };
    refresh();
    const onChanged = (changes: Record<string, unknown>) => {
      if (key in changes) refresh();
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.session.onChanged.removeListener(onChanged);
    };
  }, [tabId, getTabState]);
  return { state, loaded };
}

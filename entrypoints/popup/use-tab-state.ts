import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage, type TabState } from '../../lib/messaging.ts';

/** The tab the popup speaks about: `?tabId=` when opened as a page, else the active tab. */
export async function resolveTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The tab's live composer state, following every update the background writes. */
export function useTabState(tabId: number | null): { state: TabState | null; loaded: boolean } {
  const [state, setState] = useState<TabState | null>(null);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    const key = `tab:${tabId}`;
    const refresh = () =>
      sendMessage('getTabState', { tabId })
        .then((s) => live && (setState(s), setLoaded(true)))
        .catch(() => live && setLoaded(true));
    void refresh();
    const onChanged = (changes: Record<string, unknown>) => {
      if (key in changes) void refresh();
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.session.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return { state, loaded };
}

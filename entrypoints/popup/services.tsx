import { createContext, useContext, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { CLEAR_CONFIRMATION, SignOffDb } from '../../lib/log/db.ts';
import type { ChainPoint } from '../../lib/log/entry.ts';
import { storageWitness, WITNESS_KEY } from '../../lib/log/witness.ts';
import { sendMessage, type TabState } from '../../lib/messaging.ts';
import type { ProfileStatus } from '../../lib/protocol/profile.ts';

/**
 * What the popup reads and asks for. It reads the log's database directly (same extension
 * origin as the service worker, live queries) but every change goes through the
 * background, the log's only writer.
 */
export interface PopupServices {
  db: SignOffDb;
  readWitness(): Promise<ChainPoint | null>;
  /** Calls back whenever the separate record of the newest entry changes. */
  onWitnessChange(cb: () => void): () => void;
  clearLog(): Promise<{ removed: number }>;
  setRetention(days: number | null): Promise<{ removed: number }>;
  getProfileStatus(): Promise<ProfileStatus>;
  /** The tab the popup speaks about: `?tabId=` when opened as a page, else the active tab. */
  currentTabId(): Promise<number | null>;
  /** The tab's live composer state as the background keeps it (storage.session). */
  getTabState(tabId: number): Promise<TabState | null>;
  /** The active profile's texts for clauses PostGuard does not know (the organisation's own). */
  getClauseTexts(ids: string[]): Promise<Record<string, string>>;
  openOptions(): void;
}

async function currentTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

let db: SignOffDb | null = null;

export const extensionServices: PopupServices = {
  get db() {
    return (db ??= new SignOffDb());
  },
  readWitness: () => storageWitness.read(),
  onWitnessChange(cb) {
    const listener = (changes: Record<string, unknown>) => {
      if (WITNESS_KEY in changes) cb();
    };
    browser.storage.local.onChanged.addListener(listener);
    return () => browser.storage.local.onChanged.removeListener(listener);
  },
  clearLog: () => sendMessage('clearSignOffLog', { confirm: CLEAR_CONFIRMATION }),
  setRetention: (days) => sendMessage('setSignOffRetention', { days }),
  getProfileStatus: () => sendMessage('getProfileStatus'),
  currentTabId,
  getTabState: (tabId) => sendMessage('getTabState', { tabId }),
  getClauseTexts: (ids) => sendMessage('getClauseTexts', { ids }),
  openOptions: () => void browser.runtime.openOptionsPage(),
};

const Services = createContext<PopupServices>(extensionServices);

export function ServicesProvider({ value, children }: { value: PopupServices; children: ReactNode }) {
  return <Services.Provider value={value}>{children}</Services.Provider>;
}

export function useServices(): PopupServices {
  return useContext(Services);
}

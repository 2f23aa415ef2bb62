import { createContext, useContext, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { CLEAR_CONFIRMATION, SignOffDb } from '../../lib/log/db.ts';
import type { ChainPoint } from '../../lib/log/entry.ts';
import { storageWitness, WITNESS_KEY } from '../../lib/log/witness.ts';
import { sendMessage } from '../../lib/messaging.ts';
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
  openOptions(): void;
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
  openOptions: () => void browser.runtime.openOptionsPage(),
};

const Services = createContext<PopupServices>(extensionServices);

export function ServicesProvider({ value, children }: { value: PopupServices; children: ReactNode }) {
  return <Services.Provider value={value}>{children}</Services.Provider>;
}

export function useServices(): PopupServices {
  return useContext(Services);
}

import { render } from '@testing-library/react';
import { App } from '../../../entrypoints/popup/app.tsx';
import { ServicesProvider, type PopupServices } from '../../../entrypoints/popup/services.tsx';
import { PAGE_SIZE, usePopupStore, type PopupView } from '../../../entrypoints/popup/store.ts';
import { NO_FILTERS } from '../../../lib/log/query.ts';
import type { ProfileStatus } from '../../../lib/protocol/profile.ts';
import { fixture, type Fixture } from '../log/helpers.ts';

export const PROFILE: ProfileStatus = {
  id: 'hart-dc',
  name: 'Hart District Council',
  version: '2025.2',
  sourceUrl: 'https://intranet.hart.example/postguard/profile.json',
  installedAt: Date.UTC(2026, 0, 10, 9, 30),
  lastCheckedAt: Date.UTC(2026, 2, 1, 8, 0),
  lastError: null,
  managed: true,
  locked: false,
};

/**
 * The popup over a real log: the same database class, the same writer the background
 * runs (clear and retention go straight to it instead of through a message), and an
 * in-memory record of the newest entry with change notifications like storage.local's.
 */
export function renderPopup(view: PopupView, f: Fixture = fixture(), over: Partial<PopupServices> = {}) {
  usePopupStore.setState({ view, filters: NO_FILTERS, limit: PAGE_SIZE, confirmingClear: false, tabId: null });
  const listeners = new Set<() => void>();
  const write = f.witness.write.bind(f.witness);
  f.witness.write = async (p) => {
    await write(p);
    listeners.forEach((l) => l());
  };
  let optionsOpened = 0;
  const services: PopupServices = {
    db: f.db,
    readWitness: () => f.witness.read(),
    onWitnessChange(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    clearLog: async () => ({ removed: (await f.writer.clear()).removed.count }),
    setRetention: async (days) => ({ removed: (await f.writer.setRetention(days)).pruned?.removed.count ?? 0 }),
    getProfileStatus: async () => PROFILE,
    currentTabId: async () => null,
    getTabState: async () => null,
    getClauseTexts: async () => ({}),
    openOptions: () => void optionsOpened++,
    ...over,
  };
  const view$ = render(
    <ServicesProvider value={services}>
      <App />
    </ServicesProvider>,
  );
  return { ...view$, f, optionsOpened: () => optionsOpened };
}

import { create } from 'zustand';
import { NO_FILTERS, type LogFilters } from '../../lib/log/query.ts';

export type PopupView = 'now' | 'log' | 'settings';
export const PAGE_SIZE = 50;

/** View state only: everything that outlives the popup belongs to the background. */
interface PopupState {
  tabId: number | null;
  setTabId(tabId: number | null): void;
  view: PopupView;
  setView(view: PopupView): void;
  filters: LogFilters;
  setFilter<K extends keyof LogFilters>(key: K, value: LogFilters[K]): void;
  resetFilters(): void;
  /** How many log entries are shown; grows with "Show more". */
  limit: number;
  showMore(): void;
  confirmingClear: boolean;
  setConfirmingClear(on: boolean): void;
}

export const usePopupStore = create<PopupState>((set) => ({
  tabId: null,
  setTabId: (tabId) => set({ tabId }),
  view: 'now',
  setView: (view) => set({ view }),
  filters: NO_FILTERS,
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value }, limit: PAGE_SIZE })),
  resetFilters: () => set({ filters: NO_FILTERS, limit: PAGE_SIZE }),
  limit: PAGE_SIZE,
  showMore: () => set((s) => ({ limit: s.limit + PAGE_SIZE })),
  confirmingClear: false,
  setConfirmingClear: (confirmingClear) => set({ confirmingClear }),
}));

import { create } from 'zustand';

/** View state only: everything that outlives the popup belongs to the background. */
interface PopupState {
  tabId: number | null;
  setTabId(tabId: number | null): void;
}

export const usePopupStore = create<PopupState>((set) => ({
  tabId: null,
  setTabId: (tabId) => set({ tabId }),
}));

import { create } from 'zustand';
import type { InstallStep } from '../../components/profile-install-form.tsx';
import type { AccountEntry, ProfileDetails } from '../../lib/protocol/profile.ts';

/** View state only: the profile, its history and the accounts belong to the background. */
interface OptionsState {
  url: string;
  install: InstallStep;
  details: ProfileDetails | null;
  accounts: AccountEntry[] | null;
  /** A message about the last action on the active profile or an account (shown once). */
  notice: { tone: 'ok' | 'error'; text: string } | null;
  busy: 'checking-update' | 'removing' | null;
  setUrl(url: string): void;
  setInstall(install: InstallStep): void;
  setData(data: Partial<Pick<OptionsState, 'details' | 'accounts'>>): void;
  setNotice(notice: OptionsState['notice']): void;
  setBusy(busy: OptionsState['busy']): void;
}

export const useOptionsStore = create<OptionsState>((set) => ({
  url: '',
  install: { step: 'idle' },
  details: null,
  accounts: null,
  notice: null,
  busy: null,
  // Editing the address drops a preview of another address.
  setUrl: (url) => set((s) => ({ url, install: s.install.step === 'installing' ? s.install : { step: 'idle' } })),
  setInstall: (install) => set({ install }),
  setData: (data) => set(data),
  setNotice: (notice) => set({ notice }),
  setBusy: (busy) => set({ busy }),
}));

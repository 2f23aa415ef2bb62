// What the options page talks to: the background (through messages) and the browser's
// permission prompt. Components take it from context, so the page's tests can run the real
// background service in-process and stand in for the person answering the prompt.
import { createContext, useContext } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging.ts';
import type { ProfileProtocol } from '../../lib/protocol/profile.ts';

export type ProfileClient = {
  [K in keyof ProfileProtocol]: (data: Parameters<ProfileProtocol[K]>[0]) => Promise<ReturnType<ProfileProtocol[K]>>;
};

export interface OptionsEnv {
  client: ProfileClient;
  /** Asks the browser for an origin; must be called while handling the user's click. */
  requestOrigin(pattern: string): Promise<boolean>;
  hasOrigin(pattern: string): Promise<boolean>;
}

const send =
  <K extends keyof ProfileProtocol>(type: K) =>
  (data: Parameters<ProfileProtocol[K]>[0]) =>
    sendMessage(type, data as never) as Promise<ReturnType<ProfileProtocol[K]>>;

export const browserEnv: OptionsEnv = {
  client: {
    getProfileStatus: send('getProfileStatus'),
    getProfileDetails: send('getProfileDetails'),
    previewProfile: send('previewProfile'),
    releasePreview: send('releasePreview'),
    installProfile: send('installProfile'),
    removeProfile: send('removeProfile'),
    checkProfileUpdate: send('checkProfileUpdate'),
    listAccounts: send('listAccounts'),
    setAccountKind: send('setAccountKind'),
    forgetAccount: send('forgetAccount'),
  },
  requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
  hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
};

export const OptionsEnvContext = createContext<OptionsEnv>(browserEnv);

export function useOptionsEnv(): OptionsEnv {
  return useContext(OptionsEnvContext);
}

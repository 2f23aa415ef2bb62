// The profile service's face to the rest of the background: the active profile and account
// classification for every draft check, and the messages the options page and popup send.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { accountKindSchema, platformSchema, type AccountKind, type Platform } from '../../rules/draft.ts';
import type { CompiledProfile } from '../../rules/profile.ts';
import { onMessage, type AccountSource, type ProtocolMap } from '../../lib/messaging.ts';
import type { ProfileProtocol } from '../../lib/protocol/profile.ts';
import {
  AccountChoiceError,
  classify,
  forgetAccount,
  listAccounts,
  onStoredAccountsChanged,
  setAccountKind,
} from './accounts.ts';
import {
  checkForUpdate,
  ensureUpdateAlarm,
  getProfileDetails,
  getProfileStatus,
  installProfile,
  previewProfile,
  releasePreview,
  removeProfile,
  runScheduledCheck,
  syncManagedProfile,
  UPDATE_ALARM,
} from './profile-service.ts';
import { KEYS, loadActiveProfile, onStoredProfileChanged, type InstalledProfile } from './profile-store.ts';
import { recheckComposerTabs } from './recheck-tabs.ts';

/** The profile every check runs against: a memory read once the worker has loaded it. */
export function activeProfile(): Promise<CompiledProfile> {
  return loadActiveProfile();
}

/** Corporate or personal: the profile's accounts, else the user's choice, else personal. */
export function classifyAccount(
  profile: CompiledProfile,
  platform: Platform,
  handle: string | null,
): Promise<{ kind: AccountKind; source: AccountSource }> {
  return classify(profile, platform, handle);
}

const urlSchema = z.object({ url: z.string().max(4000) });
const installSchema = z.object({ url: z.string().max(4000), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
const accountSchema = z.object({ platform: platformSchema, handle: z.string().min(1).max(200) });
const accountKindChoiceSchema = accountSchema.extend({ kind: accountKindSchema.nullable() });

type Handlers = {
  [K in keyof ProfileProtocol]: (data: Parameters<ProfileProtocol[K]>[0]) => Promise<ReturnType<ProfileProtocol[K]>>;
};

/**
 * What each message does. The options page calls these through messaging; unit tests call
 * them directly (the fake browser's messaging cannot carry @webext-core's callbacks).
 * Every payload is parsed, since a message is a boundary.
 */
export const profileHandlers: Handlers = {
  getProfileStatus: () => getProfileStatus(),
  getProfileDetails: () => getProfileDetails(),
  previewProfile: (data) => previewProfile(urlSchema.parse(data).url),
  releasePreview: (data) => releasePreview(urlSchema.parse(data).url),
  installProfile: (data) => {
    const d = installSchema.parse(data);
    return installProfile(d.url, d.sha256);
  },
  removeProfile: () => removeProfile(),
  checkProfileUpdate: () => checkForUpdate(),
  listAccounts: async () => listAccounts(await activeProfile()),
  setAccountKind: async (data) => {
    const d = accountKindChoiceSchema.parse(data);
    const profile = await activeProfile();
    try {
      await setAccountKind(profile, d.platform, d.handle, d.kind);
    } catch (e) {
      if (e instanceof AccountChoiceError) return { ok: false, error: { message: e.message, problems: [] } };
      throw e;
    }
    await recheckComposerTabs();
    return { ok: true, value: await listAccounts(profile) };
  },
  forgetAccount: async (data) => {
    const d = accountSchema.parse(data);
    await forgetAccount(d.platform, d.handle);
    await recheckComposerTabs();
    return listAccounts(await activeProfile());
  },
};

/** Anyone may read the status; only the extension's own pages may change anything. */
const READ_ONLY: ReadonlySet<keyof ProfileProtocol> = new Set(['getProfileStatus']);

/**
 * True for the extension's own pages. A content script's sender URL is the web page's, and
 * a page can drive its content script, so nothing from there may install a profile or
 * reclassify an account.
 */
export function isExtensionPage(sender: { id?: string; url?: string }): boolean {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
  return !!sender.url && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** Wires the profile messages, the update alarm, browser start and enterprise policy. */
export function registerProfiles(): void {
  for (const name of Object.keys(profileHandlers) as Array<keyof ProfileProtocol>) {
    const handler = profileHandlers[name] as (data: unknown) => Promise<unknown>;
    onMessage(name as keyof ProtocolMap, (({ data, sender }: { data: unknown; sender: { id?: string; url?: string } }) => {
      if (!READ_ONLY.has(name) && !isExtensionPage(sender)) {
        throw new Error(`${name} is only accepted from PostGuard's own pages`);
      }
      return handler(data);
    }) as never);
  }

  browser.storage.local.onChanged.addListener((changes) => {
    if (KEYS.installed in changes) {
      onStoredProfileChanged(changes[KEYS.installed]?.newValue as InstalledProfile | undefined);
    }
    onStoredAccountsChanged(Object.keys(changes));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPDATE_ALARM) void runScheduledCheck();
  });
  browser.runtime.onStartup.addListener(() => void runScheduledCheck());
  browser.runtime.onInstalled.addListener(() => void syncManagedProfile());
  browser.storage.managed?.onChanged?.addListener(() => void syncManagedProfile());
  void ensureUpdateAlarm().catch(() => undefined);
}

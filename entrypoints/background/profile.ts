// STUB: the profiles issue turns this into the profile service (install by URL, updates,
// managed storage, account classification). The background reads the active profile and
// classifies accounts only through these two functions.
import type { AccountKind, Platform } from '../../rules/draft.ts';
import { onMessage, type AccountSource } from '../../lib/messaging.ts';
import { compiledDefault, isCorporateAccount, type CompiledProfile } from '../../rules/profile.ts';

export async function activeProfile(): Promise<CompiledProfile> {
  return compiledDefault();
}

export async function classifyAccount(
  profile: CompiledProfile,
  platform: Platform,
  handle: string | null,
): Promise<{ kind: AccountKind; source: AccountSource }> {
  if (handle && isCorporateAccount(profile, platform, handle)) return { kind: 'corporate', source: 'profile' };
  return { kind: 'personal', source: 'default' };
}

/** Wires the profile messages and alarms. */
export function registerProfiles(): void {
  onMessage('getProfileStatus', async () => {
    const p = await activeProfile();
    return {
      id: p.id,
      name: p.profile.name,
      version: p.version,
      sourceUrl: null,
      installedAt: null,
      lastCheckedAt: null,
      lastError: null,
      managed: false,
      locked: false,
    };
  });
}

// Enterprise policy: IT sets profileUrl / lockProfile / sha256 for every user through
// storage.managed (public/managed-schema.json). Chrome validates the types against the
// schema; PostGuard checks them again, since a broken policy must not break the worker.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { ManagedProfilePolicy } from '../../lib/protocol/profile.ts';

const managedSchema = z.object({
  profileUrl: z.string().max(2000).optional(),
  lockProfile: z.boolean().optional(),
  sha256: z.string().max(200).optional(),
});

/** The policy as last read, so the popup need not wait for the browser's policy service. */
export const LAST_KNOWN_POLICY_KEY = 'profile:managed-policy';

/**
 * Chromium answers the first storage.managed.get() after the browser starts only once its
 * policy service has loaded (about 2 s here); afterwards at once. Screens that only show the
 * policy wait this long for it before showing the last one read.
 */
const DISPLAY_WAIT_MS = 250;

/** What IT set, or null when no profile is managed (or the browser has no managed storage). */
export async function readManagedPolicy(): Promise<ManagedProfilePolicy | null> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    // Firefox rejects when no policy names the extension: nothing is managed.
    return remember(null);
  }
  const parsed = managedSchema.safeParse(raw ?? {});
  const profileUrl = parsed.success ? parsed.data.profileUrl?.trim() : undefined;
  if (!parsed.success || !profileUrl) return remember(null);
  return remember({
    profileUrl,
    lockProfile: parsed.data.lockProfile === true,
    sha256: parsed.data.sha256?.trim() || null,
  });
}

/** For display: the live policy if the browser answers promptly, else the last one read. */
export async function managedPolicyForDisplay(): Promise<ManagedProfilePolicy | null> {
  const live = readManagedPolicy();
  const late = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), DISPLAY_WAIT_MS));
  const first = await Promise.race([live, late]);
  if (first !== 'late') return first;
  const stored = await browser.storage.local.get(LAST_KNOWN_POLICY_KEY);
  return (stored[LAST_KNOWN_POLICY_KEY] as ManagedProfilePolicy | undefined) ?? null;
}

async function remember(policy: ManagedProfilePolicy | null): Promise<ManagedProfilePolicy | null> {
  try {
    const stored = (await browser.storage.local.get(LAST_KNOWN_POLICY_KEY))[LAST_KNOWN_POLICY_KEY] ?? null;
    if (JSON.stringify(stored) !== JSON.stringify(policy)) {
      await (policy
        ? browser.storage.local.set({ [LAST_KNOWN_POLICY_KEY]: policy })
        : browser.storage.local.remove(LAST_KNOWN_POLICY_KEY));
    }
  } catch {
    // Only a cache for display; the live policy is what counts.
  }
  return policy;
}

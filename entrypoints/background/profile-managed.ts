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

/** What IT set, or null when no profile is managed (or the browser has no managed storage). */
export async function readManagedPolicy(): Promise<ManagedProfilePolicy | null> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    // Firefox rejects when no policy names the extension: nothing is managed.
    return null;
  }
  const parsed = managedSchema.safeParse(raw ?? {});
  if (!parsed.success) return null;
  const profileUrl = parsed.data.profileUrl?.trim();
  if (!profileUrl) return null;
  return {
    profileUrl,
    lockProfile: parsed.data.lockProfile === true,
    sha256: parsed.data.sha256?.trim() || null,
  };
}

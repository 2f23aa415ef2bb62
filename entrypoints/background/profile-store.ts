// The installed profile, its update status and history, in storage.local: the service
// worker can be stopped at any moment, so memory is only a cache of what is stored here.
import { browser } from 'wxt/browser';
import { compiledDefault, type CompiledProfile } from '../../rules/profile.ts';
import type { ProfileError, ProfileHistoryEntry } from '../../lib/protocol/profile.ts';
import { checkProfileDocument } from './profile-validate.ts';

export const KEYS = {
  installed: 'profile:installed',
  status: 'profile:update-status',
  history: 'profile:history',
  managedApplied: 'profile:managed-applied',
  /** Why the organisation's profile could not be installed (kept apart from update errors). */
  managedFailure: 'profile:managed-failure',
} as const;

export const HISTORY_LENGTH = 10;

export interface InstalledProfile {
  /** The profile JSON as published; checked again (against this engine) whenever loaded. */
  document: unknown;
  sha256: string;
  bytes: number;
  /** As given, with its `#sha256=` pin if it had one: updates come from here. */
  sourceUrl: string;
  /** Installed from enterprise policy (storage.managed). */
  managed: boolean;
  installedAt: number;
  etag: string | null;
  lastModified: string | null;
  id: string;
  name: string;
  version: string;
}

export interface UpdateStatus {
  lastCheckedAt: number | null;
  lastError: ProfileError | null;
}

/** The organisation's profile failed to install from `sourceUrl`; another stays in force. */
export interface ManagedFailure extends ProfileError {
  sourceUrl: string;
}

export async function readManagedFailure(): Promise<ManagedFailure | null> {
  const got = await browser.storage.local.get(KEYS.managedFailure);
  return (got[KEYS.managedFailure] as ManagedFailure | undefined) ?? null;
}

export async function writeManagedFailure(failure: ManagedFailure | null): Promise<void> {
  if (failure) await browser.storage.local.set({ [KEYS.managedFailure]: failure });
  else if (await readManagedFailure()) await browser.storage.local.remove(KEYS.managedFailure);
}

export async function readInstalled(): Promise<InstalledProfile | null> {
  const got = await browser.storage.local.get(KEYS.installed);
  return (got[KEYS.installed] as InstalledProfile | undefined) ?? null;
}

export async function readStatus(): Promise<UpdateStatus> {
  const got = await browser.storage.local.get(KEYS.status);
  return (got[KEYS.status] as UpdateStatus | undefined) ?? { lastCheckedAt: null, lastError: null };
}

export async function writeStatus(status: UpdateStatus): Promise<void> {
  await browser.storage.local.set({ [KEYS.status]: status });
}

export async function readHistory(): Promise<ProfileHistoryEntry[]> {
  const got = await browser.storage.local.get(KEYS.history);
  return (got[KEYS.history] as ProfileHistoryEntry[] | undefined) ?? [];
}

/**
 * Makes a checked profile the active one: the record, a history entry and a clean status
 * in one storage write, so a worker stopped half-way never leaves them disagreeing.
 */
export async function writeInstalled(
  record: InstalledProfile,
  compiled: CompiledProfile,
  how: ProfileHistoryEntry['how'],
): Promise<void> {
  const history = await readHistory();
  const entry: ProfileHistoryEntry = {
    id: record.id,
    name: record.name,
    version: record.version,
    sha256: record.sha256,
    sourceUrl: record.sourceUrl,
    at: record.installedAt,
    how,
  };
  remember(record.sha256, compiled);
  await browser.storage.local.set({
    [KEYS.installed]: record,
    [KEYS.history]: [entry, ...history].slice(0, HISTORY_LENGTH),
    [KEYS.status]: { lastCheckedAt: record.installedAt, lastError: null } satisfies UpdateStatus,
  });
}

/** Refreshes what the server said about the installed file (ETag), keeping it in force. */
export async function touchInstalled(patch: Partial<Pick<InstalledProfile, 'etag' | 'lastModified' | 'managed'>>): Promise<void> {
  const current = await readInstalled();
  if (current) await browser.storage.local.set({ [KEYS.installed]: { ...current, ...patch } });
}

export async function clearInstalled(): Promise<void> {
  remember(null, compiledDefault());
  await browser.storage.local.remove([KEYS.installed, KEYS.status]);
}

// ---- the compiled active profile, cached for every draft check ----

interface CacheEntry {
  /** The stored record's hash; undefined while it is still being read. */
  sha256: string | null | undefined;
  compiled: Promise<CompiledProfile>;
}
let cache: CacheEntry | null = null;

function remember(sha256: string | null, compiled: CompiledProfile): void {
  cache = { sha256, compiled: Promise.resolve(compiled) };
}

/**
 * The profile every check runs against. After the worker starts it is read and compiled
 * once; then it is a memory read. A stored profile this engine no longer accepts falls
 * back to the default, and says so in the update status rather than failing every check.
 */
export function loadActiveProfile(): Promise<CompiledProfile> {
  if (cache) return cache.compiled;
  const entry: CacheEntry = { sha256: undefined, compiled: Promise.resolve(compiledDefault()) };
  entry.compiled = (async () => {
    const record = await readInstalled();
    entry.sha256 = record?.sha256 ?? null;
    if (!record) return compiledDefault();
    try {
      return checkProfileDocument(record.document).compiled;
    } catch (e) {
      await writeStatus({
        lastCheckedAt: (await readStatus()).lastCheckedAt,
        lastError: {
          message: `the installed profile ${record.name} ${record.version} no longer passes this version of PostGuard's checks, so the default applies: ${(e as Error).message}`,
          at: Date.now(),
        },
      });
      return compiledDefault();
    }
  })();
  cache = entry;
  return entry.compiled;
}

/** Something changed the stored profile: drop the cache unless it already holds that one. */
export function onStoredProfileChanged(newValue: InstalledProfile | undefined | null): void {
  if (cache && cache.sha256 !== undefined && cache.sha256 === (newValue?.sha256 ?? null)) return;
  cache = null;
}

/** Forget the in-memory cache, as a stopped and restarted worker would (tests, benchmarks). */
export function dropProfileCache(): void {
  cache = null;
}

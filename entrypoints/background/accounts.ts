// Which accounts are corporate. The profile's `accounts` list wins; for any account it does
// not name, the user's own choice; otherwise personal. classifyAccount runs on every draft
// check, so it reads memory only: the stored lists are loaded once per worker and kept in
// step through storage.onChanged, and "seen" is written at most once an hour per account.
import { browser } from 'wxt/browser';
import { PLATFORMS, type AccountKind, type Platform } from '../../rules/draft.ts';
import { isCorporateAccount, type CompiledProfile } from '../../rules/profile.ts';
import type { AccountEntry } from '../../lib/protocol/profile.ts';

export const ACCOUNT_KEYS = { seen: 'accounts:seen', choices: 'accounts:choices' } as const;

/** Handles come from web pages: keep the list bounded, forgetting the longest unseen. */
export const MAX_SEEN_ACCOUNTS = 200;
const SEEN_WRITE_INTERVAL_MS = 60 * 60 * 1000;

export interface SeenAccount {
  platform: Platform;
  handle: string;
  firstSeenAt: number;
  lastSeenAt: number;
}
type SeenMap = Record<string, SeenAccount>;
type ChoiceMap = Record<string, { platform: Platform; handle: string; kind: AccountKind }>;

export function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

export function accountKey(platform: Platform, handle: string): string {
  return `${platform}:${normaliseHandle(handle)}`;
}

let seen: Promise<SeenMap> | null = null;
let choices: Promise<ChoiceMap> | null = null;
let seenWrite: Promise<void> = Promise.resolve();

function loadSeen(): Promise<SeenMap> {
  return (seen ??= browser.storage.local.get(ACCOUNT_KEYS.seen).then((g) => ({ ...((g[ACCOUNT_KEYS.seen] as SeenMap) ?? {}) })));
}

function loadChoices(): Promise<ChoiceMap> {
  return (choices ??= browser.storage.local
    .get(ACCOUNT_KEYS.choices)
    .then((g) => ({ ...((g[ACCOUNT_KEYS.choices] as ChoiceMap) ?? {}) })));
}

/** storage.local changed (this worker or another context): drop what memory holds. */
export function onStoredAccountsChanged(changed: string[]): void {
  if (changed.includes(ACCOUNT_KEYS.choices)) choices = null;
}

/** Forget the in-memory lists, as a restarted worker would (tests, benchmarks). */
export function dropAccountCache(): void {
  seen = null;
  choices = null;
}

export async function classify(
  profile: CompiledProfile,
  platform: Platform,
  handle: string | null,
  now = Date.now(),
): Promise<{ kind: AccountKind; source: 'profile' | 'user' | 'default' }> {
  const clean = handle?.trim() ?? '';
  if (!normaliseHandle(clean)) return { kind: 'personal', source: 'default' };
  void noteSeen(platform, clean, now);
  if (isCorporateAccount(profile, platform, clean)) return { kind: 'corporate', source: 'profile' };
  const choice = (await loadChoices())[accountKey(platform, clean)];
  if (choice) return { kind: choice.kind, source: 'user' };
  return { kind: 'personal', source: 'default' };
}

async function noteSeen(platform: Platform, handle: string, now: number): Promise<void> {
  const map = await loadSeen();
  const key = accountKey(platform, handle);
  const entry = map[key];
  if (entry && now - entry.lastSeenAt < SEEN_WRITE_INTERVAL_MS) return;
  map[key] = { platform, handle: handle.trim().replace(/^@/, ''), firstSeenAt: entry?.firstSeenAt ?? now, lastSeenAt: now };
  evictOldest(map);
  // Writes queue behind each other so a slow one never overwrites a newer list.
  seenWrite = seenWrite
    .then(() => browser.storage.local.set({ [ACCOUNT_KEYS.seen]: map }))
    .catch(() => undefined);
  await seenWrite;
}

function evictOldest(map: SeenMap): void {
  const keys = Object.keys(map);
  if (keys.length <= MAX_SEEN_ACCOUNTS) return;
  keys
    .sort((a, b) => map[a]!.lastSeenAt - map[b]!.lastSeenAt)
    .slice(0, keys.length - MAX_SEEN_ACCOUNTS)
    .forEach((k) => delete map[k]);
}

/**
 * The accounts PostGuard has seen or the user has classified, with how each is treated now
 * (marking those the profile names). Not every account the profile names: a profile may
 * name 5,000, and options shows the accounts this person posts from; the profile's own
 * list is in its summary.
 */
export async function listAccounts(profile: CompiledProfile): Promise<AccountEntry[]> {
  await seenWrite;
  const [seenMap, choiceMap] = await Promise.all([loadSeen(), loadChoices()]);
  const entries = new Map<string, AccountEntry>();
  const add = (platform: Platform, handle: string, lastSeenAt: number | null) => {
    const key = accountKey(platform, handle);
    if (entries.has(key)) return;
    const choice = choiceMap[key]?.kind ?? null;
    const named = isCorporateAccount(profile, platform, handle);
    entries.set(key, {
      platform,
      handle,
      kind: named ? 'corporate' : (choice ?? 'personal'),
      source: named ? 'profile' : choice ? 'user' : 'default',
      userChoice: choice,
      lastSeenAt,
    });
  };
  for (const s of Object.values(seenMap)) add(s.platform, s.handle, s.lastSeenAt);
  for (const c of Object.values(choiceMap)) add(c.platform, c.handle, null);
  return [...entries.values()].sort(
    (a, b) =>
      PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform) ||
      a.handle.localeCompare(b.handle, 'en', { sensitivity: 'base' }),
  );
}

export class AccountChoiceError extends Error {
  override name = 'AccountChoiceError';
}

/** The user's choice for an account; null forgets it. The profile's own list cannot be overruled. */
export async function setAccountKind(
  profile: CompiledProfile,
  platform: Platform,
  handle: string,
  kind: AccountKind | null,
): Promise<void> {
  const clean = handle.trim().replace(/^@/, '');
  if (!normaliseHandle(clean)) throw new AccountChoiceError('an account needs a handle');
  if (kind && isCorporateAccount(profile, platform, clean)) {
    throw new AccountChoiceError(
      `@${clean} is named in the organisation's profile as a corporate account; only the profile can change that`,
    );
  }
  const map = { ...(await loadChoices()) };
  const key = accountKey(platform, clean);
  if (kind) map[key] = { platform, handle: map[key]?.handle ?? clean, kind };
  else delete map[key];
  choices = Promise.resolve(map);
  await browser.storage.local.set({ [ACCOUNT_KEYS.choices]: map });
}

export async function forgetAccount(platform: Platform, handle: string): Promise<void> {
  const key = accountKey(platform, handle);
  await seenWrite;
  const seenMap = await loadSeen();
  delete seenMap[key];
  const choiceMap = { ...(await loadChoices()) };
  delete choiceMap[key];
  choices = Promise.resolve(choiceMap);
  await browser.storage.local.set({ [ACCOUNT_KEYS.seen]: seenMap, [ACCOUNT_KEYS.choices]: choiceMap });
}

// Installing, updating and removing the organisation's profile. Every change goes through
// one queue (a user's install and a scheduled update never interleave), and every failure
// leaves the last good profile exactly as it was: nothing is written until the new file
// has been fetched, checked, compiled and has passed its own examples.
import { browser } from 'wxt/browser';
import { summariseProfile } from '../../rules/profile.ts';
import { parseProfileUrl, type ProfileUrl } from '../../lib/profile-url.ts';
import type {
  ProfileDetails,
  ProfileError,
  ProfileHistoryEntry,
  ProfilePreview,
  ProfileResult,
  ProfileStatus,
} from '../../lib/protocol/profile.ts';
import { FETCH_TIMEOUT_MS, MAX_PROFILE_BYTES, ProfileFetchError, fetchProfileFile, type FetchLimits, type Validators } from './profile-fetch.ts';
import { managedPolicyForDisplay, readManagedPolicy } from './profile-managed.ts';
import {
  KEYS,
  clearInstalled,
  loadActiveProfile,
  readHistory,
  readInstalled,
  readManagedFailure,
  readStatus,
  touchInstalled,
  writeInstalled,
  writeManagedFailure,
  writeStatus,
  type InstalledProfile,
} from './profile-store.ts';
import { checkProfileBytes, toFailure, type CheckedProfile } from './profile-validate.ts';
import { recheckComposerTabs } from './recheck-tabs.ts';

export const UPDATE_ALARM = 'postguard-profile-update';
export const UPDATE_EVERY_MINUTES = 6 * 60;

export const LOCKED_MESSAGE =
  "your organisation manages PostGuard's policy profile and has locked it, so it cannot be changed or removed here";

/** Limits for every fetch; tests shorten the timeout. */
export const fetchLimits: FetchLimits = { maxBytes: MAX_PROFILE_BYTES, timeoutMs: FETCH_TIMEOUT_MS };

interface FetchedProfile {
  url: ProfileUrl;
  checked: CheckedProfile;
  sha256: string;
  bytes: number;
  validators: Validators;
}

let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Previews kept briefly so Install commits exactly the bytes the user looked at. */
const previews = new Map<string, FetchedProfile>();
const MAX_PREVIEWS = 4;

/** Memory a stopped worker loses (tests simulate the restart). */
export function dropPreviews(): void {
  previews.clear();
}

async function fetchAndCheck(input: string, pin: string | null, validators: Validators | null): Promise<FetchedProfile | null> {
  const url = parseProfileUrl(input, pin);
  let out;
  try {
    out = await fetchProfileFile(url, validators, fetchLimits);
  } catch (e) {
    if (e instanceof ProfileFetchError && e.unreachable && !(await hasOriginPermission(url))) {
      throw new ProfileFetchError(
        `${e.message}. PostGuard does not have permission to read ${url.host}: in PostGuard's options, click "Allow PostGuard to read ${url.host}" and choose Allow when the browser asks`,
        true,
        true,
      );
    }
    throw e;
  }
  if (out.kind === 'not-modified') return null;
  return {
    url,
    checked: checkProfileBytes(out.bytes),
    sha256: out.sha256,
    bytes: out.bytes.byteLength,
    validators: { etag: out.etag, lastModified: out.lastModified },
  };
}

async function hasOriginPermission(url: ProfileUrl): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [url.permissionPattern] });
  } catch {
    return true; // cannot tell: say nothing about permissions
  }
}

async function commit(f: FetchedProfile, how: ProfileHistoryEntry['how'], managed: boolean): Promise<void> {
  const p = f.checked.compiled.profile;
  const record: InstalledProfile = {
    document: f.checked.document,
    sha256: f.sha256,
    bytes: f.bytes,
    sourceUrl: f.url.href,
    managed,
    installedAt: Date.now(),
    etag: f.validators.etag,
    lastModified: f.validators.lastModified,
    id: p.id,
    name: p.name,
    version: p.version,
  };
  await writeInstalled(record, f.checked.compiled, how);
  await recheckComposerTabs();
}

/** Fetches and checks a profile for the user to look at; nothing changes. */
export async function previewProfile(input: string): Promise<ProfileResult<ProfilePreview>> {
  try {
      const f = await fetchAndCheck(input, null, null);
      if (!f) throw new Error('the server answered 304 to a request that asked for the whole file');
      previews.delete(f.sha256);
      previews.set(f.sha256, f);
      while (previews.size > MAX_PREVIEWS) previews.delete(previews.keys().next().value!);
      const installed = await readInstalled();
      return {
        ok: true,
        value: {
          url: f.url.href,
          sha256: f.sha256,
          bytes: f.bytes,
          summary: summariseProfile(f.checked.compiled, new Date()),
          examplesChecked: f.checked.examplesChecked,
          alreadyActive: installed?.sha256 === f.sha256,
        },
      };
  } catch (e) {
    return { ok: false, error: toFailure(e) };
  }
}

/** Installs what the user previewed; if the file changed since, nothing is installed. */
export function installProfile(input: string, sha256: string): Promise<ProfileResult<ProfileStatus>> {
  return serially(async (): Promise<ProfileResult<ProfileStatus>> => {
    try {
      if ((await readManagedPolicy())?.lockProfile) throw new Error(LOCKED_MESSAGE);
      const url = parseProfileUrl(input);
      let f = previews.get(sha256);
      if (!f || f.url.href !== url.href) f = (await fetchAndCheck(input, null, null)) ?? undefined;
      if (!f) throw new Error('the server sent no file');
      if (f.sha256 !== sha256) {
        throw new Error(
          `the file at this address changed after you previewed it (it is now ${f.checked.compiled.profile.name} ${f.checked.compiled.profile.version}); preview it again and check the summary before installing`,
        );
      }
      await commit(f, 'installed', false);
      await userChoseOverPolicy();
      previews.delete(sha256);
      return { ok: true, value: await getProfileStatus() };
    } catch (e) {
      return { ok: false, error: toFailure(e) };
    }
  });
}

/** Back to the built-in default profile. */
export function removeProfile(): Promise<ProfileResult<ProfileStatus>> {
  return serially(async (): Promise<ProfileResult<ProfileStatus>> => {
    const policy = await readManagedPolicy();
    if (policy?.lockProfile) return { ok: false, error: { message: LOCKED_MESSAGE, problems: [] } };
    const installed = await readInstalled();
    await clearInstalled();
    await userChoseOverPolicy();
    if (installed) await dropOriginPermission(installed.sourceUrl, [policy?.profileUrl]);
    await recheckComposerTabs();
    return { ok: true, value: await getProfileStatus() };
  });
}

/**
 * The user cancelled a preview, or it failed: forget it, and give back the host permission
 * Preview asked for, unless the profile in force or IT's comes from the same origin.
 */
export function releasePreview(input: string): Promise<void> {
  return serially(async () => {
    let url: ProfileUrl;
    try {
      url = parseProfileUrl(input);
    } catch {
      return; // never fetched, so nothing was granted for it
    }
    for (const [key, f] of previews) if (f.url.fetchUrl === url.fetchUrl) previews.delete(key);
    const [installed, policy] = await Promise.all([readInstalled(), readManagedPolicy()]);
    await dropOriginPermission(url.href, [installed?.sourceUrl, policy?.profileUrl]);
  });
}

/** The permission was asked for this address; once nothing from its origin is used, give it back. */
async function dropOriginPermission(sourceUrl: string, stillNeeded: Array<string | null | undefined>): Promise<void> {
  try {
    const pattern = parseProfileUrl(sourceUrl).permissionPattern;
    for (const other of stillNeeded) {
      if (!other) continue;
      try {
        if (parseProfileUrl(other).permissionPattern === pattern) return;
      } catch {
        // IT's address may be unusable; it then needs nothing.
      }
    }
    await browser.permissions.remove({ origins: [pattern] });
  } catch {
    // Not granted, not removable (a required permission) or not supported: nothing to do.
  }
}

/**
 * "Check for updates now" (and the retry after the user grants a host permission): the
 * scheduled check, at once. Enterprise policy first, then the installed profile's URL
 * (ETag / If-Modified-Since); a new valid version replaces it, anything else keeps it and
 * records the error with its time.
 */
export function checkForUpdate(): Promise<ProfileStatus> {
  return serially(async () => {
    await scheduledCheck();
    return getProfileStatus();
  });
}

/** What a failure says, and the host permission that would let PostGuard read the file. */
function failureOf(e: unknown, url: ProfileUrl | null, at: number): ProfileError {
  const failure = toFailure(e);
  return {
    message: failure.message,
    at,
    permission: failure.needsPermission && url ? { host: url.host, pattern: url.permissionPattern } : null,
  };
}

async function updateInstalled(): Promise<void> {
  const installed = await readInstalled();
  if (!installed) return;
  const now = Date.now();
  let url: ProfileUrl | null = null;
  try {
    url = parseProfileUrl(installed.sourceUrl);
    const f = await fetchAndCheck(installed.sourceUrl, null, {
      etag: installed.etag,
      lastModified: installed.lastModified,
    });
    if (!f || f.sha256 === installed.sha256) {
      if (f) await touchInstalled({ etag: f.validators.etag, lastModified: f.validators.lastModified });
      await writeStatus({ lastCheckedAt: now, lastError: null });
      return;
    }
    await commit(f, installed.managed ? 'managed' : 'updated', installed.managed);
  } catch (e) {
    await writeStatus({ lastCheckedAt: now, lastError: failureOf(e, url, now) });
  }
}

/**
 * The user installed or removed a profile while IT's unlocked policy is in place: that is
 * the user replacing IT's profile, even one that has not installed yet (a server down, a
 * permission not given), so IT's later retries leave the user's choice alone until IT
 * changes the policy.
 */
async function userChoseOverPolicy(): Promise<void> {
  const policy = await readManagedPolicy();
  if (!policy || policy.lockProfile) return;
  let href: string;
  try {
    href = parseProfileUrl(policy.profileUrl, policy.sha256).href;
  } catch {
    return; // a policy PostGuard cannot use is never retried anyway
  }
  await settleManaged(href);
}

/** IT's profile at `href` is dealt with (installed, or replaced by the user): no retry, no failure shown. */
async function settleManaged(href: string): Promise<void> {
  await browser.storage.local.set({ [KEYS.managedApplied]: href });
  await writeManagedFailure(null);
}

/**
 * Applies enterprise policy: the managed profile is installed when IT sets or changes it,
 * and kept installed while it is locked. An unlocked one the user replaced stays replaced
 * until IT changes the policy. Returns true when it installed something.
 */
export function syncManagedProfile(): Promise<boolean> {
  return serially(applyManagedPolicy);
}

async function applyManagedPolicy(): Promise<boolean> {
  const policy = await readManagedPolicy();
  const installed = await readInstalled();
  if (!policy) {
    // IT withdrew the policy: the profile stays, now the user's to keep or change.
    if (installed?.managed) await touchInstalled({ managed: false });
    await writeManagedFailure(null);
    return false;
  }
  const now = Date.now();
  let url: ProfileUrl;
  try {
    url = parseProfileUrl(policy.profileUrl, policy.sha256);
  } catch (e) {
    await writeManagedFailure({
      sourceUrl: policy.profileUrl,
      message: `your organisation's policy sets a profile PostGuard cannot use: ${(e as Error).message}`,
      at: now,
      permission: null,
    });
    return false;
  }
  const applied = (await browser.storage.local.get(KEYS.managedApplied))[KEYS.managedApplied] as string | undefined;
  if (installed?.sourceUrl === url.href) {
    if (!installed.managed) await touchInstalled({ managed: true });
    if (applied !== url.href) await browser.storage.local.set({ [KEYS.managedApplied]: url.href });
    await writeManagedFailure(null);
    return false;
  }
  if (!policy.lockProfile && applied === url.href) return false;
  try {
    const f = await fetchAndCheck(url.href, null, null);
    if (!f) throw new Error('the server sent no file');
    await commit(f, 'managed', true);
    await settleManaged(url.href);
    return true;
  } catch (e) {
    // Kept apart from the installed profile's update status: a good update of the profile
    // in force must not hide that IT's profile is not installed.
    const failure = failureOf(e, url, now);
    await writeManagedFailure({
      ...failure,
      sourceUrl: url.href,
      message: `could not install your organisation's profile from ${url.host}: ${failure.message}`,
    });
    return false;
  }
}

async function scheduledCheck(): Promise<void> {
  if (!(await applyManagedPolicy())) await updateInstalled();
}

/** The scheduled check (alarm, browser start): policy first, then the installed profile's URL. */
export function runScheduledCheck(): Promise<void> {
  return serially(scheduledCheck);
}

export async function getProfileStatus(): Promise<ProfileStatus> {
  const [compiled, installed, status, policy, managedFailure] = await Promise.all([
    loadActiveProfile(),
    readInstalled(),
    readStatus(),
    managedPolicyForDisplay(),
    readManagedFailure(),
  ]);
  const managedActive = policy !== null && installed?.managed === true;
  // While IT's profile is not the one in force, why not is the error that matters most.
  const managedError: ProfileError | null =
    policy && !managedActive && managedFailure
      ? { message: managedFailure.message, at: managedFailure.at, managed: true, permission: managedFailure.permission ?? null }
      : null;
  return {
    id: compiled.id,
    name: compiled.profile.name,
    version: compiled.version,
    sourceUrl: installed?.sourceUrl ?? null,
    installedAt: installed?.installedAt ?? null,
    lastCheckedAt: status.lastCheckedAt,
    lastError: managedError ?? status.lastError,
    // The profile in force came from IT: not merely "IT set a policy" (a locked policy whose
    // profile failed to install leaves the user's own in force, which IT did not set).
    managed: managedActive,
    locked: policy?.lockProfile === true,
  };
}

export async function getProfileDetails(): Promise<ProfileDetails> {
  const [status, compiled, history, policy, installed, alarm] = await Promise.all([
    getProfileStatus(),
    loadActiveProfile(),
    readHistory(),
    managedPolicyForDisplay(),
    readInstalled(),
    browser.alarms.get(UPDATE_ALARM).catch(() => undefined),
  ]);
  return {
    status,
    summary: summariseProfile(compiled, new Date()),
    history,
    managedPolicy: policy,
    managedActive: installed?.managed === true,
    updateEveryMinutes: UPDATE_EVERY_MINUTES,
    nextCheckAt: installed && alarm ? alarm.scheduledTime : null,
  };
}

/** Creates the update alarm unless it exists (re-creating it would push the next check back). */
export async function ensureUpdateAlarm(): Promise<void> {
  const existing = await browser.alarms.get(UPDATE_ALARM);
  if (!existing) {
    await browser.alarms.create(UPDATE_ALARM, {
      delayInMinutes: UPDATE_EVERY_MINUTES,
      periodInMinutes: UPDATE_EVERY_MINUTES,
    });
  }
}

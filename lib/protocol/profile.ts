// The profile messages: the active profile's status (popup, options), installing by URL,
// updates, enterprise policy and account classification (options). Options and popup are
// extension pages; the background refuses the changing messages from anywhere else.
import type { AccountKind, Platform } from '../../rules/draft.ts';
import type { ProfileProblem, ProfileSummary } from '../../rules/profile.ts';

export type { ProfileProblem, ProfileSummary } from '../../rules/profile.ts';

/** What the popup and options show about the active profile. */
export interface ProfileStatus {
  id: string;
  name: string;
  version: string;
  /** Where it was installed from; null for the built-in default. */
  sourceUrl: string | null;
  installedAt: number | null;
  /** The last time an update was fetched (successfully or not). */
  lastCheckedAt: number | null;
  /**
   * The last failed or invalid update, or the organisation's profile failing to install
   * (`managed`); the profile above stays in force either way.
   */
  lastError: ProfileError | null;
  /** Set by IT through enterprise policy (storage.managed). */
  managed: boolean;
  locked: boolean;
}

/** A fetch or check that failed after install: by an update, or of the organisation's profile. */
export interface ProfileError {
  message: string;
  at: number;
  /** The organisation's (managed) profile could not be installed; another stays in force. */
  managed?: boolean;
  /**
   * The server could not be read without the host permission for its origin, which only a
   * click in options can grant (IT's profile is fetched without one): what to ask for.
   */
  permission?: { host: string; pattern: string } | null;
}

/**
 * Why a profile was not installed: one line that says what to do, and where the profile
 * itself is at fault, every problem with its JSON path. Nothing changed.
 */
export interface ProfileFailure {
  message: string;
  problems: ProfileProblem[];
  /** The server could not be reached and PostGuard has no permission for its origin yet. */
  needsPermission?: boolean;
}

export type ProfileResult<T> = { ok: true; value: T } | { ok: false; error: ProfileFailure };

/** A profile fetched and checked, shown to the user before it is installed. */
export interface ProfilePreview {
  /** The address, normalised, with its pin if it had one. Install with this and `sha256`. */
  url: string;
  sha256: string;
  bytes: number;
  summary: ProfileSummary;
  /** The number of rule examples the self-test ran (all passed, or there is no preview). */
  examplesChecked: number;
  /** The same bytes are already the active profile. */
  alreadyActive: boolean;
}

/** One installed version of a profile, newest first. */
export interface ProfileHistoryEntry {
  id: string;
  name: string;
  version: string;
  sha256: string;
  sourceUrl: string;
  at: number;
  /** installed: by the user; managed: from enterprise policy; updated: by a scheduled check. */
  how: 'installed' | 'managed' | 'updated';
}

/** What IT set in storage.managed, as PostGuard read it. */
export interface ManagedProfilePolicy {
  profileUrl: string;
  lockProfile: boolean;
  sha256: string | null;
}

export interface ProfileDetails {
  status: ProfileStatus;
  summary: ProfileSummary;
  history: ProfileHistoryEntry[];
  managedPolicy: ManagedProfilePolicy | null;
  /** The managed profile is in force (false when the user replaced an unlocked one). */
  managedActive: boolean;
  updateEveryMinutes: number;
  nextCheckAt: number | null;
}

/** An account PostGuard has seen (or the profile names), and how it is treated. */
export interface AccountEntry {
  platform: Platform;
  handle: string;
  kind: AccountKind;
  /** profile: named in the profile (wins); user: the user's choice; default: personal. */
  source: 'profile' | 'user' | 'default';
  userChoice: AccountKind | null;
  lastSeenAt: number | null;
}

export interface ProfileProtocol {
  /** popup, options → background: the active profile and its update status. */
  getProfileStatus(): ProfileStatus;
  /** options → background: status, summary, history and enterprise policy. */
  getProfileDetails(): ProfileDetails;
  /** options → background: fetch and check a profile; nothing changes. */
  previewProfile(data: { url: string }): ProfileResult<ProfilePreview>;
  /** options → background: the preview was cancelled or failed; give back its host permission. */
  releasePreview(data: { url: string }): void;
  /** options → background: install the previewed profile (refused if its bytes changed). */
  installProfile(data: { url: string; sha256: string }): ProfileResult<ProfileStatus>;
  /** options → background: back to the built-in default (refused when IT locked the profile). */
  removeProfile(): ProfileResult<ProfileStatus>;
  /** options → background: check the profile's URL for a new version now. */
  checkProfileUpdate(): ProfileStatus;
  /** options → background: the accounts seen per platform and how each is treated. */
  listAccounts(): AccountEntry[];
  /** options → background: the user's choice for an account; null forgets it. */
  setAccountKind(data: { platform: Platform; handle: string; kind: AccountKind | null }): ProfileResult<AccountEntry[]>;
  /** options → background: forget an account PostGuard has seen (and the user's choice). */
  forgetAccount(data: { platform: Platform; handle: string }): AccountEntry[];
}

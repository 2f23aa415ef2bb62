// The profile messages. The profiles issue adds install/preview/accounts entries here;
// getProfileStatus is the contract the popup already reads.

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
  /** The last failed or invalid update; the profile above stays in force. */
  lastError: { message: string; at: number } | null;
  /** Set by IT through enterprise policy (storage.managed). */
  managed: boolean;
  locked: boolean;
}

export interface ProfileProtocol {
  /** popup, options → background: the active profile and its update status. */
  getProfileStatus(): ProfileStatus;
}

import type { ManagedProfilePolicy, ProfileError } from '../lib/protocol/profile.ts';

interface Props {
  policy: ManagedProfilePolicy;
  /** The managed profile is the one in force. */
  active: boolean;
  /** Why the managed profile is not installed, when PostGuard tried and failed. */
  failure: ProfileError | null;
  onUseIt(): void;
  /** Ask for the host permission (inside this click) and try IT's profile again. */
  onAllow(pattern: string): void;
  busy: boolean;
}

/** IT set the profile through enterprise policy: say so, and what the user may still do. */
export function ManagedNotice({ policy, active, failure, onUseIt, onAllow, busy }: Props) {
  // IT's profile is fetched with no click, so the browser never asked for its site: where
  // that is why it failed, one click here asks (the install form may be locked away).
  const permission = !active ? (failure?.permission ?? null) : null;
  return (
    <section className="managed-notice" aria-labelledby="managed-heading">
      <h2 id="managed-heading">Managed by your organisation</h2>
      <p>
        {policy.lockProfile
          ? "Your organisation's IT has set PostGuard's policy profile and locked it. It cannot be changed or removed here."
          : "Your organisation's IT has set PostGuard's policy profile. You may install a different one; your organisation's stays available."}
        {!active && failure && ' It is not installed yet: until it is, the profile below stays in force.'}
      </p>
      <p className="muted">
        Profile address: <span className="url">{policy.profileUrl}</span>
        {policy.sha256 && ' (pinned to one exact file)'}
      </p>
      {permission ? (
        <div className="callout" role="note">
          <p>
            PostGuard needs your permission to read files from <strong>{permission.host}</strong> to install your
            organisation’s profile and keep it up to date. Your browser will ask you.
          </p>
          <button type="button" className="primary" disabled={busy} onClick={() => onAllow(permission.pattern)}>
            Allow PostGuard to read {permission.host}
          </button>
        </div>
      ) : (
        !policy.lockProfile &&
        !active && (
          <button type="button" onClick={onUseIt}>
            Use your organisation’s profile
          </button>
        )
      )}
    </section>
  );
}

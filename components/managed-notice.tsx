import type { ManagedProfilePolicy } from '../lib/protocol/profile.ts';

interface Props {
  policy: ManagedProfilePolicy;
  /** The managed profile is the one in force. */
  active: boolean;
  onUseIt(): void;
}

/** IT set the profile through enterprise policy: say so, and what the user may still do. */
export function ManagedNotice({ policy, active, onUseIt }: Props) {
  return (
    <section className="managed-notice" aria-labelledby="managed-heading">
      <h2 id="managed-heading">Managed by your organisation</h2>
      <p>
        {policy.lockProfile
          ? "Your organisation's IT has set PostGuard's policy profile and locked it. It cannot be changed or removed here."
          : "Your organisation's IT has set PostGuard's policy profile. You may install a different one; your organisation's stays available."}
      </p>
      <p className="muted">
        Profile address: <span className="url">{policy.profileUrl}</span>
        {policy.sha256 && ' (pinned to one exact file)'}
      </p>
      {!policy.lockProfile && !active && (
        <button type="button" onClick={onUseIt}>
          Use your organisation’s profile
        </button>
      )}
    </section>
  );
}

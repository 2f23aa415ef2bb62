import type { ProfileStatus } from '../lib/protocol/profile.ts';
import { formatTime } from '../lib/log/describe.ts';

/** The policy profile in force: what, which version, from where, how fresh. */
export function ProfileCard({ status, error, onOpenOptions }: { status: ProfileStatus | undefined; error: string | null; onOpenOptions(): void }) {
  return (
    <section aria-labelledby="profile-heading" className="card">
      <h2 id="profile-heading">Policy profile</h2>
      {error ? (
        <p className="warning">PostGuard could not read the active profile: {error}</p>
      ) : !status ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <p className="profile-name">
            <span data-profile-name>{status.name}</span> <span className="version">version {status.version}</span>
          </p>
          <dl className="facts">
            <dt>Source</dt>
            <dd className="url">{status.sourceUrl ?? 'Built into PostGuard'}</dd>
            <dt>Last update</dt>
            <dd>
              {status.lastCheckedAt
                ? formatTime(status.lastCheckedAt)
                : status.installedAt
                  ? `Installed ${formatTime(status.installedAt)}`
                  : 'Not installed from a URL'}
            </dd>
            {status.managed ? (
              <>
                <dt>Managed</dt>
                <dd>Set by your IT team{status.locked ? ' and locked' : ''}</dd>
              </>
            ) : (
              // IT locked PostGuard to a profile that failed to install: the one above is not theirs.
              status.locked && (
                <>
                  <dt>Managed</dt>
                  <dd>Locked by your IT team, whose profile is not installed yet</dd>
                </>
              )
            )}
          </dl>
          {status.lastError && (
            <p className="warning" role="status">
              {status.lastError.managed ? 'Your organisation’s profile could not be installed' : 'The last update failed'} (
              {formatTime(status.lastError.at)}): {status.lastError.message} The profile above stays in force.
            </p>
          )}
        </>
      )}
      {/* Until the status is in, PostGuard cannot say which of the two the user needs. */}
      <button type="button" className="link-button" onClick={onOpenOptions}>
        {!status ? 'Open Options' : status.sourceUrl ? 'Manage the profile in Options' : 'Install your organisation’s profile in Options'}
      </button>
    </section>
  );
}

import { useState } from 'react';
import type { ProfileDetails } from '../lib/protocol/profile.ts';
import { formatTime } from './display-format.ts';
import { ProfileSummaryView } from './profile-summary.tsx';

interface Props {
  details: ProfileDetails;
  busy: 'checking-update' | 'removing' | null;
  onCheckNow(): void;
  onRemove(): void;
  /** Ask for the host permission (inside this click) and check again. */
  onAllow(pattern: string): void;
}

/** The profile in force: what it is, where it came from, how fresh it is, and what failed. */
export function ActiveProfileCard({ details, busy, onCheckNow, onRemove, onAllow }: Props) {
  const { status } = details;
  const error = status.lastError;
  const [confirming, setConfirming] = useState(false);
  const installed = status.sourceUrl !== null;
  return (
    <section className="card" aria-labelledby="active-heading">
      <header className="card-header">
        <h2 id="active-heading">Active profile</h2>
        {status.managed && <span className="pill pill-managed">Managed by your organisation</span>}
      </header>

      {error && (
        <div className="failure" role="alert">
          <p className="failure-title">
            {error.managed
              ? `Your organisation’s profile could not be installed (${formatTime(error.at)}).`
              : `The last update failed (${formatTime(error.at)}).`}{' '}
            {status.name} version {status.version} is still in force.
          </p>
          <p className="failure-message">{error.message}</p>
          {/* The organisation's notice above offers its own button. */}
          {error.permission && !error.managed && (
            <div className="actions">
              <button type="button" disabled={busy !== null} onClick={() => onAllow(error.permission!.pattern)}>
                Allow PostGuard to read {error.permission.host}
              </button>
            </div>
          )}
        </div>
      )}

      <ProfileSummaryView summary={details.summary} />

      <dl className="facts facts-compact">
        <div>
          <dt>Source</dt>
          <dd>{installed ? <span className="url">{status.sourceUrl}</span> : 'Built into PostGuard'}</dd>
        </div>
        {status.installedAt !== null && (
          <div>
            <dt>Installed</dt>
            <dd>{formatTime(status.installedAt)}</dd>
          </div>
        )}
        {installed && (
          <div>
            <dt>Last checked</dt>
            <dd>{status.lastCheckedAt !== null ? formatTime(status.lastCheckedAt) : 'not yet'}</dd>
          </div>
        )}
        {installed && details.nextCheckAt !== null && (
          <div>
            <dt>Next check</dt>
            <dd>
              {formatTime(details.nextCheckAt)} <span className="muted">(every {details.updateEveryMinutes / 60} hours and at browser start)</span>
            </dd>
          </div>
        )}
      </dl>

      {installed && (
        <div className="actions">
          <button type="button" onClick={onCheckNow} disabled={busy !== null}>
            {busy === 'checking-update' ? 'Checking…' : 'Check for updates now'}
          </button>
          {!status.locked &&
            (confirming ? (
              <span className="confirm" role="group" aria-label="Confirm removal">
                <span>Remove {status.name}? PostGuard will use its built-in default.</span>
                <button
                  type="button"
                  className="danger"
                  disabled={busy !== null}
                  onClick={() => {
                    setConfirming(false);
                    onRemove();
                  }}
                >
                  Remove
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </span>
            ) : (
              <button type="button" className="danger-quiet" onClick={() => setConfirming(true)} disabled={busy !== null}>
                Remove profile…
              </button>
            ))}
        </div>
      )}
      {status.locked &&
        (status.managed ? (
          <p className="muted">Your organisation has locked this profile: it cannot be changed or removed here.</p>
        ) : (
          <p className="muted">
            Your organisation has locked PostGuard to its own profile, which is not installed yet. Until it is, this one
            stays in force and cannot be changed or removed here.
          </p>
        ))}
    </section>
  );
}

import type { ProfileSummary } from '../rules/profile.ts';
import { PLATFORM_NAMES, accountLabel, formatProfileDate } from './display-format.ts';

function periodName(kind: string): string {
  if (kind === 'pre-election') return 'Pre-election period';
  const words = kind.replace(/[-_]+/g, ' ').trim();
  return words ? `${words[0]!.toUpperCase()}${words.slice(1)} period` : 'Period';
}

/** What a profile contains, as the person about to install it needs to judge it. Text only. */
export function ProfileSummaryView({ summary }: { summary: ProfileSummary }) {
  const activePeriods = summary.periods.filter((p) => p.activeNow);
  return (
    <div className="profile-summary">
      {activePeriods.map((p) => (
        <p key={p.id} className="callout callout-period" role="note">
          <strong>{periodName(p.kind)} active now</strong> until {formatProfileDate(p.to)}
        </p>
      ))}
      <dl className="facts">
        <div>
          <dt>Profile</dt>
          <dd>
            <span className="profile-name">{summary.name}</span> <span className="version">version {summary.version}</span>
          </dd>
        </div>
        <div>
          <dt>Organisation</dt>
          <dd>{summary.organisation.length ? summary.organisation.join(', ') : <span className="muted">not named</span>}</dd>
        </div>
        <div>
          <dt>Rules</dt>
          <dd>
            {summary.rulesAdded} added, {summary.rulesChanged} changed, {summary.rulesDisabled} disabled
            <span className="muted"> compared with PostGuard’s default</span>
          </dd>
        </div>
        <div>
          <dt>Corporate accounts</dt>
          <dd>
            {summary.corporateAccounts.length ? (
              <ul className="inline-list" aria-label="Corporate accounts">
                {summary.corporateAccounts.map((a) => (
                  <li key={`${a.platform}:${a.handle}`}>
                    {PLATFORM_NAMES[a.platform]} {accountLabel(a.platform, a.handle)}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">none named</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Periods</dt>
          <dd>
            {summary.periods.length ? (
              <ul className="plain-list" aria-label="Periods">
                {summary.periods.map((p) => (
                  <li key={p.id}>
                    {periodName(p.kind)}: {formatProfileDate(p.from)} – {formatProfileDate(p.to)}
                    {p.activeNow && <span className="pill pill-active">active now</span>}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">none</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Quiet hours</dt>
          <dd>
            {summary.quietHours ? (
              `${summary.quietHours.from}–${summary.quietHours.to}`
            ) : (
              <span className="muted">none</span>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}

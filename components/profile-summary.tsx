import type { ProfileSummary } from '../rules/profile.ts';
import { PLATFORM_NAMES, accountLabel, formatProfileDate } from './display-format.ts';

function periodName(kind: string): string {
  if (kind === 'pre-election') return 'Pre-election period';
  const words = kind.replace(/[-_]+/g, ' ').trim();
  return words ? `${words[0]!.toUpperCase()}${words.slice(1)} period` : 'Period';
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** How the profile's rules relate to the built-in default: the one line that must not mislead. */
function rulesLine(s: ProfileSummary) {
  if (s.isDefault) return <>{count(s.rulesInForce, 'built-in rule')}</>;
  if (s.rulesDropped > 0) {
    return (
      <>
        {count(s.rulesAdded, 'rule')} of its own
        <span className="muted"> · none of PostGuard’s {count(s.defaultRules, 'built-in rule')} (it does not extend the default)</span>
      </>
    );
  }
  return (
    <>
      {s.rulesAdded.toLocaleString('en-GB')} added, {s.rulesChanged.toLocaleString('en-GB')} changed,{' '}
      {s.rulesDisabled.toLocaleString('en-GB')} disabled
      <span className="muted"> compared with PostGuard’s default ({count(s.rulesInForce, 'rule')} in force)</span>
    </>
  );
}

/** What a profile contains, as the person about to install it needs to judge it. Text only. */
export function ProfileSummaryView({ summary }: { summary: ProfileSummary }) {
  const activePeriods = summary.periods.filter((p) => p.activeNow);
  const moreAccounts = summary.corporateAccountCount - summary.corporateAccounts.length;
  return (
    <div className="profile-summary">
      {summary.rulesDropped > 0 && (
        <p className="callout callout-warning" role="note">
          <strong>PostGuard’s built-in rules are off.</strong> This profile does not extend the default, so none of its{' '}
          {count(summary.defaultRules, 'rule')} (phone numbers, personal data, political content in a pre-election
          period …) will check posts
          {summary.rulesAdded === 0
            ? ', and it has no rules of its own.'
            : `: only this profile’s own ${count(summary.rulesAdded, 'rule')}.`}
        </p>
      )}
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
          <dd>{rulesLine(summary)}</dd>
        </div>
        <div>
          <dt>Corporate accounts</dt>
          <dd>
            {summary.corporateAccountCount ? (
              <>
                {summary.corporateAccountCount > 1 && <span>{count(summary.corporateAccountCount, 'account')}: </span>}
                <ul className="inline-list" aria-label="Corporate accounts">
                  {summary.corporateAccounts.map((a) => (
                    <li key={`${a.platform}:${a.handle}`}>
                      {PLATFORM_NAMES[a.platform]} {accountLabel(a.platform, a.handle)}
                    </li>
                  ))}
                </ul>
                {moreAccounts > 0 && <span className="muted"> and {moreAccounts.toLocaleString('en-GB')} more</span>}
              </>
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

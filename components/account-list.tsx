import type { AccountKind, Platform } from '../rules/draft.ts';
import type { AccountEntry } from '../lib/protocol/profile.ts';
import { PLATFORM_NAMES, accountLabel, formatTime } from './display-format.ts';

interface Props {
  accounts: AccountEntry[];
  onChoose(platform: Platform, handle: string, kind: AccountKind | null): void;
  onForget(platform: Platform, handle: string): void;
}

const SOURCE: Record<AccountEntry['source'], string> = {
  profile: "named in your organisation's profile",
  user: 'your choice',
  default: 'not named in the profile: treated as personal',
};

/** The accounts PostGuard has seen, per platform, and whether each is treated as corporate. */
export function AccountList({ accounts, onChoose, onForget }: Props) {
  if (accounts.length === 0) {
    return (
      <p className="muted">
        No accounts yet. Open a post composer on Facebook, X, LinkedIn or Instagram and the account you post as
        appears here.
      </p>
    );
  }
  const platforms = (Object.keys(PLATFORM_NAMES) as Platform[]).filter((p) => accounts.some((a) => a.platform === p));
  return (
    <div className="accounts">
      {platforms.map((platform) => (
        <section key={platform} aria-labelledby={`accounts-${platform}`} className="account-group">
          <h3 id={`accounts-${platform}`}>{PLATFORM_NAMES[platform]}</h3>
          <ul className="account-rows">
            {accounts
              .filter((a) => a.platform === platform)
              .map((a) => (
                <AccountRow key={`${a.platform}:${a.handle}`} account={a} onChoose={onChoose} onForget={onForget} />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function AccountRow({ account: a, onChoose, onForget }: { account: AccountEntry } & Omit<Props, 'accounts'>) {
  const label = accountLabel(a.platform, a.handle);
  const locked = a.source === 'profile';
  const name = `kind-${a.platform}-${a.handle}`;
  return (
    <li className="account-row" data-account={`${a.platform}:${a.handle}`}>
      <div className="account-who">
        <span className="account-handle">{label}</span>
        <span className={`pill pill-${a.kind}`}>{a.kind === 'corporate' ? 'Corporate' : 'Personal'}</span>
        <span className="muted account-why">
          {SOURCE[a.source]}
          {a.lastSeenAt !== null && ` · last seen ${formatTime(a.lastSeenAt)}`}
        </span>
      </div>
      <div className="account-controls">
        <fieldset className="segmented" disabled={locked}>
          <legend className="visually-hidden">Treat {label} as</legend>
          {(['corporate', 'personal'] as const).map((kind) => (
            <label key={kind} className={a.kind === kind ? 'selected' : undefined}>
              <input
                type="radio"
                name={name}
                value={kind}
                checked={a.kind === kind}
                onChange={() => onChoose(a.platform, a.handle, kind)}
              />
              {kind === 'corporate' ? 'Corporate' : 'Personal'}
            </label>
          ))}
        </fieldset>
        {a.userChoice !== null && !locked && (
          <button type="button" className="link" onClick={() => onChoose(a.platform, a.handle, null)}>
            Reset
          </button>
        )}
        {a.lastSeenAt !== null && (
          <button type="button" className="link" onClick={() => onForget(a.platform, a.handle)} aria-label={`Forget ${label}`}>
            Forget
          </button>
        )}
      </div>
    </li>
  );
}

import { useEffect } from 'react';
import { AccountList } from '../../components/account-list.tsx';
import { ActiveProfileCard } from '../../components/active-profile-card.tsx';
import { ManagedNotice } from '../../components/managed-notice.tsx';
import { ProfileHistory } from '../../components/profile-history.tsx';
import { ProfileInstallForm } from '../../components/profile-install-form.tsx';
import type { AccountKind, Platform } from '../../rules/draft.ts';
import {
  allowAndCheckAgain,
  cancelPreview,
  changeUrl,
  installLinkUrl,
  installPreviewed,
  previewFromClick,
  previewFromLink,
} from './install-flow.ts';
import { useOptionsEnv } from './options-env.ts';
import { useOptionsStore } from './store.ts';
import { useOptionsData } from './use-options-data.ts';

export function App() {
  const env = useOptionsEnv();
  const refresh = useOptionsData();
  const { url, install, details, accounts, notice, busy } = useOptionsStore();
  const { setUrl, setData, setNotice, setBusy } = useOptionsStore.getState();

  // options.html#install=<url-encoded address>: the address filled in, the summary shown.
  useEffect(() => {
    const fromLink = () => {
      const link = installLinkUrl(location.hash);
      if (link) void previewFromLink(env, link);
    };
    fromLink();
    window.addEventListener('hashchange', fromLink);
    return () => window.removeEventListener('hashchange', fromLink);
  }, [env]);

  // A confirmation goes stale as soon as the background changes something else; errors stay.
  useEffect(() => {
    if (notice?.tone !== 'ok') return;
    const timer = setTimeout(() => setNotice(null), 8_000);
    return () => clearTimeout(timer);
  }, [notice, setNotice]);

  const locked = details?.status.locked ?? false;

  const checkNow = async () => {
    setBusy('checking-update');
    const before = details?.status;
    try {
      const status = await env.client.checkProfileUpdate(undefined);
      const changed = before && (before.id !== status.id || before.version !== status.version);
      setNotice(
        status.lastError
          ? { tone: 'error', text: `The check failed: ${status.lastError.message}` }
          : changed
            ? { tone: 'ok', text: `Updated to ${status.name} version ${status.version}.` }
            : { tone: 'ok', text: `Checked: ${status.name} version ${status.version} is up to date.` },
      );
      await refresh();
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    setBusy('removing');
    try {
      const r = await env.client.removeProfile(undefined);
      setNotice(
        r.ok
          ? { tone: 'ok', text: 'Profile removed: PostGuard is using its built-in default.' }
          : { tone: 'error', text: r.error.message },
      );
      await refresh();
    } finally {
      setBusy(null);
    }
  };

  const choose = async (platform: Platform, handle: string, kind: AccountKind | null) => {
    const r = await env.client.setAccountKind({ platform, handle, kind });
    if (r.ok) setData({ accounts: r.value });
    else setNotice({ tone: 'error', text: r.error.message });
  };

  const forget = async (platform: Platform, handle: string) => {
    setData({ accounts: await env.client.forgetAccount({ platform, handle }) });
  };

  // Not async before the request: the browser shows its prompt only inside the click.
  const allow = (pattern: string) => {
    const host = details?.status.lastError?.permission?.host ?? pattern;
    void allowAndCheckAgain(env, pattern, host).then(refresh);
  };

  return (
    <div className="page">
      <header className="masthead">
        <h1>PostGuard</h1>
        <p className="muted">Your organisation’s social media policy, checked as you write. Everything stays on this device.</p>
      </header>
      <main>
        {notice && (
          <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
            <span>{notice.text}</span>
            <button type="button" className="link" onClick={() => setNotice(null)} aria-label="Dismiss">
              Dismiss
            </button>
          </div>
        )}

        {details?.managedPolicy && (
          <ManagedNotice
            policy={details.managedPolicy}
            active={details.managedActive}
            failure={details.status.lastError?.managed ? details.status.lastError : null}
            busy={busy !== null}
            onAllow={allow}
            onUseIt={() => {
              setUrl(details.managedPolicy!.profileUrl);
              void previewFromClick(env, details.managedPolicy!.profileUrl);
            }}
          />
        )}

        {details ? (
          <ActiveProfileCard
            details={details}
            busy={busy}
            onCheckNow={() => void checkNow()}
            onRemove={() => void remove()}
            onAllow={allow}
          />
        ) : (
          <section className="card" aria-busy="true">
            <p className="muted">Loading…</p>
          </section>
        )}

        <section className="card" aria-labelledby="install-heading">
          <h2 id="install-heading">Install a profile</h2>
          {locked ? (
            <p className="muted">Your organisation has locked PostGuard’s profile, so no other profile can be installed.</p>
          ) : (
            <ProfileInstallForm
              url={url}
              install={install}
              onUrlChange={(next) => changeUrl(env, next)}
              onPreview={() => void previewFromClick(env, url)}
              onInstall={(preview) => void installPreviewed(env, preview).then(refresh)}
              onCancel={() => cancelPreview(env)}
            />
          )}
        </section>

        <section className="card" aria-labelledby="history-heading">
          <h2 id="history-heading">Version history</h2>
          <ProfileHistory history={details?.history ?? []} />
        </section>

        <section className="card" aria-labelledby="accounts-heading">
          <h2 id="accounts-heading">Accounts</h2>
          <p className="hint">
            Corporate accounts get the organisation’s strict rules and sign-off; personal accounts get boundary
            reminders. Accounts named in the profile are always corporate.
          </p>
          {accounts ? (
            <AccountList accounts={accounts} onChoose={(p, h, k) => void choose(p, h, k)} onForget={(p, h) => void forget(p, h)} />
          ) : (
            <p className="muted">Loading…</p>
          )}
        </section>
      </main>
    </div>
  );
}

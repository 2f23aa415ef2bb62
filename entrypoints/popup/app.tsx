import { useEffect } from 'react';
import { FindingList } from '../../components/finding-list.tsx';
import { usePopupStore } from './store.ts';
import { resolveTabId, useTabState } from './use-tab-state.ts';

const PLATFORM_NAMES = { facebook: 'Facebook', x: 'X', linkedin: 'LinkedIn', instagram: 'Instagram' } as const;

export function App() {
  const tabId = usePopupStore((s) => s.tabId);
  const setTabId = usePopupStore((s) => s.setTabId);
  useEffect(() => {
    void resolveTabId().then(setTabId);
  }, [setTabId]);
  const { state, loaded } = useTabState(tabId);

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>PostGuard</h1>
      </header>
      <section aria-labelledby="current-tab-heading" className="card">
        <h2 id="current-tab-heading">This tab</h2>
        {!loaded ? (
          <p className="muted">Checking…</p>
        ) : state ? (
          <>
            <p className="tab-meta">
              {PLATFORM_NAMES[state.platform]} · {state.account.handle ? `@${state.account.handle}` : 'account unknown'} ·{' '}
              {state.account.kind === 'corporate' ? 'corporate account' : 'personal account'}
            </p>
            <FindingList findings={state.findings} />
          </>
        ) : (
          <p className="muted">
            No post is being written in this tab. Open a composer on Facebook, X, LinkedIn or Instagram and
            PostGuard checks it as you type.
          </p>
        )}
      </section>
    </main>
  );
}

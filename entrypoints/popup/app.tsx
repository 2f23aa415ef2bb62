import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { CurrentTabCard } from '../../components/current-tab-card.tsx';
import { ProfileCard } from '../../components/profile-card.tsx';
import type { ProfileStatus } from '../../lib/protocol/profile.ts';
import { LogPanel } from './log-panel.tsx';
import { useServices } from './services.tsx';
import { SettingsPanel } from './settings-panel.tsx';
import { usePopupStore, type PopupView } from './store.ts';
import { useIntegrity } from './use-log.ts';
import { useClauseTexts } from './use-clause-texts.ts';
import { useTabState } from './use-tab-state.ts';

const VIEWS: Array<{ id: PopupView; label: string }> = [
  { id: 'now', label: 'This tab' },
  { id: 'log', label: 'Sign-off log' },
  { id: 'settings', label: 'Log settings' },
];

function useProfileStatus(): { status: ProfileStatus | undefined; error: string | null } {
  const services = useServices();
  const [status, setStatus] = useState<ProfileStatus | undefined>();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    services.getProfileStatus().then(setStatus, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [services]);
  return { status, error };
}

export function NowPanel() {
  const services = useServices();
  const tabId = usePopupStore((s) => s.tabId);
  const setTabId = usePopupStore((s) => s.setTabId);
  useEffect(() => {
    void services.currentTabId().then(setTabId);
  }, [services, setTabId]);
  const { state, loaded } = useTabState(tabId);
  const clauseTexts = useClauseTexts(state?.findings.flatMap((f) => f.clauses) ?? []);
  const { status, error } = useProfileStatus();
  return (
    <>
      <CurrentTabCard state={state} loaded={loaded} clauseTexts={clauseTexts} />
      <ProfileCard status={status} error={error} onOpenOptions={services.openOptions} />
    </>
  );
}

export function App() {
  const services = useServices();
  const view = usePopupStore((s) => s.view);
  const setView = usePopupStore((s) => s.setView);
  const integrity = useIntegrity();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const broken = integrity.state === 'checked' && !integrity.report.ok;

  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  const onTabKey = (e: KeyboardEvent) => {
    const i = VIEWS.findIndex((v) => v.id === view);
    const next = e.key === 'ArrowRight' ? (i + 1) % VIEWS.length : e.key === 'ArrowLeft' ? (i + VIEWS.length - 1) % VIEWS.length : -1;
    if (next < 0) return;
    e.preventDefault();
    setView(VIEWS[next]!.id);
    tabs.current[next]?.focus();
  };

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>
          <svg className="logo" viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
            <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3Z" fill="currentColor" />
            <path d="m8.5 12 2.5 2.5 4.5-5" fill="none" stroke="var(--bg)" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          PostGuard
        </h1>
        <button type="button" className="link-button" onClick={services.openOptions}>
          Options
        </button>
      </header>
      <div className="tabs" role="tablist" aria-label="PostGuard" onKeyDown={onTabKey}>
        {VIEWS.map((v, i) => (
          <button
            key={v.id}
            ref={(b) => {
              tabs.current[i] = b;
            }}
            type="button"
            role="tab"
            id={`tab-${v.id}`}
            aria-selected={view === v.id}
            aria-controls={`panel-${v.id}`}
            tabIndex={view === v.id ? 0 : -1}
            onClick={() => setView(v.id)}
            data-view={v.id}
          >
            {v.label}
            {v.id === 'log' && broken && (
              <span className="tab-alert" aria-label=" (tampered)" title="The log has been tampered with">
                !
              </span>
            )}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} className="panel">
        {view === 'now' && <NowPanel />}
        {view === 'log' && <LogPanel integrity={integrity} />}
        {view === 'settings' && <SettingsPanel />}
      </section>
    </main>
  );
}

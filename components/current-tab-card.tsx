import type { TabState } from '../lib/messaging.ts';
import { PLATFORM_NAMES } from '../lib/log/describe.ts';
import { holdsPost } from '../rules/vocabulary.ts';
import { FindingList } from './finding-list.tsx';

const SOURCE_TEXT = {
  profile: 'Listed as corporate in your organisation’s profile.',
  user: 'You set how this account is treated.',
  default: 'Not in the profile’s list of corporate accounts.',
} as const;

/** The composer open in the current tab: where, as whom, and what PostGuard sees in the draft. */
export function CurrentTabCard({
  state,
  loaded,
  clauseTexts,
}: {
  state: TabState | null;
  loaded: boolean;
  clauseTexts?: Readonly<Record<string, string>>;
}) {
  const held = state?.findings.filter((f) => holdsPost(f.severity)).length ?? 0;
  return (
    <section aria-labelledby="current-tab-heading" className="card">
      <h2 id="current-tab-heading">This tab</h2>
      {!loaded ? (
        <p className="muted">Checking…</p>
      ) : state ? (
        <>
          <div className="tab-meta">
            <span className="platform">{PLATFORM_NAMES[state.platform]}</span>
            <span className="handle">{state.account.handle ? `@${state.account.handle.replace(/^@/, '')}` : 'Account not found'}</span>
            <span className={`pill kind-${state.account.kind}`} data-account-kind={state.account.kind}>
              {state.account.kind === 'corporate' ? 'Corporate account' : 'Personal account'}
            </span>
          </div>
          <p className="muted small">
            {SOURCE_TEXT[state.account.source]}{' '}
            {state.account.kind === 'corporate' ? 'Strict rules and approvals apply.' : 'PostGuard reminds you of the boundary with work.'}
          </p>
          {held > 0 && (
            <p className="held-note" role="status">
              {held === 1 ? 'One item' : `${held} items`} will hold the post until you sign off.
            </p>
          )}
          <FindingList findings={state.findings} clauseTexts={clauseTexts} />
        </>
      ) : (
        <p className="muted">
          No post is being written in this tab. Open a composer on Facebook, X, LinkedIn or Instagram and PostGuard checks it as you
          type.
        </p>
      )}
    </section>
  );
}

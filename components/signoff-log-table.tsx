import type { LogEntry } from '../lib/log/entry.ts';
import { entryTitle, entrySummary, faceCountText, findingFlags, formatTime, supersedesText } from '../lib/log/describe.ts';
import { clauseText, SEVERITY_LABELS } from './finding-list.tsx';

function Details({ e, clauseTexts }: { e: LogEntry; clauseTexts?: Readonly<Record<string, string>> }) {
  return (
    <dl className="entry-details">
      {e.type === 'sign-off' && (
        <>
          <dt>Findings</dt>
          <dd>
            <ul className="entry-findings">
              {e.findings.map((f, i) => (
                <li key={`${f.ruleId}-${i}`}>
                  <span className={`sev sev-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span> {f.ruleId}{' '}
                  <span className="muted">({f.category})</span>
                  {f.clauses.map((id) => (
                    <span key={id} className="clause">
                      {' '}
                      <abbr title={clauseText(id, clauseTexts)}>{id}</abbr>
                    </span>
                  ))}
                  {findingFlags(f).map((flag) => (
                    <span key={flag} className="flag" data-flag={flag}>
                      {' '}
                      · {flag}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </dd>
          {e.reason && (
            <>
              <dt>Reason</dt>
              <dd className="reason-full">{e.reason}</dd>
            </>
          )}
          {e.approver && (
            <>
              <dt>Approved by</dt>
              <dd data-field="approver">{e.approver}</dd>
            </>
          )}
          {e.consent !== null && (
            <>
              <dt>Consent</dt>
              <dd>{e.consent ? 'Confirmed: consent from everyone identifiable' : 'Not confirmed'}</dd>
            </>
          )}
          {e.faces.length > 0 && (
            <>
              <dt>Faces per image</dt>
              <dd data-field="faces">{e.faces.map(faceCountText).join(', ')}</dd>
            </>
          )}
          <dt>Composer</dt>
          <dd>{e.composer}</dd>
          <dt>Profile</dt>
          <dd>
            {e.profile.id} version {e.profile.version}
          </dd>
          {e.excerpt && (
            <>
              <dt>Excerpt</dt>
              <dd>{e.excerpt}</dd>
            </>
          )}
          <dt>Text SHA-256</dt>
          <dd className="hash">{e.textSha256}</dd>
        </>
      )}
      <dt>Entry hash</dt>
      <dd className="hash">{e.hash}</dd>
      <dt>Previous hash</dt>
      <dd className="hash">{e.prevHash}</dd>
    </dl>
  );
}

/** The log, newest first. Each row opens to everything the entry holds. */
export function SignOffLogTable({
  entries,
  brokenSeq,
  clauseTexts,
}: {
  entries: LogEntry[];
  brokenSeq: number | null;
  clauseTexts?: Readonly<Record<string, string>>;
}) {
  // A late sign-off and the edit that replaced it are usually side by side: link them both ways.
  const replacedBy = new Map<number, number>();
  for (const e of entries) if (e.type === 'sign-off' && e.supersedes) replacedBy.set(e.supersedes, e.seq);
  return (
    <ol className="log-list" aria-label="Sign-off log entries, newest first">
      {entries.map((e) => (
        <li
          key={e.seq}
          className={`entry entry-${e.type}${e.seq === brokenSeq ? ' entry-broken' : ''}`}
          data-entry-seq={e.seq}
          data-type={e.type}
          data-decision={e.type === 'sign-off' ? e.decision : undefined}
        >
          <details>
            <summary>
              <span className="entry-head">
                <span className={`decision decision-${e.type === 'sign-off' ? e.decision : 'system'}`}>{entryTitle(e)}</span>
                <time dateTime={new Date(e.at).toISOString()}>{formatTime(e.at)}</time>
                <span className="seq">#{e.seq}</span>
              </span>
              <span className="entry-meta">{entrySummary(e)}</span>
              {e.type === 'sign-off' && e.findings.length > 0 && (
                <span className="chips">
                  {e.findings.map((f, i) => (
                    <span key={`${f.ruleId}-${i}`} className={`chip chip-${f.severity}`} data-rule={f.ruleId}>
                      {f.ruleId}
                    </span>
                  ))}
                </span>
              )}
              {e.type === 'sign-off' && e.reason && <span className="entry-reason">“{e.reason}”</span>}
              {e.type === 'sign-off' && e.approver && <span className="entry-approver">Approved by {e.approver}</span>}
              {e.type === 'sign-off' && e.supersedes ? (
                <span className="entry-note" data-supersedes={e.supersedes}>
                  {supersedesText(e.supersedes)}
                </span>
              ) : null}
              {replacedBy.has(e.seq) && (
                <span className="entry-note" data-replaced-by={replacedBy.get(e.seq)}>
                  Not posted: recorded after PostGuard stopped waiting; the author then chose again (#{replacedBy.get(e.seq)}).
                </span>
              )}
            </summary>
            <Details e={e} clauseTexts={clauseTexts} />
          </details>
        </li>
      ))}
    </ol>
  );
}

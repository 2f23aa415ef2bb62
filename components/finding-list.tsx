import { CLAUSES } from '../rules/clauses.ts';
import type { Finding } from '../rules/finding.ts';
import { severityRank } from '../rules/vocabulary.ts';

export const SEVERITY_LABELS = { info: 'Note', warn: 'Warning', confirm: 'Needs sign-off', block: 'Blocked' } as const;

/** A clause's text: PostGuard's own, else the profile's (an organisation's own clause), else its id. */
export function clauseText(id: string, profileTexts: Readonly<Record<string, string>> = {}): string {
  if (Object.hasOwn(CLAUSES, id)) return CLAUSES[id]!.text;
  return Object.hasOwn(profileTexts, id) ? profileTexts[id]! : id;
}

/** Findings as the author reads them, worst first: severity, what to do, which policy line. Text only. */
export function FindingList({ findings, clauseTexts }: { findings: Finding[]; clauseTexts?: Readonly<Record<string, string>> }) {
  if (findings.length === 0) return <p className="muted">Nothing to flag in this draft.</p>;
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => severityRank[b.f.severity] - severityRank[a.f.severity] || a.i - b.i);
  return (
    <ul className="finding-list" aria-label="Findings">
      {sorted.map(({ f, i }) => (
        <li key={`${f.ruleId}-${f.start ?? 'x'}-${f.image ?? 'x'}-${i}`} className="finding" data-rule={f.ruleId} data-severity={f.severity}>
          <span className={`sev sev-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>{' '}
          {/* the space keeps "Needs sign-off" and the message apart for screen readers and copied text */}
          <span className="message">{f.message}</span>
          {f.clauses.length > 0 && (
            <span className="clauses">
              Policy:{' '}
              {f.clauses.map((id, n) => (
                <span key={id}>
                  {n > 0 && ', '}
                  <abbr title={clauseText(id, clauseTexts)}>{id}</abbr>
                </span>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

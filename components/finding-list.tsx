import type { Finding } from '../rules/finding.ts';

/** Findings as the author reads them: severity, what to do, which policy line. Text only. */
export function FindingList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return <p className="muted">Nothing to flag in this draft.</p>;
  return (
    <ul className="finding-list" aria-label="Findings">
      {findings.map((f, i) => (
        <li key={`${f.ruleId}-${f.start ?? 'x'}-${f.image ?? 'x'}-${i}`} className="finding" data-rule={f.ruleId}>
          <span className={`severity severity-${f.severity}`}>{f.severity}</span>
          <span className="message">{f.message}</span>
          {f.clauses.length > 0 && <span className="clauses">Policy: {f.clauses.join(', ')}</span>}
        </li>
      ))}
    </ul>
  );
}

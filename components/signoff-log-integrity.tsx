import type { ChainReport } from '../lib/log/chain.ts';
import { formatTime } from '../lib/log/describe.ts';

export type Integrity = { state: 'checking' } | { state: 'checked'; report: ChainReport } | { state: 'failed'; message: string };

/** Says plainly whether the log is intact and, if not, which entry breaks it. */
export function SignOffLogIntegrity({ integrity, onShowEntry }: { integrity: Integrity; onShowEntry(seq: number): void }) {
  if (integrity.state === 'checking') {
    return (
      <div className="integrity integrity-checking" role="status" data-integrity="checking">
        Checking the log’s hash chain…
      </div>
    );
  }
  if (integrity.state === 'failed') {
    return (
      <div className="integrity integrity-broken" role="alert" data-integrity="error">
        <strong>The log could not be checked.</strong> {integrity.message}
      </div>
    );
  }
  const { report } = integrity;
  if (report.broken) {
    const { seq, at, message } = report.broken;
    return (
      <div className="integrity integrity-broken" role="alert" data-integrity="broken" data-broken-seq={seq ?? undefined}>
        <p className="integrity-title">
          <span aria-hidden="true">✕ </span>
          <strong>This log has been tampered with.</strong>
        </p>
        <p>
          {message}
          {at !== null && ` (entry dated ${formatTime(at)})`}
        </p>
        <p className="small">Export the log now to keep the evidence, and tell whoever audits your sign-offs.</p>
        {seq !== null && (
          <button type="button" className="link-button" onClick={() => onShowEntry(seq)}>
            Show entry #{seq}
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="integrity integrity-ok" role="status" data-integrity="ok">
      <p className="integrity-title">
        <span aria-hidden="true">✓ </span>
        <strong>Log intact.</strong>{' '}
        {report.count === 0
          ? 'Nothing recorded yet.'
          : `All ${report.count.toLocaleString('en-GB')} ${report.count === 1 ? 'entry' : 'entries'} verified, #${report.start.seq + 1} to #${report.last?.seq}.`}
      </p>
      {report.notes.map((n) => (
        <p key={n} className="small">
          {n}
        </p>
      ))}
    </div>
  );
}

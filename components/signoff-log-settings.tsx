import { useEffect, useId, useRef, useState } from 'react';
import { MAX_RETENTION_DAYS } from '../lib/log/db.ts';

export interface SignOffLogSettingsProps {
  retentionDays: number | null | undefined;
  entryCount: number | undefined;
  newest: { seq: number; hash: string } | null;
  confirmingClear: boolean;
  setConfirmingClear(on: boolean): void;
  saveRetention(days: number | null): Promise<{ removed: number }>;
  clearLog(): Promise<{ removed: number }>;
  downloadVerifier(): void;
}

/** Retention, clearing (with confirmation) and what an auditor needs to check an export. */
export function SignOffLogSettings(p: SignOffLogSettingsProps) {
  const id = useId();
  // What the user is typing; until they start, the fields show the stored setting.
  const [draft, setDraft] = useState<{ days: string; forever: boolean } | null>(null);
  const stored = { days: p.retentionDays ? String(p.retentionDays) : '365', forever: p.retentionDays === null };
  const { days, forever } = draft ?? stored;
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (p.confirmingClear) confirmRef.current?.focus();
  }, [p.confirmingClear]);

  const save = async () => {
    const n = Number(days);
    if (!forever && !(Number.isInteger(n) && n >= 1 && n <= MAX_RETENTION_DAYS)) {
      setMessage({ text: `Enter a whole number of days from 1 to ${MAX_RETENTION_DAYS}.`, error: true });
      return;
    }
    setBusy(true);
    try {
      const { removed } = await p.saveRetention(forever ? null : n);
      setDraft(null);
      setMessage({
        text: `Saved.${removed ? ` ${removed} older ${removed === 1 ? 'entry was' : 'entries were'} removed; the removal is recorded in the log.` : ''}`,
      });
    } catch (e) {
      setMessage({ text: `Not saved: ${e instanceof Error ? e.message : String(e)}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  const clear = async () => {
    setBusy(true);
    try {
      const { removed } = await p.clearLog();
      p.setConfirmingClear(false);
      setMessage({ text: `Log cleared: ${removed} ${removed === 1 ? 'entry' : 'entries'} removed. The clearing is the log’s first entry now.` });
      clearButton.current?.focus();
    } catch (e) {
      setMessage({ text: `The log was not cleared: ${e instanceof Error ? e.message : String(e)}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  const count = p.entryCount ?? 0;
  return (
    <>
      <section className="card" aria-labelledby={`${id}-retention`}>
        <h2 id={`${id}-retention`}>Keep entries for</h2>
        <form
          className="retention"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label className="inline">
            <input
              type="number"
              min={1}
              max={MAX_RETENTION_DAYS}
              step={1}
              value={days}
              disabled={forever}
              aria-label="Days to keep entries"
              aria-describedby={`${id}-retention-hint`}
              onChange={(e) => setDraft({ days: e.target.value, forever })}
            />{' '}
            days
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={forever}
              onChange={(e) => setDraft({ days, forever: e.target.checked })}
            />{' '}
            Keep forever
          </label>
          <button type="submit" className="button" disabled={busy}>
            Save
          </button>
        </form>
        <p className="muted small" id={`${id}-retention-hint`}>
          Older entries are removed once a day. Each removal, and each change here, is itself recorded, so the log still verifies.
        </p>
      </section>

      <section className="card" aria-labelledby={`${id}-clear`}>
        <h2 id={`${id}-clear`}>Clear the log</h2>
        {!p.confirmingClear ? (
          <>
            <p className="muted small">Deletes every entry. The clearing is recorded as a new first entry and cannot be hidden.</p>
            <button ref={clearButton} type="button" className="button danger-outline" disabled={busy || count === 0} onClick={() => p.setConfirmingClear(true)}>
              Clear the log…
            </button>
          </>
        ) : (
          <div className="confirm" role="group" aria-labelledby={`${id}-confirm-title`} tabIndex={-1} ref={confirmRef} data-confirm-clear>
            <p id={`${id}-confirm-title`}>
              <strong>
                Delete all {count.toLocaleString('en-GB')} {count === 1 ? 'entry' : 'entries'}?
              </strong>{' '}
              This cannot be undone. Export the log first if anyone may need to audit these sign-offs.
            </p>
            <div className="button-row">
              <button type="button" className="button" onClick={() => p.setConfirmingClear(false)} disabled={busy}>
                Keep the log
              </button>
              <button type="button" className="button danger" onClick={() => void clear()} disabled={busy} data-action="confirm-clear">
                Delete {count.toLocaleString('en-GB')} {count === 1 ? 'entry' : 'entries'}
              </button>
            </div>
          </div>
        )}
      </section>

      {message && (
        <p className={message.error ? 'notice notice-error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}

      <section className="card" aria-labelledby={`${id}-audit`}>
        <h2 id={`${id}-audit`}>For auditors</h2>
        <p className="small">
          {p.newest ? (
            <>
              Newest entry <strong>#{p.newest.seq}</strong>, hash <code className="hash">{p.newest.hash}</code>. Note it down: an
              export that still contains it, with this hash, has not been cut short.
            </>
          ) : (
            'Nothing has been recorded yet.'
          )}
        </p>
        <p className="small">
          Exports carry the hash chain and state its newest entry. Check one without PostGuard:{' '}
          <code>node verify-signoff-log.mjs export.json</code> (or <code>.csv</code>: every cell is checked against its entry).
        </p>
        <button type="button" className="link-button" onClick={p.downloadVerifier}>
          Download the verifier (Node.js, no dependencies)
        </button>
      </section>
    </>
  );
}

import { useState } from 'react';
import { SignOffLogFilters } from '../../components/signoff-log-filters.tsx';
import { SignOffLogIntegrity, type Integrity } from '../../components/signoff-log-integrity.tsx';
import { SignOffLogTable } from '../../components/signoff-log-table.tsx';
import { hasFilters } from '../../lib/log/query.ts';
import { buildExport, download, type ExportKind } from './export-log.ts';
import { useServices } from './services.tsx';
import { usePopupStore } from './store.ts';
import { useClauseTexts } from './use-clause-texts.ts';
import { useLogPage } from './use-log.ts';

/** The sign-off log: integrity first, then filters, the entries and export. */
export function LogPanel({ integrity }: { integrity: Integrity }) {
  const services = useServices();
  const filters = usePopupStore((s) => s.filters);
  const setFilter = usePopupStore((s) => s.setFilter);
  const resetFilters = usePopupStore((s) => s.resetFilters);
  const limit = usePopupStore((s) => s.limit);
  const showMore = usePopupStore((s) => s.showMore);
  const page = useLogPage(filters, limit);
  const [exportError, setExportError] = useState<string | null>(null);
  const clauseTexts = useClauseTexts(page?.entries.flatMap((e) => (e.type === 'sign-off' ? e.findings.flatMap((f) => f.clauses) : [])) ?? []);

  const brokenSeq = integrity.state === 'checked' ? (integrity.report.broken?.seq ?? null) : null;
  const exportAs = async (kind: ExportKind) => {
    setExportError(null);
    try {
      download(await buildExport(services.db, await services.readWitness(), kind));
    } catch (e) {
      setExportError(`The export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <>
      <SignOffLogIntegrity
        integrity={integrity}
        onShowEntry={(seq) => {
          resetFilters();
          setFilter('search', `#${seq}`);
        }}
      />
      {page && page.total > 0 && (
        <>
          <SignOffLogFilters filters={filters} onChange={setFilter} onReset={resetFilters} />
          <div className="log-toolbar">
            <p className="muted small" role="status" data-log-count>
              {hasFilters(filters)
                ? `${page.matched.toLocaleString('en-GB')} of ${page.total.toLocaleString('en-GB')} entries match`
                : `${page.total.toLocaleString('en-GB')} ${page.total === 1 ? 'entry' : 'entries'}`}
            </p>
            <div className="button-row" role="group" aria-label="Export the whole log">
              <button type="button" className="button small-button" onClick={() => void exportAs('csv')} data-export="csv">
                Export CSV
              </button>
              <button type="button" className="button small-button" onClick={() => void exportAs('json')} data-export="json">
                Export JSON
              </button>
            </div>
          </div>
          {exportError && (
            <p className="notice notice-error" role="alert">
              {exportError}
            </p>
          )}
        </>
      )}
      {page && page.total === 0 ? (
        <div className="empty" data-empty="log">
          <p className="empty-title">No sign-offs yet</p>
          <p className="muted">
            When PostGuard holds a post and you sign it off, send it back to edit or cancel, the decision is recorded here — with the
            findings, your reason and a fingerprint of the text, never the text itself.
          </p>
        </div>
      ) : page && page.entries.length === 0 ? (
        <div className="empty" data-empty="filtered">
          <p className="empty-title">No entries match</p>
          <p className="muted">Try fewer filters or a shorter search.</p>
          <button type="button" className="link-button" onClick={resetFilters}>
            Clear filters
          </button>
        </div>
      ) : page ? (
        <>
          <SignOffLogTable entries={page.entries} brokenSeq={brokenSeq} clauseTexts={clauseTexts} />
          {page.entries.length < page.matched && (
            <button type="button" className="button show-more" onClick={showMore}>
              Show more ({(page.matched - page.entries.length).toLocaleString('en-GB')} older)
            </button>
          )}
        </>
      ) : null}
    </>
  );
}

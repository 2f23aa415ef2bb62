// Verifying an export file (JSON or CSV) the way an auditor's copy of verify-export.mjs
// does, inside PostGuard: the chain, the ends the file states, and for a CSV every
// visible cell against the entry it claims to show. Tests hold the two to the same answers.
import { chainStart, verifyChain, type ChainReport } from './chain.ts';
import { parseCsvExport, parseJsonExport, type EditedCell, type ParsedExport } from './export.ts';

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

export function editedCellMessage(c: EditedCell): string {
  if (c.row === 1) return 'Row 1 (the header) is not the header PostGuard writes: columns were added, removed, renamed or moved.';
  return `Row ${c.row}${c.seq !== null ? ` (entry #${c.seq})` : ''}, column ${c.column}: the cell says "${clip(c.found)}" but the entry records "${clip(c.expected)}".`;
}

/** Parses either kind of export (format problems throw ExportFormatError) and checks it. */
export async function checkExport(text: string): Promise<ChainReport> {
  const body = text.replace(/^\uFEFF/, '');
  return checkParsed(body.trimStart().startsWith('{') ? parseJsonExport(body) : parseCsvExport(body));
}

export async function checkParsed(x: ParsedExport): Promise<ChainReport> {
  const report = await verifyChain(x.entries, x.newest ?? undefined);
  if (!report.ok) return report;
  const broken = (problem: NonNullable<ChainReport['broken']>['problem'], seq: number | null, message: string): ChainReport => ({
    ...report,
    ok: false,
    broken: { seq, at: x.entries.find((e) => e.seq === seq)?.at ?? null, problem, message },
  });
  const derived = chainStart(x.entries).start;
  if (x.start && (x.start.seq !== derived.seq || x.start.hash !== derived.hash)) {
    return broken(
      'start-moved',
      x.entries[0]?.seq ?? null,
      `The export says the log starts after entry #${x.start.seq}, but its entries start after #${derived.seq}: entries were removed or the statement was changed.`,
    );
  }
  if (x.editedCell) return broken('edited-cell', x.editedCell.seq, editedCellMessage(x.editedCell));
  if (!x.statesEnds) {
    // Exports made before PostGuard wrote the chain's ends into a CSV hold format 1 entries
    // only; the same PostGuard that writes format 2 writes the ends.
    if (x.entries.some((e) => e.v !== 1)) {
      return broken(
        'ends-missing',
        x.entries.at(-1)?.seq ?? null,
        'The lines after the table that state where the chain starts and which entry is the newest ("# chain starts after entry", "# newest entry written") are missing.',
      );
    }
    return { ...report, notes: ['This export is from an older PostGuard and does not record the newest entry: compare its newest hash with the one PostGuard shows.'] };
  }
  if (!x.newest) return { ...report, notes: ['PostGuard had no separate record of the newest entry when this was exported, so removal of the newest entries cannot be ruled out.'] };
  return { ...report, notes: [] };
}

// Exports of the whole chain, in order, so an auditor can verify the log outside PostGuard
// (lib/log/verify-export.mjs does it with Node alone; the algorithm is written into every
// JSON export). Nothing is added that the log does not hold.
import { canonicalJson } from './canonical.ts';
import { csvLine, defuse, parseCsv } from './csv.ts';
import { chainStart } from './chain.ts';
import type { ChainPoint, FaceCount, LogEntry, LoggedFinding } from './entry.ts';

export const EXPORT_FORMAT = 'postguard-signoff-log';
/** 1: entries and newest; 2: also start, where the chain begins. Both are read. */
export const EXPORT_FORMAT_VERSION = 2;

export const VERIFICATION_ALGORITHM = [
  'Each entry\'s "hash" is the SHA-256 (lowercase hex) of the UTF-8 bytes of the entry\'s canonical JSON without its "hash" member:',
  'object keys sorted by UTF-16 code unit, no whitespace, strings and numbers as JSON.stringify writes them.',
  'Each entry\'s "prevHash" is the "hash" of the entry before it, and its "seq" is one more than that entry\'s.',
  'The first entry follows the "anchor" of the latest entry of type "cleared" or "pruned" (its seq is anchor.seq + 1 and its prevHash anchor.hash);',
  'with no such entry, the first entry is seq 1 and its prevHash is 64 zeros.',
  '"start" states the point the first entry follows; it must be the one the entries themselves give.',
  '"newest" is PostGuard\'s separate record of the newest entry written: the log must reach it, with the same hash.',
  'In the CSV export, the entry_json column is exactly the text that was hashed, every other cell is what PostGuard writes for that entry',
  '(a changed cell is a changed export), and the lines after the table that begin "#" give start and newest.',
].join(' ');

export interface JsonExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: 1 | 2;
  exportedAt: string;
  entryCount: number;
  /** Format 2 on: the point the first entry follows (genesis, or the latest clear or prune's anchor). */
  start?: ChainPoint;
  newest: ChainPoint | null;
  verification: string;
  entries: LogEntry[];
}

/** Entries must be in chain order (oldest first). */
export function toJsonExport(entries: readonly LogEntry[], newest: ChainPoint | null, now = new Date()): string {
  const doc: JsonExport = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    entryCount: entries.length,
    start: chainStart(entries).start,
    newest,
    verification: VERIFICATION_ALGORITHM,
    entries: [...entries],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export class ExportFormatError extends Error {
  override name = 'ExportFormatError';
}

/** An export read back: its entries, and what it states about the chain's two ends. */
export interface ParsedExport {
  entries: LogEntry[];
  /** Where the export says the chain starts; null when it does not say (older exports). */
  start: ChainPoint | null;
  /** PostGuard's record of the newest entry when the export was made; null when it had none. */
  newest: ChainPoint | null;
  /** False when the export carries no statement of the chain's ends at all. */
  statesEnds: boolean;
  /** CSV only: the first cell that is not what PostGuard writes for its entry. */
  editedCell: EditedCell | null;
}

export interface EditedCell {
  /** The spreadsheet row (the header is row 1). */
  row: number;
  seq: number | null;
  column: string;
  found: string;
  expected: string;
}

export function parseJsonExport(text: string): ParsedExport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ExportFormatError(`Not JSON: ${(e as Error).message}`);
  }
  const d = doc as Partial<JsonExport> | null;
  if (!d || d.format !== EXPORT_FORMAT) throw new ExportFormatError(`Not a PostGuard sign-off log export (format is not "${EXPORT_FORMAT}").`);
  if (d.formatVersion !== 1 && d.formatVersion !== 2) throw new ExportFormatError(`Unknown export format version ${String(d.formatVersion)}.`);
  if (!Array.isArray(d.entries)) throw new ExportFormatError('The export has no "entries" list.');
  return { entries: d.entries, start: d.start ?? null, newest: d.newest ?? null, statesEnds: true, editedCell: null };
}

export const CSV_COLUMNS = [
  'seq',
  'time_utc',
  'type',
  'decision',
  'platform',
  'account_handle',
  'account_kind',
  'composer',
  'profile_id',
  'profile_version',
  'findings',
  'categories',
  'reason',
  'approver',
  'consent',
  'faces_per_image',
  'text_sha256',
  'excerpt',
  'details',
  'prev_hash',
  'hash',
  'entry_json',
] as const;

const yesNo = (b: boolean | null) => (b === null ? '' : b ? 'yes' : 'no');

export function entryDetails(e: LogEntry): string {
  if (e.type === 'retention') {
    const d = (n: number | null) => (n === null ? 'forever' : `${n} days`);
    return `retention set to ${d(e.retentionDays)} (was ${d(e.previousDays)})`;
  }
  if (e.type === 'cleared' || e.type === 'pruned') {
    const what = e.removed.count === 0 ? 'no entries' : `${e.removed.count} ${e.removed.count === 1 ? 'entry' : 'entries'} (#${e.removed.from}–#${e.removed.through})`;
    return e.type === 'cleared' ? `log cleared: ${what} removed` : `${what} older than ${e.retentionDays} days removed`;
  }
  return e.type === 'sign-off' && e.supersedes ? `replaces #${e.supersedes}: that sign-off was recorded after PostGuard stopped waiting, so the post was not sent` : '';
}

// The readable cells. Format 1 entries come out exactly as they always did (so older
// exports still verify cell by cell); what format 2 added only ever adds to a cell.
function findingCell(f: LoggedFinding): string {
  const about = [f.category, f.severity, ...(f.overridable ? ['override allowed'] : []), ...(f.needsApprover ? ['approver needed'] : [])];
  return `${f.ruleId} (${about.join(', ')}${f.clauses.length ? `; ${f.clauses.join(' ')}` : ''})`;
}

function faceCell(c: FaceCount): string {
  if (c === null) return '?';
  return typeof c === 'number' ? String(c) : `${c.atLeast}+`;
}

function csvRow(e: LogEntry): string[] {
  const { hash, ...hashed } = e;
  const base = [String(e.seq), new Date(e.at).toISOString(), e.type];
  const tail = [defuse(entryDetails(e)), e.prevHash, hash, canonicalJson(hashed)];
  if (e.type !== 'sign-off') return [...base, ...Array<string>(CSV_COLUMNS.length - base.length - tail.length).fill(''), ...tail];
  return [
    ...base,
    e.decision,
    e.platform,
    defuse(e.account.handle ?? ''),
    e.account.kind,
    e.composer,
    defuse(e.profile.id),
    defuse(e.profile.version),
    defuse(e.findings.map(findingCell).join(' | ')),
    e.categories.join(' '),
    defuse(e.reason ?? ''),
    defuse(e.approver ?? ''),
    yesNo(e.consent),
    e.faces.map(faceCell).join(' '),
    e.textSha256,
    defuse(e.excerpt ?? ''),
    ...tail,
  ];
}

/**
 * After the table, one blank row and lines that begin "#": where the chain starts and the
 * newest entry PostGuard wrote, so dropping the last rows shows. A spreadsheet keeps them
 * out of the table's sorting and filtering (a blank row ends the range it picks), and CSV
 * readers with a comment character (pandas comment="#", R comment.char) skip them.
 */
export const CSV_HEAD_LABELS = {
  start: '# chain starts after entry',
  newest: '# newest entry written',
  how: '# how to check this file',
} as const;

const HOW =
  'node verify-export.mjs <this file> (PostGuard popup, Log settings) checks every row against its entry_json and hash, the chain, and the two lines above';

/** One header row and one row per entry, oldest first, then the chain's ends; a BOM so spreadsheets read UTF-8. */
export function toCsvExport(entries: readonly LogEntry[], newest: ChainPoint | null): string {
  const { start } = chainStart(entries);
  const lines = [
    csvLine([...CSV_COLUMNS]),
    ...entries.map((e) => csvLine(csvRow(e))),
    '',
    csvLine([CSV_HEAD_LABELS.start, String(start.seq), start.hash]),
    csvLine([CSV_HEAD_LABELS.newest, newest ? String(newest.seq) : '', newest?.hash ?? '']),
    csvLine([CSV_HEAD_LABELS.how, HOW]),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const HEX64 = /^[0-9a-f]{64}$/;

function headPoint(row: string[], label: string, allowEmpty: boolean): ChainPoint | null {
  const [, seq = '', hash = ''] = row;
  if (allowEmpty && seq === '' && hash === '') return null;
  if (!/^\d+$/.test(seq) || !HEX64.test(hash)) throw new ExportFormatError(`The CSV line "${label}" is damaged: it needs an entry number and a 64-digit hash.`);
  return { seq: Number(seq), hash };
}

/**
 * The entries back from a CSV export (entry_json plus hash, exactly as they were hashed),
 * the chain's ends it states, and the first cell that differs from what PostGuard writes
 * for that entry: a visible cell can be edited without touching entry_json.
 */
export function parseCsvExport(text: string): ParsedExport {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new ExportFormatError('The CSV is empty.');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new ExportFormatError(`The CSV has no "${name}" column: it is not a PostGuard sign-off log export.`);
    return i;
  };
  const json = col('entry_json');
  const hash = col('hash');
  const entries: LogEntry[] = [];
  let start: ChainPoint | null = null;
  let newest: ChainPoint | null = null;
  let statesEnds = false;
  let editedCell: EditedCell | null =
    header.join(',') === CSV_COLUMNS.join(',')
      ? null
      : { row: 1, seq: null, column: '(header)', found: header.join(','), expected: CSV_COLUMNS.join(',') };
  rows.forEach((r, i) => {
    const row = i + 2;
    if (r.length === 1 && r[0] === '') return;
    const first = r[0] ?? '';
    if (first.startsWith('#')) {
      if (first === CSV_HEAD_LABELS.start) {
        start = headPoint(r, first, false);
        statesEnds = true;
      } else if (first === CSV_HEAD_LABELS.newest) {
        newest = headPoint(r, first, true);
        statesEnds = true;
      }
      return;
    }
    let entry: LogEntry;
    try {
      entry = { ...(JSON.parse(r[json] ?? '') as object), hash: r[hash] ?? '' } as LogEntry;
    } catch {
      throw new ExportFormatError(`CSV row ${row}: entry_json is not valid JSON.`);
    }
    entries.push(entry);
    editedCell ??= cellEdit(entry, r, row);
  });
  return { entries, start, newest, statesEnds, editedCell };
}

/** The first cell of a row that is not what PostGuard writes for the row's entry. */
function cellEdit(entry: LogEntry, cells: string[], row: number): EditedCell | null {
  let expected: string[];
  try {
    expected = csvRow(entry);
  } catch {
    return { row, seq: typeof entry.seq === 'number' ? entry.seq : null, column: 'entry_json', found: cells[CSV_COLUMNS.indexOf('entry_json')] ?? '', expected: '(an entry)' };
  }
  const width = Math.max(expected.length, cells.length);
  for (let c = 0; c < width; c++) {
    if ((cells[c] ?? '') !== (expected[c] ?? '')) {
      return { row, seq: entry.seq, column: CSV_COLUMNS[c] ?? `column ${c + 1}`, found: cells[c] ?? '', expected: expected[c] ?? '' };
    }
  }
  return null;
}

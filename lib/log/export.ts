// Exports of the whole chain, in order, so an auditor can verify the log outside PostGuard
// (lib/log/verify-export.mjs does it with Node alone; the algorithm is written into every
// JSON export). Nothing is added that the log does not hold.
import { canonicalJson } from './canonical.ts';
import { csvLine, defuse, parseCsv } from './csv.ts';
import type { ChainPoint, FaceCount, LogEntry, LoggedFinding } from './entry.ts';

export const EXPORT_FORMAT = 'postguard-signoff-log';
export const EXPORT_FORMAT_VERSION = 1;

export const VERIFICATION_ALGORITHM = [
  'Each entry\'s "hash" is the SHA-256 (lowercase hex) of the UTF-8 bytes of the entry\'s canonical JSON without its "hash" member:',
  'object keys sorted by UTF-16 code unit, no whitespace, strings and numbers as JSON.stringify writes them.',
  'Each entry\'s "prevHash" is the "hash" of the entry before it, and its "seq" is one more than that entry\'s.',
  'The first entry follows the "anchor" of the latest entry of type "cleared" or "pruned" (its seq is anchor.seq + 1 and its prevHash anchor.hash);',
  'with no such entry, the first entry is seq 1 and its prevHash is 64 zeros.',
  '"newest" is PostGuard\'s separate record of the newest entry written: the log must reach it, with the same hash.',
  'In the CSV export, the entry_json column is exactly the text that was hashed.',
].join(' ');

export interface JsonExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  entryCount: number;
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
    newest,
    verification: VERIFICATION_ALGORITHM,
    entries: [...entries],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export class ExportFormatError extends Error {
  override name = 'ExportFormatError';
}

export function parseJsonExport(text: string): { entries: LogEntry[]; newest: ChainPoint | null } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ExportFormatError(`Not JSON: ${(e as Error).message}`);
  }
  const d = doc as Partial<JsonExport> | null;
  if (!d || d.format !== EXPORT_FORMAT) throw new ExportFormatError(`Not a PostGuard sign-off log export (format is not "${EXPORT_FORMAT}").`);
  if (d.formatVersion !== EXPORT_FORMAT_VERSION) throw new ExportFormatError(`Unknown export format version ${String(d.formatVersion)}.`);
  if (!Array.isArray(d.entries)) throw new ExportFormatError('The export has no "entries" list.');
  return { entries: d.entries, newest: d.newest ?? null };
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

/** One header row and one row per entry, oldest first; a BOM so spreadsheets read UTF-8. */
export function toCsvExport(entries: readonly LogEntry[]): string {
  const lines = [csvLine([...CSV_COLUMNS]), ...entries.map((e) => csvLine(csvRow(e)))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The entries back from a CSV export: entry_json plus hash, exactly as they were hashed. */
export function parseCsvExport(text: string): LogEntry[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new ExportFormatError('The CSV is empty.');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new ExportFormatError(`The CSV has no "${name}" column: it is not a PostGuard sign-off log export.`);
    return i;
  };
  const json = col('entry_json');
  const hash = col('hash');
  return rows
    .filter((r) => r.length > 1 || r[0] !== '')
    .map((r, i) => {
      try {
        return { ...(JSON.parse(r[json] ?? '') as object), hash: r[hash] ?? '' } as LogEntry;
      } catch {
        throw new ExportFormatError(`CSV row ${i + 2}: entry_json is not valid JSON.`);
      }
    });
}

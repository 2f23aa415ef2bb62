#!/usr/bin/env node
// Verifies a PostGuard sign-off log export (JSON or CSV) with Node alone: no PostGuard
// code, no dependencies. A second, independent implementation of the algorithm written
// into every JSON export, so an auditor need not trust the extension that made the file.
// For a CSV it also rebuilds every readable cell from the row's entry_json: a cell edited
// in a spreadsheet (an approver, a reason) is named by row and column.
//
//   node verify-export.mjs <export.json | export.csv>
//   exit 0: intact; 1: the file was changed (the first problem is named); 2: cannot read the file.
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const GENESIS = '0'.repeat(64);
const HEX64 = /^[0-9a-f]{64}$/;

function canonical(v) {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonical(x))).join(',')}]`;
  const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
}

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('a quoted CSV field is never closed');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// --- What PostGuard writes in each readable CSV cell, from the entry alone. ---

const COLUMNS = [
  'seq', 'time_utc', 'type', 'decision', 'platform', 'account_handle', 'account_kind', 'composer', 'profile_id',
  'profile_version', 'findings', 'categories', 'reason', 'approver', 'consent', 'faces_per_image', 'text_sha256',
  'excerpt', 'details', 'prev_hash', 'hash', 'entry_json',
];
const START_LABEL = '# chain starts after entry';
const NEWEST_LABEL = '# newest entry written';

// Spreadsheets run cells starting = + - @ as formulas: PostGuard writes those with a leading apostrophe.
const defuse = (s) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
const yesNo = (b) => (b === null ? '' : b ? 'yes' : 'no');
const faceCell = (c) => (c === null ? '?' : typeof c === 'number' ? String(c) : `${c.atLeast}+`);

function findingCell(f) {
  const about = [f.category, f.severity, ...(f.overridable ? ['override allowed'] : []), ...(f.needsApprover ? ['approver needed'] : [])];
  return `${f.ruleId} (${about.join(', ')}${f.clauses.length ? `; ${f.clauses.join(' ')}` : ''})`;
}

function details(e) {
  if (e.type === 'retention') {
    const d = (n) => (n === null ? 'forever' : `${n} days`);
    return `retention set to ${d(e.retentionDays)} (was ${d(e.previousDays)})`;
  }
  if (e.type === 'cleared' || e.type === 'pruned') {
    const n = e.removed.count;
    const what = n === 0 ? 'no entries' : `${n} ${n === 1 ? 'entry' : 'entries'} (#${e.removed.from}–#${e.removed.through})`;
    return e.type === 'cleared' ? `log cleared: ${what} removed` : `${what} older than ${e.retentionDays} days removed`;
  }
  return e.type === 'sign-off' && e.supersedes
    ? `replaces #${e.supersedes}: that sign-off was recorded after PostGuard stopped waiting, so the post was not sent`
    : '';
}

function expectedRow(e) {
  const { hash, ...hashed } = e;
  const base = [String(e.seq), new Date(e.at).toISOString(), e.type];
  const tail = [defuse(details(e)), e.prevHash, hash, canonical(hashed)];
  if (e.type !== 'sign-off') return [...base, ...Array(COLUMNS.length - base.length - tail.length).fill(''), ...tail];
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

const clip = (s) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

function cellProblem(e, cells, row) {
  let want;
  try {
    want = expectedRow(e);
  } catch {
    return `row ${row} (entry #${e.seq}): its entry_json is not a complete entry`;
  }
  for (let c = 0; c < Math.max(want.length, cells.length); c++) {
    if ((cells[c] ?? '') !== (want[c] ?? '')) {
      return `row ${row} (entry #${e.seq}), column ${COLUMNS[c] ?? c + 1}: the cell says "${clip(cells[c] ?? '')}" but the entry records "${clip(want[c] ?? '')}"`;
    }
  }
  return null;
}

function headPoint(row) {
  const [label, seq = '', hash = ''] = row;
  if (label === NEWEST_LABEL && seq === '' && hash === '') return null;
  if (!/^\d+$/.test(seq) || !HEX64.test(hash)) throw new Error(`the CSV line "${label}" is damaged`);
  return { seq: Number(seq), hash };
}

function load(raw) {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('{')) {
    const doc = JSON.parse(text);
    if (doc.format !== 'postguard-signoff-log' || !Array.isArray(doc.entries)) throw new Error('not a PostGuard sign-off log export');
    return { entries: doc.entries, start: doc.start ?? null, newest: doc.newest ?? null, statesEnds: true, cells: null };
  }
  const [header, ...rows] = parseCsv(text);
  const json = header.indexOf('entry_json');
  const hash = header.indexOf('hash');
  if (json < 0 || hash < 0) throw new Error('the CSV has no entry_json and hash columns');
  const out = { entries: [], start: null, newest: null, statesEnds: false, cells: null };
  if (header.join(',') !== COLUMNS.join(',')) out.cells = 'row 1 (the header) is not the header PostGuard writes';
  rows.forEach((r, i) => {
    if (r.length === 1 && r[0] === '') return;
    if (r[0].startsWith('#')) {
      if (r[0] === START_LABEL) out.start = headPoint(r);
      if (r[0] === NEWEST_LABEL) out.newest = headPoint(r);
      if (r[0] === START_LABEL || r[0] === NEWEST_LABEL) out.statesEnds = true;
      return;
    }
    let e;
    try {
      e = { ...JSON.parse(r[json]), hash: r[hash] };
    } catch {
      throw new Error(`CSV row ${i + 2}: entry_json is not valid JSON`);
    }
    out.entries.push(e);
    out.cells ??= cellProblem(e, r, i + 2);
  });
  return out;
}

function verifyChain(entries, newest) {
  for (const [i, e] of entries.entries()) {
    if (!e || !Number.isSafeInteger(e.seq) || e.seq < 1) return `item ${i + 1} has no valid entry number`;
    if (!HEX64.test(e.hash ?? '') || !HEX64.test(e.prevHash ?? '')) return `entry #${e.seq} has no valid hashes`;
  }
  const removals = entries.filter((e) => e.type === 'cleared' || e.type === 'pruned');
  const latest = removals.reduce((a, e) => (!a || e.seq > a.seq ? e : a), null);
  const start = latest ? latest.anchor : { seq: 0, hash: GENESIS };
  const seqs = entries.map((e) => e.seq);
  let expSeq = start.seq + 1;
  let expPrev = start.hash;
  for (const [i, e] of entries.entries()) {
    const { hash, ...rest } = e;
    if (sha256(canonical(rest)) !== hash) return `entry #${e.seq} has been changed: its content no longer matches its hash`;
    if (e.seq !== expSeq) {
      if (seqs.indexOf(expSeq) > i) return `entry #${e.seq} is out of order: entry #${expSeq} should come before it`;
      if (e.seq === expSeq + 1) return `entry #${expSeq} is missing before entry #${e.seq}`;
      if (e.seq > expSeq) return `entries #${expSeq}–#${e.seq - 1} are missing before entry #${e.seq}`;
      return `entry #${e.seq} is out of order`;
    }
    if (e.prevHash !== expPrev) {
      return i === 0
        ? `entry #${e.seq} does not continue from where the log started`
        : `entry #${e.seq} does not follow entry #${entries[i - 1].seq}`;
    }
    expPrev = e.hash;
    expSeq = e.seq + 1;
  }
  if (newest && newest.seq > 0) {
    const last = entries.at(-1);
    if (!last || newest.seq > last.seq) return `the newest entries are missing: #${newest.seq} was written, the log ends at #${last?.seq ?? 0}`;
    const at = entries.find((e) => e.seq === newest.seq);
    if (at && at.hash !== newest.hash) return `entry #${newest.seq} is not the entry that was written`;
  }
  return null;
}

function verify(x) {
  const chain = verifyChain(x.entries, x.newest);
  if (chain) return chain;
  const removals = x.entries.filter((e) => e.type === 'cleared' || e.type === 'pruned');
  const latest = removals.reduce((a, e) => (!a || e.seq > a.seq ? e : a), null);
  const derived = latest ? latest.anchor : { seq: 0, hash: GENESIS };
  if (x.start && (x.start.seq !== derived.seq || x.start.hash !== derived.hash)) {
    return `the export says the log starts after entry #${x.start.seq}, but its entries start after #${derived.seq}`;
  }
  if (x.cells) return x.cells;
  // CSVs from before PostGuard wrote the chain's ends hold format 1 entries only.
  if (!x.statesEnds && x.entries.some((e) => e.v !== 1)) {
    return 'the lines stating where the chain starts and which entry is the newest ("# chain starts after entry", "# newest entry written") are missing';
  }
  return null;
}

/**
 * The whole check on an export's text: { ok, exitCode, message }, the message as printed.
 * Throws when the text cannot be read as an export at all.
 */
export function verifyExportText(text) {
  const loaded = load(text);
  const problem = verify(loaded);
  if (problem) return { ok: false, exitCode: 1, message: `BROKEN: ${problem}.` };
  const last = loaded.entries.at(-1);
  const hedge = !loaded.statesEnds
    ? ' (an older export with no record of the newest entry: compare the newest hash with the one PostGuard shows)'
    : !loaded.newest
      ? ' (PostGuard had no record of the newest entry when this was exported: compare the newest hash with the one PostGuard shows)'
      : '';
  const range = last ? `, #${loaded.entries[0].seq} to #${last.seq}, newest hash ${last.hash}` : '';
  return { ok: true, exitCode: 0, message: `INTACT: ${loaded.entries.length} entries${range}${hedge}.` };
}

function runAsProgram() {
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return false;
  }
}

// Run as a program (not when imported, as PostGuard's own tests do).
if (runAsProgram()) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node verify-export.mjs <postguard-signoff-log.json|.csv>');
    process.exit(2);
  }
  let result;
  try {
    result = verifyExportText(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`cannot read ${file}: ${e.message}`);
    process.exit(2);
  }
  console.log(result.message);
  process.exit(result.exitCode);
}

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { verifyChain } from '../../../lib/log/chain.ts';
import { checkExport } from '../../../lib/log/check-export.ts';
import { csvLine, parseCsv } from '../../../lib/log/csv.ts';
import type { LogEntry } from '../../../lib/log/entry.ts';
import { CSV_COLUMNS, CSV_HEAD_LABELS, parseCsvExport, parseJsonExport, toCsvExport, toJsonExport } from '../../../lib/log/export.ts';
import { fields, fixture, logged, seed, seedFormat1, type Fixture } from './helpers.ts';

const run = promisify(execFile);
const VERIFIER = path.resolve(import.meta.dirname, '../../../lib/log/verify-export.mjs');
// The standalone verifier, imported: the same code an auditor runs with `node`, called
// in-process where a test tries many files (the CLI itself is run in the tests below).
const { verifyExportText } = (await import(VERIFIER)) as { verifyExportText(text: string): { ok: boolean; message: string } };
// Written by PostGuard's export code before entry format 2 (commit ec3a822): format 1
// entries, a pruning, awkward text; the CSV has no lines stating the chain's ends.
const FORMAT1_CSV = path.resolve(import.meta.dirname, 'fixtures/format1-export.csv');
const FORMAT1_JSON = path.resolve(import.meta.dirname, 'fixtures/format1-export.json');

let f: Fixture;
afterEach(async () => {
  await f?.db.delete();
});

/**
 * A log with the awkward cases: quotes, commas, line breaks, formulas, emoji, format 2's
 * additions (flags, "at least", supersedes), a retention change and a pruning.
 */
async function awkwardLog(): Promise<LogEntry[]> {
  const DAY = 86_400_000;
  f = fixture();
  await seed(f, 2); // #1, #2
  await f.writer.clear(); // #3
  f.clock.now += 100 * DAY;
  await f.writer.record(
    fields({
      reason: 'Approved by "Comms", see ticket #12,\nline two',
      approver: '=HYPERLINK("http://evil")',
      excerpt: '@mention -5 +1 Ünïcødé 👩‍👩‍👧 done…',
      faces: [3, null, 0, { atLeast: 2 }],
      consent: true,
      account: { handle: null, kind: 'personal' },
      findings: [
        logged({ ruleId: 'payment-card', category: 'personal-data', severity: 'block', clauses: ['TR-5'], overridable: true }),
        logged({ ruleId: 'image-approval', category: 'approval', severity: 'confirm', clauses: [], needsApprover: true }),
      ],
    }),
  ); // #4
  await f.writer.record(fields({ decision: 'cancelled', reason: null })); // #5
  await f.writer.recordOnce('c0ffee00-1111-4222-8333-444455556666', fields()); // #6
  await f.writer.recordOnce('c0ffee00-1111-4222-8333-444455556666', fields({ decision: 'edited', reason: null })); // #7 supersedes #6
  await f.writer.setRetention(90); // #8, then #9 prunes #3
  return f.all();
}

/** Five plain sign-offs, #1 to #5; #3 approved by Sam Jones. */
async function fiveEntries(): Promise<LogEntry[]> {
  f = fixture();
  await seed(f, 5, (i) => (i === 2 ? { approver: 'Sam Jones', findings: [logged({ ruleId: 'image-approval', category: 'approval', severity: 'confirm', clauses: ['HSS-6'], needsApprover: true })] } : {}));
  return f.all();
}

async function verifyWithNode(text: string, ext: 'json' | 'csv'): Promise<{ code: number; out: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pg-export-'));
  const file = path.join(dir, `log.${ext}`);
  await writeFile(file, text);
  try {
    const { stdout } = await run(process.execPath, [VERIFIER, file]);
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

/** The CSV's records (header, entry rows, blank, the chain's ends) with a change applied, back to text. */
function editCsv(text: string, change: (rows: string[][]) => void): string {
  const rows = parseCsv(text);
  change(rows);
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe('JSON export', () => {
  test('round-trips every entry exactly, states both ends of the chain, and verifies inside and outside PostGuard', async () => {
    const entries = await awkwardLog();
    const text = toJsonExport(entries, f.witness.point, new Date('2026-03-02T10:00:00Z'));
    const back = parseJsonExport(text);
    expect(back.entries).toEqual(entries);
    expect(back.newest).toEqual(f.witness.point);
    expect(entries.map((e) => e.type)).toEqual(['sign-off', 'sign-off', 'sign-off', 'sign-off', 'retention', 'pruned']);
    expect(back.start).toEqual({ seq: 3, hash: entries[0]!.prevHash });
    expect(JSON.parse(text)).toMatchObject({ format: 'postguard-signoff-log', formatVersion: 2, entryCount: 6, exportedAt: '2026-03-02T10:00:00.000Z' });
    expect(await checkExport(text)).toMatchObject({ ok: true, notes: [] });
    const node = await verifyWithNode(text, 'json');
    expect(node.code).toBe(0);
    expect(node.out).toContain('INTACT: 6 entries, #4 to #9');
    expect(node.out).not.toContain('compare');
  });

  test.each([
    [
      'an edited field',
      (d: { entries: Array<Record<string, unknown>> }) => void (d.entries[2]!.approver = 'Nobody'),
      { seq: 3, problem: 'altered' },
      'BROKEN: entry #3 has been changed: its content no longer matches its hash.\n',
    ],
    [
      'the newest entry dropped',
      (d: { entries: unknown[] }) => void d.entries.pop(),
      { problem: 'missing-newest' },
      'BROKEN: the newest entries are missing: #5 was written, the log ends at #4.\n',
    ],
    [
      'a middle entry dropped',
      (d: { entries: unknown[] }) => void d.entries.splice(2, 1),
      { seq: 4, problem: 'missing' },
      'BROKEN: entry #3 is missing before entry #4.\n',
    ],
    [
      'two entries swapped',
      (d: { entries: unknown[] }) => void ([d.entries[1], d.entries[2]] = [d.entries[2], d.entries[1]]),
      { seq: 3, problem: 'out-of-order' },
      'BROKEN: entry #3 is out of order: entry #2 should come before it.\n',
    ],
    [
      'a different start stated',
      (d: { start: { seq: number } }) => void (d.start.seq = 2),
      { problem: 'start-moved' },
      'BROKEN: the export says the log starts after entry #2, but its entries start after #0.\n',
    ],
  ])('%s: both verifiers say so, naming the entry', async (_name, tamper, report, nodeOut) => {
    const doc = JSON.parse(toJsonExport(await fiveEntries(), f.witness.point));
    tamper(doc);
    const text = JSON.stringify(doc);
    expect((await checkExport(text)).broken).toMatchObject(report);
    expect(await verifyWithNode(text, 'json')).toEqual({ code: 1, out: nodeOut });
  });

  test('an export made before format 2 still verifies', async () => {
    const text = await readFile(FORMAT1_JSON, 'utf8');
    expect(await checkExport(text)).toMatchObject({ ok: true, count: 4 });
    expect((await verifyWithNode(text, 'json')).out).toContain('INTACT: 4 entries, #3 to #6');
  });

  test('something that is not an export gets a clear error', async () => {
    expect(() => parseJsonExport('{"entries": []}')).toThrow('Not a PostGuard sign-off log export');
    expect(() => parseJsonExport('nope')).toThrow('Not JSON');
    const node = await verifyWithNode('{"hello": 1}', 'json');
    expect(node.code).toBe(2);
    expect(node.out).toContain('not a PostGuard sign-off log export');
  });
});

describe('CSV export', () => {
  test('round-trips every entry exactly and verifies, inside and outside PostGuard', async () => {
    const entries = await awkwardLog();
    const text = toCsvExport(entries, f.witness.point);
    const back = parseCsvExport(text);
    expect(back.entries).toEqual(entries);
    expect(back).toMatchObject({ start: { seq: 3 }, newest: f.witness.point, statesEnds: true, editedCell: null });
    expect(await checkExport(text)).toMatchObject({ ok: true, notes: [] });
    const node = await verifyWithNode(text, 'csv');
    expect(node.code).toBe(0);
    expect(node.out).toContain('INTACT: 6 entries, #4 to #9');
    expect(node.out).not.toContain('compare');
  });

  test('has one readable row per entry, text cells defused for spreadsheets, then the chain’s ends below a blank row', async () => {
    f = fixture();
    await f.writer.record(
      fields({
        approver: '=HYPERLINK("http://evil")',
        reason: 'plain, with "quotes"',
        faces: [3, null, { atLeast: 2 }],
        findings: [logged({ ruleId: 'payment-card', category: 'personal-data', severity: 'block', clauses: ['TR-5'], overridable: true, needsApprover: true })],
      }),
    );
    const [header, row, blank, start, newest, how, ...rest] = parseCsv(toCsvExport(await f.all(), f.witness.point));
    expect(rest).toEqual([]);
    expect(header).toEqual([...CSV_COLUMNS]);
    const cell = (name: (typeof CSV_COLUMNS)[number]) => row![col(name)];
    expect(cell('seq')).toBe('1');
    expect(cell('time_utc')).toBe('2026-03-01T09:00:00.000Z');
    expect(cell('decision')).toBe('posted');
    expect(cell('account_handle')).toBe('CouncilNews');
    expect(cell('findings')).toBe('payment-card (personal-data, block, override allowed, approver needed; TR-5)');
    expect(cell('approver')).toBe('\'=HYPERLINK("http://evil")');
    expect(cell('reason')).toBe('plain, with "quotes"');
    expect(cell('faces_per_image')).toBe('3 ? 2+');
    expect(JSON.parse(cell('entry_json')!).approver).toBe('=HYPERLINK("http://evil")');
    expect(blank).toEqual(['']);
    expect(start).toEqual([CSV_HEAD_LABELS.start, '0', '0'.repeat(64)]);
    expect(newest).toEqual([CSV_HEAD_LABELS.newest, '1', f.witness.point!.hash]);
    expect(how![0]).toBe(CSV_HEAD_LABELS.how);
  });

  test.each([
    [
      'an edited approver cell',
      (rows: string[][]) => void (rows[3]![col('approver')] = 'Nobody'),
      { seq: 3, problem: 'edited-cell', message: 'Row 4 (entry #3), column approver: the cell says "Nobody" but the entry records "Sam Jones".' },
      'BROKEN: row 4 (entry #3), column approver: the cell says "Nobody" but the entry records "Sam Jones".\n',
    ],
    [
      'an edited reason cell',
      (rows: string[][]) => void (rows[2]![col('reason')] = 'Approved by the chief executive'),
      { seq: 2, problem: 'edited-cell' },
      'BROKEN: row 3 (entry #2), column reason: the cell says "Approved by the chief executive" but the entry records "Public switchboard number, approved for publication".\n',
    ],
    [
      'the newest row dropped',
      (rows: string[][]) => void rows.splice(5, 1),
      { problem: 'missing-newest' },
      'BROKEN: the newest entries are missing: #5 was written, the log ends at #4.\n',
    ],
    [
      'a middle row dropped',
      (rows: string[][]) => void rows.splice(3, 1),
      { seq: 4, problem: 'missing' },
      'BROKEN: entry #3 is missing before entry #4.\n',
    ],
    [
      'two rows swapped',
      (rows: string[][]) => void ([rows[2], rows[3]] = [rows[3]!, rows[2]!]),
      { seq: 3, problem: 'out-of-order' },
      'BROKEN: entry #3 is out of order: entry #2 should come before it.\n',
    ],
    [
      'the lines stating the chain’s ends removed',
      (rows: string[][]) => void rows.splice(6),
      { problem: 'ends-missing' },
      'BROKEN: the lines stating where the chain starts and which entry is the newest ("# chain starts after entry", "# newest entry written") are missing.\n',
    ],
    [
      'a column added in a spreadsheet',
      (rows: string[][]) => rows.slice(0, 6).forEach((r, i) => r.push(i ? 'checked' : 'auditor_note')),
      { problem: 'edited-cell', message: expect.stringContaining('Row 1 (the header)') },
      'BROKEN: row 1 (the header) is not the header PostGuard writes.\n',
    ],
  ])('%s: both verifiers say so, naming the row and entry', async (_name, tamper, report, nodeOut) => {
    const text = editCsv(toCsvExport(await fiveEntries(), f.witness.point), tamper);
    expect((await checkExport(text)).broken).toMatchObject(report);
    expect(await verifyWithNode(text, 'csv')).toEqual({ code: 1, out: nodeOut });
  });

  test('every readable cell is checked: a change to any one of them, on any kind of entry, is caught by both verifiers', async () => {
    const entries = await awkwardLog();
    const text = toCsvExport(entries, f.witness.point);
    const rows = parseCsv(text);
    const tried: string[] = [];
    for (let r = 1; r <= entries.length; r++) {
      for (const name of CSV_COLUMNS) {
        if (name === 'entry_json' || name === 'hash') continue; // what the chain itself covers
        const changed = editCsv(text, (rs) => void (rs[r]![col(name)] = `${rs[r]![col(name)]}x`));
        const ours = await checkExport(changed);
        expect.soft(ours.broken, `${name} on row ${r + 1}`).toMatchObject({ problem: 'edited-cell', seq: entries[r - 1]!.seq });
        expect.soft(verifyExportText(changed).message, `${name} on row ${r + 1}`).toContain(`BROKEN: row ${r + 1} (entry #${entries[r - 1]!.seq}), column ${name}:`);
        tried.push(`${rows[r]![col('type')]}:${name}`);
      }
    }
    expect(new Set(tried.map((t) => t.split(':')[0]))).toEqual(new Set(['sign-off', 'retention', 'pruned']));
  });

  test('an export made before format 2 (no lines stating the chain’s ends) verifies cell by cell, with the newest entry left to compare', async () => {
    const text = await readFile(FORMAT1_CSV, 'utf8');
    expect(parseCsvExport(text).statesEnds).toBe(false);
    const report = await checkExport(text);
    expect(report).toMatchObject({ ok: true, count: 4 });
    expect(report.notes[0]).toContain('does not record the newest entry');
    const node = await verifyWithNode(text, 'csv');
    expect(node).toMatchObject({ code: 0 });
    expect(node.out).toContain('an older export with no record of the newest entry');
    // Its cells are still held to their entries.
    const edited = editCsv(text, (rows) => void (rows[3]![col('approver')] = 'Sam Jones'));
    expect((await checkExport(edited)).broken).toMatchObject({ problem: 'edited-cell', seq: 5 });
    expect((await verifyWithNode(edited, 'csv')).out).toContain('BROKEN: row 4 (entry #5), column approver: the cell says "Sam Jones" but the entry records "\'=HYPERLINK');
  });

  test('a log of format 1 and format 2 entries exports and verifies as one chain', async () => {
    f = fixture();
    await seedFormat1(f, 3);
    await seed(f, 2, () => ({ faces: [{ atLeast: 1 }] }));
    const text = toCsvExport(await f.all(), f.witness.point);
    expect(await checkExport(text)).toMatchObject({ ok: true, count: 5 });
    expect((await verifyWithNode(text, 'csv')).out).toContain('INTACT: 5 entries, #1 to #5');
  });

  test('a broken CSV gets a clear error', () => {
    expect(() => parseCsvExport('a,b\n1,2\n')).toThrow('no "entry_json" column');
    expect(() => parseCsv('a,"b\n1,2')).toThrow('the quoted field opened on line 1 is never closed');
    expect(() => parseCsv('a\r\n"x\ny",1\r\n"open')).toThrow('the quoted field opened on line 4 is never closed');
  });

  test('the reader gives back exactly what the writer wrote, whatever the fields hold', () => {
    const pieces = ['', 'a', ',', '"', '""', '\r', '\n', '\r\n', ' ', 'é', '👩‍👩‍👧', '=1+1', "'", '#'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const rows = Array.from({ length: 300 }, () =>
      Array.from({ length: 1 + (next() % 6) }, () => Array.from({ length: next() % 5 }, () => pieces[next() % pieces.length]).join('')),
    ).filter((r) => !(r.length === 1 && r[0] === '')); // a lone empty field is a blank line
    const text = rows.map((r) => csvLine(r)).join('\r\n');
    expect(parseCsv(text)).toEqual(rows);
    expect(parseCsv(`\uFEFF${text}\r\n`)).toEqual(rows);
    expect(parseCsv('a,\nb')).toEqual([['a', ''], ['b']]);
    expect(parseCsv('"ab"c,d"e')).toEqual([['abc', 'd"e']]);
  });
});

test('the chain check alone still sees a deleted row (verifyChain over the parsed entries)', async () => {
  const lines = toCsvExport(await fiveEntries(), f.witness.point).split('\r\n');
  lines.splice(2, 1);
  expect((await verifyChain(parseCsvExport(lines.join('\r\n')).entries)).broken).toMatchObject({ seq: 3, problem: 'missing' });
});

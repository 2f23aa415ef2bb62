import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { verifyChain } from '../../../lib/log/chain.ts';
import { parseCsv } from '../../../lib/log/csv.ts';
import type { LogEntry } from '../../../lib/log/entry.ts';
import { CSV_COLUMNS, parseCsvExport, parseJsonExport, toCsvExport, toJsonExport } from '../../../lib/log/export.ts';
import { fields, fixture, seed, type Fixture } from './helpers.ts';

const run = promisify(execFile);
const VERIFIER = path.resolve(import.meta.dirname, '../../../lib/log/verify-export.mjs');

let f: Fixture;
afterEach(async () => {
  await f?.db.delete();
});

/** A log with the awkward cases: quotes, commas, line breaks, formulas, emoji, system entries. */
async function awkwardLog(): Promise<LogEntry[]> {
  f = fixture();
  await seed(f, 3);
  await f.writer.record(
    fields({
      reason: 'Approved by "Comms", see ticket #12,\nline two',
      approver: '=HYPERLINK("http://evil")',
      excerpt: '@mention -5 +1 Ünïcødé 👩‍👩‍👧 done…',
      faces: [3, null, 0],
      consent: true,
      account: { handle: null, kind: 'personal' },
    }),
  );
  await f.writer.setRetention(90);
  await f.writer.record(fields({ decision: 'cancelled', reason: null }));
  await f.writer.clear();
  await seed(f, 2);
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

describe('JSON export', () => {
  test('round-trips every entry exactly and verifies, inside and outside PostGuard', async () => {
    const entries = await awkwardLog();
    const text = toJsonExport(entries, f.witness.point, new Date('2026-03-02T10:00:00Z'));
    const back = parseJsonExport(text);
    expect(back.entries).toEqual(entries);
    expect(back.newest).toEqual(f.witness.point);
    expect(JSON.parse(text)).toMatchObject({ format: 'postguard-signoff-log', entryCount: 3, exportedAt: '2026-03-02T10:00:00.000Z' });
    expect((await verifyChain(back.entries, back.newest)).ok).toBe(true);
    const node = await verifyWithNode(text, 'json');
    expect(node.code).toBe(0);
    expect(node.out).toContain('INTACT: 3 entries, #7 to #9');
  });

  test('a tampered export fails in both verifiers, naming the entry', async () => {
    f = fixture();
    await seed(f, 5);
    const doc = JSON.parse(toJsonExport(await f.all(), f.witness.point));
    doc.entries[2].reason = 'rewritten later';
    const text = JSON.stringify(doc);
    expect((await verifyChain(parseJsonExport(text).entries)).broken?.seq).toBe(3);
    expect(await verifyWithNode(text, 'json')).toEqual({ code: 1, out: 'BROKEN: entry #3 has been changed: its content no longer matches its hash.\n' });

    const dropped = JSON.parse(toJsonExport(await f.all(), f.witness.point));
    dropped.entries.pop();
    expect((await verifyWithNode(JSON.stringify(dropped), 'json')).out).toContain('the newest entries are missing: #5 was written, the log ends at #4');
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
    const text = toCsvExport(entries);
    expect(parseCsvExport(text)).toEqual(entries);
    expect((await verifyChain(parseCsvExport(text))).ok).toBe(true);
    const node = await verifyWithNode(text, 'csv');
    expect(node.code).toBe(0);
    expect(node.out).toContain('INTACT: 3 entries');
  });

  test('has one readable row per entry, with text cells defused for spreadsheets', async () => {
    f = fixture();
    await f.writer.record(fields({ approver: '=HYPERLINK("http://evil")', reason: 'plain, with "quotes"', faces: [3, null] }));
    const [header, row, ...rest] = parseCsv(toCsvExport(await f.all()));
    expect(rest).toEqual([]);
    expect(header).toEqual([...CSV_COLUMNS]);
    const cell = (name: (typeof CSV_COLUMNS)[number]) => row![CSV_COLUMNS.indexOf(name)];
    expect(cell('seq')).toBe('1');
    expect(cell('time_utc')).toBe('2026-03-01T09:00:00.000Z');
    expect(cell('decision')).toBe('posted');
    expect(cell('account_handle')).toBe('CouncilNews');
    expect(cell('findings')).toBe('phone-number (personal-data, confirm; TR-5)');
    expect(cell('approver')).toBe('\'=HYPERLINK("http://evil")');
    expect(cell('reason')).toBe('plain, with "quotes"');
    expect(cell('faces_per_image')).toBe('3 ?');
    expect(JSON.parse(cell('entry_json')!).approver).toBe('=HYPERLINK("http://evil")');
  });

  test('a deleted row fails in both verifiers', async () => {
    f = fixture();
    await seed(f, 4);
    const lines = toCsvExport(await f.all()).split('\r\n');
    lines.splice(2, 1);
    const text = lines.join('\r\n');
    expect((await verifyChain(parseCsvExport(text))).broken).toMatchObject({ seq: 3, problem: 'missing' });
    expect(await verifyWithNode(text, 'csv')).toEqual({ code: 1, out: 'BROKEN: entry #2 is missing before entry #3.\n' });
  });

  test('a broken CSV gets a clear error', () => {
    expect(() => parseCsvExport('a,b\n1,2\n')).toThrow('no "entry_json" column');
    expect(() => parseCsv('a,"b\n1,2')).toThrow('the quoted field opened on line 1 is never closed');
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import { verifyChain } from '../../../lib/log/chain.ts';
import { entryHash } from '../../../lib/log/hash.ts';
import type { LogEntry } from '../../../lib/log/entry.ts';
import { fields, fixture, seed, type Fixture } from './helpers.ts';

let f: Fixture;
afterEach(async () => {
  await f?.db.delete();
});

async function verifyDb() {
  return verifyChain(await f.all(), f.witness.point);
}

describe('a log nobody touched', () => {
  test('verifies as intact, through clears, retention changes and pruning', async () => {
    f = fixture();
    await seed(f, 12);
    expect(await verifyDb()).toMatchObject({ ok: true, count: 12, broken: null, last: { seq: 12 } });

    await f.writer.setRetention(30);
    f.clock.now += 31 * 24 * 60 * 60 * 1000;
    await seed(f, 3);
    const pruned = await f.writer.prune();
    expect(pruned?.removed).toEqual({ count: 13, from: 1, through: 13 });
    const afterPrune = await verifyDb();
    expect(afterPrune).toMatchObject({ ok: true, start: { seq: 13 } });

    await f.writer.clear();
    await seed(f, 2);
    const afterClear = await verifyDb();
    // 12 sign-offs, the retention change (#13), 3 more, the prune (#17), the clear (#18), 2 more.
    expect(afterClear).toMatchObject({ ok: true, count: 3, start: { seq: 17 }, last: { seq: 20 } });
    expect((await f.all()).map((e) => e.type)).toEqual(['cleared', 'sign-off', 'sign-off']);
  });

  test('an empty log is intact', async () => {
    f = fixture();
    expect(await verifyDb()).toMatchObject({ ok: true, count: 0, last: null });
  });

  test('a witness one entry behind (its write was lost when the worker stopped) is not tampering', async () => {
    f = fixture();
    await seed(f, 5);
    const behind = await f.db.entries.get(4);
    expect((await verifyChain(await f.all(), { seq: 4, hash: behind!.hash })).ok).toBe(true);
  });
});

describe('tampering is detected and the first broken entry is named', () => {
  test('an edited entry', async () => {
    f = fixture();
    await seed(f, 10);
    await f.db.entries.put({ ...(await f.db.entries.get(4))!, reason: 'Nothing to see here' } as LogEntry);
    const r = await verifyDb();
    expect(r.ok).toBe(false);
    expect(r.broken).toMatchObject({ seq: 4, problem: 'altered' });
    expect(r.broken!.message).toBe('Entry #4 has been changed: its content no longer matches its hash.');
  });

  test('an edited entry whose hash was recomputed breaks the link to the next one', async () => {
    f = fixture();
    await seed(f, 10);
    const e = (await f.db.entries.get(4))!;
    const forged = { ...e, decision: 'edited' } as LogEntry;
    await f.db.entries.put({ ...forged, hash: await entryHash(forged) });
    const r = await verifyDb();
    expect(r.broken).toMatchObject({ seq: 5, problem: 'broken-link' });
    expect(r.broken!.message).toContain('entry #4 was rewritten');
  });

  test('a deleted entry', async () => {
    f = fixture();
    await seed(f, 10);
    await f.db.entries.delete(5);
    const r = await verifyDb();
    expect(r.broken).toMatchObject({ seq: 6, problem: 'missing' });
    expect(r.broken!.message).toBe('Entry #5 is missing: entry #6 follows #4.');
  });

  test('several deleted entries', async () => {
    f = fixture();
    await seed(f, 10);
    await f.db.entries.bulkDelete([3, 4, 5]);
    expect((await verifyDb()).broken!.message).toBe('Entries #3–#5 are missing: entry #6 follows #2.');
  });

  test('a reordered entry (two entries swapped, each rewritten under the other’s number)', async () => {
    f = fixture();
    await seed(f, 10, (i) => ({ reason: `reason ${i + 1}` }));
    const [a, b] = [(await f.db.entries.get(3))!, (await f.db.entries.get(4))!];
    await f.db.entries.bulkPut([
      { ...b, seq: 3 },
      { ...a, seq: 4 },
    ]);
    const r = await verifyDb();
    expect(r.broken).toMatchObject({ seq: 3, problem: 'altered' });
  });

  test('a reordered entry in an export file (same entries, different order)', async () => {
    f = fixture();
    await seed(f, 6);
    const entries = await f.all();
    const swapped = [entries[0]!, entries[1]!, entries[3]!, entries[2]!, entries[4]!, entries[5]!];
    const r = await verifyChain(swapped, f.witness.point);
    expect(r.broken).toMatchObject({ seq: 4, problem: 'out-of-order' });
    expect(r.broken!.message).toBe('Entry #4 is out of order: entry #3 should come before it.');
  });

  test('the newest entry deleted (a chain alone cannot show it; the witness does)', async () => {
    f = fixture();
    await seed(f, 10);
    await f.db.entries.delete(10);
    expect((await verifyChain(await f.all())).ok).toBe(true);
    const r = await verifyDb();
    expect(r.broken).toMatchObject({ seq: 9, problem: 'missing-newest' });
    expect(r.broken!.message).toBe('The newest entries are missing: entry #10 was written, but the log ends at #9.');
  });

  test('the newest entry replaced', async () => {
    f = fixture();
    await seed(f, 4);
    const e = (await f.db.entries.get(4))!;
    const forged = { ...e, reason: 'changed' } as LogEntry;
    await f.db.entries.put({ ...forged, hash: await entryHash(forged) });
    expect((await verifyDb()).broken).toMatchObject({ seq: 4, problem: 'newest-mismatch' });
  });

  test('the oldest entries deleted, with no clear or prune to explain it', async () => {
    f = fixture();
    await seed(f, 10);
    await f.db.entries.bulkDelete([1, 2]);
    const r = await verifyDb();
    expect(r.broken).toMatchObject({ seq: 3, problem: 'start-moved' });
    expect(r.broken!.message).toContain('entries #1–#2 are missing');
  });

  test('entries deleted beyond what a logged prune removed', async () => {
    f = fixture();
    await seed(f, 10);
    await f.writer.setRetention(1);
    f.clock.now += 2 * 24 * 60 * 60 * 1000;
    await seed(f, 5);
    await f.writer.prune();
    expect((await verifyDb()).ok).toBe(true);
    const first = (await f.all())[0]!;
    await f.db.entries.delete(first.seq);
    const r = await verifyDb();
    expect(r.broken).toMatchObject({ seq: first.seq + 1, problem: 'start-moved' });
  });

  test('entries written after tampering keep the evidence instead of starting a clean chain', async () => {
    f = fixture();
    await seed(f, 6);
    await f.db.entries.bulkDelete([5, 6]);
    await seed(f, 1);
    const r = await verifyDb();
    expect(r.ok).toBe(false);
    expect(r.broken).toMatchObject({ seq: 7, problem: 'missing' });
  });

  test('a malformed entry is reported, not thrown', async () => {
    f = fixture();
    await seed(f, 3);
    const entries = await f.all();
    const r = await verifyChain([entries[0]!, { ...entries[1]!, hash: 'nope' }, entries[2]!]);
    expect(r.broken).toMatchObject({ seq: 2, problem: 'malformed' });
  });
});

test('hashes cover every field: any one change is caught', async () => {
  f = fixture();
  await f.writer.record(fields({ approver: 'Jo Bloggs', consent: true, faces: [2, null], excerpt: 'Call me on…' }));
  const [e] = await f.all();
  const changes: Array<Partial<LogEntry>> = [
    { at: e!.at + 1 },
    { approver: 'Someone else' } as Partial<LogEntry>,
    { faces: [1, null] } as Partial<LogEntry>,
    { consent: false } as Partial<LogEntry>,
    { findings: [] } as Partial<LogEntry>,
    { account: { handle: 'other', kind: 'personal' } } as Partial<LogEntry>,
  ];
  for (const change of changes) {
    const r = await verifyChain([{ ...e!, ...change } as LogEntry]);
    expect(r.broken?.problem, JSON.stringify(change)).toBe('altered');
  }
});

import { afterEach, expect, test } from 'vitest';
import { verifyChain } from '../../../lib/log/chain.ts';
import { GENESIS_HASH } from '../../../lib/log/entry.ts';
import { RetentionError } from '../../../lib/log/writer.ts';
import { fields, fixture, logged, seed, type Fixture } from './helpers.ts';

const DAY = 24 * 60 * 60 * 1000;
let f: Fixture;
afterEach(async () => {
  await f?.db.delete();
});

test('each decision becomes one numbered entry linked to the one before', async () => {
  f = fixture();
  const first = await f.writer.record(fields());
  f.clock.now += 1000;
  const second = await f.writer.record(
    fields({
      decision: 'edited',
      reason: null,
      findings: [
        logged({ ruleId: 'faces', category: 'image-faces', severity: 'confirm', clauses: ['HSS-4', 'TR-6'] }),
        logged({ ruleId: 'phone-number', category: 'personal-data', severity: 'confirm', clauses: ['TR-5'] }),
        logged({ ruleId: 'faces-2', category: 'image-faces', severity: 'confirm', clauses: [] }),
      ],
    }),
  );
  expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, type: 'sign-off', decision: 'posted', at: Date.UTC(2026, 2, 1, 9, 0) });
  expect(second).toMatchObject({ seq: 2, prevHash: first.hash, decision: 'edited', categories: ['image-faces', 'personal-data'] });
  expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(await f.all()).toEqual([first, second]);
  expect(f.witness.point).toEqual({ seq: 2, hash: second.hash });
});

test('decisions arriving together are written one after another, none lost, chain intact', async () => {
  f = fixture();
  const written = await Promise.all(Array.from({ length: 25 }, (_, i) => f.writer.record(fields({ reason: `reason ${i}` }))));
  expect(written.map((e) => e.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  expect((await f.all()).map((e) => e.type === 'sign-off' && e.reason)).toEqual(written.map((_, i) => `reason ${i}`));
  expect((await verifyChain(await f.all(), f.witness.point)).ok).toBe(true);
});

test('clearing removes every entry and is itself logged; numbering carries on', async () => {
  f = fixture();
  await seed(f, 5);
  const cleared = await f.writer.clear();
  expect(cleared).toMatchObject({ type: 'cleared', seq: 6, removed: { count: 5, from: 1, through: 5 } });
  expect(cleared.anchor.seq).toBe(5);
  expect(await f.db.entries.count()).toBe(1);
  const next = await f.writer.record(fields());
  expect(next.seq).toBe(7);
  expect(next.prevHash).toBe(cleared.hash);
  expect((await verifyChain(await f.all(), f.witness.point)).ok).toBe(true);
});

test('clearing an empty log still records that it was cleared', async () => {
  f = fixture();
  const cleared = await f.writer.clear();
  expect(cleared).toMatchObject({ seq: 1, removed: { count: 0, from: null, through: null }, anchor: { seq: 0, hash: GENESIS_HASH } });
  expect((await verifyChain(await f.all(), f.witness.point)).ok).toBe(true);
});

test('retention: a change is logged, then entries older than it are removed and that is logged', async () => {
  f = fixture();
  expect(await f.writer.retentionDays()).toBe(365);
  await seed(f, 4);
  f.clock.now += 40 * DAY;
  await seed(f, 2);
  const { changed, pruned } = await f.writer.setRetention(30);
  expect(changed).toBe(true);
  expect(pruned).toMatchObject({ type: 'pruned', retentionDays: 30, removed: { count: 4, from: 1, through: 4 } });
  const entries = await f.all();
  expect(entries.map((e) => [e.seq, e.type])).toEqual([
    [5, 'sign-off'],
    [6, 'sign-off'],
    [7, 'retention'],
    [8, 'pruned'],
  ]);
  expect(entries[2]).toMatchObject({ retentionDays: 30, previousDays: 365 });
  expect(await f.writer.retentionDays()).toBe(30);
  expect((await verifyChain(entries, f.witness.point)).ok).toBe(true);
});

test('retention: nothing old, nothing removed, nothing logged; the same value twice logs once', async () => {
  f = fixture();
  await seed(f, 3);
  expect(await f.writer.prune()).toBeNull();
  expect((await f.writer.setRetention(90)).changed).toBe(true);
  expect((await f.writer.setRetention(90)).changed).toBe(false);
  expect(await f.db.entries.count()).toBe(4);
});

test('retention: keep forever never prunes', async () => {
  f = fixture();
  await seed(f, 3);
  await f.writer.setRetention(null);
  f.clock.now += 5000 * DAY;
  expect(await f.writer.prune()).toBeNull();
  expect(await f.db.entries.count()).toBe(4);
});

test('retention: a bad number of days is refused with a clear error and changes nothing', async () => {
  f = fixture();
  for (const bad of [0, -1, 1.5, 3651, Number.NaN]) {
    await expect(f.writer.setRetention(bad)).rejects.toThrow(RetentionError);
  }
  await expect(f.writer.setRetention(0)).rejects.toThrow('from 1 to 3650');
  expect(await f.db.entries.count()).toBe(0);
});

test('pruning only removes the oldest run, so a clock that went backwards leaves one unbroken chain', async () => {
  f = fixture();
  await f.writer.setRetention(10); // #1
  await seed(f, 2); // #2, #3 at day 0
  f.clock.now += 20 * DAY;
  await seed(f, 1); // #4 at day 20
  f.clock.now -= 19 * DAY;
  await seed(f, 1); // #5 at day 1: the clock went back
  f.clock.now += 20 * DAY;
  const pruned = await f.writer.prune();
  expect(pruned?.removed).toEqual({ count: 3, from: 1, through: 3 });
  expect((await f.all()).map((e) => e.seq)).toEqual([4, 5, 6]);
  expect((await verifyChain(await f.all(), f.witness.point)).ok).toBe(true);
});

const REQUEST = 'c0ffee00-1111-4222-8333-444455556666';

test('a repeated request writes nothing and answers with the first entry, even while the first is still being written', async () => {
  f = fixture();
  const [first, retry] = await Promise.all([
    f.writer.recordOnce(REQUEST, fields({ reason: 'First attempt' })),
    f.writer.recordOnce(REQUEST, fields({ reason: 'Retried after the dialog stopped waiting' })),
  ]);
  expect(first).toEqual({ seq: 1, repeated: false });
  expect(retry).toEqual({ seq: 1, repeated: true });
  expect(await f.writer.recordOnce(REQUEST, fields())).toEqual({ seq: 1, repeated: true });
  expect((await f.all()).map((e) => e.type === 'sign-off' && e.reason)).toEqual(['First attempt']);
  // Another dialog is another request.
  expect(await f.writer.recordOnce('c0ffee00-1111-4222-8333-444455556667', fields())).toEqual({ seq: 2, repeated: false });
});

test('a sign-off that lands after its dialog was sent back to edit is refused: no false "posted" entry', async () => {
  f = fixture();
  await f.writer.recordOnce(REQUEST, fields({ decision: 'edited', reason: null }));
  await expect(f.writer.recordOnce(REQUEST, fields())).rejects.toThrow('this dialog was already closed without posting (entry #1)');
  expect((await f.all()).map((e) => e.type === 'sign-off' && e.decision)).toEqual(['edited']);
});

test('an edit after a sign-off that landed too late is recorded and names the entry it supersedes', async () => {
  f = fixture();
  await f.writer.recordOnce(REQUEST, fields());
  expect(await f.writer.recordOnce(REQUEST, fields({ decision: 'edited', reason: null }))).toEqual({ seq: 2, repeated: false });
  expect(await f.writer.recordOnce(REQUEST, fields({ decision: 'cancelled', reason: null }))).toEqual({ seq: 2, repeated: true });
  expect(await f.all()).toMatchObject([
    { seq: 1, decision: 'posted', supersedes: null },
    { seq: 2, decision: 'edited', supersedes: 1 },
  ]);
  expect((await verifyChain(await f.all(), f.witness.point)).ok).toBe(true);
});

test('request ids are forgotten after a day, with the retention pass', async () => {
  f = fixture();
  await f.writer.recordOnce(REQUEST, fields());
  f.clock.now += 2 * DAY;
  await f.writer.prune();
  expect(await f.db.requests.count()).toBe(0);
  expect(await f.db.entries.count()).toBe(1);
});

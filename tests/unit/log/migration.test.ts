import { expect, test } from 'vitest';
import { verifyChain } from '../../../lib/log/chain.ts';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY, SignOffDb } from '../../../lib/log/db.ts';
import { PLATFORMS } from '../../../rules/draft.ts';
import { SignOffLogWriter } from '../../../lib/log/writer.ts';
import { fields, fixture, freshDbName, seed, seedFormat1 } from './helpers.ts';

test('a log written by schema version 1 opens in the current version with every entry kept', async () => {
  const name = freshDbName();
  const old = fixture(name, 1);
  await old.db.open();
  expect(old.db.verno).toBe(1);
  await seed(old, 150, (i) => ({
    platform: PLATFORMS[i % 4],
    account: { handle: `acct${i % 7}`, kind: i % 3 ? 'personal' : 'corporate' },
  }));
  await old.writer.setRetention(200);
  await old.writer.clear();
  await seed(old, 150, (i) => ({ platform: PLATFORMS[i % 4] }));
  const before = await old.all();
  const witness = old.witness.point;
  old.db.close();

  const db = new SignOffDb(name);
  await db.open();
  expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  expect(CURRENT_SCHEMA_VERSION).toBeGreaterThan(1);
  const after = await db.entries.orderBy('seq').toArray();
  expect(after).toHaveLength(before.length);
  expect(after).toEqual(before);
  expect(await verifyChain(after, witness)).toMatchObject({ ok: true, count: 151 });
  // The indexes version 2 added work on the entries version 1 wrote.
  expect(await db.entries.where('platform').equals('x').count()).toBe(after.filter((e) => e.type === 'sign-off' && e.platform === 'x').length);
  expect(await db.entries.where('categories').equals('personal-data').count()).toBe(150);
  expect(await db.entries.where('type').equals('cleared').count()).toBe(1);
  expect((await db.settings.get('retention'))?.days).toBe(200);
  // Version 3's table of request ids starts empty and is used from the first new decision.
  expect(await db.requests.count()).toBe(0);
  await db.delete();
});

test('entries in format 1 stay as written, verify, and the chain carries on in format 2 through the upgrade', async () => {
  const name = freshDbName();
  const old = fixture(name, 2);
  await old.db.open();
  await seedFormat1(old, 40);
  const before = await old.all();
  old.db.close();

  const db = new SignOffDb(name);
  const writer = new SignOffLogWriter(db, old.witness, () => old.clock.now);
  await writer.recordOnce('c0ffee00-1111-4222-8333-444455556666', fields({ faces: [{ atLeast: 3 }] }));
  const after = await db.entries.orderBy('seq').toArray();
  expect(after.slice(0, 40)).toEqual(before);
  expect(after.map((e) => e.v)).toEqual([...Array<number>(40).fill(1), 2]);
  expect(after[0]).not.toHaveProperty('supersedes');
  expect(after[40]).toMatchObject({ seq: 41, prevHash: before[39]!.hash, supersedes: null, faces: [{ atLeast: 3 }], findings: [{ overridable: false, needsApprover: false }] });
  expect(await verifyChain(after, old.witness.point)).toMatchObject({ ok: true, count: 41 });
  await db.delete();
});

test('released schema versions are only ever added to, never edited', () => {
  // A browser holding version N upgrades through every later version: the history must be
  // strictly increasing and each version must keep every table of the one before.
  SCHEMA_HISTORY.forEach((s, i) => {
    expect(s.version).toBe(i + 1);
    if (i) for (const table of Object.keys(SCHEMA_HISTORY[i - 1]!.stores)) expect(Object.keys(s.stores)).toContain(table);
  });
  expect(SCHEMA_HISTORY[0]!.stores).toEqual({ entries: 'seq, at', settings: 'key' });
});

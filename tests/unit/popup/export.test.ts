import { afterEach, expect, test } from 'vitest';
import { buildExport, verifier } from '../../../entrypoints/popup/export-log.ts';
import { verifyChain } from '../../../lib/log/chain.ts';
import { checkExport } from '../../../lib/log/check-export.ts';
import { parseCsvExport, parseJsonExport } from '../../../lib/log/export.ts';
import { fixture, seed, type Fixture } from '../log/helpers.ts';

let f: Fixture | null = null;
afterEach(async () => {
  await f?.db.delete();
  f = null;
});

test('the popup exports the whole chain, oldest first, under a dated name', async () => {
  f = fixture();
  await seed(f, 30);
  const now = new Date('2026-03-05T12:00:00Z');
  const json = await buildExport(f.db, f.witness.point, 'json', now);
  expect(json.filename).toBe('postguard-signoff-log-2026-03-05.json');
  const parsed = parseJsonExport(json.text);
  expect(parsed.entries.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  expect((await verifyChain(parsed.entries, parsed.newest)).ok).toBe(true);

  const csv = await buildExport(f.db, f.witness.point, 'csv', now);
  expect(csv.filename).toBe('postguard-signoff-log-2026-03-05.csv');
  expect(csv.type).toBe('text/csv');
  const back = parseCsvExport(csv.text);
  expect(back.entries).toEqual(await f.db.entries.orderBy('seq').toArray());
  expect(back.newest).toEqual({ seq: 30, hash: f.witness.point!.hash });
  expect((await checkExport(csv.text)).ok).toBe(true);
});

test('the verifier offered for download is the standalone one', () => {
  expect(verifier.filename).toBe('verify-signoff-log.mjs');
  expect(verifier.text).toContain("import { createHash } from 'node:crypto';");
  expect(verifier.text).not.toMatch(/from '\.\.?\//);
});

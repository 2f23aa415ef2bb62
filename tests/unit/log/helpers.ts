import { SignOffDb } from '../../../lib/log/db.ts';
import type { LogEntry } from '../../../lib/log/entry.ts';
import type { ChainPoint } from '../../../lib/log/entry.ts';
import type { Witness } from '../../../lib/log/witness.ts';
import { GENESIS_HASH, type LoggedFinding } from '../../../lib/log/entry.ts';
import { entryHash } from '../../../lib/log/hash.ts';
import { SignOffLogWriter, type SignOffFields } from '../../../lib/log/writer.ts';

let n = 0;
export function freshDbName(): string {
  return `postguard-test-log-${++n}-${Math.random().toString(36).slice(2)}`;
}

/** A witness in memory, the same contract as the storage.local one. */
export function memoryWitness(): Witness & { point: ChainPoint | null } {
  return {
    point: null,
    async read() {
      return this.point;
    },
    async write(p) {
      this.point = { ...p };
    },
  };
}

/** A finding as format 2 logs it: both flags stated. */
export function logged(f: Omit<LoggedFinding, 'overridable' | 'needsApprover'> & Partial<LoggedFinding>): Required<LoggedFinding> {
  return { overridable: false, needsApprover: false, ...f };
}

export function fields(over: Partial<SignOffFields> = {}): SignOffFields {
  return {
    decision: 'posted',
    platform: 'x',
    composer: 'post',
    account: { handle: 'CouncilNews', kind: 'corporate' },
    profile: { id: 'hart-dc', version: '2025.1' },
    findings: [logged({ ruleId: 'phone-number', category: 'personal-data', severity: 'confirm', clauses: ['TR-5'] })],
    reason: 'Public switchboard number, approved for publication',
    approver: null,
    consent: null,
    faces: [],
    textSha256: 'a'.repeat(64),
    excerpt: null,
    ...over,
  };
}

export interface Fixture {
  db: SignOffDb;
  writer: SignOffLogWriter;
  witness: ReturnType<typeof memoryWitness>;
  clock: { now: number };
  all(): Promise<LogEntry[]>;
}

export function fixture(dbName = freshDbName(), upTo?: number): Fixture {
  const db = new SignOffDb(dbName, upTo);
  const witness = memoryWitness();
  const clock = { now: Date.UTC(2026, 2, 1, 9, 0) };
  const writer = new SignOffLogWriter(db, witness, () => clock.now);
  return { db, writer, witness, clock, all: () => db.entries.orderBy('seq').toArray() };
}

/** Writes `count` sign-offs one minute apart. */
export async function seed(f: Fixture, count: number, over: (i: number) => Partial<SignOffFields> = () => ({})): Promise<void> {
  for (let i = 0; i < count; i++) {
    await f.writer.record(fields(over(i)));
    f.clock.now += 60_000;
  }
}

/**
 * Appends `count` sign-offs exactly as format 1 wrote them (no finding flags, plain face
 * counts, no supersedes), continuing the chain: the entries a browser updated from an
 * earlier PostGuard already holds.
 */
export async function seedFormat1(f: Fixture, count: number): Promise<void> {
  const last = await f.db.entries.orderBy('seq').last();
  let prev = last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
  for (let i = 0; i < count; i++) {
    const draft = {
      v: 1 as const,
      seq: prev.seq + 1,
      at: f.clock.now,
      prevHash: prev.hash,
      type: 'sign-off' as const,
      decision: 'posted' as const,
      platform: 'x' as const,
      composer: 'post' as const,
      account: { handle: 'CouncilNews', kind: 'corporate' as const },
      profile: { id: 'hart-dc', version: '2024.9' },
      findings: [{ ruleId: 'phone-number', category: 'personal-data' as const, severity: 'confirm' as const, clauses: ['TR-5'] }],
      categories: ['personal-data' as const],
      reason: `Format 1 sign-off ${i + 1}`,
      approver: null,
      consent: i % 2 ? true : null,
      faces: i % 2 ? [2, null] : [],
      textSha256: 'b'.repeat(64),
      excerpt: null,
    };
    const entry = { ...draft, hash: await entryHash(draft) } as LogEntry;
    await f.db.entries.add(entry);
    await f.witness.write({ seq: entry.seq, hash: entry.hash });
    prev = { seq: entry.seq, hash: entry.hash };
    f.clock.now += 60_000;
  }
}

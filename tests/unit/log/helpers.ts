import { SignOffDb } from '../../../lib/log/db.ts';
import type { LogEntry } from '../../../lib/log/entry.ts';
import type { ChainPoint } from '../../../lib/log/entry.ts';
import type { Witness } from '../../../lib/log/witness.ts';
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

export function fields(over: Partial<SignOffFields> = {}): SignOffFields {
  return {
    decision: 'posted',
    platform: 'x',
    composer: 'post',
    account: { handle: 'CouncilNews', kind: 'corporate' },
    profile: { id: 'hart-dc', version: '2025.1' },
    findings: [{ ruleId: 'phone-number', category: 'personal-data', severity: 'confirm', clauses: ['TR-5'] }],
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

import {
  GENESIS_HASH,
  ENTRY_FORMAT,
  type ChainPoint,
  type EntryContent,
  type LogEntry,
  type LoggedFinding,
  type RemovalEntry,
  type SignOffEntry,
} from './entry.ts';
import { entryHash } from './hash.ts';
import { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS, type SignOffDb } from './db.ts';
import type { Witness } from './witness.ts';

const DAY = 24 * 60 * 60 * 1000;
/** How long a request id is remembered: far longer than any retry of the same dialog. */
const REQUEST_MEMORY = DAY;

/**
 * What a sign-off decision records; the writer adds the number, time, chain and, for a
 * late edit or cancel, which entry it supersedes. Every finding states both flags.
 */
export type SignOffFields = Omit<SignOffEntry, 'v' | 'seq' | 'at' | 'prevHash' | 'hash' | 'type' | 'categories' | 'findings' | 'supersedes'> & {
  findings: Array<Required<LoggedFinding>>;
};

/** A "posted" record for a dialog that was already closed with another decision. */
export class RequestClosedError extends Error {
  constructor(seq: number) {
    super(`Sign-off not recorded: this dialog was already closed without posting (entry #${seq}).`);
    this.name = 'RequestClosedError';
  }
}

export class RetentionError extends Error {
  constructor(days: unknown) {
    super(`Retention must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}, or "keep forever"; got ${String(days)}.`);
    this.name = 'RetentionError';
  }
}

/**
 * The only code that writes the sign-off log. Appends are serialised (one at a time, in
 * the order asked) because each entry needs the hash of the one before it, and
 * crypto.subtle cannot run inside an IndexedDB transaction without letting it commit. So
 * the hash is computed first, and the transaction checks that the log's end has not moved.
 */
export class SignOffLogWriter {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly db: SignOffDb,
    private readonly witness: Witness,
    private readonly now: () => number = Date.now,
  ) {}

  record(fields: SignOffFields): Promise<SignOffEntry> {
    return this.serial(() => this.appendSignOff(fields, null)) as Promise<SignOffEntry>;
  }

  /**
   * Records a dialog's decision once per request id. The dialog may give up waiting and
   * retry while the first write is still landing: a repeat writes nothing and answers with
   * the first entry's number. An edit or cancel after a "posted" that landed too late (the
   * dialog had stopped waiting, so the post was never released) is written and names that
   * entry; a "posted" after the dialog closed another way is refused.
   */
  recordOnce(requestId: string, fields: SignOffFields): Promise<{ seq: number; repeated: boolean }> {
    return this.serial(async () => {
      const seen = await this.db.requests.get(requestId);
      if (seen && !(seen.decision === 'posted' && fields.decision !== 'posted')) {
        if (fields.decision === 'posted' && seen.decision !== 'posted') throw new RequestClosedError(seen.seq);
        return { seq: seen.seq, repeated: true };
      }
      const entry = await this.appendSignOff(fields, seen ? seen.seq : null, (e) =>
        this.db.requests.put({ id: requestId, seq: e.seq, decision: fields.decision, at: e.at }),
      );
      return { seq: entry.seq, repeated: false };
    });
  }

  private appendSignOff(fields: SignOffFields, supersedes: number | null, alsoInTransaction?: (e: LogEntry) => Promise<unknown>) {
    const categories = [...new Set(fields.findings.map((f) => f.category))].sort();
    return this.append(() => ({ type: 'sign-off', ...fields, categories, supersedes }), alsoInTransaction) as Promise<SignOffEntry>;
  }

  /** Removes every entry; the clearing itself becomes the first entry of the log. */
  clear(): Promise<RemovalEntry> {
    return this.serial(async () => {
      const count = await this.db.entries.count();
      const first = await this.db.entries.orderBy('seq').first();
      return this.append(
        (pred) => ({
          type: 'cleared',
          removed: { count, from: first?.seq ?? null, through: count ? pred.seq : null },
          anchor: pred,
          retentionDays: null,
        }),
        () => this.db.entries.clear(),
      );
    }) as Promise<RemovalEntry>;
  }

  async retentionDays(): Promise<number | null> {
    const row = await this.db.settings.get('retention');
    return row ? row.days : DEFAULT_RETENTION_DAYS;
  }

  /** Changes how long entries are kept (null: forever), logs the change, then prunes. */
  setRetention(days: number | null): Promise<{ changed: boolean; pruned: RemovalEntry | null }> {
    if (days !== null && !(Number.isInteger(days) && days >= 1 && days <= MAX_RETENTION_DAYS)) {
      return Promise.reject(new RetentionError(days));
    }
    return this.serial(async () => {
      const previous = await this.retentionDays();
      if (previous === days) return { changed: false, pruned: null };
      await this.append(
        () => ({ type: 'retention', retentionDays: days, previousDays: previous }),
        () => this.db.settings.put({ key: 'retention', days }),
      );
      return { changed: true, pruned: await this.pruneNow() };
    });
  }

  /** Removes the entries older than the retention period, logging how many went. */
  prune(): Promise<RemovalEntry | null> {
    return this.serial(async () => {
      await this.db.requests?.where('at').below(this.now() - REQUEST_MEMORY).delete();
      return this.pruneNow();
    });
  }

  private async pruneNow(): Promise<RemovalEntry | null> {
    const days = await this.retentionDays();
    if (days === null) return null;
    const cutoff = this.now() - days * DAY;
    // Only the oldest run of entries goes, so what remains is always one unbroken chain.
    const old: LogEntry[] = [];
    await this.db.entries
      .orderBy('seq')
      .until((e) => e.at >= cutoff)
      .each((e) => void old.push(e));
    const first = old[0];
    const lastOld = old.at(-1);
    if (!first || !lastOld) return null;
    return (await this.append(
      () => ({
        type: 'pruned',
        removed: { count: old.length, from: first.seq, through: lastOld.seq },
        anchor: { seq: lastOld.seq, hash: lastOld.hash },
        retentionDays: days,
      }),
      () => this.db.entries.where('seq').belowOrEqual(lastOld.seq).delete().then(() => undefined),
    )) as RemovalEntry;
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The entry before a new one: the log's last entry, unless the separate record of the
   * newest entry is further on (the newest entries were removed) or disagrees with it (it
   * was replaced). Then the new entry links to what was really written, so the gap stays
   * visible instead of being papered over by a fresh chain.
   */
  private async predecessor(): Promise<{ point: ChainPoint; lastSeq: number | null }> {
    const last = await this.db.entries.orderBy('seq').last();
    const seen = await this.witness.read().catch(() => null);
    const lastPoint = last ? { seq: last.seq, hash: last.hash } : null;
    const point = seen && (!lastPoint || seen.seq >= lastPoint.seq) ? seen : (lastPoint ?? { seq: 0, hash: GENESIS_HASH });
    return { point, lastSeq: last?.seq ?? null };
  }

  private async append(build: (pred: ChainPoint) => EntryContent, alsoInTransaction?: (entry: LogEntry) => Promise<unknown>): Promise<LogEntry> {
    const { point, lastSeq } = await this.predecessor();
    const draft = { v: ENTRY_FORMAT, seq: point.seq + 1, at: this.now(), prevHash: point.hash, ...build(point) };
    const entry = { ...draft, hash: await entryHash(draft as LogEntry) } as LogEntry;
    // A database still on an old schema (tests of the upgrade) has no requests table.
    const tables = [this.db.entries, this.db.settings, ...(this.db.requests ? [this.db.requests] : [])];
    await this.db.transaction('rw', tables, async () => {
      const last = await this.db.entries.orderBy('seq').last();
      if ((last?.seq ?? null) !== lastSeq) throw new Error('The sign-off log changed while an entry was being written; nothing was recorded.');
      await alsoInTransaction?.(entry);
      await this.db.entries.add(entry);
    });
    // After the commit: if this write is lost, the witness lags by one, which verification allows.
    await this.witness.write({ seq: entry.seq, hash: entry.hash }).catch(() => undefined);
    return entry;
  }
}

// Verifying the hash chain. Each entry carries the hash of the one before it, so an
// entry that was edited, removed or moved breaks the chain at a point we can name. Two
// things a chain alone cannot show are covered here too: removing the oldest entries
// (the log must start exactly where the latest logged clear or prune left it) and
// removing the newest ones (the background keeps a separate record of the newest entry,
// the witness).
import { entryHash } from './hash.ts';
import { GENESIS_HASH, isRemoval, type ChainPoint, type LogEntry, type RemovalEntry } from './entry.ts';

export type ChainProblem =
  | 'malformed'
  | 'altered'
  | 'missing'
  | 'out-of-order'
  | 'broken-link'
  | 'start-moved'
  | 'missing-newest'
  | 'newest-mismatch'
  // Exports only: a visible CSV cell that is not its entry's, or a CSV without the chain's ends.
  | 'edited-cell'
  | 'ends-missing';

export interface ChainBreak {
  /** The entry at which the chain breaks (it is in the log), or null when none is. */
  seq: number | null;
  at: number | null;
  problem: ChainProblem;
  message: string;
}

export interface ChainReport {
  ok: boolean;
  count: number;
  /** Where the chain starts: genesis, or the point the latest clear or prune left it. */
  start: ChainPoint;
  last: ChainPoint | null;
  broken: ChainBreak | null;
  /** Things worth knowing that are not a break. */
  notes: string[];
}

const range = (from: number, through: number) =>
  from === through ? `entry #${from} is` : `entries #${from}–#${through} are`;

const HEX64 = /^[0-9a-f]{64}$/;

function malformed(e: unknown, index: number): string | null {
  if (typeof e !== 'object' || e === null) return `item ${index + 1} is not an entry`;
  const x = e as Partial<LogEntry>;
  if (!Number.isSafeInteger(x.seq) || (x.seq as number) < 1) return `item ${index + 1} has no valid entry number`;
  if (typeof x.hash !== 'string' || !HEX64.test(x.hash)) return `entry #${x.seq} has no valid hash`;
  if (typeof x.prevHash !== 'string' || !HEX64.test(x.prevHash)) return `entry #${x.seq} has no valid previous hash`;
  return null;
}

/** The latest clear or prune in the log decides where the chain must start. */
export function chainStart(entries: readonly LogEntry[]): { start: ChainPoint; by: RemovalEntry | null } {
  let by: RemovalEntry | null = null;
  for (const e of entries) if (isRemoval(e) && (!by || e.seq > by.seq)) by = e;
  return { start: by ? by.anchor : { seq: 0, hash: GENESIS_HASH }, by };
}

/**
 * Verifies entries in the order given (the database's key order, or an export's file order).
 * Never throws on bad data: a malformed entry is reported as the break.
 */
export async function verifyChain(entries: readonly LogEntry[], witness?: ChainPoint | null): Promise<ChainReport> {
  const notes: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const why = malformed(entries[i], i);
    if (why) {
      const e = entries[i] as Partial<LogEntry> | null;
      return report(entries, { seq: 0, hash: GENESIS_HASH }, null, notes, {
        seq: typeof e?.seq === 'number' ? e.seq : null,
        at: typeof e?.at === 'number' ? e.at : null,
        problem: 'malformed',
        message: `The log is damaged: ${why}.`,
      });
    }
  }
  const { start, by } = chainStart(entries);
  // Hashing is the slow part: do it in parallel batches, then walk the chain in order.
  const hashes: string[] = [];
  for (let i = 0; i < entries.length; i += 512) {
    hashes.push(...(await Promise.all(entries.slice(i, i + 512).map((e) => entryHash(e)))));
  }
  const position = new Map<number, number>();
  entries.forEach((e, i) => position.set(e.seq, i));

  let expectedSeq = start.seq + 1;
  let expectedPrev = start.hash;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const at = { seq: e.seq, at: e.at };
    if (hashes[i] !== e.hash) {
      return report(entries, start, null, notes, {
        ...at,
        problem: 'altered',
        message: `Entry #${e.seq} has been changed: its content no longer matches its hash.`,
      });
    }
    if (e.seq !== expectedSeq) {
      const later = position.get(expectedSeq);
      if (i === 0 && e.seq > expectedSeq && later === undefined) {
        const where = by ? `the ${by.type === 'cleared' ? 'clearing' : 'retention removal'} recorded in entry #${by.seq}` : 'the log began';
        return report(entries, start, null, notes, {
          ...at,
          problem: 'start-moved',
          message: `The log should begin at entry #${expectedSeq} (where ${where} left it), but it begins at #${e.seq}: ${range(expectedSeq, e.seq - 1)} missing.`,
        });
      }
      if (i === 0 && e.seq < expectedSeq) {
        return report(entries, start, null, notes, {
          ...at,
          problem: 'start-moved',
          message: `The log begins at entry #${e.seq}, but entry #${by?.seq ?? '?'} records that entries up to #${start.seq} were removed.`,
        });
      }
      if (later !== undefined && later > i) {
        return report(entries, start, null, notes, {
          ...at,
          problem: 'out-of-order',
          message: `Entry #${e.seq} is out of order: entry #${expectedSeq} should come before it.`,
        });
      }
      if (e.seq > expectedSeq) {
        return report(entries, start, null, notes, {
          ...at,
          problem: 'missing',
          message: `${capitalise(range(expectedSeq, e.seq - 1))} missing: entry #${e.seq} follows #${expectedSeq - 1}.`,
        });
      }
      return report(entries, start, null, notes, {
        ...at,
        problem: 'out-of-order',
        message: `Entry #${e.seq} is out of order: it comes after entry #${expectedSeq - 1}.`,
      });
    }
    if (e.prevHash !== expectedPrev) {
      return report(entries, start, null, notes, {
        ...at,
        problem: i === 0 ? 'start-moved' : 'broken-link',
        message:
          i === 0
            ? `Entry #${e.seq} does not continue from where the log started: entries before it were removed or rewritten.`
            : `Entry #${e.seq} does not follow entry #${entries[i - 1]!.seq}: entry #${entries[i - 1]!.seq} was rewritten, or entries between them were removed or reordered.`,
      });
    }
    expectedPrev = e.hash;
    expectedSeq = e.seq + 1;
  }

  const last = entries.at(-1);
  if (witness && witness.seq > 0) {
    if (!last || witness.seq > last.seq) {
      return report(entries, start, null, notes, {
        seq: last?.seq ?? null,
        at: last?.at ?? null,
        problem: 'missing-newest',
        message: last
          ? `The newest entries are missing: entry #${witness.seq} was written, but the log ends at #${last.seq}.`
          : `The log is empty, but entries up to #${witness.seq} were written.`,
      });
    }
    const i = position.get(witness.seq);
    if (i !== undefined && entries[i]!.hash !== witness.hash) {
      return report(entries, start, null, notes, {
        seq: witness.seq,
        at: entries[i]!.at,
        problem: 'newest-mismatch',
        message: `Entry #${witness.seq} is not the entry that was written: its hash differs from PostGuard's separate record of the newest entry.`,
      });
    }
  } else if (witness === null && last) {
    notes.push('PostGuard’s separate record of the newest entry is missing, so removal of the newest entries cannot be ruled out.');
  }
  return report(entries, start, last ? { seq: last.seq, hash: last.hash } : null, notes, null);
}

function report(
  entries: readonly LogEntry[],
  start: ChainPoint,
  last: ChainPoint | null,
  notes: string[],
  broken: ChainBreak | null,
): ChainReport {
  return { ok: broken === null, count: entries.length, start, last, broken, notes };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

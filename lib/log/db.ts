import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { Decision, LogEntry } from './entry.ts';

export const SIGNOFF_DB_NAME = 'postguard-signoff-log';

/** Settings the log keeps beside its entries (one row per key). */
export type SettingRow = { key: 'retention'; days: number | null };

/**
 * Which dialog decisions are already in the log, by the request id the dialog sent, so a
 * retry is recognised. Written in the same transaction as its entry; not part of the
 * chain (it holds nothing an auditor needs) and forgotten after a day.
 */
export interface RequestRow {
  id: string;
  seq: number;
  decision: Decision;
  at: number;
}

/** Entries are kept this long unless the user says otherwise. */
export const DEFAULT_RETENTION_DAYS = 365;
export const MAX_RETENTION_DAYS = 3650;

/** clearSignOffLog must carry this exact word: clearing is never a side effect of a stray message. */
export const CLEAR_CONFIRMATION = 'clear-the-sign-off-log';

/**
 * Every schema the log has had, oldest first. Released versions are never edited: a change
 * is a new version, so a browser holding any older one upgrades in place and keeps every
 * entry. Entries themselves are never rewritten by an upgrade (their hashes cover them).
 *   1 — entries by number and time; settings.
 *   2 — indexes for the popup's filters: type, platform, account kind, categories.
 *   3 — requests: the dialog's request ids already recorded, so a retry is not logged twice.
 */
export const SCHEMA_HISTORY = [
  { version: 1, stores: { entries: 'seq, at', settings: 'key' } },
  { version: 2, stores: { entries: 'seq, at, type, platform, account.kind, *categories', settings: 'key' } },
  { version: 3, stores: { entries: 'seq, at, type, platform, account.kind, *categories', settings: 'key', requests: 'id, at' } },
] as const;

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY.at(-1)!.version;

/**
 * The sign-off log database. The background is its only writer (SignOffLogWriter); the
 * popup opens the same database on the same extension origin to read it live.
 */
export class SignOffDb extends Dexie {
  entries!: Table<LogEntry, number>;
  settings!: Table<SettingRow, string>;
  requests!: Table<RequestRow, string>;

  constructor(name: string = SIGNOFF_DB_NAME, upTo: number = CURRENT_SCHEMA_VERSION, options?: DexieOptions) {
    super(name, options);
    for (const s of SCHEMA_HISTORY) if (s.version <= upTo) this.version(s.version).stores(s.stores);
  }
}

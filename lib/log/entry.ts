// The shape of one sign-off log entry. Every field here is hashed into the chain, so the
// shape is versioned (`v`) and never changes in place: a new field means a new `v`.
// Nothing from the draft is stored except a SHA-256 of its text and, only when the
// profile allows it, a short excerpt.
import type { AccountKind, ComposerKind, Platform } from '../../rules/draft.ts';
import type { Category, Severity } from '../../rules/vocabulary.ts';

/** The prevHash of the very first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The entry format the writer uses now. Entries are never rewritten, so a log holds every
 * format it has seen; readers handle them all.
 *   1 — the first format.
 *   2 — findings carry overridable and needsApprover, so an auditor can see that an
 *       approver was needed or a block was overridden as the policy allowed; a face count
 *       still being refined when the author signed off is { atLeast: n }; an edit or cancel
 *       that follows a sign-off recorded too late to release the post names it (supersedes).
 */
export const ENTRY_FORMAT = 2;
export const ENTRY_FORMATS = [1, 2] as const;
export type EntryFormat = (typeof ENTRY_FORMATS)[number];

/** How much of the start of a draft a sign-off message carries, for the optional excerpt. */
export const TEXT_START_LENGTH = 400;

/** posted: signed off and released; edited: back to the editor; cancelled: dialog dismissed. */
export const DECISIONS = ['posted', 'edited', 'cancelled'] as const;
export type Decision = (typeof DECISIONS)[number];

export const ENTRY_TYPES = ['sign-off', 'cleared', 'pruned', 'retention'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** A finding as the log keeps it: which rule, never the text it matched. */
export interface LoggedFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  clauses: string[];
  /** Format 2 on: a block finding the profile let the author override (absent in format 1). */
  overridable?: boolean;
  /** Format 2 on: signing it off needed a named approver (absent in format 1). */
  needsApprover?: boolean;
}

/**
 * Faces found in one attached image: a count; null where detection failed; { atLeast } when
 * the author signed off while the detector was still taking its closer look (format 2 on).
 */
export type FaceCount = number | null | { atLeast: number };

/** Where the chain continues after entries were removed: the last removed entry. */
export interface ChainPoint {
  seq: number;
  hash: string;
}

interface EntryBase {
  v: EntryFormat;
  /** 1, 2, 3 … never reused, even after the log is cleared. */
  seq: number;
  /** Milliseconds since the epoch. */
  at: number;
  prevHash: string;
  /** SHA-256 (hex) of the entry's canonical JSON without this field. */
  hash: string;
}

export interface SignOffEntry extends EntryBase {
  type: 'sign-off';
  decision: Decision;
  platform: Platform;
  composer: ComposerKind;
  account: { handle: string | null; kind: AccountKind };
  profile: { id: string; version: string };
  findings: LoggedFinding[];
  /** The distinct categories of the findings, sorted: what the popup filters on. */
  categories: Category[];
  reason: string | null;
  approver: string | null;
  /** The consent statement for identifiable people: null when no finding asked for it. */
  consent: boolean | null;
  /** Faces detected per attached image, in order. Never pixels. */
  faces: FaceCount[];
  textSha256: string;
  excerpt: string | null;
  /**
   * Format 2 on, edit and cancel only: the "posted" entry of the same dialog that was
   * recorded after the dialog stopped waiting for it. That post was never released.
   */
  supersedes?: number | null;
}

/** Entries removed by the user (cleared) or by the retention setting (pruned). */
export interface RemovalEntry extends EntryBase {
  type: 'cleared' | 'pruned';
  removed: { count: number; from: number | null; through: number | null };
  /** The chain now starts after this point; verification checks the log begins exactly here. */
  anchor: ChainPoint;
  /** pruned: the retention in force; cleared: null. */
  retentionDays: number | null;
}

export interface RetentionEntry extends EntryBase {
  type: 'retention';
  retentionDays: number | null;
  previousDays: number | null;
}

export type LogEntry = SignOffEntry | RemovalEntry | RetentionEntry;

/** An entry before it is placed in the chain. */
export type EntryContent =
  | Omit<SignOffEntry, keyof EntryBase>
  | Omit<RemovalEntry, keyof EntryBase>
  | Omit<RetentionEntry, keyof EntryBase>;

export function isRemoval(e: LogEntry): e is RemovalEntry {
  return e.type === 'cleared' || e.type === 'pruned';
}

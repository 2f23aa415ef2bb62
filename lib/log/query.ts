import type { Collection } from 'dexie';
import type { AccountKind, Platform } from '../../rules/draft.ts';
import type { Category } from '../../rules/vocabulary.ts';
import type { SignOffDb } from './db.ts';
import type { LogEntry } from './entry.ts';

/** What the popup's log view filters by. Empty fields do not filter. */
export interface LogFilters {
  platform: Platform | '';
  accountKind: AccountKind | '';
  category: Category | '';
  /** Local dates, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  search: string;
}

export const NO_FILTERS: LogFilters = { platform: '', accountKind: '', category: '', from: '', to: '', search: '' };

export function hasFilters(f: LogFilters): boolean {
  return Object.values(f).some((v) => v !== '');
}

/** Start of a local day, in ms; `endOf` gives the last millisecond of that day. */
export function localDay(date: string, endOf = false): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return endOf ? d.getTime() + 24 * 60 * 60 * 1000 - 1 : d.getTime();
}

/** The text a search looks through: everything the log shows, never draft text it did not keep. */
export function searchText(e: LogEntry): string {
  const parts: Array<string | number | null> = [`#${e.seq}`, e.type];
  if (e.type === 'sign-off') {
    parts.push(
      e.decision,
      e.platform,
      e.account.handle,
      e.account.handle ? `@${e.account.handle}` : null,
      e.account.kind,
      e.composer,
      e.profile.id,
      e.reason,
      e.approver,
      e.excerpt,
      e.textSha256,
      ...e.findings.flatMap((f) => [f.ruleId, f.category, f.severity, ...f.clauses]),
    );
  }
  return parts.filter((p) => p !== null).join(' ').toLowerCase();
}

export function matches(e: LogEntry, f: LogFilters): boolean {
  const from = localDay(f.from);
  const to = localDay(f.to, true);
  if (from !== null && e.at < from) return false;
  if (to !== null && e.at > to) return false;
  if (f.platform || f.accountKind || f.category) {
    if (e.type !== 'sign-off') return false;
    if (f.platform && e.platform !== f.platform) return false;
    if (f.accountKind && e.account.kind !== f.accountKind) return false;
    if (f.category && !e.categories.includes(f.category)) return false;
  }
  const q = f.search.trim().toLowerCase();
  const bySeq = /^#(\d+)$/.exec(q);
  if (bySeq) return e.seq === Number(bySeq[1]);
  if (q) {
    const text = searchText(e);
    if (!q.split(/\s+/).every((word) => text.includes(word))) return false;
  }
  return true;
}

/** The most selective index for these filters; the rest is filtered as entries stream past. */
function plan(db: SignOffDb, f: LogFilters): Collection<LogEntry, number> {
  const from = localDay(f.from);
  const to = localDay(f.to, true);
  if (from !== null || to !== null) {
    return db.entries.where('at').between(from ?? -Infinity, to ?? Infinity, true, true);
  }
  if (f.platform) return db.entries.where('platform').equals(f.platform);
  if (f.category) return db.entries.where('categories').equals(f.category);
  return db.entries.toCollection();
}

export interface LogPage {
  entries: LogEntry[];
  matched: number;
  total: number;
}

/** Newest first, at most `limit` entries, with how many match and how many there are. */
export async function queryLog(db: SignOffDb, f: LogFilters, limit: number): Promise<LogPage> {
  const total = await db.entries.count();
  if (!hasFilters(f)) {
    const entries = await db.entries.orderBy('seq').reverse().limit(limit).toArray();
    return { entries, matched: total, total };
  }
  const hits = await plan(db, f)
    .filter((e) => matches(e, f))
    .toArray();
  hits.sort((a, b) => b.seq - a.seq);
  return { entries: hits.slice(0, limit), matched: hits.length, total };
}

// Words for log entries, shared by the popup and its tests. Text only; no React.
import type { Platform } from '../../rules/draft.ts';
import type { Decision, FaceCount, LogEntry, LoggedFinding } from './entry.ts';
import { entryDetails } from './export.ts';

export const PLATFORM_NAMES: Record<Platform, string> = { facebook: 'Facebook', x: 'X', linkedin: 'LinkedIn', instagram: 'Instagram' };

export const DECISION_LABELS: Record<Decision, string> = {
  posted: 'Posted after sign-off',
  edited: 'Sent back to edit',
  cancelled: 'Cancelled',
};

export function entryTitle(e: LogEntry): string {
  if (e.type === 'sign-off') return DECISION_LABELS[e.decision];
  if (e.type === 'cleared') return 'Log cleared';
  if (e.type === 'pruned') return 'Old entries removed';
  return 'Retention changed';
}

export function entrySummary(e: LogEntry): string {
  if (e.type !== 'sign-off') return entryDetails(e);
  const who = e.account.handle ? `@${e.account.handle.replace(/^@/, '')}` : 'unknown account';
  return `${PLATFORM_NAMES[e.platform]} · ${who} · ${e.account.kind}`;
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
export function formatTime(at: number): string {
  return dateTime.format(at);
}

/** One image's face count as people read it. */
export function faceCountText(c: FaceCount): string {
  if (c === null) return 'not checked';
  if (typeof c === 'number') return String(c);
  return `at least ${c.atLeast} (still being counted at sign-off)`;
}

/** What a finding asked of the sign-off, for entries that record it (format 2 on). */
export function findingFlags(f: LoggedFinding): string[] {
  const out: string[] = [];
  if (f.overridable) out.push('override allowed');
  if (f.needsApprover) out.push('approver needed');
  return out;
}

/** An edit or cancel that followed a sign-off recorded too late: that post was never sent. */
export function supersedesText(seq: number): string {
  return `Replaces #${seq}: that sign-off was recorded after PostGuard had stopped waiting for it, so the post was not sent.`;
}

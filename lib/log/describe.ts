// Words for log entries, shared by the popup and its tests. Text only; no React.
import type { Platform } from '../../rules/draft.ts';
import type { Decision, LogEntry } from './entry.ts';
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

// How the options page and the popup name platforms, accounts and times.
import type { Platform } from '../rules/draft.ts';

export const PLATFORM_NAMES: Record<Platform, string> = {
  facebook: 'Facebook',
  x: 'X',
  linkedin: 'LinkedIn',
  instagram: 'Instagram',
};

/** X and Instagram accounts are @handles; Facebook Pages and LinkedIn show names. */
export function accountLabel(platform: Platform, handle: string): string {
  return platform === 'x' || platform === 'instagram' ? `@${handle.replace(/^@/, '')}` : handle;
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

export function formatTime(ms: number): string {
  return dateTime.format(new Date(ms));
}

/** Profile dates are often bare days ("2027-03-25"): show them as days, not UTC midnights. */
export function formatProfileDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dateOnly.format(new Date(`${value}T00:00:00Z`));
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : dateTime.format(d);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(2)} MB`;
}

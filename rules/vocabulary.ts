// The words every context shares. No zod here: content scripts import these and must stay small.

// The category vocabulary of DESIGN.md: popup filters, the log and the CLI all speak it.
export const CATEGORIES = [
  'personal-data',
  'confidential',
  'credentials',
  'abuse',
  'profanity',
  'political',
  'employer-reference',
  'work-contact',
  'operational',
  'appeal-link',
  'copyright',
  'commercial',
  'links',
  'accessibility',
  'length',
  'timing',
  'image-faces',
  'image-location',
  'tone',
  'verification',
  'approval',
] as const;
export type Category = (typeof CATEGORIES)[number];

// info: shown; warn: shown and highlighted; confirm: Post is held until the user signs off;
// block: Post is held and only the profile can allow an override.
export const SEVERITIES = ['info', 'warn', 'confirm', 'block'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const severityRank: Record<Severity, number> = { info: 0, warn: 1, confirm: 2, block: 3 };

/** Severities at which the Post button is held until the user decides. */
export function holdsPost(severity: Severity): boolean {
  return severityRank[severity] >= severityRank.confirm;
}

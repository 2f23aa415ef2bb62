import type { Finding } from '../../rules/finding.ts';

/** One contiguous edit: old text [start, oldEnd) became new text [start, newEnd). */
export interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The smallest single edit that turns `before` into `after`; null when they are equal. */
export function diffEdit(before: string, after: string): Edit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < max - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * Moves the findings' spans across an edit so underlines stay on their words while the new
 * check runs: spans before the edit stay, spans after it shift, spans the edit touches are
 * dropped until the check says what they are now. Findings without a span are kept.
 */
export function shiftFindings(findings: Finding[], edit: Edit): Finding[] {
  const delta = edit.newEnd - edit.oldEnd;
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.start === undefined || f.end === undefined || f.end <= edit.start) out.push(f);
    else if (f.start >= edit.oldEnd) out.push({ ...f, start: f.start + delta, end: f.end + delta });
  }
  return out;
}

// What "Post anyway" needs for a set of findings, and what is still missing. Pure: the
// dialog renders from it and the tests read it. No zod, no DOM.
import type { Finding } from '../../rules/finding.ts';

/** At least this much reason: a word, not a keystroke. */
export const MIN_REASON = 3;
export const MAX_REASON = 500;
export const MIN_APPROVER = 2;
export const MAX_APPROVER = 100;

export const CONSENT_STATEMENT = 'I have consent from everyone identifiable (media consent form completed)';

export interface IndexedFinding {
  finding: Finding;
  /** Its index in the request's findings. */
  index: number;
}

export interface SignOffNeeds {
  /** confirm findings, and block findings the profile lets the author override: each needs an acknowledgement. */
  held: IndexedFinding[];
  /** block findings with no override: Post anyway is not possible. */
  blocked: IndexedFinding[];
  /** info and warn findings: shown, nothing to acknowledge. */
  noted: IndexedFinding[];
  approver: boolean;
  consent: boolean;
}

export function needsOf(findings: readonly Finding[]): SignOffNeeds {
  const needs: SignOffNeeds = { held: [], blocked: [], noted: [], approver: false, consent: false };
  findings.forEach((finding, index) => {
    const item = { finding, index };
    if (finding.severity === 'block' && !finding.overridable) needs.blocked.push(item);
    else if (finding.severity === 'block' || finding.severity === 'confirm') needs.held.push(item);
    else needs.noted.push(item);
    if (finding.needsApprover) needs.approver = true;
    if (finding.category === 'image-faces') needs.consent = true;
  });
  return needs;
}

export interface SignOffForm {
  /** By finding index: acknowledged or not. */
  acks: ReadonlySet<number>;
  consent: boolean;
  reason: string;
  approver: string;
}

export type FormField = 'blocked' | 'ack' | 'consent' | 'reason' | 'approver';

export interface FormProblem {
  field: FormField;
  /** The finding's index, for an acknowledgement. */
  index?: number;
  message: string;
}

export function problemsOf(needs: SignOffNeeds, form: SignOffForm): FormProblem[] {
  const problems: FormProblem[] = [];
  if (needs.blocked.length) {
    problems.push({
      field: 'blocked',
      message:
        needs.blocked.length === 1
          ? 'One item cannot be signed off under your organisation’s policy. Edit the post to remove it.'
          : `${needs.blocked.length} items cannot be signed off under your organisation’s policy. Edit the post to remove them.`,
    });
  }
  for (const { finding, index } of needs.held) {
    if (!form.acks.has(index)) problems.push({ field: 'ack', index, message: `Confirm you have checked: ${finding.message}` });
  }
  if (needs.consent && !form.consent) problems.push({ field: 'consent', message: 'Confirm you have consent from everyone identifiable in the photos.' });
  const reason = form.reason.trim();
  if (reason.length < MIN_REASON) problems.push({ field: 'reason', message: 'Give a short reason for posting anyway.' });
  else if (reason.length > MAX_REASON) problems.push({ field: 'reason', message: `Keep the reason under ${MAX_REASON} characters.` });
  if (needs.approver) {
    const approver = form.approver.trim();
    if (approver.length < MIN_APPROVER) problems.push({ field: 'approver', message: 'Name the person who approved this post.' });
    else if (approver.length > MAX_APPROVER) problems.push({ field: 'approver', message: `Keep the approver’s name under ${MAX_APPROVER} characters.` });
  }
  return problems;
}

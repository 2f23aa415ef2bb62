import type { SignOffRecord } from '../protocol/signoff.ts';
import { MAX_APPROVER, MAX_REASON, type SignOffForm, type SignOffNeeds } from './requirements.ts';
import type { SignOffRequest } from './types.ts';

const DECISION = { post: 'posted', edit: 'edited', cancel: 'cancelled' } as const;

/**
 * What the dialog sends the background. Only a post carries the reason and approver: on
 * edit or cancel the author's half-typed words are not the organisation's record. The
 * draft text goes along to be hashed in the background and is not stored.
 */
export function buildRecord(
  req: SignOffRequest,
  decision: keyof typeof DECISION,
  needs: SignOffNeeds,
  form: SignOffForm,
): SignOffRecord {
  const posted = decision === 'post';
  return {
    decision: DECISION[decision],
    platform: req.platform,
    composer: req.composer,
    account: { handle: req.account.handle, kind: req.account.kind },
    profile: { id: req.profile.id, version: req.profile.version },
    findings: req.findings.map((f) => ({ ruleId: f.ruleId, category: f.category, severity: f.severity, clauses: [...f.clauses] })),
    reason: posted ? form.reason.trim().slice(0, MAX_REASON) : null,
    approver: posted && needs.approver ? form.approver.trim().slice(0, MAX_APPROVER) : null,
    consent: needs.consent ? posted && form.consent : null,
    faces: req.images.map((i) => (i.faces ? i.faces.length : null)),
    text: req.text,
  };
}

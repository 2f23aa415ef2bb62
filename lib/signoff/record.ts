import { TEXT_START_LENGTH } from '../log/entry.ts';
import { sha256Hex } from '../log/hash.ts';
import type { SignOffRecord } from '../protocol/signoff.ts';
import { MAX_APPROVER, MAX_REASON, type SignOffForm, type SignOffNeeds } from './requirements.ts';
import type { SignOffRequest } from './types.ts';

const DECISION = { post: 'posted', edit: 'edited', cancel: 'cancelled' } as const;

/**
 * What the dialog sends the background. Only a post carries the reason and approver: on
 * edit or cancel the author's half-typed words are not the organisation's record. The
 * draft itself does not go: only its SHA-256 and its start, which the background turns
 * into an excerpt when the profile allows one and otherwise drops.
 */
export async function buildRecord(
  req: SignOffRequest,
  decision: keyof typeof DECISION,
  needs: SignOffNeeds,
  form: SignOffForm,
): Promise<SignOffRecord> {
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
    textSha256: await sha256Hex(req.text),
    textStart: req.text.slice(0, TEXT_START_LENGTH),
  };
}

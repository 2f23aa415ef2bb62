import { TEXT_START_LENGTH, type FaceCount } from '../log/entry.ts';
import { sha256Hex } from '../log/hash.ts';
import type { SignOffRecord } from '../protocol/signoff.ts';
import { MAX_APPROVER, MAX_REASON, type SignOffForm, type SignOffNeeds } from './requirements.ts';
import type { SignOffRequest } from './types.ts';

const DECISION = { post: 'posted', edit: 'edited', cancel: 'cancelled' } as const;

/**
 * What the dialog sends the background. Only a post carries the reason and approver: on
 * edit or cancel the author's half-typed words are not the organisation's record. The
 * draft itself does not go: only its SHA-256 and its start, which the background turns
 * into an excerpt when the profile allows one and otherwise drops. Nor does the profile:
 * the background records the one in force.
 */
export async function buildRecord(
  req: SignOffRequest,
  decision: keyof typeof DECISION,
  needs: SignOffNeeds,
  form: SignOffForm,
  requestId: string,
): Promise<SignOffRecord> {
  const posted = decision === 'post';
  return {
    requestId,
    decision: DECISION[decision],
    platform: req.platform,
    composer: req.composer,
    account: { handle: req.account.handle, kind: req.account.kind },
    findings: req.findings.map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      clauses: [...f.clauses],
      ...(f.overridable ? { overridable: true } : {}),
      ...(f.needsApprover ? { needsApprover: true } : {}),
    })),
    reason: posted ? form.reason.trim().slice(0, MAX_REASON) : null,
    approver: posted && needs.approver ? form.approver.trim().slice(0, MAX_APPROVER) : null,
    consent: needs.consent ? posted && form.consent : null,
    faces: req.images.map(faceCount),
    textSha256: await sha256Hex(req.text),
    textStart: req.text.slice(0, TEXT_START_LENGTH),
  };
}

/** A count still being refined is a lower bound: the closer look only ever finds more. */
export function faceCount(image: SignOffRequest['images'][number]): FaceCount {
  if (image.pending) return { atLeast: image.faces?.length ?? 0 };
  return image.faces ? image.faces.length : null;
}

/** One id per dialog (crypto.randomUUID where the page is a secure context, as the four sites are). */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

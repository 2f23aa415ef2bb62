// The sign-off messages. The background parses every payload with these schemas: a page
// can drive a content script, so what arrives from one is untrusted. Content scripts only
// `import type` from this file (zod stays out of them).
import { z } from 'zod';
import { accountKindSchema, composerKindSchema, platformSchema } from '../../rules/draft.ts';
import { categorySchema, severitySchema } from '../../rules/finding.ts';
import { DECISIONS } from '../log/entry.ts';
import { CLEAR_CONFIRMATION, MAX_RETENTION_DAYS } from '../log/db.ts';
import { TEXT_START_LENGTH } from '../log/entry.ts';

export { CLEAR_CONFIRMATION };

const trimmed = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim())
    .nullable();

const faceCount = z.number().int().nonnegative().max(500);

export const signOffRecordSchema = z
  .object({
    /**
     * One id per dialog, the same for every attempt: the background records a decision
     * once, so a retry after the dialog stopped waiting is not logged twice.
     */
    requestId: z.string().regex(/^[0-9a-f-]{36}$/, 'must be a UUID'),
    decision: z.enum(DECISIONS),
    platform: platformSchema,
    composer: composerKindSchema,
    account: z.object({ handle: z.string().max(200).nullable(), kind: accountKindSchema }),
    // No profile here: the background stamps the profile in force, whatever the page saw.
    findings: z
      .array(
        z
          .object({
            ruleId: z.string().min(1).max(100),
            category: categorySchema,
            severity: severitySchema,
            clauses: z.array(z.string().max(20)).max(20),
            /** What the dialog was told; the background logs the profile's own word on both. */
            overridable: z.boolean().optional(),
            needsApprover: z.boolean().optional(),
          })
          .strict(),
      )
      .max(200),
    reason: trimmed(500),
    approver: trimmed(100),
    consent: z.boolean().nullable(),
    /** Per image: a count, null where detection failed, { atLeast } while it was still looking. */
    faces: z.array(z.union([faceCount, z.null(), z.object({ atLeast: faceCount }).strict()])).max(20),
    /** SHA-256 of the draft text, computed where the text is (a draft can be longer than a message should carry). */
    textSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
    /** The start of the text: the background keeps an excerpt of it only if the profile allows. */
    textStart: z.string().max(TEXT_START_LENGTH),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.decision === 'posted' && !r.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a post signed off without a reason cannot be recorded' });
    }
  });
export type SignOffRecord = z.input<typeof signOffRecordSchema>;

/** At most this many clause ids in one getClauseTexts request: a dialog cites a few dozen at most. */
export const clauseIdsSchema = z.object({ ids: z.array(z.string().max(20)).max(500) });

export const retentionSchema = z.object({
  days: z.number().int().min(1).max(MAX_RETENTION_DAYS).nullable(),
});

export interface SignOffProtocol {
  /** content → background: the author decided in the sign-off dialog; append it to the log. */
  recordSignOff(data: SignOffRecord): { seq: number };
  /** content, popup → background: the active profile's own texts for these clause ids (those it has). */
  getClauseTexts(data: { ids: string[] }): Record<string, string>;
  /** popup → background: remove every entry (after the user confirmed); the clearing is logged. */
  clearSignOffLog(data: { confirm: typeof CLEAR_CONFIRMATION }): { removed: number };
  /** popup → background: keep entries this many days (null: forever); logged, then pruned. */
  setSignOffRetention(data: { days: number | null }): { removed: number };
}

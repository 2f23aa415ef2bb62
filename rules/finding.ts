import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from './vocabulary.ts';

export { CATEGORIES, SEVERITIES, severityRank, holdsPost, type Category, type Severity } from './vocabulary.ts';

export const categorySchema = z.enum(CATEGORIES);
export const severitySchema = z.enum(SEVERITIES);

export const findingSchema = z.object({
  ruleId: z.string().max(100),
  category: categorySchema,
  severity: severitySchema,
  message: z.string().max(1000),
  clauses: z.array(z.string().max(20)).max(20),
  /** UTF-16 offsets into the draft text: the span the page underlines. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** Index into the draft's images, for image findings. */
  image: z.number().int().nonnegative().optional(),
  /** block findings only: the profile lets the author sign this one off anyway. */
  overridable: z.boolean().optional(),
  /** Signing this off needs the name of an approver (HSS-6 images, HSS-7 crisis, HT-10 review). */
  needsApprover: z.boolean().optional(),
});
export type Finding = z.infer<typeof findingSchema>;

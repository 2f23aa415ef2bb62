import { checkContextSchema, draftSchema, type CheckContext, type Draft } from './draft.ts';
import type { Finding } from './finding.ts';
import type { CompiledProfile } from './profile.ts';
import { findPhoneNumbers } from './detectors/phone-number.ts';

/** Pure: the same draft, profile and context always give the same findings. */
export function check(draft: Draft, _profile: CompiledProfile, context: CheckContext): Finding[] {
  const d = draftSchema.parse(draft);
  checkContextSchema.parse(context);
  return findPhoneNumbers(d.text);
}

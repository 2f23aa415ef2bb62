import { checkContextSchema, draftSchema, type CheckContext, type Draft } from './draft.ts';
import type { Finding } from './finding.ts';
import { findPhoneNumbers } from './detectors/phone-number.ts';

export interface Profile {
  id: string;
  version: string;
}

/** Pure: the same draft, profile and context always give the same findings. */
export function check(draft: Draft, _profile: Profile, context: CheckContext): Finding[] {
  const d = draftSchema.parse(draft);
  checkContextSchema.parse(context);
  return findPhoneNumbers(d.text);
}

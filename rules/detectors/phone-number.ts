import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import type { Finding } from '../finding.ts';

// Placeholder until the engine issue lands: the slice needs one real detector.
// `extended` accepts numbers that are possible but not in an allocated range (07700 900xxx).
export function findPhoneNumbers(text: string): Finding[] {
  return findPhoneNumbersInText(text, { defaultCountry: 'GB', extended: true }).map((m) => ({
    ruleId: 'phone-number',
    category: 'personal-data',
    severity: 'confirm',
    message: 'This looks like a phone number. Move it to a direct message or email.',
    clauses: ['TR-5'],
    start: m.startsAt,
    end: m.endsAt,
  }));
}

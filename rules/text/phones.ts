// Phone numbers in a draft, shared by phone-number (personal data) and work-contact.
// libphonenumber-js finds UK numbers in any format and international ones with a +; a
// second pass tries the national formats of other countries, but only for digit groups
// that look like a phone number (grouped, or after "call", "tel", "mobile" …), so dates,
// prices, crime references and order numbers stay out.
import {
  findPhoneNumbersInText,
  parsePhoneNumberFromString,
  type CountryCode,
  type NumberType,
} from 'libphonenumber-js/max';
import type { Span } from './regex.ts';

export interface PhoneMatch extends Span {
  e164: string;
  /** libphonenumber's type: MOBILE, FIXED_LINE, TOLL_FREE, UAN … (undefined when unknown). */
  type: NumberType;
}

// Countries whose national formats people most often write in UK posts, then the rest of
// the big ones. Order matters only for ties; a number must be valid in the country.
export const OTHER_COUNTRIES: CountryCode[] = [
  'IE', 'US', 'FR', 'DE', 'ES', 'IT', 'NL', 'BE', 'PT', 'PL', 'RO', 'IN', 'PK', 'AU', 'NZ',
  'ZA', 'NG', 'BR', 'MX', 'SE', 'NO', 'DK', 'CH', 'AT', 'JP', 'CN', 'PH', 'AE',
];

const CANDIDATE = /(?<![\p{L}\p{N}+/.,£$€#-])(?:\+|00)?\(?\d[\d\s().-]{5,20}\d(?![\p{L}\p{N}/])/gu;
const PHONE_CONTEXT = /(?:call|ring|phone|tel|telephone|mobile|mob|cell|text|txt|whatsapp|contact|number|no\.|on|at|fax)\s*[:.]?\s*$/i;
const NOT_A_PHONE_CONTEXT = /(?:ref(?:erence)?|crime|incident|log|case|order|invoice|account|acc|a\/c|policy|isbn|id|serial|reg(?:istration)?|registered|licen[cs]e|ticket|booking|claim|po|no\. of|company|charity|vat|application|planning|passport|membership|customer)\s*(?:no\.?|number|#)?\s*[:.]?\s*$/i;

function digitsIn(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function looksGrouped(s: string): boolean {
  // (020) 7946 0958, 06 12 34 56 78, 415-555-2671, 030.1234.5678
  return /\(\d+\)/.test(s) || (s.match(/[\s.-]/g)?.length ?? 0) >= 2;
}

/**
 * A number glued to letters, digits, underscores or hyphens is part of something else: a
 * reference code ("INC01234567890", "JD0123456789", "HART-0123-456789"), an API token or a
 * file name. "tel:07700 900123" and "(07700 900123)" stay phone numbers.
 */
function joined(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const glue = /[\p{L}\p{N}_]/u;
  if (glue.test(before) || glue.test(after)) return true;
  if (before === '-' && glue.test(text[start - 2] ?? '')) return true;
  return after === '-' && glue.test(text[end + 1] ?? '');
}

function looksLikeDateOrTime(s: string): boolean {
  // "2025 2026 2027": a run of years, not a number to ring.
  if (/^(?:(?:19|20)\d\d[\s,/–-]+)+(?:19|20)\d\d$/.test(s.trim())) return true;
  return /^\d{1,2}[.-]\d{1,2}[.-]\d{2,4}$/.test(s.trim()) || /^\d{4}\s*[-–]\s*\d{2,4}$/.test(s.trim());
}

/** Luhn-valid 13–19 digit runs are payment cards, not phone numbers. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

export function findPhones(text: string): PhoneMatch[] {
  if (digitsIn(text) < 7) return [];
  const out: PhoneMatch[] = [];
  for (const m of findPhoneNumbersInText(text, { defaultCountry: 'GB', extended: true } as never)) {
    // Lenient matching can run on past a comma ("0300 1234567, 9am"): the number ends there.
    const comma = text.slice(m.startsAt, m.endsAt).search(/[,;]\s/);
    const endsAt = comma > 0 ? m.startsAt + comma : m.endsAt;
    const raw = text.slice(m.startsAt, endsAt);
    const digits = raw.replace(/\D/g, '');
    if (digits.length >= 13 && !raw.trim().startsWith('+') && luhnValid(digits)) continue;
    // Lenient matching finds "possible" numbers (07700 900123 is in a range set aside for
    // drama); keep those only when written in full, so "9.00–17.30" is not a phone number.
    if (!m.number.isValid() && !(digits.length >= 10 && /^\s*\(?\s*(?:\+|0)/.test(raw))) continue;
    if (joined(text, m.startsAt, endsAt)) continue;
    if (NOT_A_PHONE_CONTEXT.test(text.slice(Math.max(0, m.startsAt - 30), m.startsAt))) continue;
    // "(07700 900123)": libphonenumber starts the number at the bracket; underline the digits.
    const start = raw.startsWith('(') && !raw.includes(')') ? m.startsAt + 1 : m.startsAt;
    out.push({ start, end: endsAt, e164: m.number.number, type: m.number.getType() });
  }
  CANDIDATE.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = CANDIDATE.exec(text)) !== null) {
    const start = c.index;
    const end = start + c[0].length;
    if (out.some((p) => p.start < end && start < p.end)) continue;
    const raw = c[0];
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15 || looksLikeDateOrTime(raw) || joined(text, start, end)) continue;
    // "… in 2026. 2027 will …": a full stop and a space end a sentence, never part of a number.
    if (/\.\s/.test(raw)) continue;
    if (digits.length >= 13 && luhnValid(digits)) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    if (NOT_A_PHONE_CONTEXT.test(before)) continue;
    if (!looksGrouped(raw) && !PHONE_CONTEXT.test(before)) continue;
    for (const country of OTHER_COUNTRIES) {
      const p = parsePhoneNumberFromString(raw, country);
      if (p?.isValid()) {
        out.push({ start, end, e164: p.number, type: p.getType() });
        break;
      }
    }
  }
  CANDIDATE.lastIndex = 0;
  return out.sort((a, b) => a.start - b.start);
}

/** Normalises a number written in a profile (UK by default) to E.164, or null. */
export function toE164(written: string): string | null {
  const p = parsePhoneNumberFromString(written, 'GB');
  return p && p.isPossible() ? p.number : null;
}

/**
 * A number that is a UK service number (0300, 090 …) and also someone's own number abroad:
 * "call me on 0300 1234567" is a Pakistani mobile, "WhatsApp Sarah: 090-1234-5678" a Japanese one.
 * True when it is a mobile or a landline in one of the other countries.
 */
export function personalAbroad(raw: string): boolean {
  for (const country of OTHER_COUNTRIES) {
    const p = parsePhoneNumberFromString(raw, country);
    const type = p?.isValid() ? p.getType() : undefined;
    if (type === 'MOBILE' || type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE') return true;
  }
  return false;
}

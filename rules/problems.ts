// Profile problems: one per line, each with the JSON path it is at (`rules[3].pattern`).
import type { z } from 'zod';

/** A problem in a profile, with the JSON path it is at: `rules[3].pattern`. */
export interface ProfileProblem {
  path: string;
  message: string;
}

/** A problem as one line: `rules[3].pattern: …`, or the message alone when it has no path. */
export function formatProblem(p: ProfileProblem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

export class ProfileError extends Error {
  constructor(readonly problems: ProfileProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ProfileError';
  }
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (typeof k === 'string' && /^[A-Za-z_$][\w$-]*$/.test(k)) out += out ? `.${k}` : k;
    else out += `[${JSON.stringify(String(k))}]`;
  }
  return out;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'string') return 'text';
  return article(typeof input);
}

/** Levenshtein distance, for "did you mean" on misspelt field names. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

const KNOWN_FIELDS = [
  'schemaVersion', 'id', 'name', 'version', 'description', 'extends', 'organisation', 'accounts', 'periods',
  'quietHours', 'links', 'reviewBeforePosting', 'crisisMode', 'signOff', 'rules', 'overrides', 'names', 'domains',
  'phoneNumbers', 'roleMailboxes', 'protectedNames', 'postcodes', 'timeZone', 'platform', 'handle', 'kind', 'from',
  'to', 'candidates', 'deniedDomains', 'logExcerpt', 'category', 'severity', 'severityFor', 'message', 'clauses',
  'platforms', 'composers', 'period', 'overridable', 'needsApprover', 'examples', 'valid', 'invalid', 'terms',
  'caseSensitive', 'exceptions', 'pattern', 'detector', 'options', 'disabled', 'text', 'account', 'composer', 'now',
  'images', 'firstPostOfSession',
];

function suggestion(key: string): string {
  if (KNOWN_FIELDS.includes(key)) return ': it does not belong here';
  let best = '';
  let score = 3;
  for (const k of KNOWN_FIELDS) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < score) [best, score] = [k, d];
  }
  return best ? ` — did you mean "${best}"?` : '';
}

/** Turns zod's issues into plain sentences with JSON paths. */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[], limit = 50): ProfileProblem[] {
  const out: ProfileProblem[] = [];
  for (const i of issues) {
    if (out.length >= limit) {
      out.push({ path: '', message: `… and ${issues.length - limit} more problems` });
      break;
    }
    const path = formatPath(i.path);
    switch (i.code) {
      case 'unrecognized_keys':
        for (const k of i.keys) out.push({ path: formatPath([...i.path, k]), message: `unknown field${suggestion(k)}` });
        break;
      case 'invalid_type':
        out.push({
          path,
          message:
            i.input === undefined ? `missing (expected ${article(i.expected)})` : `expected ${article(i.expected)}, got ${received(i.input)}`,
        });
        break;
      case 'invalid_value':
        out.push({ path, message: `must be ${i.values.length === 1 ? JSON.stringify(i.values[0]) : `one of ${i.values.map((v) => JSON.stringify(v)).join(', ')}`}` });
        break;
      case 'invalid_union': {
        const d = (i as { discriminator?: string; options?: unknown[]; note?: string }).options;
        out.push({ path, message: d ? `must be one of ${d.map((v) => JSON.stringify(v)).join(', ')}` : 'does not match any allowed form' });
        break;
      }
      case 'too_big':
        out.push({
          path,
          message:
            i.origin === 'string'
              ? `too long: at most ${String(i.maximum)} characters`
              : i.origin === 'array'
                ? `too many: at most ${String(i.maximum)}`
                : `must be at most ${String(i.maximum)}`,
        });
        break;
      case 'too_small':
        out.push({
          path,
          message:
            i.origin === 'string'
              ? Number(i.minimum) <= 1
                ? 'must not be empty'
                : `too short: at least ${String(i.minimum)} characters`
              : i.origin === 'array'
                ? `needs at least ${String(i.minimum)}`
                : `must be at least ${String(i.minimum)}`,
        });
        break;
      default:
        out.push({ path, message: i.message });
    }
  }
  return out;
}

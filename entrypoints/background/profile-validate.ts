// From untrusted bytes to a profile ready to run: text, JSON, the zod schema, compilation
// (patterns on re2js, in the engine) and the profile's own examples as a self-test. Each
// step fails with the problem's JSON path, so the manager knows exactly what to fix.
import {
  ProfileError,
  compileProfile,
  parseProfile,
  selfTest,
  type CompiledProfile,
  type ProfileProblem,
} from '../../rules/profile.ts';
import { formatProblem } from '../../rules/problems.ts';
import type { ProfileFailure } from '../../lib/protocol/profile.ts';
import { ProfileFetchError } from './profile-fetch.ts';

/** A profile that cannot be used, with every problem found. */
export class ProfileCheckError extends Error {
  override name = 'ProfileCheckError';
  constructor(
    message: string,
    readonly problems: ProfileProblem[] = [],
  ) {
    super(message);
  }
}

export interface CheckedProfile {
  compiled: CompiledProfile;
  /** The JSON as published: stored, and checked again whenever it is loaded. */
  document: unknown;
  examplesChecked: number;
}

export function checkProfileBytes(bytes: Uint8Array): CheckedProfile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ProfileCheckError('this file is not a PostGuard profile: it is not text (UTF-8 JSON)');
  }
  if (!text.trim()) throw new ProfileCheckError('this file is not a PostGuard profile: the file is empty');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (e) {
    if (/^\s*</.test(text)) {
      throw new ProfileCheckError(
        'this file is not a PostGuard profile: it is a web page (HTML), not JSON; check that the address points at the profile file itself',
      );
    }
    throw new ProfileCheckError(`this file is not valid JSON: ${(e as Error).message}`);
  }
  return checkProfileDocument(document);
}

export function checkProfileDocument(document: unknown): CheckedProfile {
  const parsed = parseProfile(document);
  if (!parsed.ok) throw fromProblems(parsed.problems);
  let compiled: CompiledProfile;
  try {
    compiled = compileProfile(parsed.profile);
  } catch (e) {
    if (e instanceof ProfileError) throw fromProblems(e.problems);
    throw new ProfileCheckError(`this profile could not be compiled: ${(e as Error).message}`);
  }
  const failures = selfTest(compiled);
  if (failures.length) {
    throw new ProfileCheckError(
      `the profile's own rule examples fail, so its rules would not do what it says: ${formatProblem(failures[0]!)}${
        failures.length > 1 ? ` (and ${failures.length - 1} more)` : ''
      }`,
      failures,
    );
  }
  return { compiled, document, examplesChecked: countExamples(parsed.profile.rules) };
}

export function toFailure(e: unknown): ProfileFailure {
  if (e instanceof ProfileCheckError) return { message: e.message, problems: e.problems };
  if (e instanceof ProfileFetchError && e.needsPermission) return { message: e.message, problems: [], needsPermission: true };
  return { message: e instanceof Error ? e.message : String(e), problems: [] };
}


function fromProblems(problems: ProfileProblem[]): ProfileCheckError {
  const first = problems[0];
  if (!first) return new ProfileCheckError('this file is not a valid PostGuard profile');
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return new ProfileCheckError(`${formatProblem(first)}${more}`, problems);
}

/** Examples in the profile's own rules (the default's are the engine's to test). */
function countExamples(rules: unknown[]): number {
  let n = 0;
  for (const r of rules) {
    const ex = (r as { examples?: { valid?: unknown; invalid?: unknown } } | null)?.examples;
    if (Array.isArray(ex?.valid)) n += ex.valid.length;
    if (Array.isArray(ex?.invalid)) n += ex.invalid.length;
  }
  return n;
}

// The profile API the background, the options page and the CLI use: parse untrusted JSON,
// compile it (merge with the default, compile patterns), self-test it, summarise it.
// The schema lives in profile-schema.ts, the compiler in compile.ts.
import type { Platform } from './draft.ts';
import { compileWith, type CompiledProfile } from './compile.ts';
import { DEFAULT_PROFILE_INPUT } from './default-profile.ts';
import { EXAMPLE_ORGANISATION_PROFILE } from './example-organisation.ts';
import { LIMITS, profileSchema, type Profile } from './profile-schema.ts';
import { ProfileError, problemsFromZod, type ProfileProblem } from './problems.ts';
import { selfTestWith } from './self-test.ts';
import { inWindow, localParts } from './time.ts';

export { profileSchema, profileJsonSchema, ruleSchema, LIMITS, PERIOD_KINDS } from './profile-schema.ts';
export type { Profile, ProfileInput, Rule, RuleInput, Override, Example } from './profile-schema.ts';
export { ProfileError, formatPath, type ProfileProblem } from './problems.ts';
export type { CompiledProfile, CompiledRule, CompiledPeriod } from './compile.ts';

export interface ProfileSummary {
  id: string;
  name: string;
  version: string;
  organisation: string[];
  /** The built-in default profile itself (nothing installed). */
  isDefault: boolean;
  /** The profile has `extends: "default"`: PostGuard's built-in rules run, with its changes. */
  extendsDefault: boolean;
  /** How many rules the built-in default has. */
  defaultRules: number;
  /** Rules that run under this profile, inherited and its own. */
  rulesInForce: number;
  /** The profile's own rules (that run). */
  rulesAdded: number;
  /** Built-in rules the profile changed or switched off by overrides. */
  rulesChanged: number;
  rulesDisabled: number;
  /** Built-in rules that do not run because the profile does not extend the default. */
  rulesDropped: number;
  /** How many accounts the profile names as corporate. */
  corporateAccountCount: number;
  /** The first SUMMARY_ACCOUNTS of them, in the profile's order: a summary, not the list. */
  corporateAccounts: Array<{ platform: Platform; handle: string }>;
  periods: Array<{ id: string; kind: string; from: string; to: string; activeNow: boolean }>;
  quietHours: { from: string; to: string } | null;
}

export const DEFAULT_PROFILE: Profile = profileSchema.parse(DEFAULT_PROFILE_INPUT);

/**
 * Refuses JSON that is too deep or too big before zod walks it, so "deeply nested junk"
 * costs one cheap pass and gives one clear problem instead of thousands.
 */
function shapeProblem(input: unknown): ProfileProblem | null {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value: input, depth: 0, path: '' }];
  let nodes = 0;
  while (stack.length) {
    const { value, depth, path } = stack.pop()!;
    if (++nodes > LIMITS.nodes) return { path: '', message: `this profile is too big: more than ${LIMITS.nodes.toLocaleString('en-GB')} values` };
    if (depth > LIMITS.depth) return { path, message: `nested too deeply (more than ${LIMITS.depth} levels); a profile is never this deep` };
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, depth: depth + 1, path: `${path}[${i}]` }));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, depth: depth + 1, path: path ? `${path}.${k}` : k });
  }
  return null;
}

/** Validates untrusted JSON (already parsed) as a profile. Never throws. */
export function parseProfile(input: unknown): { ok: true; profile: Profile } | { ok: false; problems: ProfileProblem[] } {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input) || !('schemaVersion' in input)) {
      return { ok: false, problems: [{ path: '', message: 'this file is not a PostGuard profile: schemaVersion missing' }] };
    }
    const v = (input as { schemaVersion: unknown }).schemaVersion;
    if (typeof v === 'number' && v > 1) {
      return { ok: false, problems: [{ path: 'schemaVersion', message: `version ${v} is newer than this PostGuard understands (1); update PostGuard` }] };
    }
    const shape = shapeProblem(input);
    if (shape) return { ok: false, problems: [shape] };
    const r = profileSchema.safeParse(input, { reportInput: true });
    if (r.success) return { ok: true, profile: r.data };
    return { ok: false, problems: problemsFromZod(r.error.issues) };
  } catch (e) {
    return { ok: false, problems: [{ path: '', message: `could not read this profile: ${(e as Error).message}` }] };
  }
}

/** Merges with the default and compiles every pattern; throws ProfileError with paths. */
export function compileProfile(profile: Profile): CompiledProfile {
  return compileWith(profile, DEFAULT_PROFILE.rules, profile === DEFAULT_PROFILE);
}

/** parseProfile then compileProfile, with every problem in one list. */
export function loadProfile(input: unknown): { ok: true; compiled: CompiledProfile } | { ok: false; problems: ProfileProblem[] } {
  const parsed = parseProfile(input);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, compiled: compileProfile(parsed.profile) };
  } catch (e) {
    if (e instanceof ProfileError) return { ok: false, problems: e.problems };
    throw e;
  }
}

let exampleCompiled: CompiledProfile | null = null;
/** The default profile with the examples' organisation (Acme Council): where built-in examples run. */
export function compiledExample(): CompiledProfile {
  return (exampleCompiled ??= compileProfile(profileSchema.parse(EXAMPLE_ORGANISATION_PROFILE)));
}

/** Runs every rule's own examples; returns the ones that fail (empty when all pass). */
export function selfTest(compiled: CompiledProfile): ProfileProblem[] {
  return selfTestWith(compiled, compiledExample);
}

let defaultIds: Set<string> | null = null;
const defaultRuleIds = () => (defaultIds ??= new Set(DEFAULT_PROFILE.rules.map((r) => r.id)));

/** Accounts a summary names; a profile may list 5,000, which no one reads in a preview. */
export const SUMMARY_ACCOUNTS = 20;

export function summariseProfile(compiled: CompiledProfile, now: Date): ProfileSummary {
  const p = compiled.profile;
  const local = localParts(now, compiled.organisation.timeZone);
  const isDefault = p === DEFAULT_PROFILE;
  const own = compiled.rules.filter((r) => r.origin === 'profile').length;
  return {
    id: p.id,
    name: p.name,
    version: p.version,
    organisation: p.organisation?.names ?? [],
    isDefault,
    extendsDefault: compiled.extendsDefault,
    defaultRules: DEFAULT_PROFILE.rules.length,
    rulesInForce: compiled.rules.length,
    rulesAdded: isDefault ? 0 : own,
    rulesChanged: compiled.changed.length,
    // An override may also switch off one of the profile's own rules: not a change to the default.
    rulesDisabled: compiled.extendsDefault ? compiled.disabled.filter((id) => defaultRuleIds().has(id)).length : 0,
    // Without `extends: "default"` none of the built-in rules run: the summary must say so,
    // or "0 added, 0 changed, 0 disabled" reads as "the default, unchanged".
    rulesDropped: isDefault || compiled.extendsDefault ? 0 : DEFAULT_PROFILE.rules.length,
    corporateAccountCount: p.accounts.length,
    corporateAccounts: p.accounts.slice(0, SUMMARY_ACCOUNTS).map((a) => ({ platform: a.platform, handle: a.handle })),
    periods: p.periods.map((x) => ({ id: x.id, kind: x.kind, from: x.from, to: x.to, activeNow: inWindow(now, local.date, x.from, x.to) })),
    quietHours: p.quietHours ?? null,
  };
}

const accountKey = (platform: Platform, handle: string) => `${platform}:${handle.trim().replace(/^@/, '').toLowerCase()}`;
// Built once per compiled profile: the background asks on every check of every draft.
const accountSets = new WeakMap<CompiledProfile, Set<string>>();

/** True when the profile names this account as one of the organisation's own. */
export function isCorporateAccount(compiled: CompiledProfile, platform: Platform, handle: string): boolean {
  let set = accountSets.get(compiled);
  if (!set) {
    set = new Set(compiled.profile.accounts.map((a) => accountKey(a.platform, a.handle)));
    accountSets.set(compiled, set);
  }
  return set.has(accountKey(platform, handle));
}

let defaultCompiled: CompiledProfile | null = null;
export function compiledDefault(): CompiledProfile {
  return (defaultCompiled ??= compileProfile(DEFAULT_PROFILE));
}

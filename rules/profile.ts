// STUB of the profile API, so the profile service, the options page and the background can
// be built against it while the engine issue writes the real thing. Names and shapes here
// are the contract; the engine issue may add to them but not rename them.
import { z } from 'zod';
import { platformSchema, type Platform } from './draft.ts';

export const profileSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  version: z.string().min(1).max(50),
  extends: z.literal('default').optional(),
  organisation: z
    .object({
      names: z.array(z.string()).default([]),
      domains: z.array(z.string()).default([]),
      phoneNumbers: z.array(z.string()).default([]),
      timeZone: z.string().default('Europe/London'),
    })
    .optional(),
  accounts: z.array(z.object({ platform: platformSchema, handle: z.string() })).default([]),
  periods: z
    .array(z.object({ id: z.string(), kind: z.string(), from: z.string(), to: z.string() }))
    .default([]),
  quietHours: z.object({ from: z.string(), to: z.string() }).optional(),
  rules: z.array(z.unknown()).default([]),
  /** Crisis mode (HSS-7): every corporate post needs a named senior approver. */
  crisisMode: z.boolean().default(false),
  signOff: z
    .object({
      /** Keep a short excerpt of the post in the sign-off log (off: only a SHA-256 of the text). */
      logExcerpt: z.boolean().default(false),
    })
    .default({ logExcerpt: false }),
  overrides: z.record(z.string(), z.unknown()).default({}),
});
export type Profile = z.infer<typeof profileSchema>;

/** A problem in a profile, with the JSON path it is at: `rules[3].pattern`. */
export interface ProfileProblem {
  path: string;
  message: string;
}

export class ProfileError extends Error {
  constructor(readonly problems: ProfileProblem[]) {
    super(problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n'));
    this.name = 'ProfileError';
  }
}

/** A profile ready to run: validated, merged with the default it extends, patterns compiled. */
export interface CompiledProfile {
  profile: Profile;
  id: string;
  version: string;
}

export interface ProfileSummary {
  id: string;
  name: string;
  version: string;
  organisation: string[];
  rulesAdded: number;
  rulesChanged: number;
  rulesDisabled: number;
  corporateAccounts: Array<{ platform: Platform; handle: string }>;
  periods: Array<{ id: string; kind: string; from: string; to: string; activeNow: boolean }>;
  quietHours: { from: string; to: string } | null;
}

export const DEFAULT_PROFILE: Profile = profileSchema.parse({
  schemaVersion: 1,
  id: 'default',
  name: 'PostGuard default policy',
  version: '0',
});

/** Validates untrusted JSON (already parsed) as a profile. Never throws. */
export function parseProfile(input: unknown): { ok: true; profile: Profile } | { ok: false; problems: ProfileProblem[] } {
  if (typeof input !== 'object' || input === null || !('schemaVersion' in input)) {
    return { ok: false, problems: [{ path: '', message: 'this file is not a PostGuard profile: schemaVersion missing' }] };
  }
  const r = profileSchema.safeParse(input);
  if (r.success) return { ok: true, profile: r.data };
  return {
    ok: false,
    problems: r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  };
}

/** Merges with the default and compiles every pattern; throws ProfileError with paths. */
export function compileProfile(profile: Profile): CompiledProfile {
  return { profile, id: profile.id, version: profile.version };
}

/** Runs every rule's own examples; returns the ones that fail (empty when all pass). */
export function selfTest(_compiled: CompiledProfile): ProfileProblem[] {
  return [];
}

export function summariseProfile(compiled: CompiledProfile, now: Date): ProfileSummary {
  const p = compiled.profile;
  return {
    id: p.id,
    name: p.name,
    version: p.version,
    organisation: p.organisation?.names ?? [],
    rulesAdded: p.rules.length,
    rulesChanged: 0,
    rulesDisabled: 0,
    corporateAccounts: p.accounts,
    periods: p.periods.map((x) => ({ ...x, activeNow: new Date(x.from) <= now && now <= new Date(x.to) })),
    quietHours: p.quietHours ?? null,
  };
}

/** True when the profile names this account as one of the organisation's own. */
export function isCorporateAccount(compiled: CompiledProfile, platform: Platform, handle: string): boolean {
  const h = handle.replace(/^@/, '').toLowerCase();
  return compiled.profile.accounts.some((a) => a.platform === platform && a.handle.replace(/^@/, '').toLowerCase() === h);
}

let defaultCompiled: CompiledProfile | null = null;
export function compiledDefault(): CompiledProfile {
  return (defaultCompiled ??= compileProfile(DEFAULT_PROFILE));
}

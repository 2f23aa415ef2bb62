// From a validated profile to one ready to run: merged with the default it extends,
// overrides applied, every pattern compiled on re2js, organisation facts normalised.
import { RE2JS } from 're2js';
import type { ComposerKind, Platform } from './draft.ts';
import type { Category, Severity } from './finding.ts';
import type { Detector, Hit, Organisation, Scan } from './detector.ts';
import { DETECTORS } from './detectors/index.ts';
import { type Example, type Profile, type Rule, patternProblem } from './profile-schema.ts';
import { ProfileError, problemsFromZod, type ProfileProblem } from './problems.ts';
import { TermMatcher } from './text/terms.ts';
import { measurePattern, patternSpeedProblem } from './text/pattern-cost.ts';
import { toE164 } from './text/phones.ts';
import { clockMinutes } from './time.ts';

export interface CompiledRule {
  id: string;
  kind: Rule['kind'];
  category: Category;
  severity: Severity;
  severityFor: { corporate?: Severity; personal?: Severity };
  message: string;
  description?: string;
  clauses: string[];
  accounts: 'corporate' | 'personal' | 'any';
  platforms: ReadonlySet<Platform> | null;
  composers: ReadonlySet<ComposerKind> | null;
  period: string | null;
  overridable: boolean;
  needsApprover: boolean;
  /** Where the rule comes from: the built-in default, or the profile's own `rules`. */
  origin: 'default' | 'profile';
  /** Index in the profile's `rules` (own rules) or in the default's. */
  index: number;
  detector: string | null;
  /** Pattern rules: milliseconds per character of post, measured on a probe when the profile compiled. */
  cost: number | null;
  examples: { valid: Example[]; invalid: Example[] };
  find(scan: Scan): Hit[];
}

export interface CompiledPeriod {
  id: string;
  kind: string;
  name: string | null;
  from: string;
  to: string;
  candidates: string[];
}

/** A profile ready to run: validated, merged with the default it extends, patterns compiled. */
export interface CompiledProfile {
  profile: Profile;
  id: string;
  version: string;
  rules: CompiledRule[];
  organisation: Organisation;
  periods: CompiledPeriod[];
  quietHours: { from: number; to: number; fromText: string; toText: string } | null;
  flags: { crisisMode: boolean; reviewBeforePosting: boolean };
  extendsDefault: boolean;
  /** The organisation's own clause texts, by id (the built-in ones are in rules/clauses.ts). */
  clauses: Readonly<Record<string, string>>;
  /** Inherited rules the profile changed or switched off. */
  changed: string[];
  disabled: string[];
}

const MAX_PATTERN_HITS = 200;

function compilePattern(re: RE2JS): (scan: Scan) => Hit[] {
  return (scan) => {
    const hits: Hit[] = [];
    const m = re.matcher(scan.text);
    while (hits.length < MAX_PATTERN_HITS && m.find()) {
      const start = m.start();
      const end = m.end();
      if (end > start) hits.push({ start, end });
    }
    return hits;
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function compileDetector(d: Detector<any>, options: unknown): (scan: Scan) => Hit[] {
  const parsed = d.options ? d.options.parse(options ?? {}) : {};
  return (scan) => d.find(scan, parsed);
}

function compileOrganisation(p: Profile, problems: ProfileProblem[]): Organisation {
  const o = p.organisation;
  const phoneNumbers = new Set<string>();
  (o?.phoneNumbers ?? []).forEach((n, i) => {
    const e164 = toE164(n);
    if (e164) phoneNumbers.add(e164);
    else problems.push({ path: `organisation.phoneNumbers[${i}]`, message: `"${n}" is not a phone number (write it as you would dial it in the UK, or with +)` });
  });
  const names = o?.names ?? [];
  return {
    names,
    nameMatcher: names.length ? new TermMatcher(names) : null,
    domains: (o?.domains ?? []).map((d) => d.toLowerCase().replace(/^www\./, '')),
    handles: [...new Set(p.accounts.map((a) => a.handle.trim().replace(/^@/, '').toLowerCase()))],
    phoneNumbers,
    roleMailboxes: new Set((o?.roleMailboxes ?? []).map((r) => r.toLowerCase())),
    protectedNames: o?.protectedNames.length ? new TermMatcher(o.protectedNames) : null,
    postcodes: new Set((o?.postcodes ?? []).map((c) => c.toUpperCase().replace(/\s/g, ''))),
    deniedDomains: (p.links?.deniedDomains ?? []).map((d) => d.toLowerCase()),
    timeZone: o?.timeZone ?? 'Europe/London',
  };
}

function compileRule(rule: Rule, origin: CompiledRule['origin'], index: number, path: string, problems: ProfileProblem[]): CompiledRule | null {
  let find: (scan: Scan) => Hit[];
  let detector: string | null = null;
  let cost: number | null = null;
  switch (rule.kind) {
    case 'terms': {
      const matcher = new TermMatcher(rule.terms, rule.caseSensitive, rule.exceptions);
      find = (scan) => matcher.find(scan.tokens(), scan.text);
      break;
    }
    case 'pattern': {
      const problem = patternProblem(rule.pattern, rule.caseSensitive);
      if (problem) {
        problems.push({ path: `${path}.pattern`, message: problem });
        return null;
      }
      const re = RE2JS.compile(rule.pattern, rule.caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
      // Timed once here (validate, install, start-up); check() spends a budget with it.
      cost = measurePattern(re);
      const slow = patternSpeedProblem(cost);
      if (slow) {
        problems.push({ path: `${path}.pattern`, message: slow });
        return null;
      }
      find = compilePattern(re);
      break;
    }
    case 'detector': {
      const d = DETECTORS.get(rule.detector);
      if (!d) {
        problems.push({ path: `${path}.detector`, message: `no built-in detector "${rule.detector}"` });
        return null;
      }
      if (rule.options !== undefined && !d.options) {
        problems.push({ path: `${path}.options`, message: `the "${d.id}" detector takes no options` });
        return null;
      }
      const r = d.options ? d.options.safeParse(rule.options ?? {}, { reportInput: true }) : null;
      if (r && !r.success) {
        for (const p of problemsFromZod(r.error.issues)) problems.push({ path: `${path}.options${p.path ? (p.path.startsWith('[') ? p.path : `.${p.path}`) : ''}`, message: p.message });
        return null;
      }
      find = compileDetector(d, rule.options);
      detector = d.id;
      break;
    }
  }
  return {
    id: rule.id,
    kind: rule.kind,
    category: rule.category,
    severity: rule.severity,
    severityFor: rule.severityFor ?? {},
    message: rule.message,
    description: rule.description,
    clauses: rule.clauses,
    accounts: rule.accounts,
    platforms: rule.platforms ? new Set(rule.platforms) : null,
    composers: rule.composers ? new Set(rule.composers) : null,
    period: rule.period ?? null,
    overridable: rule.overridable ?? false,
    needsApprover: rule.needsApprover ?? false,
    origin,
    index,
    detector,
    cost,
    examples: rule.examples,
    find,
  };
}

/**
 * Merges with the default and compiles every pattern; throws ProfileError with paths.
 * `base` is the default profile's rules (passed in so this file does not import the
 * default profile, which is itself compiled with this function).
 */
export function compileWith(profile: Profile, base: readonly Rule[], isDefault = false): CompiledProfile {
  const { compiled, problems } = compileCollecting(profile, base, isDefault);
  if (problems.length) throw new ProfileError(problems);
  return compiled;
}

/**
 * compileWith without throwing: every problem found, and the profile compiled without the
 * rules that failed (so `validate` can still run the other rules' examples).
 */
export function compileCollecting(profile: Profile, base: readonly Rule[], isDefault = false): { compiled: CompiledProfile; problems: ProfileProblem[] } {
  const problems: ProfileProblem[] = [];
  const extendsDefault = profile.extends === 'default';
  const inherited = extendsDefault ? base : [];
  const inheritedIds = new Set(inherited.map((r) => r.id));
  const ownIds = new Set(profile.rules.map((r) => r.id));
  profile.rules.forEach((r, i) => {
    if (inheritedIds.has(r.id)) {
      problems.push({ path: `rules[${i}].id`, message: `"${r.id}" is a built-in rule; change it with overrides["${r.id}"] instead` });
    }
  });

  const changed: string[] = [];
  const disabled: string[] = [];
  const byId = new Map<string, Rule>();
  for (const r of [...inherited, ...profile.rules]) byId.set(r.id, r);
  for (const [id, o] of Object.entries(profile.overrides)) {
    const path = `overrides.${id}`;
    const target = byId.get(id);
    if (!target) {
      problems.push({
        path,
        message: extendsDefault || ownIds.size
          ? `no rule with the id "${id}"${extendsDefault ? ' in the default profile or this profile' : ' in this profile'}`
          : `no rule with the id "${id}": this profile has no rules of its own and does not extend "default"`,
      });
      continue;
    }
    if (o.options !== undefined && target.kind !== 'detector') {
      problems.push({ path: `${path}.options`, message: `only detector rules take options; "${id}" is a ${target.kind} rule` });
      continue;
    }
    if (o.disabled) {
      disabled.push(id);
      byId.delete(id);
      continue;
    }
    const { disabled: _d, options, ...rest } = o;
    const next = { ...target, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) } as Rule;
    if (options !== undefined && next.kind === 'detector') next.options = options;
    byId.set(id, next);
    if (inheritedIds.has(id)) changed.push(id);
  }

  const rules: CompiledRule[] = [];
  inherited.forEach((r, i) => {
    const merged = byId.get(r.id);
    if (!merged) return;
    const c = compileRule(merged, 'default', i, profile.overrides[r.id] ? `overrides.${r.id}` : `default rule ${r.id}`, problems);
    if (c) rules.push(c);
  });
  profile.rules.forEach((r, i) => {
    if (inheritedIds.has(r.id)) return;
    const merged = byId.get(r.id);
    if (!merged) return;
    const c = compileRule(merged, isDefault ? 'default' : 'profile', i, `rules[${i}]`, problems);
    if (c) rules.push(c);
  });

  const organisation = compileOrganisation(profile, problems);
  const compiled: CompiledProfile = {
    profile,
    id: profile.id,
    version: profile.version,
    rules,
    organisation,
    periods: profile.periods.map((p) => ({ id: p.id, kind: p.kind, name: p.name ?? null, from: p.from, to: p.to, candidates: p.candidates })),
    quietHours: profile.quietHours
      ? {
          from: clockMinutes(profile.quietHours.from),
          to: clockMinutes(profile.quietHours.to),
          fromText: profile.quietHours.from,
          toText: profile.quietHours.to,
        }
      : null,
    flags: { crisisMode: profile.crisisMode, reviewBeforePosting: profile.reviewBeforePosting },
    extendsDefault,
    clauses: profile.clauses,
    changed,
    disabled,
  };
  return { compiled, problems };
}

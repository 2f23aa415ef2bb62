// The zod schema of a policy profile: the source of the Profile type, of parseProfile's
// checks and of public/profile.schema.json. Everything in a profile is untrusted (it comes
// from a URL), so every string, list and pattern has a size limit here.
import { RE2JS } from 're2js';
import { z } from 'zod';
import { composerKindSchema, imageFactsSchema, platformSchema } from './draft.ts';
import { categorySchema, severitySchema } from './finding.ts';
import { DETECTORS } from './detectors/index.ts';
import { patternSizeProblem } from './text/pattern-cost.ts';
import { termWords } from './text/tokens.ts';

export const LIMITS = {
  /** Bytes of JSON a profile URL or file may hold (1 MB): the extension and the CLI both use this one. */
  profileBytes: 1_000_000,
  /** How deeply a profile's JSON may nest (a real one is 6 deep). */
  depth: 24,
  /** JSON values in all (objects, arrays, strings, numbers …). */
  nodes: 200_000,
  rules: 300,
  termsPerRule: 5_000,
  termLength: 200,
  /** Characters of terms across the whole profile. */
  termCharacters: 200_000,
  patternLength: 1_000,
  examples: 50,
  exampleLength: 5_000,
  message: 500,
  /** A force or a trust can run hundreds of local accounts; the 1 MB limit bounds it anyway. */
  accounts: 5_000,
  /** The organisation's own clause texts: how many, and how long each. */
  clauses: 500,
  clauseText: 1_000,
} as const;

export const PERIOD_KINDS = ['pre-election', 'crisis', 'embargo', 'other'] as const;

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ruleIdSchema = z
  .string()
  .max(64)
  .regex(kebab, { message: 'use lower-case words joined by hyphens, like "staff-names"' })
  .meta({ id: 'RuleId', description: 'A rule id: lower-case words joined by hyphens.' });
const clauseIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/, { message: 'a clause id is up to 20 letters, digits, dots or hyphens, like "TR-5"' })
  .meta({ id: 'ClauseId', description: 'A clause of the policy, like "TR-5".' });
const dateOrTime = z
  .string()
  .max(40)
  .refine((s) => /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)), {
    message: 'use a date like "2027-05-06" or a time like "2027-05-06T22:00:00Z"',
  });
const clock = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { message: 'use 24-hour time like "23:00"' });
const domainSchema = z
  .string()
  .max(253)
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, { message: 'a domain like "acme.gov.uk", without https:// or a path' });
const shortText = (max: number) => z.string().trim().min(1).max(max);

const exampleSchema = z
  .union([
    z.string().max(LIMITS.exampleLength),
    z.strictObject({
      text: z.string().max(LIMITS.exampleLength),
      account: z.enum(['corporate', 'personal']).optional(),
      platform: platformSchema.optional(),
      composer: composerKindSchema.optional(),
      now: dateOrTime.optional(),
      firstPostOfSession: z.boolean().optional(),
      images: z.array(imageFactsSchema).max(5).optional(),
      /** Invalid examples: the words the rule must underline ("07700 900123" in "Call me on 07700 900123"). */
      flagged: z.string().min(1).max(LIMITS.exampleLength).optional(),
    }),
  ])
  .meta({ id: 'Example', description: 'A post, or a post with the context it is written in.' });
export type Example = z.infer<typeof exampleSchema>;

// Named parts, so the JSON Schema states each once under $defs instead of in every rule kind.
const category = categorySchema.meta({ id: 'Category' });
const severity = severitySchema.meta({ id: 'Severity', description: 'info: shown; warn: highlighted; confirm: Post waits for a sign-off; block: Post is held.' });
const severityFor = z
  .strictObject({ corporate: severity.optional(), personal: severity.optional() })
  .meta({ id: 'SeverityFor', description: 'A different severity on corporate or personal accounts.' });
const accountScope = z.enum(['corporate', 'personal', 'any']).meta({ id: 'AccountScope' });
const platforms = z.array(platformSchema).min(1).max(4).meta({ id: 'Platforms' });
const composers = z.array(composerKindSchema).min(1).max(3).meta({ id: 'Composers' });
const examples = z
  .strictObject({
    valid: z.array(exampleSchema).min(1).max(LIMITS.examples),
    invalid: z.array(exampleSchema).min(1).max(LIMITS.examples),
  })
  .meta({ id: 'Examples', description: 'Posts the rule must pass (valid) and must flag (invalid); checked on install and by `validate`.' });

/** Fields every rule has, whatever its kind. */
const ruleBase = {
  id: ruleIdSchema,
  category,
  severity,
  severityFor: severityFor.optional(),
  message: shortText(LIMITS.message).meta({
    id: 'Message',
    description: 'What the person posting reads: plain words that say what to do. {people}, {limit}, {from}, {to} are filled in where a detector provides them.',
  }),
  description: z.string().max(2_000).optional(),
  clauses: z.array(clauseIdSchema).min(1).max(20),
  accounts: accountScope.default('any'),
  platforms: platforms.optional(),
  composers: composers.optional(),
  /** Only while a period with this id or kind is in force. */
  period: z.string().min(1).max(100).optional(),
  /** block only: the author may sign the finding off anyway. */
  overridable: z.boolean().optional(),
  /** Signing off needs the name of an approver. */
  needsApprover: z.boolean().optional(),
  examples,
};

/** A regular expression for re2js (linear time), refusing what can never be useful. */
export function patternProblem(source: string, caseSensitive = false): string | null {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  } catch (e) {
    const why = (e as Error).message.replace(/^error parsing regexp:\s*/, '');
    return `not a valid pattern (${why}); patterns use RE2 syntax, without lookarounds or backreferences`;
  }
  if (re.matcher('').find()) return 'this pattern matches empty text, so it would flag every post';
  return patternSizeProblem(source, re);
}

const termsRule = z.strictObject({
  ...ruleBase,
  kind: z.literal('terms'),
  terms: z
    .array(
      shortText(LIMITS.termLength).refine((t) => termWords(t).length > 0, { message: 'a term needs at least one letter or digit' }),
    )
    .min(1)
    .max(LIMITS.termsPerRule),
  caseSensitive: z.boolean().default(false),
  /** Phrases that contain a term but are fine ("Operation Stack" for "operation"). */
  exceptions: z.array(shortText(LIMITS.termLength)).max(1_000).default([]),
});

const patternRule = z
  .strictObject({
    ...ruleBase,
    kind: z.literal('pattern'),
    pattern: z.string().min(1).max(LIMITS.patternLength),
    caseSensitive: z.boolean().default(false),
  })
  .superRefine((r, ctx) => {
    const problem = patternProblem(r.pattern, r.caseSensitive);
    if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
  });

// One variant per detector that takes options (so editors can complete them), one for the rest.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const detectorVariants: any[] = [];
const plainDetectors: string[] = [];
for (const d of DETECTORS.values()) {
  if (d.options) {
    detectorVariants.push(
      z.strictObject({
        ...ruleBase,
        kind: z.literal('detector'),
        detector: z.literal(d.id).meta({ description: d.summary }),
        options: (d.options as z.ZodType).optional(),
      }),
    );
  } else plainDetectors.push(d.id);
}
detectorVariants.push(
  z.strictObject({
    ...ruleBase,
    kind: z.literal('detector'),
    detector: z.enum(plainDetectors as [string, ...string[]]),
  }),
);
const detectorRule = z.discriminatedUnion('detector', detectorVariants as [z.ZodObject, ...z.ZodObject[]]);

// The static type of a detector rule: the per-detector variants above are for validation
// and editors; code sees options as a record until compileProfile parses them.
const _detectorRuleShape = z.strictObject({
  ...ruleBase,
  kind: z.literal('detector'),
  detector: z.string(),
  options: z.record(z.string(), z.unknown()).optional(),
});
export type TermsRule = z.infer<typeof termsRule>;
export type PatternRule = z.infer<typeof patternRule>;
export type DetectorRule = z.infer<typeof _detectorRuleShape>;
export type Rule = TermsRule | PatternRule | DetectorRule;
export type RuleInput = z.input<typeof termsRule> | z.input<typeof patternRule> | z.input<typeof _detectorRuleShape>;

export const ruleSchema = z
  .discriminatedUnion('kind', [termsRule, patternRule, detectorRule])
  .meta({ id: 'Rule' }) as unknown as z.ZodType<Rule, RuleInput>;

export const overrideSchema = z
  .strictObject({
    disabled: z.boolean().optional(),
    severity: severity.optional(),
    severityFor: severityFor.optional(),
    message: shortText(LIMITS.message).optional(),
    overridable: z.boolean().optional(),
    needsApprover: z.boolean().optional(),
    accounts: accountScope.optional(),
    platforms: platforms.optional(),
    composers: composers.optional(),
    /** Detector rules only: replaces the rule's options (checked when the profile compiles). */
    options: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'Override', description: 'Changes to an inherited rule, by rule id.' });
export type Override = z.infer<typeof overrideSchema>;

const periodSchema = z
  .strictObject({
    id: ruleIdSchema,
    kind: z.enum(PERIOD_KINDS),
    name: shortText(200).optional(),
    from: dateOrTime,
    to: dateOrTime,
    /** Candidates standing in this election: mentioning them is political. */
    candidates: z.array(shortText(100)).max(500).default([]),
  })
  .refine((p) => Date.parse(p.from) <= Date.parse(p.to), { message: '"from" must not be after "to"', path: ['to'] });

const organisationSchema = z.strictObject({
  names: z.array(shortText(100)).max(50).default([]),
  domains: z.array(domainSchema).max(50).default([]),
  phoneNumbers: z.array(shortText(40)).max(100).default([]),
  /** Shared mailboxes (the part before @) that are never personal data, on top of the built-in list. */
  roleMailboxes: z.array(z.string().regex(/^[a-z0-9._%+-]{1,64}$/i, { message: 'the part of an address before the @' })).max(200).default([]),
  /** People whose names must never be posted (STF-6: colleagues in sensitive roles). */
  protectedNames: z.array(shortText(100)).max(2_000).default([]),
  /** The organisation's own public postcodes (offices, venues), never flagged as addresses. */
  postcodes: z.array(shortText(10)).max(200).default([]),
  timeZone: z
    .string()
    .max(64)
    .refine(
      (tz) => {
        try {
          new Intl.DateTimeFormat('en-GB', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      },
      { message: 'not a time zone this browser knows; use an IANA name like "Europe/London"' },
    )
    .default('Europe/London'),
});

export const profileSchema = z
  .strictObject({
    $schema: z.string().max(500).optional(),
    schemaVersion: z.literal(1),
    id: z.string().min(1).max(100).regex(kebab, { message: 'use lower-case words joined by hyphens, like "acme-council"' }),
    name: shortText(200),
    version: shortText(50),
    description: z.string().max(5_000).optional(),
    extends: z.literal('default').optional(),
    organisation: organisationSchema.optional(),
    accounts: z
      .array(z.strictObject({ platform: platformSchema, handle: shortText(100), name: shortText(200).optional() }))
      .max(LIMITS.accounts)
      .default([]),
    periods: z.array(periodSchema).max(50).default([]),
    quietHours: z.strictObject({ from: clock, to: clock }).optional(),
    links: z.strictObject({ deniedDomains: z.array(domainSchema).max(500).default([]) }).optional(),
    /** HT-10: every corporate post is reviewed and authorised by a named approver. */
    reviewBeforePosting: z.boolean().default(false),
    /** Crisis mode (HSS-7): every corporate post needs a named senior approver. */
    crisisMode: z.boolean().default(false),
    /**
     * The text of the organisation's own clauses, by the ids its rules cite ("ACME-3"), so the
     * sign-off dialog and the popup can show it. PostGuard's built-in clauses keep their own text.
     */
    clauses: z
      .record(clauseIdSchema, shortText(LIMITS.clauseText), {
        error: (issue) => (issue.code === 'invalid_key' ? 'a clause id is up to 20 letters, digits, dots or hyphens, like "ACME-3"' : undefined),
      })
      .default({})
      .meta({ description: 'The text of the organisation’s own policy clauses, by id, e.g. { "ACME-3": "Never post a colleague’s home address" }.' }),
    signOff: z
      .strictObject({
        /** Keep a short excerpt of the post in the sign-off log (off: only a SHA-256 of the text). */
        logExcerpt: z.boolean().default(false),
      })
      .default({ logExcerpt: false }),
    rules: z.array(ruleSchema).max(LIMITS.rules).default([]),
    overrides: z.record(ruleIdSchema, overrideSchema).default({}),
  })
  .superRefine((p, ctx) => {
    const seen = new Map<string, number>();
    p.rules.forEach((r, i) => {
      const first = seen.get(r.id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `"${r.id}" is already the id of rules[${first}]` });
      else seen.set(r.id, i);
    });
    let chars = 0;
    for (const r of p.rules) if (r.kind === 'terms') for (const t of r.terms) chars += t.length;
    if (chars > LIMITS.termCharacters) {
      ctx.addIssue({
        code: 'custom',
        path: ['rules'],
        message: `too many terms: ${chars.toLocaleString('en-GB')} characters in all; a profile may have ${LIMITS.termCharacters.toLocaleString('en-GB')}`,
      });
    }
    const periods = new Set<string>([...PERIOD_KINDS, ...p.periods.flatMap((x) => [x.id, x.kind])]);
    p.rules.forEach((r, i) => {
      if (r.period && !periods.has(r.period)) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'period'], message: `no period with the id or kind "${r.period}"` });
      }
    });
    const ids = new Set<string>();
    p.periods.forEach((x, i) => {
      if (ids.has(x.id)) ctx.addIssue({ code: 'custom', path: ['periods', i, 'id'], message: `"${x.id}" is already a period id` });
      ids.add(x.id);
    });
    if (Object.keys(p.clauses).length > LIMITS.clauses) {
      ctx.addIssue({ code: 'custom', path: ['clauses'], message: `at most ${LIMITS.clauses} clause texts` });
    }
    if (Object.keys(p.overrides).length > LIMITS.rules) {
      ctx.addIssue({ code: 'custom', path: ['overrides'], message: `at most ${LIMITS.rules} overrides` });
    }
  });

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

/** The JSON Schema of a profile, for editors (`npm run policy -- schema`). */
export function profileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://postguard.invalid/profile.schema.json',
    title: 'PostGuard policy profile',
    description:
      'A social-media policy profile for PostGuard: the organisation, its accounts and periods, and the rules posts are checked against.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

// Runs every rule's own examples, like ESLint's RuleTester: each `invalid` example must
// give a finding of that rule, each `valid` example must not.
import type { CheckContext } from './draft.ts';
import type { CompiledProfile, CompiledRule } from './compile.ts';
import type { Example } from './profile-schema.ts';
import type { ProfileProblem } from './problems.ts';
import { check } from './check.ts';
import { EXAMPLE_NOW } from './example-organisation.ts';

export interface ExampleRun {
  rule: CompiledRule;
  list: 'valid' | 'invalid';
  index: number;
  text: string;
  /** Findings of this rule for the example. */
  found: number;
  /** The text each of those findings underlines. */
  spans: string[];
  /** What an invalid example says the rule must underline. */
  flagged?: string;
  ok: boolean;
}

/** The context an example is checked in: what it says, else what the rule implies. */
export function exampleContext(rule: CompiledRule, example: Example, profile: CompiledProfile): CheckContext {
  const e = typeof example === 'string' ? { text: example } : example;
  let now = e.now;
  if (!now && rule.period) {
    const p = profile.periods.find((x) => x.id === rule.period || x.kind === rule.period);
    if (p) now = p.from.length > 10 ? p.from : `${p.from}T12:00:00Z`;
  }
  return {
    platform: e.platform ?? [...(rule.platforms ?? ['facebook'])][0]!,
    account: e.account ?? (rule.accounts === 'personal' ? 'personal' : 'corporate'),
    composer: e.composer ?? [...(rule.composers ?? ['post'])][0]!,
    now: now ?? EXAMPLE_NOW,
    firstPostOfSession: e.firstPostOfSession ?? false,
  };
}

export function runExamples(rule: CompiledRule, profile: CompiledProfile): ExampleRun[] {
  const out: ExampleRun[] = [];
  for (const list of ['valid', 'invalid'] as const) {
    rule.examples[list].forEach((example, index) => {
      const e = typeof example === 'string' ? { text: example, images: [] } : example;
      const findings = check({ text: e.text, images: e.images ?? [] }, profile, exampleContext(rule, example, profile)).filter((f) => f.ruleId === rule.id);
      const spans = findings.filter((f) => f.start !== undefined).map((f) => e.text.slice(f.start, f.end));
      const flagged = 'flagged' in e ? e.flagged : undefined;
      const found = findings.length;
      const ok = list === 'valid' ? found === 0 : found > 0 && (flagged === undefined || spans.includes(flagged));
      out.push({ rule, list, index, text: e.text, found, spans, ...(flagged !== undefined ? { flagged } : {}), ok });
    });
  }
  return out;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

/**
 * Every example of every rule in `profile`; built-in rules are checked in `builtInContext`
 * (the default profile with the examples' organisation), since their examples are written
 * for it. Returns the examples that fail.
 */
export function selfTestWith(profile: CompiledProfile, builtInContext: () => CompiledProfile): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  for (const rule of profile.rules) {
    const target = rule.origin === 'default' ? builtInContext() : profile;
    const r = target.rules.find((x) => x.id === rule.id) ?? rule;
    for (const run of runExamples(r, target)) {
      if (run.ok) continue;
      const where = rule.origin === 'default' ? `default rule ${rule.id}` : `rules[${rule.index}]`;
      problems.push({
        path: `${where}.examples.${run.list}[${run.index}]`,
        message:
          run.list === 'valid'
            ? `${quote(run.text)} should pass but "${rule.id}" flags it`
            : run.found > 0 && run.flagged !== undefined
              ? `${quote(run.text)}: "${rule.id}" should underline ${JSON.stringify(run.flagged)} but underlines ${run.spans.length ? run.spans.map((x) => JSON.stringify(x)).join(', ') : 'the whole post'}`
              : `${quote(run.text)} should be flagged by "${rule.id}" but is not`,
      });
    }
  }
  return problems;
}

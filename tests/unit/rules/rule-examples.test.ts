// RuleTester: every built-in rule's own examples, each as its own test, in the context of
// the examples' organisation (Acme Council). An `invalid` example must give a finding of
// that rule (on the words it names in `flagged`, when it names them); a `valid` one must not.
import { describe, expect, test } from 'vitest';
import { compiledExample } from '../../../rules/profile.ts';
import { runExamples } from '../../../rules/self-test.ts';

const profile = compiledExample();

describe.each(profile.rules.filter((r) => r.origin === 'default').map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  test.each(runExamples(rule, profile).map((run) => [run.list, run.text.slice(0, 60), run] as const))(
    '%s: %s',
    (list, _text, run) => {
      if (list === 'invalid') {
        expect(run.found, `expected a ${rule.id} finding`).toBeGreaterThan(0);
        // Where an example says which words the rule underlines, it must underline exactly those.
        if (run.flagged !== undefined) expect(run.spans, `expected ${rule.id} to underline "${run.flagged}"`).toContain(run.flagged);
      } else expect(run.found, `expected no ${rule.id} finding`).toBe(0);
    },
  );
});

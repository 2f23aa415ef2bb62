import { checkContextSchema, draftSchema, type CheckContext, type Draft } from './draft.ts';
import type { Finding } from './finding.ts';
import type { CompiledProfile } from './profile.ts';
import { findPhoneNumbers } from './detectors/phone-number.ts';

/** Pure: the same draft, profile and context always give the same findings. */
export function check(draft: Draft, _profile: CompiledProfile, context: CheckContext): Finding[] {
  const d = draftSchema.parse(draft);
  const ctx = checkContextSchema.parse(context);
  return [...findPhoneNumbers(d.text), ...tempPolitical(d.text, ctx.account), ...tempEmployer(d.text, ctx.account, ctx.platform)];
}

// TEMP placeholder detectors for the adapter e2e tests, until the engine issue lands; the
// integrator drops this commit. Same ruleIds and categories as the real engine.
const TEMP_POLITICAL =
  /\bvote for\b|\b(?:Labour|Conservatives?|Tory|Tories|Liberal Democrats?|Lib Dems?|Green Party|Reform UK|SNP|Plaid Cymru)\b/gi;

function tempPolitical(text: string, account: 'corporate' | 'personal'): Finding[] {
  return [...text.matchAll(TEMP_POLITICAL)].map((m) => ({
    ruleId: 'political-content',
    category: 'political' as const,
    severity: account === 'corporate' ? ('warn' as const) : ('info' as const),
    message: 'This reads as party-political comment.',
    clauses: account === 'corporate' ? ['HT-1', 'HT-2'] : ['HT-9'],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function tempEmployer(text: string, account: 'corporate' | 'personal', platform: string): Finding[] {
  if (account !== 'personal' || platform === 'linkedin') return [];
  return [...text.matchAll(/\bPostGuard Council\b/gi)].map((m) => ({
    ruleId: 'employer-reference',
    category: 'employer-reference' as const,
    severity: 'warn' as const,
    message: 'This names your employer from a personal account.',
    clauses: ['TR-8', 'OP-6'],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

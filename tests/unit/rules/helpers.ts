import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check } from '../../../rules/check.ts';
import type { CheckContext, Draft } from '../../../rules/draft.ts';
import type { Finding } from '../../../rules/finding.ts';
import { compiledExample, compileProfile, parseProfile, type CompiledProfile, type ProfileInput } from '../../../rules/profile.ts';

export const NOW = '2027-01-12T12:00:00Z';

export function ctx(over: Partial<CheckContext> = {}): CheckContext {
  return { platform: 'facebook', account: 'corporate', composer: 'post', now: NOW, ...over };
}

/** Findings for a text (or draft) with the examples' organisation, Acme Council. */
export function findings(draft: string | Draft, over: Partial<CheckContext> = {}, profile: CompiledProfile = compiledExample()): Finding[] {
  return check(typeof draft === 'string' ? { text: draft } : draft, profile, ctx(over));
}

export function ruleIds(draft: string | Draft, over: Partial<CheckContext> = {}, profile?: CompiledProfile): string[] {
  return findings(draft, over, profile).map((f) => f.ruleId);
}

/** The flagged text of each finding of one rule. */
export function spans(text: string, ruleId: string, over: Partial<CheckContext> = {}, profile?: CompiledProfile): string[] {
  return findings(text, over, profile)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => text.slice(f.start, f.end));
}

export const minimal = (over: Record<string, unknown> = {}): ProfileInput =>
  ({ schemaVersion: 1, id: 'test-org', name: 'Test organisation', version: '1', ...over }) as ProfileInput;

export function compiled(input: unknown): CompiledProfile {
  const r = parseProfile(input);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return compileProfile(r.profile);
}

/** A rule of another kind: the terms rule's fields without `terms`. */
export function otherKind(over: Record<string, unknown>): Record<string, unknown> {
  const { terms: _t, ...rest } = termsRule(over);
  return rest;
}

export const termsRule = (over: Record<string, unknown> = {}) => ({
  id: 'staff-names',
  kind: 'terms',
  terms: ['Operation Nightjar'],
  category: 'operational',
  severity: 'confirm',
  message: 'Do not name this operation.',
  clauses: ['STF-3'],
  examples: { valid: ['Nothing to see here.'], invalid: ['Operation Nightjar starts today'] },
  ...over,
});

/** Posts of a file under tests/data, each with the `## ` group it stands under ('' before any). */
export function dataPosts(file: string): Array<[group: string, post: string]> {
  const out: Array<[string, string]> = [];
  let group = '';
  for (const line of readFileSync(path.resolve(__dirname, '../../data', file), 'utf8').split('\n').map((l) => l.trim())) {
    if (line.startsWith('## ')) group = line.slice(3);
    else if (line && !line.startsWith('#')) out.push([group, line]);
  }
  return out;
}

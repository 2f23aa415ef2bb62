import { loadProfile, type CompiledProfile } from '../../../rules/profile.ts';

const compiled = new Map<string, CompiledProfile>();

/**
 * A real compiled profile for the background's checks: Hart's id and version over the
 * built-in rules (payment-card may be overridden, credentials may not, image-approval
 * needs an approver), with the extra fields a test needs.
 */
export function hartPolicy(over: Record<string, unknown> = {}): CompiledProfile {
  const key = JSON.stringify(over);
  let p = compiled.get(key);
  if (!p) {
    const r = loadProfile({ schemaVersion: 1, id: 'hart-dc', name: 'Hart District Council', version: '2025.1', extends: 'default', ...over });
    if (!r.ok) throw new Error(r.problems.map((x) => `${x.path}: ${x.message}`).join('\n'));
    p = r.compiled;
    compiled.set(key, p);
  }
  return p;
}

// Every problem in a profile at once, for `policy validate`. Parsing stops at the first
// broken field, compiling at the first broken rule, and the examples only run on a profile
// that compiles; a policy owner fixing a profile would see the problems in rounds (the schema,
// then ids and periods, then overrides, then examples). Here the broken parts are set aside
// and the rest is checked too, with every problem at its path in the file as written.
import { compileCollecting } from './compile.ts';
import type { ProfileProblem } from './problems.ts';
import { compiledExample, DEFAULT_PROFILE, parseProfile } from './profile.ts';
import { selfTestWith } from './self-test.ts';

type Json = Record<string, unknown>;

/** Top-level lists whose broken entries are set aside; paths to later entries are mapped back. */
const LISTS = ['rules', 'periods', 'accounts'] as const;
/** Stand-ins for required fields that are broken, so the rest can still be checked. */
const STAND_INS: Json = { schemaVersion: 1, id: 'profile', name: 'Profile', version: '0' };

interface Pruned {
  input: Json;
  /** For each list, the original index of each entry kept. */
  kept: Record<string, number[]>;
}

/** First segments of a problem path: `rules[3].pattern` → ['rules', 3]; `overrides.x.severity` → ['overrides', 'x']. */
function head(path: string): [string, string | number | undefined] | null {
  const m = /^([A-Za-z_$][\w$-]*)(?:\[(\d+)\]|\.([A-Za-z_$][\w$-]*)|\[("(?:[^"\\]|\\.)*")\])?/.exec(path);
  if (!m) return null;
  const second = m[2] !== undefined ? Number(m[2]) : m[3] ?? (m[4] !== undefined ? (JSON.parse(m[4]) as string) : undefined);
  return [m[1]!, second];
}

/** The profile without the parts the problems are in; null when nothing can be set aside. */
function prune(input: Json, problems: readonly ProfileProblem[]): Pruned | null {
  const out: Json = { ...input };
  const drop: Record<string, Set<number>> = {};
  let changed = false;
  for (const p of problems) {
    const h = head(p.path);
    if (!h) continue;
    const [key, second] = h;
    if ((LISTS as readonly string[]).includes(key) && typeof second === 'number') {
      (drop[key] ??= new Set()).add(second);
    } else if ((key === 'overrides' || key === 'organisation' || key === 'links' || key === 'signOff') && typeof second === 'string' && out[key] && typeof out[key] === 'object') {
      const { [second]: _gone, ...rest } = out[key] as Json;
      out[key] = rest;
    } else if (key in STAND_INS) {
      out[key] = STAND_INS[key];
    } else {
      delete out[key];
    }
    changed = true;
  }
  if (!changed) return null;
  const kept: Record<string, number[]> = {};
  for (const key of LISTS) {
    const list = input[key];
    if (!Array.isArray(list)) continue;
    kept[key] = list.map((_, i) => i).filter((i) => !drop[key]?.has(i));
    out[key] = kept[key].map((i) => list[i]);
  }
  return { input: out, kept };
}

/** Paths into the pruned profile, as paths into the file as written. */
function mapBack(problems: readonly ProfileProblem[], kept: Record<string, number[]>): ProfileProblem[] {
  const map = (m: string, key: string, i: string) => {
    const original = kept[key]?.[Number(i)];
    return original === undefined ? m : `${key}[${original}]`;
  };
  return problems.map((p) => ({
    path: p.path.replace(/^(rules|periods|accounts)\[(\d+)\]/, map),
    // "… is already the id of rules[2]"
    message: p.message.replace(/\b(rules|periods)\[(\d+)\]/g, map),
  }));
}

/** Ids of the rules set aside: an override of one is not a second problem. */
function droppedRuleIds(input: Json, kept: Record<string, number[]>): Set<string> {
  const rules = Array.isArray(input.rules) ? input.rules : [];
  const keep = new Set(kept.rules ?? rules.map((_, i) => i));
  const out = new Set<string>();
  rules.forEach((r, i) => {
    const id = (r as Json | null)?.id;
    if (!keep.has(i) && typeof id === 'string') out.add(id);
  });
  return out;
}

/**
 * Every problem in an untrusted profile: its schema, ids and periods, overrides, patterns and
 * detector options, and every rule's own examples. Empty when the profile is valid.
 */
export function validateProfile(input: unknown): ProfileProblem[] {
  const parsed = parseProfile(input);
  let problems: ProfileProblem[] = [];
  let kept: Record<string, number[]> = {};
  let profile;
  if (parsed.ok) profile = parsed.profile;
  else {
    problems = parsed.problems;
    // A file that is not a profile, too big or too deep: nothing more to say.
    if (typeof input !== 'object' || input === null || Array.isArray(input) || problems.some((p) => p.path === '')) return problems;
    let current = input as Json;
    // Set aside what is broken and parse again; ids and periods are only checked on a
    // profile whose fields all parse, so this can take two rounds.
    for (let round = 0; round < 3; round++) {
      const pruned = prune(current, round === 0 ? problems : again(current));
      if (!pruned) return problems;
      const r = parseProfile(pruned.input);
      kept = composeKept(kept, pruned.kept);
      if (r.ok) {
        profile = r.profile;
        break;
      }
      problems = dedupe([...problems, ...mapBack(r.problems, kept)]);
      current = pruned.input;
    }
    if (!profile) return problems;
  }
  const { compiled, problems: compileProblems } = compileCollecting(profile, DEFAULT_PROFILE.rules, false);
  const dropped = droppedRuleIds(input as Json, kept);
  const consequences = (p: ProfileProblem) => [...dropped].some((id) => p.path === `overrides.${id}` || p.path === `overrides[${JSON.stringify(id)}]`);
  const examples = selfTestWith(compiled, compiledExample);
  return dedupe([...problems, ...duplicateIds(input as Json), ...mapBack([...compileProblems.filter((p) => !consequences(p)), ...examples], kept)]);
}

/** Rule ids used twice in the file as written (a broken first copy still takes the id). */
function duplicateIds(input: Json): ProfileProblem[] {
  const out: ProfileProblem[] = [];
  const first = new Map<string, number>();
  (Array.isArray(input.rules) ? input.rules : []).forEach((r, i) => {
    const id = (r as Json | null)?.id;
    if (typeof id !== 'string') return;
    const j = first.get(id);
    if (j === undefined) first.set(id, i);
    else out.push({ path: `rules[${i}].id`, message: `"${id}" is already the id of rules[${j}]` });
  });
  return out;
}

function again(input: Json): ProfileProblem[] {
  const r = parseProfile(input);
  return r.ok ? [] : r.problems;
}

/** Original indices through two rounds of setting entries aside. */
function composeKept(before: Record<string, number[]>, now: Record<string, number[]>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const key of LISTS) {
    if (!now[key]) continue;
    out[key] = before[key] ? now[key].map((i) => before[key]![i]!) : now[key];
  }
  return out;
}

function dedupe(problems: ProfileProblem[]): ProfileProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.path}\n${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

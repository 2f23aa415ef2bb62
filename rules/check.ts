// The engine: check(draft, profile, context) → findings. Pure and synchronous: the same
// draft, profile and context always give the same findings, in the same order. No DOM and
// no extension APIs, so the background, the CLI, the tests and the benchmarks run this.
import { checkContextSchema, draftSchema, type CheckContext, type Draft, type ImageFacts } from './draft.ts';
import { severityRank, type Finding, type Severity } from './finding.ts';
import type { ActivePeriod, Hit, ResolvedContext, Scan } from './detector.ts';
import type { CompiledProfile, CompiledRule } from './compile.ts';
import { PATTERN_LIMITS } from './text/pattern-cost.ts';
import { tokenize, type Token } from './text/tokens.ts';
import { findLinks, type Link } from './text/urls.ts';
import { inWindow, localParts } from './time.ts';

const MAX_FINDINGS_PER_RULE = 100;
const MAX_FINDINGS = 500;

function makeScan(text: string, images: ImageFacts[], context: ResolvedContext, p: CompiledProfile): Scan {
  let tokens: Token[] | null = null;
  let links: Link[] | null = null;
  let local: { date: string; minutes: number } | null = null;
  let periods: ActivePeriod[] | null = null;
  const memo = new Map<string, unknown>();
  const getLocal = () => (local ??= localParts(context.now, p.organisation.timeZone));
  return {
    text,
    images,
    context,
    org: p.organisation,
    flags: p.flags,
    quietHours: p.quietHours,
    tokens: () => (tokens ??= tokenize(text)),
    links: () => (links ??= findLinks(text)),
    localMinutes: () => getLocal().minutes,
    activePeriods: () =>
      (periods ??= p.periods.length
        ? p.periods
            .filter((x) => inWindow(context.now, getLocal().date, x.from, x.to))
            .map((x) => ({ id: x.id, kind: x.kind, candidates: x.candidates }))
        : []),
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
}

function applies(rule: CompiledRule, c: ResolvedContext, scan: Scan): boolean {
  if (rule.accounts !== 'any' && rule.accounts !== c.account) return false;
  if (rule.platforms && !rule.platforms.has(c.platform)) return false;
  if (rule.composers && !rule.composers.has(c.composer)) return false;
  if (rule.period && !scan.activePeriods().some((p) => p.id === rule.period || p.kind === rule.period)) return false;
  return true;
}

function fill(message: string, vars: Hit['vars']): string {
  let out = vars ? message.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : message;
  // A message may open with a variable ("{people} can be identified…"): it still reads as a sentence.
  if (vars && message.startsWith('{')) out = out.charAt(0).toUpperCase() + out.slice(1);
  return out.length > 1000 ? `${out.slice(0, 999)}…` : out;
}

function toFinding(rule: CompiledRule, hit: Hit, c: ResolvedContext, textLength: number): Finding | null {
  const severity: Severity = rule.severityFor[c.account] ?? rule.severity;
  const f: Finding = { ruleId: rule.id, category: rule.category, severity, message: fill(rule.message, hit.vars), clauses: rule.clauses };
  if (hit.start !== undefined && hit.end !== undefined) {
    // A span must lie inside the text and cover at least one character.
    const start = Math.max(0, Math.min(hit.start, textLength));
    const end = Math.max(start, Math.min(hit.end, textLength));
    if (end === start) return null;
    f.start = start;
    f.end = end;
  }
  if (hit.image !== undefined) f.image = hit.image;
  if (severity === 'block' && rule.overridable) f.overridable = true;
  if (rule.needsApprover) f.needsApprover = true;
  return f;
}

/** A profile pattern left out to keep the check fast is a finding too: never a silent pass. */
function tooSlowFinding(rule: CompiledRule): Finding {
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: 'confirm',
    message: `Your organisation's "${rule.id}" check is too slow to run on a post this long. Read the post yourself for what it looks for, and tell whoever looks after your policy profile.`,
    clauses: rule.clauses,
  };
}

/** A check that threw is a finding, so a bug can neither block nor pass a post silently. */
function crashFinding(rule: CompiledRule): Finding {
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: 'confirm',
    message: `PostGuard could not run its "${rule.id}" check on this post. Read it through yourself before you post.`,
    clauses: rule.clauses,
  };
}

/**
 * One rule, one underline per place: hits of the same rule that overlap ("John Smith … has
 * been charged" and "John Smith … will appear at court") become one span covering both.
 */
function mergeOverlapping(hits: Hit[]): Hit[] {
  const spans = hits.filter((h) => h.start !== undefined && h.end !== undefined);
  if (spans.length < 2) return hits;
  const others = hits.filter((h) => h.start === undefined || h.end === undefined);
  const sorted = [...spans].sort((a, b) => a.start! - b.start! || b.end! - a.end!);
  const merged: Hit[] = [];
  for (const h of sorted) {
    const last = merged[merged.length - 1];
    if (last && h.start! < last.end!) merged[merged.length - 1] = { ...last, end: Math.max(last.end!, h.end!) };
    else merged.push(h);
  }
  return [...merged, ...others];
}

function where(f: Finding): string {
  if (f.start !== undefined) return `${f.start}:${f.end}`;
  if (f.image !== undefined) return `image${f.image}`;
  return `post:${f.ruleId}`;
}

/**
 * One finding per category and place: the most severe wins and carries every clause; on a
 * tie the organisation's own rule wins, since its message speaks for its own policy.
 * Swearing that is part of abuse is reported once, as abuse.
 */
function dedupe(findings: Finding[], own: ReadonlySet<string>): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.category}|${where(f)}`;
    const prev = best.get(key);
    if (!prev) {
      best.set(key, f);
      continue;
    }
    const byRank = severityRank[f.severity] - severityRank[prev.severity];
    const [keep, drop] = byRank > 0 || (byRank === 0 && own.has(f.ruleId) && !own.has(prev.ruleId)) ? [f, prev] : [prev, f];
    best.set(key, { ...keep, clauses: [...new Set([...keep.clauses, ...drop.clauses])].slice(0, 20) });
  }
  const out = [...best.values()];
  const abuse = out.filter((f) => f.category === 'abuse' && f.start !== undefined);
  return out.filter(
    (f) => !(f.category === 'profanity' && f.start !== undefined && abuse.some((a) => a.start! < f.end! && f.start! < a.end!)),
  );
}

function order(a: Finding, b: Finding): number {
  const pa = a.start ?? (a.image !== undefined ? 1e9 + a.image : 2e9);
  const pb = b.start ?? (b.image !== undefined ? 1e9 + b.image : 2e9);
  // Ties keep the profile's rule order (Array.prototype.sort is stable).
  return pa - pb || severityRank[b.severity] - severityRank[a.severity] || (a.end ?? 0) - (b.end ?? 0);
}

/** Pure: the same draft, profile and context always give the same findings. */
export function check(draft: Draft, profile: CompiledProfile, context: CheckContext): Finding[] {
  const d = draftSchema.parse(draft);
  const c = checkContextSchema.parse(context);
  const resolved: ResolvedContext = {
    platform: c.platform,
    account: c.account,
    composer: c.composer,
    now: c.now,
    firstPostOfSession: c.firstPostOfSession ?? false,
  };
  const scan = makeScan(d.text, d.images, resolved, profile);
  const findings: Finding[] = [];
  // Profile patterns share a budget, spent by their cost measured when the profile compiled
  // (so the same post gives the same findings); the clock is a backstop for a machine that
  // is far slower than the one that measured them.
  let estimated = 0;
  let spent = 0;
  // The profile's own rules, which win ties in dedupe.
  const own = new Set<string>();
  for (const rule of profile.rules) {
    if (rule.origin === 'profile') own.add(rule.id);
    let hits: Hit[];
    try {
      if (!applies(rule, resolved, scan)) continue;
      if (rule.cost === null) hits = rule.find(scan);
      else {
        const estimate = rule.cost * d.text.length;
        if (estimated + estimate > PATTERN_LIMITS.checkBudgetMs || spent > 2 * PATTERN_LIMITS.checkBudgetMs) {
          findings.push(tooSlowFinding(rule));
          continue;
        }
        estimated += estimate;
        const t0 = performance.now();
        hits = rule.find(scan);
        spent += performance.now() - t0;
      }
    } catch {
      findings.push(crashFinding(rule));
      continue;
    }
    let n = 0;
    for (const hit of mergeOverlapping(hits)) {
      const f = toFinding(rule, hit, resolved, d.text.length);
      if (!f) continue;
      findings.push(f);
      if (++n >= MAX_FINDINGS_PER_RULE) break;
    }
  }
  return dedupe(findings, own).sort(order).slice(0, MAX_FINDINGS);
}

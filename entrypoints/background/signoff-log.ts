import { browser } from 'wxt/browser';
import { z } from 'zod';
import { onMessage } from '../../lib/messaging.ts';
import { SignOffDb } from '../../lib/log/db.ts';
import { storageWitness } from '../../lib/log/witness.ts';
import { SignOffLogWriter, type SignOffFields } from '../../lib/log/writer.ts';
import { CLEAR_CONFIRMATION, clauseIdsSchema, retentionSchema, signOffRecordSchema } from '../../lib/protocol/signoff.ts';
import { MIN_APPROVER } from '../../lib/signoff/requirements.ts';
import type { CompiledProfile } from '../../rules/profile.ts';
import { activeProfile } from './profile.ts';

export const PRUNE_ALARM = 'postguard-signoff-prune';
const EXCERPT_CHARS = 80;

/** A short, single-line start of the text, cut on a character (not a UTF-16 unit) boundary. */
export function excerptOf(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS - 1).join('')}…` : chars.join('');
}

/**
 * Turns an untrusted recordSignOff payload into what the log keeps: the text's SHA-256 and,
 * only if the active profile allows it, a short excerpt of its start; nothing else of it.
 * The profile's id and version are the active profile's, never the sender's, and so is
 * the word on which findings could be overridden or needed an approver. A "posted" that
 * the profile does not allow is refused with the reason, so the dialog can say it.
 */
export function signOffFields(raw: unknown, profile: CompiledProfile): { requestId: string; fields: SignOffFields } {
  const parsed = signOffRecordSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Sign-off not recorded: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; ')}`);
  }
  const { textStart, requestId, ...r } = parsed.data;
  const rules = new Map(profile.rules.map((rule) => [rule.id, rule]));
  const fields: SignOffFields = {
    ...r,
    profile: { id: profile.id, version: profile.version },
    findings: r.findings.map((f) => {
      const rule = rules.get(f.ruleId);
      return {
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        clauses: f.clauses,
        // Only the profile can let a block be overridden; a rule it does not have cannot be.
        overridable: f.severity === 'block' && (rule?.overridable ?? false),
        // The stricter of the two: what the dialog asked for, or what the profile says.
        needsApprover: (rule?.needsApprover ?? false) || f.needsApprover === true,
      };
    }),
    reason: r.reason || null,
    approver: r.approver || null,
    excerpt: profile.profile.signOff.logExcerpt && textStart.trim() ? excerptOf(textStart) : null,
  };
  if (fields.decision === 'posted') {
    const problems = refusals(fields, profile);
    if (problems.length) throw new Error(`Sign-off not recorded: ${problems.join('; ')}.`);
  }
  return { requestId, fields };
}

/** Why a "posted" sign-off is not one the profile allows (empty when it is). */
function refusals(fields: SignOffFields, profile: CompiledProfile): string[] {
  const out: string[] = [];
  const policy = `policy ${profile.id} ${profile.version}`;
  for (const f of fields.findings) {
    if (f.severity === 'block' && !f.overridable) out.push(`“${f.ruleId}” is blocked by ${policy} and cannot be signed off`);
  }
  const approverFor = fields.findings.filter((f) => f.needsApprover).map((f) => f.ruleId);
  if (approverFor.length && (fields.approver ?? '').length < MIN_APPROVER) {
    out.push(`${policy} needs the name of the person who approved this post (${[...new Set(approverFor)].join(', ')})`);
  }
  if (fields.findings.some((f) => f.category === 'image-faces') && fields.consent !== true) {
    out.push('the consent statement for the people in the photos was not confirmed');
  }
  return out;
}

/** What the background does with a recordSignOff message: check it against the profile, log it once. */
export async function recordSignOff(writer: SignOffLogWriter, profile: CompiledProfile, data: unknown): Promise<{ seq: number }> {
  const { requestId, fields } = signOffFields(data, profile);
  const { seq } = await writer.recordOnce(requestId, fields);
  return { seq };
}

/** The profile's own texts for the clause ids asked about: only ids it defines, as plain strings. */
export function clauseTexts(profile: CompiledProfile, data: unknown): Record<string, string> {
  const { ids } = clauseIdsSchema.parse(data);
  const out: Record<string, string> = {};
  for (const id of ids) if (Object.hasOwn(profile.clauses, id)) out[id] = profile.clauses[id]!;
  return out;
}

/** Clearing and retention come from PostGuard's own pages only, never from a content script. */
function assertExtensionPage(sender: { url?: string }): void {
  if (!sender.url?.startsWith(browser.runtime.getURL('/'))) {
    throw new Error('Only PostGuard’s own pages can change the sign-off log.');
  }
}

/** Wires the sign-off log messages and the daily retention pass. */
export function registerSignOffLog(): SignOffLogWriter {
  const writer = new SignOffLogWriter(new SignOffDb(), storageWitness);

  onMessage('recordSignOff', async ({ data }) => recordSignOff(writer, await activeProfile(), data));
  onMessage('getClauseTexts', async ({ data }) => clauseTexts(await activeProfile(), data));
  onMessage('clearSignOffLog', async ({ data, sender }) => {
    assertExtensionPage(sender);
    if (z.object({ confirm: z.literal(CLEAR_CONFIRMATION) }).safeParse(data).success !== true) {
      throw new Error('The sign-off log was not cleared: the request was not confirmed.');
    }
    const entry = await writer.clear();
    return { removed: entry.removed.count };
  });
  onMessage('setSignOffRetention', async ({ data, sender }) => {
    assertExtensionPage(sender);
    const parsed = retentionSchema.safeParse(data);
    if (!parsed.success) throw new Error('Retention must be a whole number of days from 1 to 3650, or keep forever.');
    const { pruned } = await writer.setRetention(parsed.data.days);
    return { removed: pruned?.removed.count ?? 0 };
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) void writer.prune().catch((e: unknown) => console.warn('PostGuard: pruning the sign-off log failed', e));
  });
  void (async () => {
    if (!(await browser.alarms.get(PRUNE_ALARM))) await browser.alarms.create(PRUNE_ALARM, { periodInMinutes: 24 * 60 });
    await writer.prune();
  })().catch((e: unknown) => console.warn('PostGuard: the sign-off log could not start its retention pass', e));
  return writer;
}

import { browser } from 'wxt/browser';
import { z } from 'zod';
import { onMessage } from '../../lib/messaging.ts';
import { SignOffDb } from '../../lib/log/db.ts';
import { storageWitness } from '../../lib/log/witness.ts';
import { SignOffLogWriter, type SignOffFields } from '../../lib/log/writer.ts';
import { CLEAR_CONFIRMATION, retentionSchema, signOffRecordSchema } from '../../lib/protocol/signoff.ts';
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
 */
export function signOffFields(raw: unknown, logExcerpt: boolean): SignOffFields {
  const parsed = signOffRecordSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Sign-off not recorded: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; ')}`);
  }
  const { textStart, ...r } = parsed.data;
  return {
    ...r,
    reason: r.reason || null,
    approver: r.approver || null,
    excerpt: logExcerpt && textStart.trim() ? excerptOf(textStart) : null,
  };
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

  onMessage('recordSignOff', async ({ data }) => {
    const profile = await activeProfile();
    const entry = await writer.record(signOffFields(data, profile.profile.signOff.logExcerpt));
    return { seq: entry.seq };
  });
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

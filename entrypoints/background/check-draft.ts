import { check } from '../../rules/check.ts';
import { draftMessageSchema } from '../../lib/draft-message.ts';
import type { CheckResult } from '../../lib/messaging.ts';
import { writeTabState } from './tab-state.ts';

const defaultProfile = { id: 'default', version: '0' };

/** Checks a draft sent by a content script and records the result as the tab's state. */
export async function checkDraft(raw: unknown, tab: { id?: number; url?: string } | undefined): Promise<CheckResult> {
  const msg = draftMessageSchema.parse(raw);
  const account = { handle: msg.handle, kind: 'personal' as const, source: 'default' as const };
  const findings = check(msg.draft, defaultProfile, {
    platform: msg.platform,
    account: account.kind,
    composer: msg.composer,
    now: new Date(),
  });
  const result: CheckResult = { findings, profile: defaultProfile, account };
  if (tab?.id !== undefined) {
    await writeTabState({
      tabId: tab.id,
      url: tab.url ?? '',
      platform: msg.platform,
      composer: msg.composer,
      account,
      findings,
      textLength: msg.draft.text.length,
      updatedAt: Date.now(),
    });
  }
  return result;
}

import { check } from '../../rules/check.ts';
import { formatProblem, problemsFromZod } from '../../rules/problems.ts';
import { draftMessageSchema } from '../../lib/draft-message.ts';
import type { CheckResult } from '../../lib/messaging.ts';
import { dropIgnored } from './ignore-list.ts';
import { activeProfile, classifyAccount } from './profile.ts';
import { isFirstCorporateComposer } from './session-firsts.ts';
import { writeTabState } from './tab-state.ts';

/** Checks a draft sent by a content script and records the result as the tab's state. */
export async function checkDraft(raw: unknown, tab: { id?: number; url?: string } | undefined): Promise<CheckResult> {
  const parsed = draftMessageSchema.safeParse(raw, { reportInput: true });
  // Only a broken or hostile page script sends this; the badge shows the reason as it is.
  if (!parsed.success) {
    const problems = problemsFromZod(parsed.error.issues, 5).map(formatProblem);
    throw new Error(`the draft sent from the page could not be read (${problems.join('; ')})`);
  }
  const msg = parsed.data;
  const profile = await activeProfile();
  const { kind, source } = await classifyAccount(profile, msg.platform, msg.handle);
  const checked = check(msg.draft, profile, {
    platform: msg.platform,
    account: kind,
    composer: msg.composer,
    now: new Date(),
    firstPostOfSession: kind === 'corporate' && (await isFirstCorporateComposer(msg.platform, msg.handle, msg.composerId)),
  });
  const { findings, ignored } = await dropIgnored(profile.id, msg.draft.text, checked);
  const result: CheckResult = {
    findings,
    ignored,
    profile: { id: profile.id, version: profile.version },
    account: { handle: msg.handle, kind, source },
  };
  if (tab?.id !== undefined) {
    await writeTabState({
      tabId: tab.id,
      url: tab.url ?? '',
      composerId: msg.composerId,
      platform: msg.platform,
      composer: msg.composer,
      account: result.account,
      profile: result.profile,
      findings,
      textLength: msg.draft.text.length,
      updatedAt: Date.now(),
    });
  }
  return result;
}

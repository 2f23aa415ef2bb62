// The one function the composer kit calls when a held post needs the author's decision.
// DOM contract (tests of other areas drive the dialog through it; it does not change):
//   host   [data-postguard-dialog] with an open shadow root holding [role="dialog"]
//   inside button[data-action="edit"], button[data-action="post"],
//          input[type="checkbox"][data-ack] (one per confirm finding, and per block
//          finding the profile lets the author override),
//          textarea[name="reason"], input[name="approver"] (when an approver is needed)
//   also   input[type="checkbox"][data-consent] (when a finding is about faces),
//          button[data-action="cancel"] (close without posting; so does Escape),
//          li[data-rule][data-finding] per finding.
// The decision is recorded by the background (recordSignOff) before 'post' resolves; edit
// and cancel are recorded too. Content scripts stay small: no React, zod or Dexie here.
import { sendMessage } from '../messaging.ts';
import { openSignOffDialog } from './dialog.ts';
import type { SignOffDecision, SignOffRequest } from './types.ts';

export type { SignOffDecision, SignOffRequest } from './types.ts';

export function requestSignOff(req: SignOffRequest): Promise<SignOffDecision> {
  return openSignOffDialog(req, {
    record: (r) => sendMessage('recordSignOff', r),
    clauseTexts: (ids) => sendMessage('getClauseTexts', { ids }),
  });
}

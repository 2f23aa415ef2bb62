// STUB: the sign-off issue implements the real dialog (clauses, acknowledgements, reason,
// approver, face thumbnails) and the log write. The composer kit calls only this function,
// and tests drive the dialog through the DOM contract below, which must not change:
//   host   [data-postguard-dialog] with an open shadow root holding [role="dialog"]
//   inside button[data-action="edit"], button[data-action="post"],
//          input[type="checkbox"][data-ack] (one per confirm finding),
//          textarea[name="reason"], input[name="approver"] (when an approver is needed)
import type { Finding } from '../../rules/finding.ts';
import type { ComposerKind, ImageFacts, Platform } from '../../rules/draft.ts';
import type { CheckResult } from '../messaging.ts';

export interface SignOffRequest {
  findings: Finding[];
  text: string;
  platform: Platform;
  composer: ComposerKind;
  account: CheckResult['account'];
  profile: CheckResult['profile'];
  images: ImageFacts[];
  /** Focus goes back here on "Edit post". */
  editor: HTMLElement;
}

/** post: release the held post; edit: back to the editor; cancel: dialog dismissed. */
export type SignOffDecision = 'post' | 'edit' | 'cancel';

export function requestSignOff(req: SignOffRequest): Promise<SignOffDecision> {
  return new Promise((resolve) => {
    const host = document.createElement('postguard-dialog');
    host.setAttribute('data-postguard-dialog', '');
    const shadow = host.attachShadow({ mode: 'open' });
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-label', 'Sign off this post');
    const list = document.createElement('ul');
    for (const f of req.findings) {
      const li = document.createElement('li');
      li.textContent = f.message;
      list.append(li);
    }
    const reason = document.createElement('textarea');
    reason.name = 'reason';
    const done = (d: SignOffDecision) => {
      host.remove();
      if (d === 'edit') req.editor.focus();
      resolve(d);
    };
    const edit = document.createElement('button');
    edit.dataset.action = 'edit';
    edit.textContent = 'Edit post';
    edit.addEventListener('click', () => done('edit'));
    const post = document.createElement('button');
    post.dataset.action = 'post';
    post.textContent = 'Post anyway';
    post.addEventListener('click', () => done('post'));
    dialog.append(list, reason, edit, post);
    shadow.append(dialog);
    document.documentElement.append(host);
  });
}

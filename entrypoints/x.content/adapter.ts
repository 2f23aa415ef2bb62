import type { SiteAdapter } from '../../lib/composer-kit/site-adapter.ts';
import {
  buttonsLabelled,
  composerRootFallback,
  firstInDocument,
  isButtonLabelled,
  memoRoot,
  ownRegion,
  presentAreas,
  queryFirstChoice,
} from '../../lib/composer-kit/dom.ts';
import { blobPreviews } from '../../lib/composer-kit/image-sources.ts';
import { selectors } from './selectors.ts';

const EDITORS = selectors.editor.join(', ');
const HANDLE = /@([A-Za-z0-9_]{1,15})\b/;

const isPostButton = (el: Element) =>
  el.matches(selectors.postButton) || (isButtonLabelled(el, selectors.postLabels) && !el.closest(selectors.repliedTweet));

const hasPostButton = (el: Element) =>
  el.querySelector(selectors.postButton) !== null ||
  buttonsLabelled(el, selectors.postLabels).some((b) => !b.closest(selectors.repliedTweet));

const isMessage = (editor: HTMLElement) => editor.matches(selectors.dm) || location.pathname.startsWith('/messages');

const composerRoot = memoRoot((editor: HTMLElement): Element => {
  return editor.closest(selectors.dialog) ?? composerRootFallback(editor, hasPostButton);
}, hasPostButton);

export const xAdapter: SiteAdapter = {
  platform: 'x',
  watchRoot: () => document.body,
  findEditors: (root) => queryFirstChoice(root, selectors.editor),
  composerKind(editor) {
    if (isMessage(editor)) return 'message';
    const root = composerRoot(editor);
    // A reply shows the tweet it answers (modal), or sits under it on the tweet's page.
    if (root.querySelector(selectors.repliedTweet)) return 'reply';
    if (!editor.closest(selectors.dialog) && /\/status\/\d+/.test(location.pathname)) return 'reply';
    const button = [...root.querySelectorAll(selectors.postButton)][0] ?? buttonsLabelled(root, selectors.postLabels)[0];
    return button && /^reply/i.test(button.textContent?.trim() ?? '') ? 'reply' : 'post';
  },
  postingHandle() {
    const avatar = document.querySelector<HTMLElement>(selectors.accountAvatar);
    const id = avatar?.dataset.testid ?? '';
    if (id.startsWith('UserAvatar-Container-')) return id.slice('UserAvatar-Container-'.length);
    for (const s of selectors.accountButton) {
      for (const el of document.querySelectorAll(s)) {
        const m = HANDLE.exec(el.textContent ?? '');
        if (m) return m[1]!;
      }
    }
    return null;
  },
  // The account switcher decides the handle; the composer (the tweet it answers, its button) the kind.
  identityAreas: (editor) => presentAreas(composerRoot(editor), firstInDocument(selectors.identityArea)),
  composerRoot,
  isPostButton,
  // X posts on Ctrl+Enter (Cmd+Enter on a Mac) from any text box of the composer; a direct
  // message is sent on Enter (Shift+Enter is a new line).
  isSubmitKey(e, editor) {
    if (e.key !== 'Enter' || e.altKey) return false;
    if (isMessage(editor)) return !e.shiftKey;
    return e.ctrlKey || e.metaKey;
  },
  fileInputs: (root) => queryFirstChoice<HTMLInputElement>(root, selectors.fileInput),
  imagePreviews(root, editor) {
    // In a thread each text box has its own attachments.
    const region = ownRegion(editor, root, EDITORS);
    const scope = region === editor ? root : region;
    const found = queryFirstChoice<HTMLImageElement>(scope, selectors.attachmentImages);
    return found.length ? found : blobPreviews(scope, editor);
  },
};

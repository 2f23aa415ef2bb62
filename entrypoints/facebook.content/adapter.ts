import type { SiteAdapter } from '../../lib/composer-kit/site-adapter.ts';
import {
  buttonsLabelled,
  composerRootFallback,
  firstInDocument,
  isButtonLabelled,
  memoRoot,
  presentAreas,
  queryFirstChoice,
} from '../../lib/composer-kit/dom.ts';
import { blobPreviews } from '../../lib/composer-kit/image-sources.ts';
import { selectors } from './selectors.ts';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() || null;

const isPostButton = (el: Element) => el.matches(selectors.postButton) || isButtonLabelled(el, selectors.postLabels);
const hasPostButton = (el: Element) => el.querySelector(selectors.postButton) !== null || buttonsLabelled(el, selectors.postLabels).length > 0;

const composerRoot = memoRoot((editor: HTMLElement): Element => {
  return editor.closest(selectors.dialog) ?? editor.closest('form') ?? composerRootFallback(editor, hasPostButton);
}, hasPostButton);

/** Whether the editor writes a new post: it sits in a dialog with a Post/Share button. */
function isNewPost(editor: HTMLElement): boolean {
  const dialog = editor.closest(selectors.dialog);
  return dialog !== null && buttonsLabelled(dialog, selectors.newPostLabels).length > 0;
}

/** A Messenger chat: labelled "Message", or (label gone) beside a "Press enter to send" button. */
function isMessage(editor: HTMLElement): boolean {
  if (selectors.messageLabel.test(editor.getAttribute('aria-label') ?? '')) return true;
  return !isNewPost(editor) && buttonsLabelled(composerRoot(editor), selectors.sendLabels).length > 0;
}

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The logged-in person: the left rail's first link. */
function person(): string | null {
  for (const s of selectors.person) {
    const name = text(document.querySelector(s));
    if (name) return name;
  }
  return null;
}

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  watchRoot: () => document.body,
  findEditors: (root) => queryFirstChoice(root, selectors.editor),
  composerKind(editor) {
    if (isMessage(editor)) return 'message';
    if (isNewPost(editor)) return 'post';
    return 'reply';
  },
  postingHandle(editor) {
    // A chat shows the other person's name and picture: the sender is whoever is logged in.
    if (isMessage(editor)) return person();
    const root = composerRoot(editor);
    if (isNewPost(editor)) {
      // The dialog's header names whoever posts: the person, or the Page they manage.
      for (const s of selectors.dialogIdentity) {
        const el = [...root.querySelectorAll(s)].find((e) => precedes(e, editor) && text(e));
        if (el) return text(el);
      }
      const links = [...root.querySelectorAll('a[href]')].filter((a) => precedes(a, editor) && text(a));
      if (links[0]) return text(links[0]);
      const m = selectors.mindLabel.exec(editor.getAttribute('aria-label') ?? '');
      if (m) return m[1]!;
    } else {
      // A comment box shows the avatar of whoever comments (a Page can comment too).
      const avatar = root.querySelector(selectors.commentAvatar);
      const name = avatar?.getAttribute('alt') ?? avatar?.getAttribute('aria-label');
      if (name?.trim()) return name.trim();
    }
    return person();
  },
  // The composer (its header, its avatar) and the left rail decide who posts.
  identityAreas: (editor) => presentAreas(composerRoot(editor), firstInDocument(selectors.personArea)),
  composerRoot,
  isPostButton,
  // A comment or a chat message goes on Enter (Shift+Enter is a new line) unless the mention
  // list is open; a new post only from its button.
  isSubmitKey: (e, editor) =>
    e.key === 'Enter' &&
    !e.shiftKey &&
    !e.ctrlKey &&
    !e.altKey &&
    !e.metaKey &&
    editor.getAttribute('aria-expanded') !== 'true' &&
    !isNewPost(editor),
  fileInputs: (root) => queryFirstChoice<HTMLInputElement>(root, selectors.fileInput),
  imagePreviews: (root, editor) => blobPreviews(root, editor),
};

import type { SiteAdapter } from '../../lib/composer-kit/site-adapter.ts';
import {
  buttonsLabelled,
  composerRootFallback,
  firstInDocument,
  isButtonLabelled,
  memoRoot,
  presentAreas,
  queryFirstChoice,
  unique,
} from '../../lib/composer-kit/dom.ts';
import { blobPreviews } from '../../lib/composer-kit/image-sources.ts';
import { selectors } from './selectors.ts';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() || null;

const isPostButton = (el: Element) => el.matches(selectors.postButton) || isButtonLabelled(el, selectors.postLabels);
const hasPostButton = (el: Element) => el.querySelector(selectors.postButton) !== null || buttonsLabelled(el, selectors.postLabels).length > 0;

const composerRoot = memoRoot((editor: HTMLElement): Element => {
  return (
    editor.closest(selectors.dialog) ??
    editor.closest(selectors.commentBox) ??
    editor.closest(selectors.messageForm) ??
    composerRootFallback(editor, hasPostButton)
  );
}, hasPostButton);

/** The messaging box: LinkedIn's own contenteditable in `.msg-form`, labelled "Write a message…". */
function isMessage(editor: HTMLElement): boolean {
  return editor.closest(selectors.messageForm) !== null || selectors.messageLabel.test(editor.getAttribute('aria-label') ?? '');
}

/** The first line of a two-line control: the deepest first element with text. */
function firstLine(el: Element): string | null {
  for (const leaf of el.querySelectorAll('span, div, p, strong')) {
    if (leaf.childElementCount === 0 && text(leaf)) return text(leaf);
  }
  return text(el);
}

/** Who is logged in: the "Me" menu's photo. */
function me(): string | null {
  for (const s of selectors.me) {
    const alt = document.querySelector(s)?.getAttribute('alt')?.trim();
    if (alt) return alt;
  }
  return null;
}

export const linkedinAdapter: SiteAdapter = {
  platform: 'linkedin',
  watchRoot: () => document.body,
  // Quill editors (the share box, comments) and the messaging box, which is not Quill.
  findEditors: (root) => unique([...queryFirstChoice(root, selectors.editor), ...queryFirstChoice(root, selectors.messageEditor)]),
  composerKind(editor) {
    if (isMessage(editor)) return 'message';
    return editor.closest(selectors.dialog) ? 'post' : 'reply';
  },
  postingHandle(editor) {
    // A conversation shows the other person's picture: the sender is whoever is logged in.
    if (isMessage(editor)) return me();
    const dialog = editor.closest(selectors.dialog);
    if (dialog) {
      // The identity button: first line the author (person or company Page), second the audience.
      const button =
        dialog.querySelector(selectors.identityButton) ??
        [...dialog.querySelectorAll('button')].find((b) => b.querySelector('img') && text(b));
      if (button) return firstLine(button);
    } else {
      const avatar = composerRoot(editor).querySelector('img[alt]:not([alt=""])');
      if (avatar) return avatar.getAttribute('alt')!.trim();
    }
    return me();
  },
  // The composer (its identity button, its avatar) and the "Me" menu decide who posts.
  identityAreas: (editor) => presentAreas(composerRoot(editor), firstInDocument(selectors.meArea)),
  composerRoot,
  isPostButton,
  // Posts and comments go only from their buttons (Enter is a new line); a message is sent
  // on Enter, Shift+Enter being a new line (LinkedIn's default "Press Enter to Send").
  isSubmitKey: (e, editor) => isMessage(editor) && e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey,
  fileInputs(root) {
    // "Add media" opens a dialog of its own: look in the share dialog, then beside it.
    const inRoot = queryFirstChoice<HTMLInputElement>(root, selectors.fileInput);
    return inRoot.length ? inRoot : queryFirstChoice<HTMLInputElement>(root.getRootNode() as ParentNode, selectors.fileInput);
  },
  imagePreviews: (root, editor) => blobPreviews(root, editor),
};

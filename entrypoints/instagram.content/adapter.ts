import type { SiteAdapter } from '../../lib/composer-kit/site-adapter.ts';
import {
  buttonsLabelled,
  composerRootFallback,
  firstInDocument,
  isButtonLabelled,
  labelOf,
  memoRoot,
  presentAreas,
  queryAllWithSelf,
  queryFirstChoice,
  unique,
} from '../../lib/composer-kit/dom.ts';
import { blobPreviews } from '../../lib/composer-kit/image-sources.ts';
import { selectors } from './selectors.ts';

const isPostButton = (el: Element) => isButtonLabelled(el, selectors.postLabels);
const hasPostButton = (el: Element) => buttonsLabelled(el, selectors.postLabels).length > 0;

const composerRoot = memoRoot((editor: HTMLElement): Element => {
  return editor.closest(selectors.dialog) ?? editor.closest('form') ?? composerRootFallback(editor, hasPostButton);
}, hasPostButton);

/** The handle in a profile link's href: "/postguard.demo/" → postguard.demo. */
function handleFromHref(a: Element): string | null {
  const m = /^\/([A-Za-z0-9._]{1,30})\/?$/.exec(a.getAttribute('href') ?? '');
  return m ? m[1]! : null;
}

/**
 * A direct message box: labelled "Message"; with the label gone, a Lexical editor outside
 * any dialog on a /direct/ page (the create dialog's caption is the only Lexical editor in
 * a dialog).
 */
function isMessage(editor: HTMLElement): boolean {
  if (editor.matches(selectors.message)) return true;
  return selectors.directPath.test(location.pathname) && editor.matches(selectors.lexical) && !editor.closest(selectors.dialog);
}

function messageEditors(root: ParentNode): HTMLElement[] {
  const labelled = queryAllWithSelf(root, selectors.message);
  if (labelled.length || !selectors.directPath.test(location.pathname)) return labelled;
  return queryAllWithSelf(root, selectors.lexical).filter(isMessage);
}

/** The user's own handle: the navigation's profile picture, else the link labelled Profile. */
function ownHandle(scope: ParentNode): string | null {
  for (const img of scope.querySelectorAll('a[href] img[alt]')) {
    const m = selectors.profilePicture.exec(img.getAttribute('alt') ?? '');
    if (m) return m[1]!;
  }
  for (const a of scope.querySelectorAll('a[href]')) {
    if (selectors.profileLinkText.has(labelOf(a).toLowerCase())) return handleFromHref(a);
  }
  return null;
}

export const instagramAdapter: SiteAdapter = {
  platform: 'instagram',
  watchRoot: () => document.body,
  findEditors: (root) =>
    unique([...queryFirstChoice(root, selectors.caption), ...queryFirstChoice(root, selectors.comment), ...messageEditors(root)]),
  composerKind(editor) {
    if (editor instanceof HTMLTextAreaElement) return 'reply';
    return isMessage(editor) ? 'message' : 'post';
  },
  postingHandle() {
    // No reliable marker (SELECTORS.md). The navigation first: every post in the feed shows
    // its author's "<handle>'s profile picture" too.
    const nav = firstInDocument(selectors.navigation);
    return (nav && ownHandle(nav)) ?? ownHandle(document);
  },
  identityAreas: (editor) => presentAreas(composerRoot(editor), firstInDocument(selectors.navigation)),
  composerRoot,
  isPostButton,
  // A comment or a direct message goes on Enter; Shift+Enter is a new line. A caption
  // posts only from Share.
  isSubmitKey: (e, editor) =>
    (editor instanceof HTMLTextAreaElement || isMessage(editor)) && e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey,
  fileInputs: (root) => queryFirstChoice<HTMLInputElement>(root, selectors.fileInput),
  imagePreviews: (root, editor) => blobPreviews(root, editor),
};

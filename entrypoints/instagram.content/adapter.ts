import type { SiteAdapter } from '../../lib/composer-kit/site-adapter.ts';
import {
  buttonsLabelled,
  composerRootFallback,
  firstInDocument,
  isButtonLabelled,
  labelOf,
  memoRoot,
  presentAreas,
  queryFirstChoice,
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
  findEditors: (root) => [...queryFirstChoice(root, selectors.caption), ...queryFirstChoice(root, selectors.comment)],
  composerKind: (editor) => (editor instanceof HTMLTextAreaElement ? 'reply' : 'post'),
  postingHandle() {
    // No reliable marker (SELECTORS.md). The navigation first: every post in the feed shows
    // its author's "<handle>'s profile picture" too.
    const nav = firstInDocument(selectors.navigation);
    return (nav && ownHandle(nav)) ?? ownHandle(document);
  },
  identityAreas: (editor) => presentAreas(composerRoot(editor), firstInDocument(selectors.navigation)),
  composerRoot,
  isPostButton,
  // A comment posts on Enter; Shift+Enter is a new line. A caption posts only from Share.
  isSubmitKey: (e, editor) =>
    editor instanceof HTMLTextAreaElement && e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey,
  fileInputs: (root) => queryFirstChoice<HTMLInputElement>(root, selectors.fileInput),
  imagePreviews: (root, editor) => blobPreviews(root, editor),
};

import type { ComposerKind, Platform } from '../../rules/draft.ts';

/**
 * What one site tells the shared kit about its composers. Selectors stay in the site's
 * folder; the kit does the watching, reading, highlighting and holding. Every method reads
 * the page and nothing else: none may write to it.
 */
export interface SiteAdapter {
  platform: Platform;
  /** The region worth watching for composers to appear (the whole body on these sites). */
  watchRoot(): Element;
  /**
   * Every editor under `root` (an element or an open shadow root): contenteditable editors
   * (Draft.js, Lexical, Quill) and plain textareas.
   */
  findEditors(root: ParentNode): HTMLElement[];
  composerKind(editor: HTMLElement): ComposerKind;
  /** The posting identity the page shows for this composer: a handle or a Page's name. */
  postingHandle(editor: HTMLElement): string | null;
  /**
   * The parts of the page whose changes can change `postingHandle` or `composerKind` for
   * this editor (its composer, the account menu). The kit reads both again only when a
   * change lands inside one of these, one of them leaves the page, or the address changes;
   * an empty list (nothing found) means any change may.
   */
  identityAreas(editor: HTMLElement): Element[];
  /**
   * The element that holds this editor, its Post button and its attachments: a dialog, a
   * form, a reply box. Editors with the same root are posted together (an X thread).
   */
  composerRoot(editor: HTMLElement): Element;
  /** Whether `el` is a button that posts (Post, Reply, Share, Comment). */
  isPostButton(el: Element): boolean;
  /**
   * Whether this keydown in `editor` posts (Ctrl/Cmd+Enter on X, Enter in a comment box).
   * Only Enter is offered: the guard leaves every other key alone without asking.
   */
  isSubmitKey(e: KeyboardEvent, editor: HTMLElement): boolean;
  /** The file inputs attachments are picked with, under `root`. */
  fileInputs(root: Element): HTMLInputElement[];
  /** The attached images' previews under `root`, in composer order. */
  imagePreviews(root: Element, editor: HTMLElement): HTMLImageElement[];
  /** Nodes inside the editor that are not draft text (cursors, decorations). */
  skipSelector?: string;
}

import type { ComposerKind, Platform } from '../../rules/draft.ts';

/** What one site tells the shared kit about its composers. Selectors stay in the site's folder. */
export interface SiteAdapter {
  platform: Platform;
  /** The region worth watching for composers to appear (the whole body on most sites). */
  watchRoot(): Element;
  /** Every editor under `root` (an element or an open shadow root). */
  findEditors(root: ParentNode): HTMLElement[];
  composerKind(editor: HTMLElement): ComposerKind;
  /** The posting identity shown by the page: a handle or Page name. */
  postingHandle(editor: HTMLElement): string | null;
  /** Nodes inside the editor that are not draft text (cursors, decorations). */
  skipSelector?: string;
}

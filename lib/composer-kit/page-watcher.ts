import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage } from '../messaging.ts';
import { ComposerSession } from './composer-session.ts';
import type { SiteAdapter } from './site-adapter.ts';

/**
 * Finds composers as the site opens them and lets go when they close. One observer on the
 * adapter's region; mutations are batched to one scan per animation frame, and a scan only
 * looks inside the subtrees that were added.
 */
export function watchPage(adapter: SiteAdapter, ctx: ContentScriptContext): Map<HTMLElement, ComposerSession> {
  const sessions = new Map<HTMLElement, ComposerSession>();
  const pendingRoots = new Set<ParentNode>();
  let frame = 0;

  const attach = (root: ParentNode) => {
    for (const editor of adapter.findEditors(root)) {
      if (!sessions.has(editor)) sessions.set(editor, new ComposerSession(editor, adapter, ctx));
    }
  };
  const sweep = () => {
    frame = 0;
    for (const [editor, session] of sessions) {
      if (!editor.isConnected) {
        session.close();
        sessions.delete(editor);
      }
    }
    for (const root of pendingRoots) attach(root);
    pendingRoots.clear();
  };
  const observer = new MutationObserver((records) => {
    let removed = false;
    for (const r of records) {
      for (const n of r.addedNodes) if (n.nodeType === Node.ELEMENT_NODE) pendingRoots.add(n as Element);
      if (r.removedNodes.length) removed = true;
    }
    if ((pendingRoots.size || removed) && !frame) frame = ctx.requestAnimationFrame(sweep);
  });
  const root = adapter.watchRoot();
  observer.observe(root, { childList: true, subtree: true });
  attach(root);

  const reposition = () => sessions.forEach((s) => s.reposition());
  ctx.addEventListener(window, 'scroll', reposition, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', reposition, { passive: true });
  onMessage('recheck', () => sessions.forEach((s) => s.recheck()));
  ctx.onInvalidated(() => {
    observer.disconnect();
    sessions.forEach((s) => s.close());
    sessions.clear();
  });
  return sessions;
}

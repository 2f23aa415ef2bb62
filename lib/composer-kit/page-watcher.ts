import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage } from '../messaging.ts';
import { ComposerSession } from './composer-session.ts';
import { deepContains } from './dom.ts';
import type { FilePick } from './image-sources.ts';
import type { SiteAdapter } from './site-adapter.ts';

const EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
/** Past this many changed nodes in one frame the identity areas are not searched: every session reads its identity again. */
const MAX_CHANGED = 256;

export interface PageWatcher {
  sessions(): ComposerSession[];
  /** The sessions posted together with `session` (same composer root), itself included. */
  groupOf(session: ComposerSession): ComposerSession[];
  sessionFor(node: Node): ComposerSession | null;
  /**
   * The sessions of the composer `button` posts. An editor there that was never used but
   * holds text or an image gets its session now: nothing leaves unchecked.
   */
  sessionsAround(button: Element): ComposerSession[];
}

/**
 * Finds composers as the site opens them and lets go when they close. One MutationObserver,
 * on the adapter's region and on each open shadow root found in it; records inside an
 * editor are skipped at once (that is the keystroke path), the rest are batched to one
 * sweep per animation frame that only looks inside the subtrees that were added.
 *
 * An editor found is only noted (idle): a feed shows a comment box under every post, and
 * a session for each would mean a badge host, observers and a check per post nobody writes
 * under. It gets its session when it is used: focused, given text (a draft the site
 * restores), given a file or a drop, or its Post pressed.
 */
export function watchPage(adapter: SiteAdapter, ctx: ContentScriptContext): PageWatcher {
  const sessions = new Map<HTMLElement, ComposerSession>();
  const idle = new Set<HTMLElement>();
  /** Idle editors something was written into since the last sweep: they may hold text now. */
  const stirred = new Set<HTMLElement>();
  const observedRoots = new WeakSet<Node>();
  const pendingRoots = new Set<ParentNode>();
  /** The nodes changed outside editors since the last sweep (null: too many to list). */
  let changed: Set<Node> | null = new Set();
  let removed = false;
  let touched = false;
  let imagesTouched = false;
  let frame = 0;
  let active: ComposerSession | null = null;
  /** Files picked while no composer could own them (Instagram's first step): the next composer takes them. */
  let orphanPicks: FilePick[] = [];

  const hasText = (editor: HTMLElement) =>
    (editor instanceof HTMLTextAreaElement ? editor.value : (editor.textContent ?? '')).trim() !== '';
  const picksFor = (root: Element) => orphanPicks.filter((p) => !p.input.isConnected || deepContains(root, p.input));

  const start = (editor: HTMLElement): ComposerSession => {
    idle.delete(editor);
    stirred.delete(editor);
    const known = sessions.get(editor);
    if (known) return known;
    const session = new ComposerSession(editor, adapter, ctx);
    sessions.set(editor, session);
    resizeObserver.observe(editor);
    const mine = picksFor(adapter.composerRoot(editor));
    orphanPicks = orphanPicks.filter((p) => !mine.includes(p));
    mine.forEach((p) => session.addPick(p));
    session.imagesChanged();
    return session;
  };

  /** An editor found in the page: a session at once only if it is in use already. */
  const found = (editor: HTMLElement) => {
    if (sessions.has(editor) || idle.has(editor)) return;
    const inUse =
      hasText(editor) ||
      deepContains(editor, deepActiveElement()) ||
      (orphanPicks.length > 0 && picksFor(adapter.composerRoot(editor)).length > 0);
    if (inUse) start(editor);
    else idle.add(editor);
  };

  /** The idle editors whose composer holds `node` (a file input, a drop target, a Post button). */
  const idleAround = (node: Node): Array<{ editor: HTMLElement; root: Element }> => {
    const out: Array<{ editor: HTMLElement; root: Element }> = [];
    for (const editor of idle) {
      if (!editor.isConnected) continue;
      const root = adapter.composerRoot(editor);
      if (deepContains(root, node)) out.push({ editor, root });
    }
    return out;
  };

  const scan = (root: ParentNode) => {
    adapter.findEditors(root).forEach(found);
    // Open shadow roots are invisible to querySelector and to the observer on the document:
    // each one found is observed and scanned in its own right.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.currentNode as Element | null; n; n = walker.nextNode() as Element | null) {
      const shadow = (n as Element).shadowRoot;
      if (shadow && !observedRoots.has(shadow)) observeRoot(shadow);
    }
  };

  const observeRoot = (root: Node) => {
    observedRoots.add(root);
    // characterData too: an identity switch may change only a name's text.
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    if (root instanceof ShadowRoot) {
      // These events do not leave a shadow root: each observed one gets the listeners too.
      ctx.addEventListener(root, 'change', onChange, { capture: true });
      for (const type of ['transitionend', 'animationend'] as const) ctx.addEventListener(root, type, reposition, { capture: true, passive: true });
      scan(root);
    }
  };

  const sweep = () => {
    frame = 0;
    const layoutChanged = touched || removed;
    if (removed) {
      removed = false;
      let closed = false;
      for (const [editor, session] of sessions) {
        if (!editor.isConnected) {
          session.close();
          sessions.delete(editor);
          resizeObserver.unobserve(editor);
          if (active === session) active = null;
          closed = true;
        }
      }
      for (const editor of idle) if (!editor.isConnected) idle.delete(editor);
      // Closing a composer clears the tab's state for the popup: the drafts still open
      // report again (an empty one has nothing to report).
      if (closed) sessions.forEach((s) => s.hasDraft && s.recheck());
    }
    for (const root of pendingRoots) if ((root as Node).isConnected) scan(root);
    pendingRoots.clear();
    for (const editor of stirred) if (editor.isConnected && idle.has(editor) && hasText(editor)) start(editor);
    stirred.clear();
    if (touched) {
      touched = false;
      const c = changed;
      changed = new Set();
      sessions.forEach((s) => s.pageChanged(s.identityMayHaveChanged(c)));
    }
    if (imagesTouched) {
      imagesTouched = false;
      sessions.forEach((s) => s.imagesChanged());
    }
    // Something above or around an editor may have moved it without resizing it (an
    // attachment preview, a dialog re-centring): every badge looks again, in one batch.
    if (layoutChanged) reposition();
  };
  const schedule = () => {
    // Plain rAF: ctx's adds a listener per call (see composer-session.ts); cancelled on invalidation.
    if (!frame) frame = requestAnimationFrame(sweep);
  };

  const holdsImage = (n: Node) => n.nodeName === 'IMG' || (n.nodeType === Node.ELEMENT_NODE && (n as Element).querySelector('img') !== null);

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const target = r.target.nodeType === Node.ELEMENT_NODE ? (r.target as Element) : r.target.parentElement;
      // Inside an editor: typing. The editor's own session has seen it; an idle editor may
      // be getting its first text (the sweep looks).
      const editable = target?.closest<HTMLElement>(EDITABLE);
      if (editable) {
        if (idle.has(editable)) {
          stirred.add(editable);
          schedule();
        }
        continue;
      }
      // A controlled textarea (React) mirrors its value into its text: that is its typing,
      // or the site clearing it after posting.
      if (target instanceof HTMLTextAreaElement && (sessions.has(target) || idle.has(target))) {
        const session = sessions.get(target);
        if (session) session.textMayHaveChanged();
        else {
          stirred.add(target);
          schedule();
        }
        continue;
      }
      touched = true;
      if (changed) {
        changed.add(r.target);
        if (changed.size > MAX_CHANGED) changed = null;
      }
      for (const n of r.addedNodes) {
        if (n.nodeType === Node.ELEMENT_NODE) pendingRoots.add(n as Element);
        if (!imagesTouched && holdsImage(n)) imagesTouched = true;
      }
      if (r.removedNodes.length) {
        removed = true;
        if (!imagesTouched) for (const n of r.removedNodes) if (holdsImage(n)) imagesTouched = true;
      }
    }
    if (touched || removed) schedule();
  });

  // A file input's change event does not leave a shadow root, so each observed shadow root
  // gets this listener too. The Files are copied now: sites clear the input right after.
  const onChange = (e: Event) => {
    const input = e.composedPath()[0];
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
    const pick: FilePick = { input, files: [...input.files] };
    // The composer holding the input takes the files (its focused editor, in an X thread);
    // else an unused editor of that composer, which starts now; else the editor last
    // focused if it is in a dialog (LinkedIn's media picker is a dialog of its own beside
    // the share dialog). A comment box last clicked in a feed does not take the photo of a
    // post being created (Instagram's first step): that waits for its composer.
    const holders = [...sessions.values()].filter((s) => deepContains(adapter.composerRoot(s.editor), input));
    const idleHolder = holders.length ? undefined : idleAround(input)[0];
    const owner =
      (active && holders.includes(active) ? active : holders[0]) ??
      (idleHolder ? start(idleHolder.editor) : null) ??
      (active && !active.isClosed && active.editor.closest('[role="dialog"], dialog') ? active : null);
    if (owner) owner.addPick(pick);
    else orphanPicks = [...orphanPicks.slice(-4), pick];
  };
  ctx.addEventListener(document, 'change', onChange, { capture: true });

  // A photo dropped on a composer nobody has typed in yet: its preview is what gets checked.
  ctx.addEventListener(
    document,
    'drop',
    (e) => {
      const target = e.composedPath()[0];
      if (target instanceof Node) for (const { editor } of idleAround(target)) start(editor);
    },
    { capture: true, passive: true },
  );

  // Focus starts a session, and is the safety net: an editor the observer could not see (a
  // shadow root attached after its host was inserted) is found the moment the user clicks in.
  ctx.addEventListener(
    document,
    'focusin',
    (e) => {
      const target = e.composedPath()[0];
      if (!(target instanceof HTMLElement)) return;
      let session = sessionFor(target);
      if (!session) {
        const root = target.getRootNode();
        if (root instanceof ShadowRoot && !observedRoots.has(root)) observeRoot(root);
        const candidate = target.closest<HTMLElement>(`${EDITABLE}, textarea`);
        if (candidate && (idle.has(candidate) || adapter.findEditors((candidate.parentNode ?? root) as ParentNode).includes(candidate))) {
          session = start(candidate);
        }
      }
      if (session) active = session;
    },
    { capture: true },
  );

  const sessionFor = (node: Node): ComposerSession | null => {
    for (const [editor, session] of sessions) if (editor === node || deepContains(editor, node)) return session;
    return null;
  };

  // Badges follow their editors. One ResizeObserver for every editor: when one grows (a
  // new line in the first box of an X thread), the ones below it move, so all look again.
  const reposition = () => sessions.forEach((s) => s.reposition());
  const resizeObserver = new ResizeObserver(reposition);

  const root = adapter.watchRoot();
  observeRoot(root);
  scan(root);

  ctx.addEventListener(window, 'scroll', reposition, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', reposition, { passive: true });
  // A dialog sliding in or re-centring moves editors without resizing them or the page.
  for (const type of ['transitionend', 'animationend'] as const) ctx.addEventListener(document, type, reposition, { capture: true, passive: true });
  const stopRecheck = onMessage('recheck', () => sessions.forEach((s) => s.recheck()));
  ctx.onInvalidated(() => {
    cancelAnimationFrame(frame);
    stopRecheck();
    observer.disconnect();
    resizeObserver.disconnect();
    sessions.forEach((s) => s.close());
    sessions.clear();
    idle.clear();
    stirred.clear();
  });

  return {
    sessions: () => [...sessions.values()],
    groupOf(session) {
      const root = adapter.composerRoot(session.editor);
      return [...sessions.values()].filter((s) => s === session || adapter.composerRoot(s.editor) === root);
    },
    sessionFor,
    sessionsAround(button) {
      for (const { editor, root } of idleAround(button)) {
        if (hasText(editor) || adapter.imagePreviews(root, editor).length > 0 || picksFor(root).length > 0) start(editor);
      }
      return [...sessions.values()].filter((s) => deepContains(adapter.composerRoot(s.editor), button));
    },
  };
}

function deepActiveElement(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

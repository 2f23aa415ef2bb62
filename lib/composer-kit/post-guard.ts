import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '../../rules/finding.ts';
import type { ImageFacts } from '../../rules/draft.ts';
import { holdsPost } from '../../rules/vocabulary.ts';
import { requestSignOff, type SignOffDecision, type SignOffRequest } from '../signoff/request-sign-off.ts';
import type { ComposerSession, Settled } from './composer-session.ts';
import { deepContains, isDisabledButton } from './dom.ts';
import type { PageWatcher } from './page-watcher.ts';
import type { SiteAdapter } from './site-adapter.ts';

// Holding the post. The guard listens in the capture phase on window, ahead of every
// handler the site has, for the two ways a post leaves: a Post button's click (or a div
// button's Enter/Space) and the editor's own shortcut. When the current draft's findings
// need no sign-off, the event is not touched at all. Otherwise it is stopped, the user
// decides, and on "post" one copy of the event is dispatched where the original went, so
// the site posts exactly as it would have. A check still running, a failed check or a
// crash here all end in asking the user: never a silent pass, never a silent block.

interface Group {
  root: Element;
  sessions: ComposerSession[];
}

/** The finding that stands in for the ones PostGuard could not compute. */
export function uncheckedFinding(reason: string): Finding {
  return {
    ruleId: 'postguard-unavailable',
    category: 'verification',
    severity: 'confirm',
    message: `PostGuard could not check this post (${reason}). Read it through against your policy before you post it.`,
    clauses: [],
  };
}

export function guardPosts(adapter: SiteAdapter, watcher: PageWatcher, ctx: ContentScriptContext): void {
  /** The copies we dispatch on release: they pass through untouched. */
  const ours = new WeakSet<Event>();
  /** Composer roots with a decision under way: further presses wait with it. */
  const holding = new WeakSet<Element>();
  /** What the user signed off, per composer root: the same draft posts again without asking. */
  const approved = new WeakMap<Element, string>();

  const postButtonOn = (e: Event): HTMLElement | null => {
    for (const n of e.composedPath()) {
      if (n === document.body || n === window) break;
      if (n instanceof HTMLElement && adapter.isPostButton(n)) return n;
    }
    return null;
  };

  const groupFor = (button: Element): Group | null => {
    const sessions = watcher.sessionsAround(button);
    return sessions.length ? { root: adapter.composerRoot(sessions[0]!.editor), sessions } : null;
  };

  const signature = (g: Group) => g.sessions.map((s) => s.signature).join('\u0001');

  /** Decided from what is already known, synchronously: pass only when nothing is pending and nothing holds. */
  const passesNow = (g: Group): boolean => {
    g.sessions.forEach((s) => s.flush());
    let needsSignOff = false;
    for (const s of g.sessions) {
      const findings = s.settledNow();
      if (findings === null) return false;
      if (findings.some((f) => holdsPost(f.severity))) needsSignOff = true;
    }
    return !needsSignOff || approved.get(g.root) === signature(g);
  };

  const guard = (e: Event, g: Group, release: () => void) => {
    if (holding.has(g.root)) {
      stop(e);
      return;
    }
    let pass = false;
    try {
      pass = passesNow(g);
    } catch {
      pass = false; // decided below, with the user if need be
    }
    if (pass) return;
    stop(e);
    holding.add(g.root);
    void decide(g).then((post) => {
      holding.delete(g.root);
      if (post) release();
    });
  };

  /** Resolves true when the post should go out, once the draft's current findings are known. */
  const decide = async (g: Group): Promise<boolean> => {
    try {
      for (let round = 0; round < 3; round++) {
        const settled = await Promise.all(g.sessions.map((s) => s.settle()));
        if (settled.some((s) => s.closed)) return false; // the site closed the composer: nothing to post
        const sig = signature(g);
        const failure = settled.find((s) => s.error !== null);
        const needsSignOff = failure !== undefined || settled.some((s) => s.findings.some((f) => holdsPost(f.severity)));
        if (!needsSignOff || approved.get(g.root) === sig) return true;
        const decision = await ask(request(g, settled, failure?.error ?? null, await thumbnails(settled)));
        if (decision !== 'post') return false;
        // What was signed off is what goes out: if the draft changed meanwhile, check again.
        g.sessions.forEach((s) => s.flush());
        if (signature(g) === sig) {
          approved.set(g.root, sig);
          return true;
        }
      }
      return false;
    } catch (err) {
      // A crash in PostGuard itself: the user decides, with the reason in front of them.
      return confirmByHand(`PostGuard failed while checking this post (${err instanceof Error ? err.message : String(err)}).`);
    }
  };

  const request = (g: Group, settled: Settled[], error: string | null, thumbnails: Array<string | null>): SignOffRequest => {
    let text = '';
    const findings: Finding[] = error === null ? [] : [uncheckedFinding(error)];
    const images: ImageFacts[] = [];
    // An X thread is several editors posted together: one text, offsets moved to match.
    settled.forEach((s, i) => {
      if (i > 0) text += '\n\n';
      const base = text.length;
      const imageBase = images.length;
      text += s.text;
      images.push(...s.images);
      for (const f of s.findings) {
        const moved: Finding = { ...f };
        if (f.start !== undefined && f.end !== undefined) {
          moved.start = f.start + base;
          moved.end = f.end + base;
        }
        if (f.image !== undefined) moved.image = f.image + imageBase;
        findings.push(moved);
      }
    });
    const first = g.sessions[0]!;
    const known = settled.find((s) => s.result)?.result ?? null;
    return {
      findings,
      text,
      platform: adapter.platform,
      composer: first.composerKind,
      account: known?.account ?? { handle: first.postingHandle, kind: 'personal', source: 'default' },
      // With no check back yet the profile is unknown here; the background logs the one in force.
      profile: known?.profile ?? null,
      images,
      thumbnails,
      editor: first.editor,
    };
  };

  const ask = async (req: SignOffRequest): Promise<SignOffDecision> => {
    try {
      return await requestSignOff(req);
    } catch (err) {
      const n = req.findings.filter((f) => holdsPost(f.severity)).length;
      const ok = confirmByHand(
        `PostGuard could not show its sign-off dialog (${err instanceof Error ? err.message : String(err)}). ` +
          `This post has ${n} ${n === 1 ? 'issue' : 'issues'} that need your sign-off.`,
      );
      return ok ? 'post' : 'edit';
    }
  };

  const onPointerDown = (e: PointerEvent) => {
    // Start checking the last keystrokes now: by the click, the answer is usually back.
    const button = postButtonOn(e);
    if (button) groupFor(button)?.sessions.forEach((s) => s.flush());
  };

  const onClick = (e: MouseEvent) => {
    if (ours.has(e)) return;
    const button = postButtonOn(e);
    if (!button || isDisabledButton(button)) return;
    const g = groupFor(button);
    if (g) guard(e, g, () => redispatchClick(e, button));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (ours.has(e) || e.isComposing) return;
    // Every keystroke in the page comes through here: leave at once unless it can post.
    if (e.key !== 'Enter' && e.key !== ' ' && e.key !== 'Control' && e.key !== 'Meta') return;
    const target = e.composedPath()[0];
    if (!(target instanceof Element)) return;
    if (e.key === 'Enter' || e.key === ' ') {
      const button = postButtonOn(e);
      if (button) {
        // A real <button> turns Enter/Space into a click, which is held above; a div
        // "button" posts from its keydown handler, so the keydown is what is held.
        if (button instanceof HTMLButtonElement || button instanceof HTMLInputElement || isDisabledButton(button)) return;
        const g = groupFor(button);
        if (g) guard(e, g, () => redispatchKey(e, target, null));
        return;
      }
    }
    const session = watcher.sessionFor(target);
    if (!session) return;
    if (e.key === 'Control' || e.key === 'Meta') {
      session.flush(); // Ctrl/Cmd+Enter may follow: get the check going
      return;
    }
    if (!adapter.isSubmitKey(e, session.editor)) return;
    const sessions = watcher.groupOf(session);
    guard(e, { root: adapter.composerRoot(session.editor), sessions }, () => redispatchKey(e, target, session.editor));
  };

  const redispatchClick = (e: MouseEvent, button: HTMLElement) => {
    const first = e.composedPath()[0];
    const to = first instanceof Element && first.isConnected && deepContains(button, first) ? first : button;
    if (!to.isConnected) return; // the composer is gone
    const copy = new MouseEvent('click', {
      bubbles: true,
      cancelable: true,
      composed: true,
      view: window,
      detail: e.detail || 1,
      screenX: e.screenX,
      screenY: e.screenY,
      clientX: e.clientX,
      clientY: e.clientY,
      ctrlKey: e.ctrlKey,
      shiftKey: e.shiftKey,
      altKey: e.altKey,
      metaKey: e.metaKey,
      button: e.button,
      buttons: e.buttons,
    });
    ours.add(copy);
    to.dispatchEvent(copy);
  };

  const redispatchKey = (e: KeyboardEvent, target: Element, editor: HTMLElement | null) => {
    const to = target.isConnected ? target : editor?.isConnected ? editor : null;
    if (!to) return;
    // The sign-off dialog took focus; the site's shortcut handler may look for it in the editor.
    if (editor && !deepContains(editor, deepActiveElement())) editor.focus({ preventScroll: true });
    const copy = new KeyboardEvent('keydown', {
      key: e.key,
      code: e.code,
      location: e.location,
      ctrlKey: e.ctrlKey,
      shiftKey: e.shiftKey,
      altKey: e.altKey,
      metaKey: e.metaKey,
      bubbles: true,
      cancelable: true,
      composed: true,
      view: window,
      // Draft.js and React still read the legacy codes; Chromium takes them from the init dict.
      keyCode: e.keyCode,
      which: e.which,
    } as KeyboardEventInit);
    ours.add(copy);
    to.dispatchEvent(copy);
  };

  ctx.addEventListener(window, 'pointerdown', onPointerDown, { capture: true, passive: true });
  ctx.addEventListener(window, 'click', onClick, { capture: true });
  ctx.addEventListener(window, 'keydown', onKeyDown, { capture: true });
}

/**
 * The photos' thumbnails for the dialog, in the order of the request's images (made when the
 * findings landed, so usually ready; never holding the dialog up more than a moment). The
 * session's image tracker owns the object URLs and revokes them when the photo is removed
 * or the composer closes.
 */
async function thumbnails(settled: Settled[]): Promise<Array<string | null>> {
  const each = await Promise.all(
    settled.map((s) => s.session.findingThumbnails(s.findings, THUMBNAIL_WAIT_MS).catch(() => s.images.map(() => null))),
  );
  return each.flat();
}

/** How long the dialog waits for a thumbnail that is not made yet: the faces are outlined without it. */
const THUMBNAIL_WAIT_MS = 500;

function stop(e: Event): void {
  e.preventDefault();
  e.stopImmediatePropagation();
}

function deepActiveElement(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** The last resort when PostGuard's own UI cannot ask: the browser's confirm, which always can. */
function confirmByHand(reason: string): boolean {
  return window.confirm(`${reason}\n\nPost it anyway? (Cancel keeps the post so you can edit it.)`);
}

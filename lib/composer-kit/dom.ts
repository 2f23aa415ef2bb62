// Small DOM helpers the adapters share. Everything here reads; nothing writes to the page.

/** Elements under `root` (an element or a shadow root) matching `selector`, `root` itself first. */
export function queryAllWithSelf<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  if (root instanceof Element && root.matches(selector)) found.unshift(root as unknown as T);
  return found;
}

/** The matches of the first selector in the list that matches anything: first choice, then fallbacks. */
export function queryFirstChoice<T extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): T[] {
  for (const s of selectors) {
    const found = queryAllWithSelf<T>(root, s);
    if (found.length) return found;
  }
  return [];
}

/** The parent of a node, stepping out of a shadow root to its host. */
export function composedParent(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode;
}

/** Whether `node` is inside `ancestor`, across shadow-root boundaries. */
export function deepContains(ancestor: Node, node: Node | null): boolean {
  for (let n = node; n; n = composedParent(n)) if (n === ancestor) return true;
  return false;
}

/**
 * The nearest ancestor of `from` (itself excluded) for which `test` holds, walking out of
 * shadow roots; null after `maxDepth` steps or at the document.
 */
export function closestDeep(from: Element, test: (el: Element) => boolean, maxDepth = 40): Element | null {
  let n = composedParent(from);
  for (let i = 0; n && i < maxDepth; i++, n = composedParent(n)) {
    if (n instanceof Element && test(n)) return n;
  }
  return null;
}

/** The accessible-ish label of a control: aria-label, else its trimmed text. */
export function labelOf(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const BUTTONS = 'button, [role="button"], input[type="submit"]';

/** Buttons under `root` whose label is one of `labels` (case-insensitive). */
export function buttonsLabelled(root: ParentNode, labels: ReadonlySet<string>): HTMLElement[] {
  return queryAllWithSelf<HTMLElement>(root, BUTTONS).filter((b) => labels.has(labelOf(b).toLowerCase()));
}

export function isButtonLabelled(el: Element, labels: ReadonlySet<string>): boolean {
  return el.matches(BUTTONS) && labels.has(labelOf(el).toLowerCase());
}

/** A button the site shows as disabled: clicking it does nothing, so there is nothing to hold. */
export function isDisabledButton(el: Element): boolean {
  return el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled === true;
}

/** FNV-1a, for short stable keys of long strings (an image's data: URL). */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Where a composer lives when the site gives it no dialog or form: the nearest ancestor that
 * holds one of its Post buttons; failing that (the button appears with the first character),
 * the nearest form, article or list item, then the editor's parent.
 */
export function composerRootFallback(editor: HTMLElement, hasPostButton: (el: Element) => boolean): Element {
  return (
    closestDeep(editor, hasPostButton, 12) ??
    editor.closest('form, article, [role="article"], li') ??
    editor.parentElement ??
    editor
  );
}

/**
 * The part of `root` that belongs to `editor` alone: its highest ancestor below `root` that
 * holds no other editor (an X thread item, with its own attachments).
 */
export function ownRegion(editor: HTMLElement, root: Element, editorSelector: string): Element {
  let region: Element = editor;
  for (let p = region.parentElement; p && p !== root; p = p.parentElement) {
    if (p.querySelectorAll(editorSelector).length > 1) break;
    region = p;
  }
  return region;
}

/**
 * Caches a composer-root lookup per editor for a moment: the page watcher asks on every
 * batch of page mutations (a feed streams them), and the walk up the tree is the dear part.
 * A cached root is dropped as soon as it no longer holds its editor. A root `keep` turns
 * down (one that does not hold the Post button yet: some sites show it with the first
 * character) is looked up afresh each time, so a click on the new button finds its composer.
 */
export function memoRoot(
  find: (editor: HTMLElement) => Element,
  keep: (root: Element) => boolean = () => true,
  ttlMs = 500,
): (editor: HTMLElement) => Element {
  const cache = new WeakMap<HTMLElement, { root: Element; at: number }>();
  return (editor) => {
    const now = performance.now();
    const hit = cache.get(editor);
    if (hit && now - hit.at < ttlMs && hit.root.isConnected && deepContains(hit.root, editor)) return hit.root;
    const root = find(editor);
    if (keep(root)) cache.set(editor, { root, at: now });
    else cache.delete(editor);
    return root;
  };
}

/** Each element once, in first-seen order (selector lists can overlap). */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** The first element in the document matching one of `selectors`, in order of preference. */
export function firstInDocument(selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = document.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** The areas that are there, for SiteAdapter.identityAreas. */
export function presentAreas(...areas: Array<Element | null | undefined>): Element[] {
  return areas.filter((a): a is Element => a instanceof Element);
}

// The parts of a finding in the sign-off dialog: its clauses, the flagged span, the photo
// with its face boxes. Vanilla DOM, text through text nodes only.
import type { Finding } from '../../rules/finding.ts';
import type { ImageFacts } from '../../rules/draft.ts';
import { CLAUSES, DOCUMENTS } from '../../rules/clauses.ts';
import { spanContext } from './span-context.ts';

export type Child = Node | string | null | undefined | false;
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false) continue;
    if (k === 'class') node.className = String(v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/** Only local image data is shown: a page-supplied https: URL would be a network request. */
export function localImageUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  return /^blob:/.test(url) || /^data:image\/(png|jpe?g|webp|gif|avif);base64,/i.test(url) ? url : null;
}

export function clauseList(ids: string[]): HTMLElement | null {
  if (!ids.length) return null;
  return el(
    'ul',
    { class: 'clauses', 'aria-label': 'Policy clauses' },
    ...ids.map((id) => {
      const c = Object.hasOwn(CLAUSES, id) ? CLAUSES[id] : undefined;
      // A clause of the organisation's own: its text comes from the profile (fillClauseTexts).
      return el(
        'li',
        { 'data-clause': id, 'data-clause-lookup': !c },
        el('span', { class: 'clause-id' }, id),
        el('span', { class: 'clause-text' }, c ? c.text : ''),
        c && DOCUMENTS[c.document] ? el('span', { class: 'clause-doc' }, DOCUMENTS[c.document]) : null,
      );
    }),
  );
}

export const NO_CLAUSE_TEXT = 'Not in PostGuard’s clause table or your organisation’s profile';

/**
 * Fills in the texts of clauses PostGuard does not know from the active profile's own
 * clause texts, or says there is none. Never holds the dialog up: it is open already, and
 * a lookup that fails or takes over 3 seconds leaves the id with that note.
 */
export async function fillClauseTexts(root: ParentNode, lookup?: (ids: string[]) => Promise<Record<string, string>>): Promise<void> {
  const pending = [...root.querySelectorAll<HTMLElement>('li[data-clause-lookup]')];
  if (!pending.length) return;
  let texts: Record<string, unknown> = {};
  if (lookup) {
    let timer = 0;
    try {
      texts = await Promise.race([
        lookup([...new Set(pending.map((li) => li.dataset.clause!))]),
        new Promise<never>((_, reject) => (timer = window.setTimeout(() => reject(new Error('timeout')), 3000))),
      ]);
    } catch {
      texts = {};
    } finally {
      window.clearTimeout(timer);
    }
  }
  for (const li of pending) {
    const text = Object.hasOwn(texts, li.dataset.clause!) ? texts[li.dataset.clause!] : undefined;
    const found = typeof text === 'string' && text.trim() !== '';
    li.querySelector('.clause-text')!.textContent = found ? text.slice(0, 1000) : NO_CLAUSE_TEXT;
    if (found) li.append(el('span', { class: 'clause-doc' }, 'Your organisation’s policy profile'));
    li.removeAttribute('data-clause-lookup');
  }
}

export function textSpan(text: string, f: Finding): HTMLElement | null {
  if (f.start === undefined || f.end === undefined || f.end <= f.start || f.start >= text.length) return null;
  const { before, span, after } = spanContext(text, f.start, f.end);
  return el('p', { class: 'span', 'aria-label': 'Where in the post' }, before, el('mark', {}, span), after);
}

export function imagePreview(image: ImageFacts | undefined, url: string | null, index: number): HTMLElement | null {
  if (!image) return null;
  const frame = el('div', { class: 'frame' });
  if (image.width > 0 && image.height > 0) frame.style.aspectRatio = `${image.width} / ${image.height}`;
  else frame.style.aspectRatio = '4 / 3';
  if (url) {
    const img = el('img', { alt: '' });
    img.addEventListener('error', () => img.remove(), { once: true });
    img.src = url;
    frame.append(img);
  }
  const faces = image.faces ?? [];
  if (image.width > 0 && image.height > 0) {
    for (const { box } of faces) {
      const [x, y, w, h] = box;
      const b = el('span', { class: 'face', 'data-face': '' });
      b.style.left = `${(x / image.width) * 100}%`;
      b.style.top = `${(y / image.height) * 100}%`;
      b.style.width = `${(w / image.width) * 100}%`;
      b.style.height = `${(h / image.height) * 100}%`;
      frame.append(b);
    }
  }
  const name = image.name ? `“${image.name}”` : `Photo ${index + 1}`;
  const n = `${faces.length} ${faces.length === 1 ? 'face' : 'faces'}`;
  const caption =
    image.pending
      ? `${name}: at least ${n} so far${faces.length ? ' (outlined)' : ''}; PostGuard is still looking closely. Your sign-off is logged as “at least ${faces.length}”.`
      : image.faces === null
        ? `${name}: PostGuard could not check this photo for faces. Check it yourself.`
        : `${name}: ${n} detected${faces.length ? ' (outlined)' : ''}.`;
  return el(
    'figure',
    { 'data-image': String(index) },
    frame,
    el('figcaption', {}, caption),
  );
}

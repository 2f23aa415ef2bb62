// Reads an editor's DOM as plain text with offsets that map back to DOM ranges.
// Read only: Draft.js, Lexical and Quill revert or corrupt foreign edits.

export interface TextSegment {
  /** A text node, or an atom element (an emoji drawn as <img alt="😀">) standing for its alt text. */
  node: Text | Element;
  /** Offset of this segment's first character in the plain text. */
  start: number;
  length: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

export const EMPTY_MAP: TextMap = { text: '', segments: [] };

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TABLE', 'TR',
]);

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

type Leaf = Text | HTMLBRElement | HTMLImageElement;

/**
 * Lines are the editor's leaf blocks (Draft.js blocks, Lexical and Quill paragraphs),
 * joined by "\n". A <br> inside a line is a line break, except the trailing one all three
 * editors use as a placeholder to give an empty or break-ended line its height. An <img>
 * with alt text inside the editor is an emoji or symbol the site draws as a picture: it
 * counts as its alt text, as the site's own model does.
 */
export function readText(root: Element, skip?: string): TextMap {
  const lines: Leaf[][] = [];
  let current: Leaf[] | null = null;

  const push = (leaf: Leaf) => {
    if (!current) {
      current = [];
      lines.push(current);
    }
    current.push(leaf);
  };

  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        push(child as Text);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (el.tagName === 'BR') push(el as HTMLBRElement);
        else if (el.tagName === 'IMG') {
          if ((el as HTMLImageElement).alt) push(el as HTMLImageElement);
        } else if (skip && el.matches(skip)) continue;
        else if (isBlock(el)) {
          const before = lines.length;
          current = null;
          visit(el);
          if (lines.length === before && !hasBlockChild(el)) lines.push([]);
          current = null;
        } else visit(el);
      }
    }
  };
  visit(root);

  let text = '';
  const segments: TextSegment[] = [];
  lines.forEach((line, i) => {
    if (i > 0) text += '\n';
    const last = line.length - 1;
    line.forEach((leaf, j) => {
      if (leaf.nodeType === Node.TEXT_NODE) {
        const data = (leaf as Text).data;
        if (data.length === 0) return;
        segments.push({ node: leaf as Text, start: text.length, length: data.length });
        text += data;
      } else if ((leaf as Element).tagName === 'IMG') {
        const alt = (leaf as HTMLImageElement).alt;
        segments.push({ node: leaf, start: text.length, length: alt.length });
        text += alt;
      } else if (j !== last) {
        text += '\n';
      }
    });
  });
  return { text, segments };
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (isBlock(c) || hasBlockChild(c)) return true;
  return false;
}

/** A map over one text node holding all of `text` (a textarea's mirror). */
export function singleNodeMap(node: Text): TextMap {
  return { text: node.data, segments: node.data ? [{ node, start: 0, length: node.data.length }] : [] };
}

/** The segment holding `offset`; `preferEnd` picks the earlier segment when the offset sits on a boundary. */
function locate(map: TextMap, offset: number, preferEnd: boolean): { seg: TextSegment; offset: number } | null {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segs[mid]!;
    const segEnd = seg.start + seg.length;
    if (offset < seg.start || (preferEnd && offset === seg.start && mid > 0)) hi = mid - 1;
    else if (offset > segEnd || (!preferEnd && offset === segEnd)) lo = mid + 1;
    else return { seg, offset: offset - seg.start };
  }
  return null;
}

/**
 * For an offset on a line break or past the last character (no text node holds it): the
 * first character after it, for a range's start, or the last one before it, for its end.
 */
function nearest(map: TextMap, offset: number, side: 'start' | 'end'): { seg: TextSegment; offset: number } | null {
  if (side === 'start') {
    const seg = map.segments.find((s) => s.start + s.length > offset);
    return seg ? { seg, offset: Math.max(0, offset - seg.start) } : null;
  }
  const seg = map.segments.findLast((s) => s.start < offset);
  return seg ? { seg, offset: Math.min(seg.length, offset - seg.start) } : null;
}

function setBoundary(range: Range, at: { seg: TextSegment; offset: number }, which: 'start' | 'end'): void {
  const { seg, offset } = at;
  if (seg.node.nodeType === Node.TEXT_NODE) {
    if (which === 'start') range.setStart(seg.node, offset);
    else range.setEnd(seg.node, offset);
    return;
  }
  // An atom is all or nothing: a span that starts inside it covers it, one that ends inside it too.
  const before = which === 'start' ? offset < seg.length : offset === 0;
  if (which === 'start') {
    if (before) range.setStartBefore(seg.node);
    else range.setStartAfter(seg.node);
  } else if (before) range.setEndBefore(seg.node);
  else range.setEndAfter(seg.node);
}

/** A live DOM Range over [start, end) of the plain text, or null if the text has moved on. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (end <= start || end > map.text.length) return null;
  const a = locate(map, start, false) ?? nearest(map, start, 'start');
  const b = locate(map, end, true) ?? nearest(map, end, 'end');
  if (!a || !b) return null;
  const range = new Range();
  try {
    setBoundary(range, a, 'start');
    setBoundary(range, b, 'end');
  } catch {
    return null; // a node was edited between the read and now
  }
  return range.collapsed ? null : range;
}

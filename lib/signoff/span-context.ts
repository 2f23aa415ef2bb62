/** The flagged span with a little of the draft either side, cut at word boundaries when it can be. */
export function spanContext(text: string, start: number, end: number, around = 48): { before: string; span: string; after: string } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = Math.max(0, s - around);
  let to = Math.min(text.length, e + around);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < s) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > e) to = space;
  }
  // Never split a surrogate pair at the cut.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from] ?? '')) from--;
  if (to < text.length && /[\uD800-\uDBFF]/.test(text[to - 1] ?? '')) to++;
  const oneLine = (t: string) => t.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + oneLine(text.slice(from, s)),
    span: text.slice(s, e),
    after: oneLine(text.slice(e, to)) + (to < text.length ? '…' : ''),
  };
}

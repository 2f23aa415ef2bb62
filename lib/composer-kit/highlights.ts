import type { Finding } from '../../rules/finding.ts';
import { SEVERITIES, type Severity } from '../../rules/vocabulary.ts';
import { rangeFor, type TextMap } from './text-map.ts';

// One highlight registry per document, shared by every composer on the page: each
// composer owns its marks, and the registry is rebuilt from all of them.
interface Mark {
  range: Range;
  severity: Severity;
}
const owned = new Map<string, Mark[]>();

export const highlightName = (severity: Severity) => `postguard-${severity}`;

export function setHighlights(owner: string, map: TextMap, findings: Finding[]): void {
  const marks: Mark[] = [];
  for (const f of findings) {
    if (f.start === undefined || f.end === undefined) continue;
    const range = rangeFor(map, f.start, f.end);
    if (range) marks.push({ range, severity: f.severity });
  }
  // Nothing moved (a result for text already drawn): leave the registry, and the paint, alone.
  const before = owned.get(owner);
  if (sameMarks(before, marks)) return;
  owned.set(owner, marks);
  rebuild(changedSeverities(before ?? [], marks));
}

function sameMarks(a: Mark[] | undefined, b: Mark[]): boolean {
  if (!a || a.length !== b.length) return false;
  return a.every((m, i) => sameMark(m, b[i]!));
}

function sameMark(m: Mark, n: Mark): boolean {
  return (
    m.severity === n.severity &&
    m.range.startContainer === n.range.startContainer &&
    m.range.startOffset === n.range.startOffset &&
    m.range.endContainer === n.range.endContainer &&
    m.range.endOffset === n.range.endOffset
  );
}

function changedSeverities(a: Mark[], b: Mark[]): Set<Severity> {
  const out = new Set<Severity>();
  for (const sev of SEVERITIES) {
    const x = a.filter((m) => m.severity === sev);
    const y = b.filter((m) => m.severity === sev);
    if (x.length !== y.length || x.some((m, i) => !sameMark(m, y[i]!))) out.add(sev);
  }
  return out;
}

/** Whether `owner`'s drawn ranges still cover exactly these findings' spans of `text`. */
export function highlightsStillCover(owner: string, text: string, findings: Finding[]): boolean {
  const marks = owned.get(owner) ?? [];
  const spans = findings.filter((f) => f.start !== undefined && f.end !== undefined);
  if (marks.length !== spans.length) return false;
  return spans.every((f, i) => {
    const r = marks[i]!.range;
    const want = text.slice(f.start, f.end);
    return r.startContainer.isConnected && r.endContainer.isConnected && (want.includes('\n') || r.toString() === want);
  });
}

export function clearHighlights(owner: string): void {
  const before = owned.get(owner);
  if (!before) return;
  owned.delete(owner);
  rebuild(new Set(before.map((m) => m.severity)));
}

/**
 * A fresh Highlight per changed severity: refilling a registered one (clear/add) measured
 * ten times slower in Chromium, each add invalidating on its own.
 */
function rebuild(severities: Set<Severity>): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  for (const severity of severities) {
    const ranges = [...owned.values()].flat().filter((m) => m.severity === severity).map((m) => m.range);
    if (ranges.length) CSS.highlights.set(highlightName(severity), new Highlight(...ranges));
    else CSS.highlights.delete(highlightName(severity));
  }
}

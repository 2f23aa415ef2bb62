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
  owned.set(owner, marks);
  rebuild();
}

export function clearHighlights(owner: string): void {
  owned.delete(owner);
  rebuild();
}

function rebuild(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  for (const severity of SEVERITIES) {
    const ranges = [...owned.values()].flat().filter((m) => m.severity === severity).map((m) => m.range);
    if (ranges.length) CSS.highlights.set(highlightName(severity), new Highlight(...ranges));
    else CSS.highlights.delete(highlightName(severity));
  }
}

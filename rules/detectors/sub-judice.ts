import { defineDetector, type Hit } from '../detector.ts';
import { findNames } from '../text/names.ts';
import { allMatches } from '../text/regex.ts';

const PROCEEDINGS =
  /(?<![\p{L}])(?:(?:has|have|had|was|were|been|is)\s+(?:been\s+)?charged|charged\s+with|(?:will|is\s+due\s+to|are\s+due\s+to|due\s+to)\s+appear\s+(?:at|before|in)|appeared\s+(?:at|before|in)|remanded\s+(?:in\s+custody|on\s+bail)|(?:on|stand|standing|faces?|facing)\s+trial|pleaded\s+(?:not\s+)?guilty|denies\s+(?:the\s+)?charges?|the\s+suspect(?:,)?\s+(?:is|named|was)|named\s+(?:the\s+)?suspect|suspect\s+named|arrested\s+on\s+suspicion|released\s+on\s+bail|bailed\s+until)(?![\p{L}])/giu;
const NAMED_AS = /(?<![\p{L}])(?:named\s+(?:locally\s+)?as|identified\s+as)\s+\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+)?/gu;

export default defineDetector({
  id: 'sub-judice',
  summary:
    'Naming someone in live proceedings: "charged", "will appear at court", "remanded", "on trial" within a sentence or two of a person\'s name',
  find(scan) {
    const t = scan.text;
    const proceedings = allMatches(PROCEEDINGS, t);
    if (proceedings.length === 0) return [];
    const names = findNames(t);
    const hits: Hit[] = [];
    for (const p of proceedings) {
      const s = p.index;
      const e = s + p[0].length;
      const name = names.find((n) => (n.end <= s && s - n.end <= 120) || (n.start >= e && n.start - e <= 80));
      if (name) hits.push({ start: Math.min(s, name.start), end: Math.max(e, name.end) });
    }
    for (const m of allMatches(NAMED_AS, t)) hits.push({ start: m.index, end: m.index + m[0].length });
    return hits;
  },
});

import { defineDetector, type Hit } from '../detector.ts';
import { allMatches } from '../text/regex.ts';

const OFFICIAL = /(?<![\p{L}])(?:official\s+statement|on\s+behalf\s+of|speaking\s+for|statement\s+from|we\s+at|here\s+at|our\s+official\s+(?:position|response)|the\s+official\s+(?:position|response)\s+of)(?![\p{L}])/giu;

export default defineDetector({
  id: 'official-voice',
  summary: 'A personal account speaking for the organisation: "official statement", "on behalf of <organisation>", "we at <organisation>"',
  find(scan) {
    const names = scan.org.nameMatcher ? scan.org.nameMatcher.find(scan.tokens(), scan.text) : [];
    const hits: Hit[] = [];
    for (const m of allMatches(OFFICIAL, scan.text)) {
      const s = m.index;
      const e = s + m[0].length;
      const statement = /statement|position|response/i.test(m[0]);
      const name = names.find((n) => n.start >= e && n.start - e <= 20);
      if (name) hits.push({ start: s, end: name.end });
      else if (statement) hits.push({ start: s, end: e });
    }
    return hits;
  },
});

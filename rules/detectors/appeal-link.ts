import { defineDetector } from '../detector.ts';
import { allMatches } from '../text/regex.ts';
import { hostIsUnder } from '../text/urls.ts';

const APPEAL =
  /(?<![\p{L}])(?:missing\s+(?:person|man|woman|teenager|teen|boy|girl|child|pensioner|grandad|grandmother|mum|dad|since|from)|\d{1,3}[\s-]*year[\s-]*old\s+(?:[\p{L}]+\s+){0,3}(?:is\s+|has\s+been\s+reported\s+|reported\s+)?missing|concern(?:ed)?\s+for\s+(?:the\s+)?(?:welfare|safety)\s+of|last\s+seen\s+(?:on|in|at|wearing|leaving|near|around)|(?:his|her|their)\s+whereabouts|have\s+you\s+seen\s+(?:him|her|them|this\s+(?:man|woman|person|boy|girl|teenager|child))|wanted\s+(?:in\s+connection|on\s+recall|for\s+(?:questioning|failing|breach|assault|burglary|robbery|theft)|man|woman|by\s+police|on\s+warrant|suspect)|help\s+(?:us\s+)?(?:find|locate|trace)\s+(?:him|her|them|missing|wanted)|#missing(?:person)?|#wanted)(?![\p{L}])/giu;
// "Have you seen Jane?", "help us find Tom": a named person, so case-sensitive.
const NAMED = /(?<![\p{L}])(?:[Hh]ave\s+you\s+seen\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*\?|[Hh]elp\s+(?:us\s+)?(?:find|locate|trace)\s+\p{Lu}\p{Ll}+)/gu;

export default defineDetector({
  id: 'appeal-link',
  summary:
    "A missing-person or wanted appeal with no link to the organisation's own website (or no link at all when the profile lists no domains)",
  find(scan) {
    const m = allMatches(APPEAL, scan.text, 1)[0] ?? allMatches(NAMED, scan.text, 1)[0];
    if (!m) return [];
    const links = scan.links();
    const linked = scan.org.domains.length
      ? links.some((l) => scan.org.domains.some((d) => hostIsUnder(l.host, d)))
      : links.length > 0;
    return linked ? [] : [{ start: m.index, end: m.index + m[0].length }];
  },
});

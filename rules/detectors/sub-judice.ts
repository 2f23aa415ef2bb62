import { defineDetector, type Hit } from '../detector.ts';
import { findNames } from '../text/names.ts';
import { allMatches } from '../text/regex.ts';

// A case is live from arrest until sentence (Contempt of Court Act 1981, Schedule 1), so each
// stage counts: arrest, bail, charge, court, trial, awaiting sentence. Arrests count in the
// passive ("was arrested") or with the force as the subject ("officers have arrested"), so an
// officer named for making an arrest is not taken for the suspect.
const STAGES = [
  "(?:has|have|had|was|were|been|is|are|being|finally|now|got|get|gets|getting)\\s+(?:been\\s+)?(?:re-?)?charged",
  'charged\\s+with',
  '(?:was|were|been|is|are|being)\\s+(?:re-?)?arrested',
  'arrested\\s+(?:on\\s+suspicion|in\\s+connection|after|over|for|following)',
  "(?:we|officers|police|detectives)\\s+(?:have\\s+|had\\s+|'ve\\s+)?arrested",
  '(?:will|is\\s+due\\s+to|are\\s+due\\s+to|due\\s+to)\\s+appear\\s+(?:at|before|in)',
  'appeared\\s+(?:at|before|in)',
  '(?:will|is\\s+due\\s+to|are\\s+due\\s+to|due\\s+to)\\s+be\\s+sentenced',
  'awaiting\\s+(?:sentence|sentencing|trial)',
  'remanded\\s+(?:in\\s+custody|on\\s+bail|until|for)',
  '(?:on|stand|standing|faces?|facing)\\s+trial',
  'trial\\s+of',
  'pleaded\\s+(?:not\\s+)?guilty',
  'denies\\s+(?:the\\s+)?(?:charges?|offences?|allegations?)',
  'the\\s+suspect(?:,)?\\s+(?:is|named|was)',
  'named\\s+(?:the\\s+)?suspect',
  'suspect\\s+named',
  'released\\s+(?:on\\s+(?:police\\s+)?bail|under\\s+investigation|pending\\s+(?:further\\s+)?(?:enquiries|inquiries))',
  'on\\s+(?:police\\s+)?bail',
  'bailed',
];
const PROCEEDINGS = new RegExp(`(?<![\\p{L}])(?:${STAGES.join('|')})(?![\\p{L}])`, 'giu');
// Prejudging a named person's guilt: contempt while the case is live, defamation after.
const PREJUDGING = new RegExp(
  `(?<![\\p{L}])(?:(?:is|was|'s)\\s+(?:so\\s+|clearly\\s+|obviously\\s+|definitely\\s+|100%\\s+)?guilty(?:\\s+as\\s+sin)?(?!\\s+(?:pleasure|conscience))|guilty\\s+as\\s+sin|(?:everyone|everybody|we\\s+all|we)\\s+knows?\\s+(?:he|she|they|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2})\\s+did\\s+it|lock\\s+(?:him|her|them)\\s+up|throw\\s+away\\s+the\\s+key|string\\s+(?:him|her|them)\\s+up|(?:should|deserves?\\s+to|hope\\s+(?:he|she|they))\\s+rot)(?![\\p{L}])`,
  'giu',
);
const NAMED_AS = /(?<![\p{L}])(?:named\s+(?:locally\s+)?as|identified\s+as)\s+\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+)?/gu;

export default defineDetector({
  id: 'sub-judice',
  summary:
    'Naming someone in a live case, from arrest to sentence ("was arrested", "bailed", "charged", "will appear at court", "on trial", "will be sentenced"), or prejudging a named person ("is guilty", "lock him up"), within a sentence or two of their name',
  find(scan) {
    const t = scan.text;
    const proceedings = [...allMatches(PROCEEDINGS, t), ...allMatches(PREJUDGING, t)];
    if (proceedings.length === 0) return [];
    const names = findNames(t);
    const hits: Hit[] = [];
    for (const p of proceedings) {
      const s = p.index;
      const e = s + p[0].length;
      const name = names.find((n) => (n.end <= s && s - n.end <= 120) || (n.start >= e && n.start - e <= 80) || (n.start < e && s < n.end));
      if (name) hits.push({ start: Math.min(s, name.start), end: Math.max(e, name.end) });
    }
    for (const m of allMatches(NAMED_AS, t)) hits.push({ start: m.index, end: m.index + m[0].length });
    return hits;
  },
});

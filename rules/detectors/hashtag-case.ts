import { defineDetector, type Hit } from '../detector.ts';
import { COMMON_WORDS } from '../lexicon/common-words.ts';
import { allMatches } from '../text/regex.ts';

const WORDS = new Set(COMMON_WORDS);
const SHORT_OK = new Set(['a', 'i', 'of', 'to', 'in', 'on', 'my', 'we', 'us', 'be', 'do', 'go', 'up', 'at', 'it', 'is', 'no', 'so', 'or', 'an', 'by', 'me']);
const HASHTAG = /(?<![\p{L}\p{N}_&])#([\p{L}\p{N}_]{2,100})/gu;

/** Can the letters be split into two or more known words? (Dynamic programming, O(n²) on ≤100 chars.) */
function splitsIntoWords(s: string): boolean {
  const n = s.length;
  const parts = new Array<number>(n + 1).fill(-1);
  parts[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - 20); j < i; j++) {
      if (parts[j]! < 0) continue;
      const w = s.slice(j, i);
      if ((w.length >= 3 && WORDS.has(w)) || SHORT_OK.has(w) || /^\d+$/.test(w)) {
        parts[i] = Math.max(parts[i]!, parts[j]! + 1);
      }
    }
  }
  return parts[n]! >= 2;
}

/** A long tag that starts or ends with a word of four letters or more ("keep" + "fleettidy"). */
function startsOrEndsWithWord(s: string): boolean {
  if (s.length < 12) return false;
  for (let i = 4; i <= s.length - 4; i++) {
    if (WORDS.has(s.slice(0, i)) || WORDS.has(s.slice(i))) return true;
  }
  return false;
}

export default defineDetector({
  id: 'hashtag-case',
  summary: 'Hashtags of several words run together in one case (#supportlocalbusiness): screen readers can\'t read them; write #SupportLocalBusiness',
  find(scan) {
    const hits: Hit[] = [];
    for (const m of allMatches(HASHTAG, scan.text)) {
      const tag = m[1]!;
      const letters = tag.replace(/[^\p{L}]/gu, '');
      const oneCase = letters === letters.toLowerCase() || letters === letters.toUpperCase();
      if (!oneCase || letters.length < 6) continue;
      const lower = tag.toLowerCase();
      if (WORDS.has(lower)) continue;
      if (splitsIntoWords(lower) || startsOrEndsWithWord(lower) || letters.length >= 20) hits.push({ start: m.index, end: m.index + m[0].length });
    }
    return hits;
  },
});

import { defineDetector, type Hit } from '../detector.ts';
import { employerSpans, namesOption } from './employer-reference.ts';
import { allMatches, phraseRegex } from '../text/regex.ts';

const NEGATIVE = phraseRegex([
  'useless', 'incompetent', 'shambles', 'shambolic', 'disgrace', 'disgraceful', 'joke', 'a joke', 'corrupt', 'hate',
  'hate working', 'awful', 'terrible', 'rubbish', 'pathetic', 'clueless', 'idiots', 'worst', 'crap', 'shit', 'shite',
  'sucks', 'toxic', 'a nightmare', 'morons', 'liars', 'lying', 'bullies', 'bullying', 'fuck', 'fucking', 'bloody',
  'waste of money', 'waste of space', 'not fit for purpose', 'can\'t stand', 'sick of', 'fed up with', 'embarrassing',
  'dreadful', 'appalling', 'scandal', 'scandalous', 'cowboys', 'jobsworths', 'penny-pinching', 'ripping off',
]);

export default defineDetector({
  id: 'employer-criticism',
  summary: 'Running down the employer, its partners or colleagues: an employer name within a few words of "useless", "a joke", "shambles" …',
  options: namesOption,
  find(scan, options) {
    const names = employerSpans(scan, options.names);
    if (names.length === 0) return [];
    const hits: Hit[] = [];
    for (const m of allMatches(NEGATIVE, scan.text)) {
      const s = m.index;
      const e = s + m[0].length;
      const near = names.find((n) => (n.end <= s && s - n.end <= 60) || (e <= n.start && n.start - e <= 60));
      if (near) hits.push({ start: Math.min(near.start, s), end: Math.max(near.end, e) });
    }
    return hits;
  },
});

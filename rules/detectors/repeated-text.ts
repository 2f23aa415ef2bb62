import { defineDetector, type Hit } from '../detector.ts';

export default defineDetector({
  id: 'repeated-text',
  summary: 'Spam-like repetition: the same word four or more times in a row, or the same sentence twice',
  find(scan) {
    const hits: Hit[] = [];
    const tokens = scan.tokens();
    for (let i = 0; i < tokens.length; ) {
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.norm === tokens[i]!.norm && tokens[i]!.norm.length > 1) j++;
      if (j - i >= 4) hits.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end });
      i = j;
    }
    const seen = new Map<string, number>();
    const SENTENCE = /[^.!?\n]{15,}[.!?\n]*/gu;
    let m: RegExpExecArray | null;
    SENTENCE.lastIndex = 0;
    while ((m = SENTENCE.exec(scan.text)) !== null && hits.length < 50) {
      const key = m[0].toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      if (key.length < 15) continue;
      if (seen.has(key)) hits.push({ start: m.index, end: m.index + m[0].trimEnd().length });
      else seen.set(key, m.index);
    }
    SENTENCE.lastIndex = 0;
    return hits;
  },
});

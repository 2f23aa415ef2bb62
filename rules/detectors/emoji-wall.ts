import { defineDetector, type Hit } from '../detector.ts';

const EMOJI = /\p{Extended_Pictographic}/gu;
// Spaces, zero-width joiners, variation selectors and skin tones between emoji.
const JOINERS = /^(?:\s|\u200d|\ufe0f|[\u{1f3fb}-\u{1f3ff}])*$/u;

export default defineDetector({
  id: 'emoji-wall',
  summary: 'Walls of emoji: five or more in a row, or more than ten in a post (each is read aloud by screen readers)',
  find(scan) {
    const t = scan.text;
    const found: Array<{ start: number; end: number }> = [];
    EMOJI.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EMOJI.exec(t)) !== null) found.push({ start: m.index, end: m.index + m[0].length });
    EMOJI.lastIndex = 0;
    if (found.length < 5) return [];
    const hits: Hit[] = [];
    for (let i = 0; i < found.length; ) {
      let j = i;
      while (j + 1 < found.length && JOINERS.test(t.slice(found[j]!.end, found[j + 1]!.start))) j++;
      if (j - i + 1 >= 5) hits.push({ start: found[i]!.start, end: found[j]!.end });
      i = j + 1;
    }
    if (hits.length === 0 && found.length > 10) hits.push({ start: found[0]!.start, end: found[found.length - 1]!.end });
    return hits;
  },
});

// Word-and-phrase matching for `terms` rules and organisation names: a trie over words, so
// a profile with thousands of terms still costs one pass over the draft's words.
import { termWords, type Token } from './tokens.ts';
import type { Span } from './regex.ts';

interface Node {
  next: Map<string, Node>;
  /** Set when a term ends here: its original spelling, for case-sensitive terms. */
  ends?: string[];
}

export class TermMatcher {
  private readonly root: Node = { next: new Map() };
  private readonly exceptions: TermMatcher | null;
  readonly size: number;

  constructor(
    terms: readonly string[],
    private readonly caseSensitive = false,
    exceptions: readonly string[] = [],
  ) {
    let n = 0;
    for (const term of terms) {
      const words = termWords(term);
      if (words.length === 0) continue;
      let node = this.root;
      for (const w of words) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { next: new Map() }));
        node = child;
      }
      (node.ends ??= []).push(term);
      n++;
    }
    this.size = n;
    this.exceptions = exceptions.length ? new TermMatcher(exceptions, caseSensitive) : null;
  }

  /** Longest match at each word, left to right, non-overlapping. */
  find(tokens: readonly Token[], text: string, limit = 200): Span[] {
    const out: Span[] = [];
    const skip = this.exceptions ? this.exceptions.find(tokens, text, limit) : [];
    for (let i = 0; i < tokens.length && out.length < limit; ) {
      let node: Node | undefined = this.root;
      let best = -1;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(tokens[j]!.norm);
        if (!node) break;
        if (node.ends && (!this.caseSensitive || this.matchesCase(node.ends, tokens, i, j, text))) best = j;
      }
      if (best >= 0) {
        const span = { start: tokens[i]!.start, end: tokens[best]!.end };
        if (!skip.some((s) => s.start <= span.start && span.end <= s.end)) out.push(span);
        i = best + 1;
      } else i++;
    }
    return out;
  }

  private matchesCase(ends: string[], tokens: readonly Token[], i: number, j: number, _text: string): boolean {
    const written = tokens
      .slice(i, j + 1)
      .map((t) => t.raw)
      .join(' ');
    return ends.some((term) => termWordsRaw(term) === written);
  }
}

function termWordsRaw(term: string): string {
  return (term.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).join(' ');
}

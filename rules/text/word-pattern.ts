// Word-order patterns over the tokens of a draft, for the detectors that look for
// structures ("<group> are <trait>", "hope you <harm>") rather than single words.
//
// A pattern is built from word lists (each a trie over lower-case tokens) with seq, opt,
// anyOf and upTo, plus checks on what stands just before or after it. Matching walks the
// tries from a token: no regular expression is compiled, so thousands of lexicon phrases
// cost a few Map lookups per word of the draft, and nothing can backtrack badly. A pattern
// knows the words its matches can begin with, so it is only tried where the draft has one.
import type { Token } from './tokens.ts';
import { tokenize } from './tokens.ts';

/** The draft as patterns see it: its tokens, and the text between them. */
export interface TokenText {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** gaps[j]: the text just before token j (gaps[tokens.length]: after the last one). */
  readonly gaps: readonly string[];
  /** The word each token is looked up as: its lower-case form, with the apostrophe people leave out put back ("dont" → "don't"). */
  readonly words: readonly string[];
}

/** Contractions written without their apostrophe, where the bare form is not a word of its own. */
const APOSTROPHE_DROPPED: Record<string, string> = {
  dont: "don't", cant: "can't", wont: "won't", arent: "aren't", isnt: "isn't", doesnt: "doesn't", didnt: "didn't",
  shouldnt: "shouldn't", wouldnt: "wouldn't", couldnt: "couldn't", wasnt: "wasn't", werent: "weren't",
  havent: "haven't", hasnt: "hasn't", youre: "you're", theyre: "they're", youll: "you'll", theyll: "they'll",
  youve: "you've", theyve: "they've", youd: "you'd", theyd: "they'd", im: "i'm", ive: "i've", thats: "that's",
  theres: "there's", whats: "what's", shes: "she's", hes: "he's", itll: "it'll", aint: "ain't",
};

export function tokenText(text: string, tokens: readonly Token[]): TokenText {
  const gaps: string[] = [];
  let at = 0;
  for (const t of tokens) {
    gaps.push(text.slice(at, t.start));
    at = t.end;
  }
  gaps.push(text.slice(at));
  return { text, tokens, gaps, words: tokens.map((t) => APOSTROPHE_DROPPED[t.norm] ?? t.norm) };
}

export interface Part {
  /** Token indices where a match starting at token `i` can end (exclusive); `i` itself when it may match nothing. */
  match(t: TokenText, i: number): number[];
  /** Lower-case first words of a non-empty match. */
  readonly first: ReadonlySet<string>;
  /** Whether the part can match no words at all. */
  readonly optional: boolean;
  /** A list whose items may be separated by commas ("smug, self-righteous"): so may what follows it. */
  readonly list?: boolean;
}

/** A check at a token boundary `j` (between tokens j-1 and j). */
export type At = (t: TokenText, j: number) => boolean;

const SPACE = /^[\s\u00a0]+$/u;
const HYPHEN = /^[\s\u00a0]*[-–][\s\u00a0]*$/u;
const COMMA = /^[\s\u00a0]*,[\s\u00a0]*$/u;

/** Whether two neighbouring words belong to one phrase: only spaces (or a hyphen) between them. */
export function joined(t: TokenText, j: number, commaToo = false): boolean {
  const g = t.gaps[j] ?? '';
  return SPACE.test(g) || HYPHEN.test(g) || (commaToo && COMMA.test(g));
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/** Lower-case words of a phrase the way the tokenizer splits a draft ("jumped-up" → jumped, up). */
function phraseWords(phrase: string): string[] {
  const ws = tokenize(phrase).map((t) => t.norm);
  if (!ws.length) throw new Error(`no word in pattern phrase: ${JSON.stringify(phrase)}`);
  return ws;
}

/** One of these words or phrases, whole words, spaces or a hyphen between a phrase's words. */
export function words(list: readonly string[]): Part {
  if (!list.length) throw new Error('words(): empty list');
  const root = new Map<string, TrieNode>();
  for (const p of list) {
    let level = root;
    let node: TrieNode | undefined;
    for (const w of phraseWords(p)) {
      node = level.get(w);
      if (!node) level.set(w, (node = { end: false, next: new Map() }));
      level = node.next;
    }
    node!.end = true;
  }
  return {
    first: new Set(root.keys()),
    optional: false,
    match(t, i) {
      const out: number[] = [];
      let node = root.get(t.words[i] ?? '');
      let j = i + 1;
      while (node) {
        if (node.end) out.push(j);
        if (j >= t.tokens.length || !joined(t, j)) break;
        node = node.next.get(t.words[j]!);
        j++;
      }
      return out;
    },
  };
}

/** One word that passes a test ("…ing" words); never the first part of a pattern. */
export function wordWhere(test: (norm: string) => boolean): Part {
  return { first: new Set(), optional: false, match: (t, i) => (i < t.tokens.length && test(t.words[i]!) ? [i + 1] : []) };
}

/** One word written with a capital letter, as a name or a place is ("in Fleet"); never the first part. */
export function capitalised(): Part {
  return { first: new Set(), optional: false, match: (t, i) => (i < t.tokens.length && /^\p{Lu}/u.test(t.tokens[i]!.raw) ? [i + 1] : []) };
}

/** From `min` to `max` words of any kind ("his <front> <windows>"); never the first part. */
export function anyWords(min: number, max: number): Part {
  return {
    first: new Set(),
    optional: min === 0,
    match(t, i) {
      const out: number[] = min === 0 ? [i] : [];
      for (let k = 1; k <= max && i + k <= t.tokens.length; k++) {
        if (k > 1 && !joined(t, i + k - 1)) break;
        if (k >= min) out.push(i + k);
      }
      return out;
    },
  };
}

/**
 * The same part, its matches remembered per draft and position: for parts that begin many
 * patterns (a group, "you are"), so each is matched once per word however many use it.
 */
export function shared(p: Part): Part {
  const cache = new WeakMap<TokenText, Map<number, number[]>>();
  return {
    ...p,
    match(t, i) {
      let byPos = cache.get(t);
      if (!byPos) cache.set(t, (byPos = new Map()));
      let ends = byPos.get(i);
      if (!ends) byPos.set(i, (ends = p.match(t, i)));
      return ends;
    },
  };
}

export function opt(p: Part): Part {
  return { ...p, optional: true, match: (t, i) => [i, ...p.match(t, i)] };
}

/** Zero to `max` of a part, separated by spaces, commas or "and" ("vile, nasty little"). */
export function upTo(max: number, p: Part): Part {
  return {
    first: p.first,
    optional: true,
    list: true,
    match(t, i) {
      const out = new Set<number>([i]);
      let frontier = [i];
      for (let k = 0; k < max && frontier.length; k++) {
        const next: number[] = [];
        for (const s of frontier) {
          const starts = [s];
          if (s > i) {
            // Between items: a comma or spaces, and perhaps "and".
            if (s >= t.tokens.length || !joined(t, s, true)) continue;
            if (t.words[s] === 'and' && s + 1 < t.tokens.length && joined(t, s + 1)) starts.push(s + 1);
          }
          for (const st of starts) {
            for (const e of p.match(t, st)) {
              if (e <= st || out.has(e)) continue;
              out.add(e);
              next.push(e);
            }
          }
        }
        frontier = next;
      }
      return [...out];
    },
  };
}

/** The part, then a comma may come before what follows ("If you don't like it here, go home"). */
export function thenComma(p: Part): Part {
  return { ...p, list: true };
}

export function anyOf(...ps: Part[]): Part {
  return {
    first: new Set(ps.flatMap((p) => [...p.first])),
    optional: ps.some((p) => p.optional),
    list: ps.some((p) => p.list),
    match: (t, i) => [...new Set(ps.flatMap((p) => p.match(t, i)))],
  };
}

/** The parts in order, with spaces between them (or a comma after a list). */
export function seq(...ps: Part[]): Part {
  const first = new Set<string>();
  let leading = true;
  for (const p of ps) {
    if (!leading) break;
    p.first.forEach((w) => first.add(w));
    leading = p.optional;
  }
  return {
    first,
    optional: leading,
    match(t, i) {
      // A state: where the next part starts, and whether a gap must be checked before it
      // (0: none yet, 1: spaces, 2: spaces or a comma).
      let states: Array<[number, 0 | 1 | 2]> = [[i, 0]];
      for (const p of ps) {
        const next = new Map<number, 0 | 1 | 2>();
        for (const [pos, check] of states) {
          const canStart = check === 0 || (pos < t.tokens.length && joined(t, pos, check === 2));
          for (const e of canStart ? p.match(t, pos) : p.optional ? [pos] : []) {
            const c: 0 | 1 | 2 = e === pos ? check : p.list ? 2 : 1;
            if ((next.get(e) ?? -1) < c) next.set(e, c);
          }
        }
        if (!next.size) return [];
        states = [...next];
      }
      return states.map(([e]) => e);
    },
  };
}

/** Only matches followed by what `at` accepts at their end. */
export function followedBy(p: Part, at: At): Part {
  return { ...p, match: (t, i) => p.match(t, i).filter((e) => e === i || at(t, e)) };
}

/** Only matches that start where `at` accepts. */
export function precededBy(p: Part, at: At): Part {
  return { ...p, match: (t, i) => (at(t, i) ? p.match(t, i) : []) };
}

// ── Checks at a boundary ─────────────────────────────────────────────────────────────

const CLAUSE_PUNCTUATION = /[.,;:!?…)\]"”\n]|['’](?!\p{L})/u;
const SENTENCE_PUNCTUATION = /[.!?\n:;"“(—–]|^[\s\u00a0]*-/u;

/** The clause ends at `j`: punctuation, the end of the text, or one of `andWords` ("and", "but"). */
export function clauseEnds(andWords: readonly string[] = []): At {
  const ws = new Set(andWords);
  return (t, j) => j >= t.tokens.length || CLAUSE_PUNCTUATION.test(t.gaps[j]!) || (ws.has(t.words[j]!) && joined(t, j));
}

/** What follows `j` in the same clause is not one of these words or phrases. */
export function notFollowedBy(list: readonly string[]): At {
  const p = words(list);
  return (t, j) => j >= t.tokens.length || !joined(t, j) || !p.match(t, j).length;
}

/** A sentence or clause starts at `i` (a command), or one of `after` comes just before it. */
export function startsClause(after: readonly string[] = []): At {
  const ws = new Set(after);
  return (t, i) =>
    i === 0 ||
    SENTENCE_PUNCTUATION.test(t.gaps[i]!) ||
    COMMA.test(t.gaps[i]!) ||
    (ws.has(t.words[i - 1]!) && joined(t, i));
}

/** A punctuation mark just before `i` ("…, loser."). */
export function afterPunctuation(marks: RegExp): At {
  return (t, i) => i > 0 && marks.test(t.gaps[i]!);
}

export interface WordPatternHit<K> {
  /** Token index of the first word. */
  index: number;
  start: number;
  end: number;
  info: K;
}

/**
 * Patterns indexed by the words their matches start with. `find` tries, at each word of
 * the draft, only the patterns that can start there, and keeps each one's longest match.
 */
export class AnchoredPatterns<K> {
  private readonly byFirst = new Map<string, Array<{ part: Part; info: K }>>();

  constructor(patterns: ReadonlyArray<{ part: Part; info: K }>) {
    for (const p of patterns) {
      if (p.part.optional || !p.part.first.size) throw new Error('a pattern must start with a word from a list');
      for (const w of p.part.first) {
        const list = this.byFirst.get(w) ?? [];
        list.push(p);
        this.byFirst.set(w, list);
      }
    }
  }

  /** Words some pattern can start with. */
  get starts(): ReadonlySet<string> {
    return new Set(this.byFirst.keys());
  }

  find(t: TokenText, limit = 300): Array<WordPatternHit<K>> {
    const out: Array<WordPatternHit<K>> = [];
    t.tokens.forEach((tok, i) => {
      for (const p of this.byFirst.get(t.words[i]!) ?? []) {
        if (out.length >= limit) return;
        const ends = p.part.match(t, i);
        if (!ends.length) continue;
        const e = Math.max(...ends);
        if (e > i) out.push({ index: i, start: tok.start, end: t.tokens[e - 1]!.end, info: p.info });
      }
    });
    return out;
  }
}

// Words of the draft with their offsets. One pass, shared by every detector that works on
// words (terms rules, employer names, hashtags, the abuse lexicon).

export interface Token {
  /** The word as written. */
  raw: string;
  /** Lower-cased, curly apostrophe straightened, accents kept. */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const raw = m[0];
    out.push({ raw, norm: raw.toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** Lower-case words of a term the way tokenize() would see them in a draft. */
export function termWords(term: string): string[] {
  return tokenize(term).map((t) => t.norm);
}

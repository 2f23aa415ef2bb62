import { z } from 'zod';
import { defineDetector, type Hit } from '../detector.ts';
import { FAG_AFFIX, INSULT_WORDS, ROOTS, SLUR_PHRASES, SLUR_WORDS, type AbuseKind } from '../lexicon/abuse.ts';
import { STRUCTURES, type Structure } from '../lexicon/abuse-structures.ts';
import { isCleanName } from '../lexicon/clean-names.ts';
import { isOrdinarySense } from '../lexicon/word-senses.ts';
import { GROUP_WORDS } from '../lexicon/groups.ts';
import { allMatches, phraseRegex, type Span } from '../text/regex.ts';
import type { Token } from '../text/tokens.ts';
import { AnchoredPatterns, tokenText } from '../text/word-pattern.ts';
import { isHedged, isNotVocative, isReported, sentenceAt, sentencesOf } from './abuse-context.ts';

const KINDS = ['slur', 'dehumanising', 'xenophobia', 'generalisation', 'insult', 'threat'] as const satisfies readonly AbuseKind[];

// Loose words: letters plus the characters people swap in for letters (b!tch, n1gga, $hit).
const LOOSE_WORD = /[\p{L}\p{N}@$*!|]+/gu;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'i' };

const collapseAll = (w: string) => w.replace(/(.)\1+/g, '$1');
const collapseLong = (w: string) => w.replace(/(.)\1{2,}/g, '$1$1');

interface Entry {
  word: string;
  kind: AbuseKind;
}
const EXACT = new Map<string, Entry>();
const COLLAPSED = new Map<string, Entry>();
for (const [words, kind] of [
  [SLUR_WORDS, 'slur'],
  [INSULT_WORDS, 'insult'],
] as const) {
  for (const word of words) {
    EXACT.set(word, { word, kind });
    const c = collapseAll(word);
    // Short collapsed forms collide with ordinary words ("ass" → "as").
    if (c.length >= 4 && !COLLAPSED.has(c)) COLLAPSED.set(c, { word, kind });
  }
}
const SLUR_PHRASE_RE = phraseRegex(SLUR_PHRASES);
const CENSORED_CANDIDATES = [...EXACT.values()];
const STRUCTURE_PATTERNS = new AnchoredPatterns<Structure>(STRUCTURES.map((st) => ({ part: st.part, info: st })));

function normalise(raw: string): string | null {
  if (raw.startsWith('@')) return null; // a mention is a handle, not a word
  const w = raw.replace(/^[*!|$]+(?=[\p{L}])|[*!|@]+$/gu, '').toLowerCase();
  if (!/\p{L}.*\p{L}/u.test(w)) return null;
  return w.replace(/[013457@$!|]/g, (c) => LEET[c] ?? c);
}

function lookup(w: string): Entry | null {
  if (w.includes('*')) {
    // f*ck, b**ch, n*gga: compare with every lexicon word of a compatible length.
    const re = new RegExp(`^${w.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*+/g, '[a-z]{1,3}')}$`);
    return CENSORED_CANDIDATES.find((e) => e.word.length >= 4 && re.test(e.word)) ?? null;
  }
  // Collapsing doubled letters finds stretched words ("biiitch", "niggggas"), but only a
  // word that has doubled letters is stretched: "Niger" is a country, not "nigger" short of a g.
  const collapsed = collapseAll(w);
  const hit = EXACT.get(w) ?? EXACT.get(collapseLong(w)) ?? (collapsed !== w ? COLLAPSED.get(collapsed) : undefined);
  if (hit) return hit;
  for (const r of ROOTS) {
    if (w.includes(r.root) && !r.unless?.test(w)) return { word: r.root, kind: r.kind };
  }
  if (w.length <= 12 && FAG_AFFIX.test(w) && w !== 'fag' && w !== 'fags') return { word: 'fag', kind: 'slur' };
  return null;
}

type Found = Span & { kind: AbuseKind };

/** Single words and slur phrases: abusive wherever they stand. */
function findWords(text: string, out: Found[]): void {
  LOOSE_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOOSE_WORD.exec(text)) !== null && out.length < 300) {
    const w = normalise(m[0]);
    if (!w) continue;
    const entry = lookup(w);
    if (!entry) continue;
    // Trim the punctuation the loose word swallowed ("bitch!!!").
    const lead = m[0].length - m[0].replace(/^[*!|$]+(?=[\p{L}])/u, '').length;
    const trail = m[0].length - m[0].replace(/[*!|@]+$/u, '').length;
    const span = { start: m.index + lead, end: m.index + m[0].length - trail };
    if (isCleanName(text, span.start, span.end) || isOrdinarySense(text, span.start, span.end)) continue;
    out.push({ ...span, kind: entry.kind });
  }
  LOOSE_WORD.lastIndex = 0;
  for (const p of allMatches(SLUR_PHRASE_RE, text)) {
    if (isOrdinarySense(text, p.index, p.index + p[0].length)) continue;
    out.push({ start: p.index, end: p.index + p[0].length, kind: 'slur' });
  }
}

/** Was a group named in this sentence or the one before, ahead of `pos`? ("Those Somalis … they are animals") */
function groupNamedBefore(tokens: readonly Token[], index: number, from: number): boolean {
  for (let i = index - 1; i >= 0 && tokens[i]!.start >= from; i--) if (GROUP_WORDS.has(tokens[i]!.norm)) return true;
  return false;
}

/** An equals sign standing alone between two words: read as "are" ("refugees = parasites"). */
const EQUALS_GAP = /^[ \t\u00a0]*={1,2}[ \t\u00a0]*$/u;

/** The draft's words, with a stand-alone "=" between two of them read as the word "are". */
function withEqualsAsAre(text: string, tokens: readonly Token[]): readonly Token[] {
  if (!text.includes('=')) return tokens;
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const gap = prev ? text.slice(prev.end, t.start) : '';
    if (prev && EQUALS_GAP.test(gap)) {
      const at = prev.end + gap.indexOf('=');
      out.push({ raw: '=', norm: 'are', start: at, end: at + gap.trim().length });
    }
    out.push(t);
  });
  return out;
}

/** Structures: word order that makes ordinary words abusive, unless the post reports or denies them. */
function findStructures(text: string, words: readonly Token[], out: Found[]): void {
  const tokens = withEqualsAsAre(text, words);
  const tt = tokenText(text, tokens);
  const hits = STRUCTURE_PATTERNS.find(tt);
  if (!hits.length) return;
  const sentences = sentencesOf(text);
  for (const h of hits) {
    const st = h.info;
    const i = h.index;
    const sentence = sentenceAt(sentences, h.start);
    let first = i;
    while (first > 0 && tokens[first - 1]!.start >= sentence.start) first--;
    if (st.hedgeable && isHedged(tt.words, i, first)) continue;
    if (st.vocative && isNotVocative(tt.words, i, first)) continue;
    if (st.needsGroupBefore) {
      const prev = sentence.start > 0 ? sentenceAt(sentences, sentence.start - 1).start : 0;
      if (!groupNamedBefore(tokens, i, prev)) continue;
    }
    if (isReported(text, h, sentence)) continue;
    out.push({ start: h.start, end: h.end, kind: st.kind });
  }
}

function findAll(text: string, tokens: readonly Token[]): Found[] {
  const out: Found[] = [];
  findWords(text, out);
  findStructures(text, tokens, out);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export default defineDetector({
  id: 'abuse',
  summary:
    'Abuse aimed at people: slurs on protected characteristics, dehumanising comparisons, "go back to where you came from", sweeping generalisations about a group, insults and threats — not just swear words',
  options: z.strictObject({
    kinds: z.array(z.enum(KINDS)).min(1).default([...KINDS]),
  }),
  find(scan, options) {
    const all = scan.memo('abuse', () => findAll(scan.text, scan.tokens()));
    const wanted = new Set(options.kinds);
    const hits: Hit[] = [];
    for (const a of all) {
      if (!wanted.has(a.kind)) continue;
      // Nested matches (a slur inside a generalisation frame) report once, as the longer span.
      const last = hits[hits.length - 1];
      if (last && last.start! <= a.start && a.end <= last.end!) continue;
      hits.push({ start: a.start, end: a.end });
    }
    return hits;
  },
});

import { z } from 'zod';
import { defineDetector, type Hit } from '../detector.ts';
import {
  ENDORSEMENT,
  ENDORSE_PERSON,
  ISSUES,
  ORDINARY_AFTER,
  PARTIES_ANY_CASE,
  PARTIES_CAPITALISED,
  POLITICIANS,
  POLITICIANS_ANY_CASE,
  REFORM_ORDINARY_AFTER,
  RESULT,
  RESULT_HOLD,
  RESULT_OPINION,
} from '../lexicon/political.ts';
import { allMatches, phraseRegex, type Span } from '../text/regex.ts';
import { sentenceAt, sentencesOf } from './abuse-context.ts';

const KINDS = ['party', 'politician', 'endorsement', 'candidate', 'issue'] as const;
type Kind = (typeof KINDS)[number];

const PARTY_ANY = phraseRegex(PARTIES_ANY_CASE);
const PARTY_CAP = phraseRegex(PARTIES_CAPITALISED, true);
const POLITICIAN = phraseRegex(POLITICIANS, true);
const POLITICIAN_ANY = phraseRegex(POLITICIANS_ANY_CASE);
const ISSUE = phraseRegex(ISSUES);

function find(text: string, candidates: readonly string[]): Array<Span & { kind: Kind; party?: string }> {
  const out: Array<Span & { kind: Kind; party?: string }> = [];
  const add = (m: RegExpExecArray, kind: Kind) => {
    const s = { start: m.index, end: m.index + m[0].length };
    if (!out.some((o) => o.start < s.end && s.start < o.end)) out.push({ ...s, kind, party: m[0].toLowerCase() });
  };
  for (const m of allMatches(ENDORSEMENT, text)) add(m, 'endorsement');
  for (const m of allMatches(ENDORSE_PERSON, text)) add(m, 'endorsement');
  for (const m of allMatches(PARTY_ANY, text)) add(m, 'party');
  for (const m of allMatches(PARTY_CAP, text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (ORDINARY_AFTER.test(after)) continue;
    if (m[0] === 'Reform' && REFORM_ORDINARY_AFTER.test(after)) continue;
    add(m, 'party');
  }
  for (const m of allMatches(POLITICIAN, text)) add(m, 'politician');
  for (const m of allMatches(POLITICIAN_ANY, text)) add(m, 'politician');
  if (candidates.length) for (const m of allMatches(phraseRegex(candidates), text)) add(m, 'candidate');
  for (const m of allMatches(ISSUE, text)) add(m, 'issue');
  return out.sort((a, b) => a.start - b.start);
}

/** Which party a mention is about, so a list of several parties reads as neutral. */
function partyKey(p: string): string {
  if (/lab/.test(p)) return 'labour';
  if (/tor|conserv/.test(p)) return 'conservative';
  if (/lib/.test(p)) return 'libdem';
  if (/reform/.test(p)) return 'reform';
  if (/green/.test(p)) return 'green';
  return p;
}

export default defineDetector({
  id: 'political',
  summary:
    'Party-political content: UK parties, party leaders, "vote for …" and the loose ways people back a party or a person ("labour all the way", "Anna Kowalski has my vote", "#VoteGreen2027"), standing for election, "-run council", campaigning, the profile\'s candidates in an election period; neutral electoral information ("polling stations open 7am–10pm"), results stated plainly ("Labour hold Fleet West") and a list naming every party (notice of poll) are not political',
  options: z.strictObject({
    kinds: z.array(z.enum(KINDS)).min(1).default(['party', 'politician', 'endorsement', 'candidate']),
  }),
  find(scan, options) {
    const candidates = scan.activePeriods().flatMap((p) => p.candidates);
    const all = scan.memo(`political:${candidates.join('|')}`, () => find(scan.text, candidates));
    // A neutral list: three or more different parties, nobody urged to vote for one.
    const parties = new Set(all.filter((a) => a.kind === 'party').map((a) => partyKey(a.party ?? '')));
    const endorsed = all.some((a) => a.kind === 'endorsement');
    const neutralList = parties.size >= 3 && !endorsed;
    const sentences = sentencesOf(scan.text);
    // A result stated plainly ("Labour hold Fleet West"): the sentence reports seats, votes
    // or who was elected, and the post says nothing about it.
    const plain = !endorsed && !RESULT_OPINION.test(scan.text);
    const isResult = (a: Span) => {
      if (!plain) return false;
      const s = sentenceAt(sentences, a.start);
      const sentence = scan.text.slice(s.start, s.end);
      return RESULT.test(sentence) || RESULT_HOLD.test(sentence);
    };
    const wanted = new Set<Kind>(options.kinds);
    const hits: Hit[] = [];
    for (const a of all) {
      if (!wanted.has(a.kind)) continue;
      if ((a.kind === 'party' || a.kind === 'candidate') && (neutralList || isResult(a))) continue;
      hits.push({ start: a.start, end: a.end });
    }
    return hits;
  },
});

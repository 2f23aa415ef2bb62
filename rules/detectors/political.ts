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
} from '../lexicon/political.ts';
import { allMatches, phraseRegex, type Span } from '../text/regex.ts';

const KINDS = ['party', 'politician', 'endorsement', 'candidate', 'issue'] as const;
type Kind = (typeof KINDS)[number];

const PARTY_ANY = phraseRegex(PARTIES_ANY_CASE);
const PARTY_CAP = phraseRegex(PARTIES_CAPITALISED, true);
const POLITICIAN = phraseRegex(POLITICIANS, true);
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
    if (ORDINARY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    add(m, 'party');
  }
  for (const m of allMatches(POLITICIAN, text)) add(m, 'politician');
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
    'Party-political content: UK parties, party leaders, "vote for …", campaigning, the profile\'s candidates in an election period; neutral electoral information ("polling stations open 7am–10pm") and a list naming every party (notice of poll, results) are not political',
  options: z.strictObject({
    kinds: z.array(z.enum(KINDS)).min(1).default(['party', 'politician', 'endorsement', 'candidate']),
  }),
  find(scan, options) {
    const candidates = scan.activePeriods().flatMap((p) => p.candidates);
    const all = scan.memo(`political:${candidates.join('|')}`, () => find(scan.text, candidates));
    // A neutral list: three or more different parties, nobody urged to vote for one.
    const parties = new Set(all.filter((a) => a.kind === 'party').map((a) => partyKey(a.party ?? '')));
    const neutralList = parties.size >= 3 && !all.some((a) => a.kind === 'endorsement');
    const wanted = new Set<Kind>(options.kinds);
    const hits: Hit[] = [];
    for (const a of all) {
      if (!wanted.has(a.kind)) continue;
      if (neutralList && (a.kind === 'party' || a.kind === 'candidate')) continue;
      hits.push({ start: a.start, end: a.end });
    }
    return hits;
  },
});

import { z } from 'zod';
import { defineDetector, type Hit } from '../detector.ts';
import { findNames } from '../text/names.ts';
import { allMatches, phraseRegex } from '../text/regex.ts';

const ROLES = [
  'undercover officer', 'undercover officers', 'undercover cop', 'undercover cops', 'undercover detective',
  'covert officer', 'covert officers', 'covert operative', 'covert operatives', 'covert team', 'covert unit',
  'surveillance officer', 'surveillance officers', 'surveillance team', 'firearms officer', 'firearms officers',
  'authorised firearms officer', 'armed response officer', 'armed officer', 'covert human intelligence source',
  'informant', 'informants', 'informer', 'special branch', 'counter-terrorism officer', 'counter terrorism officer',
  'source handler', 'dedicated source unit', 'test purchase officer', 'protection officer', 'close protection officer',
  'UC officer', 'negotiator', 'hostage negotiator',
];
const ROLE_RE = phraseRegex(ROLES);
// The team a colleague is in names the role as surely as a job title: "PC Sarah Jones of
// our firearms team", "DC Lee from the surveillance unit", "who leads our undercover drugs
// unit", "PC Reed of the armed response car". Up to two words may stand between.
const ROLE_TEAM =
  /(?<![\p{L}])(?:firearms|armed\s+response|armed\s+policing|tactical\s+firearms|covert|surveillance|undercover|counter[\s-]terrorism|special\s+operations|protection|test\s+purchase|source\s+handling)\s+(?:(?!(?:cameras?|cctv|footage|equipment|training|courses?|and|or|help|helps|helped)\s)[\p{Ll}-]+\s+){0,2}?(?:team|teams|unit|units|squad|section|department|group|cell|cars?|vehicles?|crew|officers?|operatives?|detectives?)(?![\p{L}])/giu;
const SHORT_ROLES = /(?<![\p{L}])(?:AFO|CHIS|UCO)s?(?![\p{L}])/gu;
const RANK_NAME = /(?<![\p{L}])(?:PC|DC|DS|DI|Sgt|Sergeant|Constable|Detective|Officer|Insp|Inspector)\.?\s+\p{Lu}[\p{Ll}]+/gu;

export default defineDetector({
  id: 'sensitive-role',
  summary:
    'Identifying a colleague in a sensitive role: the profile\'s protected names, or an undercover, covert, surveillance or firearms role next to a name, a rank and name, or a photo',
  options: z.strictObject({
    /** More role words for this organisation. */
    roles: z.array(z.string().min(1).max(100)).max(200).default([]),
  }),
  find(scan, options) {
    const t = scan.text;
    const hits: Hit[] = [];
    if (scan.org.protectedNames) hits.push(...scan.org.protectedNames.find(scan.tokens(), t));
    const roles = [...allMatches(ROLE_RE, t), ...allMatches(ROLE_TEAM, t), ...allMatches(SHORT_ROLES, t)];
    if (options.roles.length) roles.push(...allMatches(phraseRegex(options.roles), t));
    if (roles.length === 0) return hits;
    const people = [...scan.memo('names', () => findNames(t)), ...allMatches(RANK_NAME, t).map((m) => ({ start: m.index, end: m.index + m[0].length }))];
    for (const r of roles) {
      const s = r.index;
      const e = s + r[0].length;
      const person = people.find((n) => (n.end <= s && s - n.end <= 60) || (n.start >= e && n.start - e <= 60));
      if (person) hits.push({ start: Math.min(s, person.start), end: Math.max(e, person.end) });
      else if (scan.images.length > 0) hits.push({ start: s, end: e });
    }
    return hits;
  },
});

import { defineDetector, type Hit } from '../detector.ts';
import { findNames } from '../text/names.ts';
import { findPersonRefs } from '../text/person-refs.ts';
import { allMatches, type Span } from '../text/regex.ts';

// A case is live from arrest until sentence (Contempt of Court Act 1981, Schedule 1), so each
// stage counts: arrest, bail, charge, court, trial, awaiting sentence. Arrests count in the
// passive ("was arrested") or with the force as the subject ("officers have arrested"), so an
// officer named for making an arrest is not taken for the suspect.
const STAGES = [
  "(?:has|have|had|was|were|been|is|are|being|finally|now|got|get|gets|getting)\\s+(?:been\\s+)?(?:re-?)?charged",
  'charged\\s+with',
  '(?:was|were|been|is|are|being)\\s+(?:re-?)?arrested',
  'arrested\\s+(?:on\\s+suspicion|in\\s+connection|after|over|for|following)',
  "(?:we|officers|police|detectives)\\s+(?:have\\s+|had\\s+|'ve\\s+)?arrested",
  '(?:will|is\\s+due\\s+to|are\\s+due\\s+to|due\\s+to)\\s+appear\\s+(?:at|before|in)',
  'appeared\\s+(?:at|before|in)',
  '(?:will|is\\s+due\\s+to|are\\s+due\\s+to|due\\s+to)\\s+be\\s+sentenced',
  'awaiting\\s+(?:sentence|sentencing|trial)',
  'remanded\\s+(?:in\\s+custody|on\\s+bail|until|for)',
  '(?:on|stand|standing|faces?|facing)\\s+trial',
  'trial\\s+of',
  'pleaded\\s+(?:not\\s+)?guilty',
  'denies\\s+(?:the\\s+)?(?:charges?|offences?|allegations?)',
  'the\\s+suspect(?:,)?\\s+(?:is|named|was)',
  'named\\s+(?:the\\s+)?suspect',
  'suspect\\s+named',
  'released\\s+(?:on\\s+(?:police\\s+)?bail|under\\s+investigation|pending\\s+(?:further\\s+)?(?:enquiries|inquiries))',
  'on\\s+(?:police\\s+)?bail',
  'bailed',
  // Custody and questioning before any charge.
  '(?:has|have|had|was|were|been|is|are|being)\\s+detained(?!\\s+under\\s+the\\s+mental)',
  '(?:remains?|remained|held|kept|taken)\\s+(?:in(?:to)?\\s+)?(?:police\\s+)?custody',
  'helping\\s+(?:police|officers|us|detectives)\\s+with\\s+(?:their|our)\\s+(?:enquiries|inquiries)',
  "(?:we|officers|police|detectives|cops|the\\s+police)\\s+(?:have\\s+|had\\s+|'ve\\s+)?(?:picked\\s+up|detained|lifted|nicked)",
  '(?:got|gets|getting|been|get)\\s+(?:lifted|nicked|collared|arrested|pulled\\s+in)',
  '(?:is|are|was|were|stands?|been)\\s+accused\\s+of',
  // Court still to come.
  "(?:appears?|appearing)\\s+(?:at|before|in)\\s+(?:the\\s+)?(?:[\\p{L}'’]+\\s+){0,3}?(?:court|magistrates|justices|judge|bench)",
  "(?:due|up|back)\\s+(?:in|at|before)\\s+(?:the\\s+)?(?:[\\p{L}'’]+\\s+){0,3}?court",
  '(?:in|at)\\s+court\\s+(?:on|next|this|tomorrow|today|in\\s+the\\s+morning)(?![\\p{L}])',
  '(?:goes|go|going)\\s+on\\s+trial',
  // "His trial is set for May"; not "the trial", which is as often a clinical trial.
  '(?:his|her|their)\\s+trial\\s+(?:is\\s+|was\\s+|has\\s+been\\s+)?(?:starts?|begins?|opens?|continues?|resumes?|listed|set|fixed|due)',
  'will\\s+tell\\s+(?:the\\s+)?(?:court|jury)',
  'the\\s+case\\s+continues',
];
const PROCEEDINGS = new RegExp(`(?<![\\p{L}])(?:${STAGES.join('|')})(?![\\p{L}])`, 'giu');
// Prejudging a named person's guilt: contempt while the case is live, defamation after.
// "Guilty of eating all the biscuits" is a joke; "guilty of theft" is not.
const CRIME_NOUN =
  '(?:murder|manslaughter|theft|fraud|rape|assault|robbery|burglary|arson|stealing|killing|murdering|assaulting|robbing|raping|stabbing|attacking|abusing|dealing|supplying|causing|it\\b|the\\s+(?:crime|attack|murder|robbery|offences?))';
const NAME_OR_PRONOUN = "(?:he|she|they|him|her|them|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2})";
const PREJUDGE = [
  `(?:is|was|'s)\\s+(?:so\\s+|clearly\\s+|obviously\\s+|definitely\\s+|100%\\s+)?guilty(?:\\s+as\\s+sin)?(?!\\s+(?:pleasure|conscience|of\\s+(?!${CRIME_NOUN})))`,
  'guilty\\s+as\\s+sin',
  `(?:everyone|everybody|we\\s+all|we)\\s+knows?\\s+${NAME_OR_PRONOUN}\\s+did\\s+it`,
  `(?:everyone|everybody|we\\s+all)\\s+knows?\\s+(?:it\\s+was|what\\s+${NAME_OR_PRONOUN}\\s+did)`,
  '(?:nobody|no\\s+one)(?:\\s+in\\s+\\p{Lu}\\p{Ll}+)?\\s+doubts',
  '(?:lock|string)\\s+(?:him|her|them)\\s+up|throw\\s+away\\s+the\\s+key',
  '(?:should|deserves?\\s+to|hope\\s+(?:he|she|they))\\s+rot',
  // Wishing a sentence on someone not yet convicted.
  "(?:see|seeing|watch|hope|hoping)\\s+(?:[\\p{L}'’]+\\s+){0,3}?(?:sent\\s+down|get(?:s|ting)?\\s+life|go(?:es)?\\s+down|locked\\s+up)",
  'go(?:es)?\\s+down\\s+for\\s+(?:it|this|that|what)',
  "get(?:s)?\\s+what(?:'|’)?s\\s+coming",
  'deserves?\\s+everything\\s+(?:he|she|they)\\s+gets?',
  'bang\\s+to\\s+rights',
  '(?:trial|jury|verdict)\\s+or\\s+no\\s+(?:trial|jury|verdict)',
  'whatever\\s+the\\s+(?:jury|court|judge)\\s+(?:says|decides)',
];
const PREJUDGING = new RegExp(`(?<![\\p{L}])(?:${PREJUDGE.join('|')})(?![\\p{L}])`, 'giu');

// A named person said to have done a serious crime ("Darren Keys killed that man"), in a post
// that does not report a conviction: an accusation, so contempt or defamation.
const CRIME_VERB =
  "(?:murdered|stabbed|raped|robbed|burgled|mugged|assaulted|abused|molested|glassed|torched|killed\\s+(?:(?:that|the|a|an|his|her|their)\\s+\\p{L}+|him|them)|started\\s+the\\s+fire|set\\s+fire\\s+to|stole\\s+(?!the\\s+show))";
const ACCUSED = new RegExp(`(?:\\s+(?:definitely|obviously|clearly|actually|really))?\\s+${CRIME_VERB}(?![\\p{L}])`, 'iuy');
const CONVICTED =
  /(?<![\p{L}])(?:jailed|convicted|sentenced|found\s+guilty|pleaded\s+guilty|admitted|imprisoned|locked\s+up\s+for|given\s+(?:a|life)|years\s+in\s+(?:prison|jail))(?![\p{L}])/iu;

// A child, or the complainant in a sexual offence case (anonymous for life), with a detail
// that identifies them: where they live or go to school, a name, a relationship.
const SEXUAL =
  '(?:rape|raped|raping|sexual(?:ly)?\\s+(?:assault|assaulted|assaulting|abuse|abused|offences?|activity)|indecent(?:ly)?\\s+(?:assault|assaulted|assaulting|exposure)|grooming|groomed)';
const PROTECTED = new RegExp(
  [
    `(?:victim|complainant|survivor)\\s+(?:of|in)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:alleged\\s+)?${SEXUAL}`,
    `(?:woman|girl|boy|man|child|teenager|pupil)\\s+(?:[\\p{L}'’]+\\s+){0,3}?(?:is|was|are|were|stands?)\\s+accused\\s+of\\s+${SEXUAL}`,
    `(?:at\\s+the\\s+(?:centre|center|heart)\\s+of|in)\\s+the\\s+(?:alleged\\s+)?${SEXUAL}\\s+(?:case|trial|allegations?)`,
    '(?<![\\p{N}])(?:1[0-7]|[2-9])[\\s-]year[\\s-]old\\s+(?:boy|girl|child|pupil|schoolboy|schoolgirl|teenager|lad|youngster)',
    'schoolboy|schoolgirl|youth\\s+court',
  ].map((x) => `(?:${x})`).join('|'),
  'giu',
);
const IDENTIFYING =
  /(?<![\p{L}])(?:(?:attends|goes\s+to|pupil\s+at|lives\s+(?:on|in|at))\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*\s+(?:Academy|School|College|Primary|High)|Year\s+\d{1,2}|\p{Lu}\p{L}+\s+(?:Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Grove|Place|Terrace|Court)|(?:nephew|niece|daughter|son|stepdaughter|stepson|granddaughter|grandson|sister|brother)\s+of|(?:his|her|their)\s+(?:former\s+|ex-?)?(?:partner|wife|husband|girlfriend|boyfriend|stepdaughter|stepson|daughter|son|niece|nephew|pupil|neighbour|patient|lodger))/u;
const CRIME_CONTEXT = new RegExp(`(?<![\\p{L}])(?:${SEXUAL}|charged|arrested|assaulted|attacked|stabbed|victim|abused|accused|court|trial)(?![\\p{L}])`, 'iu');

const NAMED_AS = /(?<![\p{L}])(?:named\s+(?:locally\s+)?as|identified\s+as)\s+\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+)?/gu;

export default defineDetector({
  id: 'sub-judice',
  summary:
    'Naming or identifying someone in a live case, from arrest to sentence ("was arrested", "helping police with their enquiries", "bailed", "charged", "due in court", "his trial is set for May"), by name or by who they are ("the landlord of the Red Lion", "my cousin"); prejudging them ("is guilty", "can\'t wait to see him sent down"); accusing a named person of a crime in a post that reports no conviction; and a child or the complainant in a sexual offence case with what identifies them (school, street, relationship)',
  find(scan) {
    const t = scan.text;
    const fullNames = scan.memo('names', () => findNames(t));
    const hits: Hit[] = [...protectedParties(t, fullNames), ...accusations(t, fullNames)];
    const proceedings = [...allMatches(PROCEEDINGS, t), ...allMatches(PREJUDGING, t)];
    if (proceedings.length === 0) return hits;
    const names = [...fullNames, ...findPersonRefs(t)];
    for (const p of proceedings) {
      const s = p.index;
      const e = s + p[0].length;
      // The earliest person within reach, so "the landlord of the Red Lion" is highlighted whole.
      const near = names.filter((n) => (n.end <= s && s - n.end <= 120) || (n.start >= e && n.start - e <= 80) || (n.start < e && s < n.end));
      const name = near.sort((a, b) => a.start - b.start)[0];
      if (name) hits.push({ start: Math.min(s, name.start), end: Math.max(e, name.end) });
    }
    for (const m of allMatches(NAMED_AS, t)) hits.push({ start: m.index, end: m.index + m[0].length });
    return hits;
  },
});

function accusations(t: string, names: readonly Span[]): Hit[] {
  if (CONVICTED.test(t)) return [];
  const hits: Hit[] = [];
  for (const n of names) {
    ACCUSED.lastIndex = n.end;
    const m = ACCUSED.exec(t);
    if (m) hits.push({ start: n.start, end: n.end + m[0].length });
  }
  return hits;
}

function protectedParties(t: string, names: readonly Span[]): Hit[] {
  if (!CRIME_CONTEXT.test(t)) return [];
  const hits: Hit[] = [];
  for (const m of allMatches(PROTECTED, t)) {
    // The identifying detail, or a name, follows within the next sentence or so.
    const end = m.index + m[0].length;
    const id = IDENTIFYING.exec(t.slice(end, end + 100));
    if (id) hits.push({ start: m.index, end: end + id.index + id[0].length });
    else if (names.some((n) => n.start >= m.index && n.end <= end + 100)) hits.push({ start: m.index, end });
  }
  return hits;
}

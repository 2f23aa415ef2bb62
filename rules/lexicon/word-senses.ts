// Ordinary senses of words that are also swear words or slurs: a drainage dyke, a fag break,
// pork faggots, a breeder's bitch, a garden hoe, a kitchen-cum-diner, a cock pheasant,
// spotted dick, a chink in the armour. A council, a trust or a police force writes these,
// and a word list cannot tell them from abuse; the words around them can.
//
// Two kinds of evidence, in order of strength:
// - `before` / `after`: the phrase the word stands in ("spotted dick", "chink of light").
//   Decisive on its own.
// - `near`: words in the same sentence, a few words either side, that belong to the ordinary
//   sense ("dyke" near "drainage", "bitch" near "puppies"). Weaker: it yields to any sign that
//   the word is aimed at a person ("you bitch", "what a cock", "a lazy bitch at the kennels",
//   "the dyke who …"), so an insult next to a dog is still an insult.
import { INSULT_ADJECTIVES } from './abuse.ts';

interface Sense {
  /** Every form of the word this sense covers, lower case. */
  words: readonly string[];
  /** Text just before the word that fixes its ordinary sense (tested on the 24 characters before). */
  before?: RegExp;
  /** Text just after the word that fixes its ordinary sense (tested on the 24 characters after). */
  after?: RegExp;
  /** Words near it, in the same sentence, that point to its ordinary sense. */
  near?: readonly string[];
}

const SENSES: readonly Sense[] = [
  // Animals, birds, breeding.
  {
    words: ['bitch', 'bitches'],
    near: [
      'dog', 'puppy', 'puppies', 'pup', 'litter', 'breed', 'breeder', 'breeding', 'whelp', 'whelped', 'whelping',
      'kennel', 'crufts', 'stud', 'sire', 'dam', 'spayed', 'neutered', 'greyhound', 'lurcher', 'labrador', 'spaniel',
      'terrier', 'collie', 'hound', 'foxhound', 'beagle', 'pedigree', 'rehome', 'rehoming', 'vet', 'vets',
    ],
  },
  {
    words: ['ass', 'asses'],
    before: /(?:\bwild|balaam'?s)\s+$/iu,
    near: ['donkey', 'mule', 'foal', 'jenny', 'hinny', 'sanctuary', 'bray', 'brays', 'braying', 'zebra', 'balaam', 'stable', 'paddock'],
  },
  {
    words: ['cock', 'cocks'],
    before: /(?:wood|pea|turkey|moor|weather|stop|ball|hay)[\s-]*$/iu,
    after: /^(?:-a-(?:leekie|doodle)|\s+(?:pheasants?|birds?|robins?|sparrows?|crows?|crowing|chickens?|and\s+hens?)\b)/iu,
    near: ['hen', 'pheasant', 'rooster', 'chicken', 'poultry', 'bird', 'crow', 'crowing', 'cockerel', 'farmyard', 'flock', 'coop', 'egg'],
  },
  { words: ['tit', 'tits'], before: /(?:blue|great|coal|marsh|willow|crested|long-tailed|bearded|penduline)[\s-]*$/iu, after: /^\s*for\s+tat/iu },
  { words: ['pussy', 'pussies'], after: /^\s*-?\s*(?:cats?|willows?|foot|footing|riot)/iu },
  { words: ['coon', 'coons'], before: /(?:maine|ra|rac)\s*$/iu, after: /^[\s-]*hounds?\b/iu, near: ['hound', 'coonhound'] },
  // Food.
  { words: ['dick'], before: /(?:moby|philip\s+k\.?|k\.|spotted)\s*$/iu },
  {
    words: ['faggot', 'faggots'],
    after: /^\s+of\s+(?:sticks|wood|twigs|brushwood|firewood|kindling)\b/iu,
    near: [
      'peas', 'pea', 'gravy', 'mash', 'mashed', 'onion', 'pork', 'menu', 'butcher', 'recipe', 'chips', 'cafe', 'café',
      'dinner', 'lunch', 'brains', 'stick', 'sticks', 'wood', 'twigs', 'brushwood', 'firewood', 'kindling', 'bonfire',
      'bundle', 'hedge', 'hedging', 'hedgelaying', 'revetment', 'riverbank',
    ],
  },
  // Land, water, tools, smoking.
  {
    words: ['dyke', 'dykes'],
    before: /(?:offa'?s|devil'?s|van)\s*$/iu,
    after: /^\s*(?:road|street|lane|avenue|close|house)\b/iu,
    near: [
      'drain', 'drainage', 'ditch', 'ditches', 'fen', 'fens', 'flood', 'flooding', 'flooded', 'embankment', 'sluice',
      'pump', 'pumping', 'dredge', 'dredged', 'dredging', 'water', 'watercourse', 'culvert', 'idb', 'levels', 'marsh',
      'bank', 'clearance', 'silt', 'river', 'reeds', 'farmland', 'field', 'dug',
    ],
  },
  {
    words: ['hoe', 'hoes'],
    near: ['rake', 'spade', 'trowel', 'fork', 'weed', 'weeds', 'weeding', 'allotment', 'garden', 'gardening', 'soil', 'border', 'seedlings', 'tool', 'shed', 'dutch', 'plot'],
  },
  {
    words: ['fag', 'fags'],
    after: /^[\s-]+(?:breaks?|ends?|packets?|papers?|burns?|ash)\b/iu,
    near: ['break', 'end', 'packet', 'lighter', 'ash', 'smoke', 'smoking', 'smoked', 'smokes', 'cigarette', 'tobacco', 'baccy', 'rollie', 'puff', 'vape'],
  },
  // Idioms, science, history, places.
  {
    words: ['chink', 'chinks'],
    after:
      /^\s+(?:in\s+(?:the|his|her|their|our|its|your|my|a)\s+(?:armou?r|defen[cs]es?|fences?|walls?|curtains?|blinds?|doors?|clouds?|shell|plans?|argument|case|logic|mail)|of\s+(?:light|sunlight|daylight|hope|glasses|coins|ice|china|keys|blue|sky))\b/iu,
  },
  { words: ['cum'], before: /(?:\p{L}-|\b(?:kitchen|dining|bedroom|study|office|lounge|living|sitting|workshop|garage|shop|cafe|café|bar|gallery|library|hall|room|studio|nursery|playroom|utility)\s+)$/iu, after: /^\s+laude/iu },
  {
    words: ['retard', 'retards', 'retarded'],
    after: /^\s+(?:the\s+)?(?:growth|spread|fire|flames?|progress|rate|development|setting|ignition|timing|corrosion|decay|flow)\b/iu,
  },
  { words: ['bastard', 'bastards'], before: /\bwilliam\s+the\s+$/iu, after: /^\s+(?:files?|feudalism|wing|toadflax|balm|(?:sons?|daughters?|child)\s+of)\b/iu },
  { words: ['negro', 'negros'], before: /(?:r[ií]o|cabo|monte|sierra|pico|lago|arroyo)\s+$/iu },
  { words: ['honky'], after: /^\s*-?\s*tonk/iu },
  { words: ['spic', 'spick'], after: /^\s*(?:and|&|n)\s*span/iu },
  { words: ['slag'], after: /^\s*(?:heaps?|tips?|piles?|wool)/iu },
  { words: ['idiot'], after: /^(?:'?s\s+guide|\s*-\s*proof)/iu },
  { words: ['idiots'], after: /^'?\s+guide/iu },
  { words: ['mong'], before: /h\s*$/iu },
  { words: ['batty'], after: /^\s*(?!boys?\b)/iu },
  // "A prick of the needle", "a small prick"; "what a prick" and "such a prick" are insults.
  { words: ['prick'], before: /(?:little|small|tiny|sharp|slight|pin)\s+$/iu, after: /^\s*(?:of|on|test|a\s+finger)/iu },
  // Someone's own uncle: "my Uncle Tom", "Uncle Tom's 80th", the novel "Uncle Tom's Cabin".
  { words: ['uncle tom', 'uncle toms'], before: /(?:my|our|his|her|their|your|ur|and|auntie\s+\p{L}+\s+and)\s+$/iu, after: /^['’]s\b/iu },
  { words: ['scum'], before: /(?:pond|surface|soap)\s*$/iu },
  { words: ['tard'], before: /(?:mus)\s*$/iu },
];

const BY_WORD = new Map<string, Sense>(SENSES.flatMap((s) => s.words.map((w) => [w, s] as const)));

// Signs that a word is aimed at a person, which outweigh the words near it.
const AT_A_PERSON_BEFORE = new Set([
  ...INSULT_ADJECTIVES,
  'absolute', 'complete', 'total', 'utter', 'proper', 'right', 'real', 'pure', 'silly', 'such', 'what', 'you', 'ya', 'u', 'yo', 'ye',
]);
/** "is a bitch", "you're an ass", "ur a hoe": a person is being called the word. */
const CALLED = /\b(?:is|are|was|were|be|being|you're|youre|you|ur|he's|she's|it's|they're|that's|thats|'s|’s)\s+(?:an?|such\s+an?)\s+$/iu;
const AT_A_PERSON_AFTER = new Set(['who', 'whom', 'whose']);

const NEAR_WORDS = 8;
const SENTENCE_END = /[.!?\n]/u;
const WORD = /[\p{L}][\p{L}'’-]*/gu;

function wordsOf(s: string): string[] {
  return (s.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/u, ''));
}

/** The sentence's words just before and just after [start, end). */
function neighbours(text: string, start: number, end: number): { before: string[]; after: string[] } {
  const left = text.slice(Math.max(0, start - 120), start);
  const cut = Math.max(...[...left.matchAll(/[.!?\n]/gu)].map((m) => m.index! + 1), 0);
  const right = text.slice(end, end + 120);
  const stop = right.search(SENTENCE_END);
  return { before: wordsOf(left.slice(cut)).slice(-NEAR_WORDS), after: wordsOf(stop < 0 ? right : right.slice(0, stop)).slice(0, NEAR_WORDS) };
}

const isCue = (cues: ReadonlySet<string>, w: string) => cues.has(w) || (w.endsWith('s') && cues.has(w.slice(0, -1)));
const NEAR_SETS = new Map<Sense, ReadonlySet<string>>(SENSES.filter((s) => s.near).map((s) => [s, new Set(s.near)]));

/**
 * True when the word at [start, end) is a swear word or a slur used in its ordinary sense:
 * its phrase says so ("spotted dick"), or a word near it does and nothing aims it at a person.
 */
export function isOrdinarySense(text: string, start: number, end: number): boolean {
  // Phrases ("uncle tom") are matched across any run of spaces, so the key is normalised too.
  const sense = BY_WORD.get(text.slice(start, end).toLowerCase().replace(/[\s\u00a0]+/gu, ' '));
  if (!sense) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (sense.before?.test(before) || sense.after?.test(after)) return true;
  const cues = NEAR_SETS.get(sense);
  if (!cues) return false;
  const around = neighbours(text, start, end);
  const prev = around.before.slice(-2);
  if (prev.some((w) => AT_A_PERSON_BEFORE.has(w)) || CALLED.test(text.slice(Math.max(0, start - 24), start))) return false;
  if (AT_A_PERSON_AFTER.has(around.after[0] ?? '')) return false;
  return [...around.before, ...around.after].some((w) => isCue(cues, w));
}

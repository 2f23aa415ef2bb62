// The structures of abuse: word order that makes ordinary words abusive. Five families,
// each built from the lexicons in abuse.ts and groups.ts rather than from whole sentences,
// so a new phrasing with the same structure is caught ("Asians can't drive" is
// <group> + can't + <stereotyped ability>; "Hope you get hit by a bus" is <wish> + <person>
// + <harm>):
//
//   generalisation  a protected group + a sweeping predicate ("are all", "can't", "never", "should")
//   threat          harm wished on or promised to a person ("hope you …", "someone should …")
//   insult          second-person insults ("you're a …", "you <adjective> <noun>", "shut your …")
//   dehumanising    a group compared with animals, vermin or disease
//   xenophobia      exclusion ("go back to …", "send them back", "not welcome here")
//
// Whether a match is meant or reported ("it is wrong to say …", a quoted slogan, a court
// report) is decided afterwards, in detectors/abuse-context.ts.
import { afterPunctuation, anyOf, anyWords, capitalised, clauseEnds, followedBy, notFollowedBy, opt, precededBy, seq, shared, startsClause, thenComma, upTo, wordWhere, words, type At, type Part } from '../text/word-pattern.ts';
import {
  ALLOWED_TO,
  ANIMAL_WORDS,
  DEHUMANISING,
  DEHUMANISING_ALONE,
  DESERVED_HARM,
  EVERY_TIME,
  GENERALISING_VERBS,
  GENERALISING_VERBS_AT_END,
  HARM_EVENTS,
  HARM_VERBS,
  HOSTILE_VERBS,
  INSULT_ADJECTIVES,
  INSULT_NOUNS,
  INSULT_NOUNS_VERBLIKE,
  INSULT_PREDICATES,
  LIKE_ANIMALS,
  NEED_GERUNDS,
  PERSON_PLAIN,
  SHOULD_PREDICATES,
  SHOULD_PREDICATES_AT_END,
  SOFT_ADJECTIVES,
  STEREOTYPE_ABILITIES,
  TRAIT_ADJECTIVES,
  TRAIT_AT_END,
  TRAIT_NOUNS,
  TRAIT_NOUNS_SINGULAR,
  UNIVERSAL_OBJECTS,
  verbForms,
  type AbuseKind,
} from './abuse.ts';
import {
  GROUP_ADJECTIVES,
  GROUP_PLURALS,
  GROUP_SINGULARS,
  GROUP_THE,
  OTHERING,
  PERSON_PLURALS,
  PERSON_SINGULARS,
  PLACES,
} from './groups.ts';

export interface Structure {
  kind: AbuseKind;
  /** Short name, for tests and for reading a finding back to its structure. */
  name: string;
  part: Part;
  /**
   * How the structure refers to people it does not name ("they are animals"): only abuse
   * when a group was named just before. Checked by the detector.
   */
  needsGroupBefore?: boolean;
  /** A sweeping statement: hedges just before it ("some", "not all", "if") undo it. */
  hedgeable?: boolean;
  /** "you <insult>" is not an insult after "thank you", "love you", "see you". */
  vocative?: boolean;
}

// ── Building blocks ──────────────────────────────────────────────────────────────────

/** Clause ends here, or goes on with "and …"/"but …": the previous word was the point. */
const AT_END = clauseEnds(['and', 'but', 'or', 'too', 'lol', 'tbh', 'mate']);
/** Said as a command: at the start of a sentence or clause, or after "just", "now", "oh" … */
const IMPERATIVE = startsClause(['just', 'now', 'so', 'then', 'and', 'oh', 'mate', 'love', 'pal', 'please', 'pls', 'you', 'u', 'off']);
/** Not followed by a preposition that makes the word literal ("rubbish at", "entitled to"). */
const NOT_LITERAL = notFollowedBy(['at', 'to', 'for', 'with', 'of', 'in', 'on', 'about', 'from', 'by', 'into']);

const groupPlural = shared(anyOf(
  words(GROUP_PLURALS),
  seq(words(GROUP_ADJECTIVES), words(PERSON_PLURALS)),
  seq(words(['the']), words(GROUP_THE)),
));
const groupDeterminer = words(['all', 'all the', 'all these', 'all those', 'most', 'these', 'those', 'the', 'typical', 'bloody', 'fucking', 'effing', 'too many', 'so many', 'them', 'all of these', 'all of the']);
/** A named group, with what may come before it ("all the Poles", "these refugees", "old folk"). */
const GROUP_NP = shared(seq(opt(groupDeterminer), groupPlural));
/** A group pointed at without a name ("you lot", "your kind", "those people"). */
const OTHER_NP = shared(words(OTHERING));
/** One member ("every Nigerian", "a Polish builder"). */
const groupSingular = shared(anyOf(words(GROUP_SINGULARS), seq(words(GROUP_ADJECTIVES), words(PERSON_SINGULARS))));

/** What may stand between a group and its verb ("Young people these days are …", "Poles in Fleet are …"). */
const GROUP_FILLER = shared(opt(anyOf(
  seq(words(['in', 'from', 'round', 'around', 'living in', 'who live in']), opt(words(['the'])), capitalised()),
  words([
    'all', 'here', 'nowadays', 'these days', 'today', 'in general', 'generally', 'in this country', 'in britain',
    'in the uk', 'in england', 'round here', 'around here', 'over here', 'in my area', 'i know', 'i have met',
    "i've met", "i've ever met", 'i ever met', 'you meet', 'basically', 'honestly', 'really', 'literally', 'mostly',
    'themselves', 'as a rule', 'by nature', 'on the whole', 'in my experience', 'let us be honest', "let's be honest",
    'let’s face it', "let's face it",
  ]),
)));
const ARE = shared(words(['are', 'r', 'were', 'will always be', 'have always been', 'are born', 'tend to be', 'seem to be', 'are just', 'are all', 'will never be anything but', 'are nothing but']));
const TRAIT_ADVERBS = words([
  'all', 'just', 'only', 'so', 'such', 'really', 'very', 'basically', 'literally', 'simply', 'mostly', 'naturally',
  'inherently', 'genetically', 'always', 'nothing but', 'nowt but', 'all just', 'a bunch of', 'a load of',
  'a pack of', 'a gang of', 'bunch of', 'load of', 'full of', 'fucking', 'bloody', 'effing', 'total', 'complete',
  'utter', 'absolute', 'such a', 'a', 'an', 'the', 'more', 'too', 'far too', 'way too', 'fundamentally', 'by nature',
  'massive', 'huge', 'big', 'great', 'real', 'right', 'proper',
  'known to be', 'known for being', 'all a bunch of', 'nothing more than', 'no more than', 'no better than',
  'a lot of', 'filthy', 'dirty', 'lazy', 'useless', 'thieving', 'lying', 'stinking', 'disgusting', 'vile', ]);
/** Words that make a statement about a group sweeping ("Somalis always …", "Poles all …"). */
const SWEEPING = words(['all', 'always', 'just', 'only', 'constantly', 'basically', 'literally', 'mostly', 'really', 'simply', 'actually', 'still', 'only ever', 'all just', 'never', 'ever', 'will', 'will always', 'would', 'do', 'seem to', 'tend to', 'only want to', 'just want to', 'want to', 'all want to', 'are all', 'are always', 'are just']);
const TRAIT = shared(anyOf(words(TRAIT_ADJECTIVES), words(TRAIT_NOUNS), followedBy(words(TRAIT_AT_END), AT_END)));
/** A verb that harms people or places, said of a whole group ("wreck", "scam", "undercut"). */
const HOSTILE = shared(words(HOSTILE_VERBS.flatMap(verbForms)));
/** "rip people off", "con everyone out of …": the object between the verb and its particle. */
const HOSTILE_SPLIT = seq(words(['rip', 'rips', 'con', 'cons', 'fleece', 'fleeces', 'push', 'pushes']), words(['people', 'everyone', 'everybody', 'us', 'customers', 'the public', 'punters', 'pensioners', 'tourists', 'locals', 'the locals', 'taxpayers', 'the taxpayer']), words(['off', 'out of everything', 'out of their money', 'around', 'about']));
/** One to three words then "and" ("stick together and …"): a habit, then the harm. */
const AND_BEFORE = seq(anyWords(1, 3), words(['and']));

const YOU = shared(words(['you', 'u', 'ya', 'yu', 'ye', 'yer', 'you lot', 'you guys', 'you people', 'you two', 'you all']));
const YOU_ARE = shared(words([
  "you're", 'you are', 'youre', 'ur', 'u r', 'u are', 'you r', 'you were', "you've always been", 'you will always be',
  "you'll always be", "you're just", 'you are just', "you really are", "you're really", "you're nothing but",
  'you are nothing but', "you're such", 'you are such', "you're being", 'you are being', "y'are",
]));
const INSULT_DETERMINER = shared(words([
  'a', 'an', 'such a', 'such an', 'the', 'one', 'one big', 'a right', 'a proper', 'a real', 'an absolute',
  'a complete', 'a total', 'an utter', 'the biggest', 'the most', 'nothing but a', 'nothing but an', 'just a',
  'just an', 'such a', 'a complete and utter', 'an absolute and utter', 'a bloody', 'a fucking', 'a great big',
  'a stupid', 'one stupid', 'one thick', 'a massive', 'a huge',
]));
const INSULT_ADJ = shared(words(INSULT_ADJECTIVES));
const ANY_ADJ = shared(anyOf(INSULT_ADJ, words(SOFT_ADJECTIVES)));
/** "…ing" words that make an insult of the next noun ("you lying git", "you snivelling rat"). */
const ING_ADJ = wordWhere((w) => w.length > 5 && w.endsWith('ing'));
const INSULT_NOUN = shared(words(INSULT_NOUNS));
/** A vocative insult noun: not a verb ("you clown around", "you worm your way"). */
const VOCATIVE_END = notFollowedBy(['around', 'about', 'up', 'out', 'off', 'on', 'with', 'for', 'in', 'to', 'at', 'into', 'through', 'away', 'back', 'over', 'fan', 'fans', 'show', 'shows', 'workshop', 'workshops', 'the', 'a', 'an', 'your', 'my', 'our', 'this', 'that', 'it', 'them', 'him', 'her', 'me', 'us', 'others', 'other', 'people', 'someone', 'anyone', 'everyone', 'kids', 'children', 'but', 'if', 'when', 'because', 'all', 'too', 'so', 'lots', 'and your']);
/** Nouns that insult a thing as easily as a person ("what a joke", "what a disgrace"): not after "what a". */
const NOT_OF_PEOPLE = ['joke', 'disgrace', 'embarrassment', 'laughing stock', 'stain', 'nobody', 'dinosaur', 'fossil', 'waste of space', 'waste of air', "waste of taxpayers' money"];
/** Insult nouns that are also what an animal or a play part plainly is ("Daisy is a cow", "Peppa is a pig"). */
const NAME_IS_LITERAL = ['pig', 'cow', 'rat', 'snake', 'toad', 'worm', 'slug', 'maggot', 'cockroach', 'weasel', 'witch', 'troll', 'jellyfish', 'leech', 'parasite', 'hack', 'peasant', 'caveman', 'neanderthal', 'old goat', 'bully'];
/** Capitalised words before "is a" that are no person's name. */
const NOT_A_NAME = new Set(['this', 'that', 'it', 'there', 'here', 'he', 'she', 'they', 'we', 'you', 'i', 'what', 'which', 'who', 'life', 'love', 'everything', 'everyone', 'nothing', 'today', 'tonight', 'tomorrow', 'my', 'your', 'our', 'his', 'her', 'their', 'brexit', 'politics', 'football', 'work', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const NOT_LITERAL_AT = notFollowedBy(['costume', 'outfit', 'onesie', 'mask', 'face paint', 'in that costume', 'in that outfit']);
const INSULT_NOUN_VOC = shared(anyOf(
  words(INSULT_NOUNS.filter((n) => !INSULT_NOUNS_VERBLIKE.includes(n))),
  followedBy(words(INSULT_NOUNS_VERBLIKE), VOCATIVE_END),
));

/** What "shut your …" is said of. */
const MOUTHS = ['mouth', 'face', 'gob', 'trap', 'cakehole', 'pie hole', 'piehole', 'hole', 'mush', 'yap', 'beak', 'fat mouth', 'big mouth', 'stupid mouth', 'fat face'];
/** People the harm is wished on: "you", "your car", "his windows", "that councillor". */
const TO_WHERE = words(['to where', 'to their', 'to your', 'to ur', 'to africa', 'to asia', 'to the jungle', 'to the desert', 'to france', 'to the country', 'to the hell']);
const SENT_OFF_END: At = (t, j) =>
  clauseEnds(['and', 'now', 'then', 'immediately', 'asap', 'today', 'tonight', 'tomorrow', 'where', 'right', 'straight', 'at', 'for', 'before', 'once', 'on', 'by', 'in', 'with'])(t, j) ||
  (j < t.tokens.length && TO_WHERE.match(t, j).length > 0);
/** Where "send them …" sends people: back, home, out, to a place, on a boat. */
const ON_A = words(['on a', 'on the', 'in a', 'in the', 'onto a', 'onto the', 'on to a', 'on to the', 'into a', 'into the', 'on', 'onto']);
/** "the next boat", "the first plane": any one will do, which is the point. */
const ANY_ONE = words(['next', 'first', 'first available', 'next available', 'same', 'last', 'very next', 'very first', 'first and only', 'one-way', 'one way', 'leaky', 'rubber', 'overcrowded']);
const VEHICLE = words(['boat', 'boats', 'plane', 'planes', 'flight', 'flights', 'lorry', 'ship', 'ships', 'ferry', 'cattle truck', 'raft', 'dinghy', 'dinghies', 'boat out', 'plane out', 'flight out']);
const BY_BOAT = anyOf(
  seq(words(['back', 'home', 'back home', 'straight back', 'all back']), ON_A, opt(ANY_ONE), VEHICLE),
  seq(ON_A, opt(ANY_ONE), VEHICLE, words(['home', 'back', 'out', 'back home', 'to africa', 'to france', 'to where they came from', 'out of here', 'out of the country'])),
  seq(ON_A, ANY_ONE, VEHICLE),
);
const SEND_OFF = anyOf(
  followedBy(words(['back', 'home', 'back home', 'out', 'packing', 'back out', 'back over', 'back where they came from', 'back to where they came from', 'back where they belong', 'out of the country', 'out of this country', 'out of britain', 'out of england', 'out of our country', 'back across the channel', 'back to france']), SENT_OFF_END),
  BY_BOAT,
  seq(words(['back', 'home', 'off back', 'off']), words(['to']), words(PLACES)),
  words(['back and let them drown']),
);
/** A clause that ends here ("You're not welcome here." but not "… here if you shout at staff"). */
const CLAUSE_END = clauseEnds(['and', 'so', 'now', 'go', 'get', 'leave', 'mate', 'anymore', 'any', 'ever', 'full', 'period', 'never']);
const YOU_SUBJECT = words(["you're", 'you are', 'youre', 'ur', 'u r', 'you', 'you lot', 'you lot are', 'your lot are', 'your kind', 'your kind are', 'your kind is', 'their kind', 'their kind are', 'people like you', 'people like you are', 'people like them', 'people like them are', 'your sort', 'your sort are', 'you people', 'you people are']);
const NOT_WELCOME_ADVERB = words(['just', 'simply', 'really', 'clearly', 'obviously', 'still', 'all', 'never']);
const NOT_WELCOME = words(['not welcome', "aren't welcome", 'unwelcome', 'not wanted', "aren't wanted", 'unwanted', "don't belong", 'do not belong', "doesn't belong", 'does not belong', 'have no place', 'has no place', 'have no right to be', 'has no right to be', 'have no right to live', 'has no right to live', 'have no right to stay', 'has no right to stay', 'have no right to come', 'have no business being', "don't fit in", 'will never belong', 'never belong', 'never will belong', 'not british', 'not english', 'not really british', 'not really english', 'not british and never will be', 'not english and never will be', 'will never be british', 'will never be english', "'ll never be british", "'ll never be english", 'never be british', 'never be english', "aren't british", "aren't english", "isn't british", "isn't english", 'not from here', 'not from round here', 'are not welcome', 'are unwelcome', 'is not welcome', "isn't welcome"]);
const WELCOME_WHERE_WORDS = words(['here', 'round here', 'around here', 'in this country', 'in our country', 'in my country', 'in britain', 'in england', 'in the uk', 'in this town', 'in our town', 'in this street', 'in our street', 'on our streets', 'in this area', 'in our area', 'in this city', 'on this street', 'anywhere', 'in our community', 'in this community', 'in europe', 'in the west', 'anymore', 'any more', 'living here', 'living next door', 'coming here', 'over here', 'in this village', 'in our village', 'in our neighbourhood']);
/** Here, or a named town ("in Fleet", "round Hook"). */
const WELCOME_WHERE = anyOf(WELCOME_WHERE_WORDS, seq(words(['in', 'round', 'around', 'near']), capitalised()));
const TARGET = shared(anyOf(
  words(['you', 'u', 'ya', 'he', 'she', 'they', 'him', 'her', 'them', 'you all', 'you lot', 'the lot of you', 'every one of you', 'all of you', "you'd", "he'd", "she'd", "they'd", "you'll", "he'll", "she'll", "they'll"]),
  // "the councillor's house", "that woman's car"
  seq(words(['the', 'that', 'this']), anyWords(0, 1), wordWhere((w) => w.endsWith("'s") && w.length > 3), anyWords(1, 1)),
  seq(words(['your', 'ur', 'yer', 'his', 'her', 'their', 'that', 'this']), anyWords(1, 2)),
));
const HARM = shared(words(HARM_EVENTS));
/** A person as the object of a harm verb: "him", "her car", "that councillor". */
const VICTIM = shared(anyOf(words(['him', 'her', 'them', 'you', 'u', 'ya', 'em']), seq(words(['his', 'her', 'their', 'your', 'ur', 'that', 'this']), anyWords(1, 2))));
const actOn = (verbs: readonly string[], after: readonly string[]) => seq(words(verbs.flatMap(verbForms)), VICTIM, words(after));
const HARM_ACT = shared(anyOf(
  seq(words(HARM_VERBS.flatMap(verbForms)), VICTIM, opt(words(['in', 'up', 'to death', 'to a pulp', 'black and blue', 'permanently', 'for good', 'once and for all', 'good and proper']))),
  seq(words(['give', 'gives', 'giving']), VICTIM, words(['a kicking', 'a beating', 'a hiding', 'a slap', 'a smack', 'a punch', 'a pasting', 'a battering', 'a good kicking', 'a good beating', 'a good hiding', 'a good slap', 'a good smack', 'a good punch', 'a good pasting', 'a good battering', 'a good seeing to', 'a seeing to', 'a bullet', 'a knife'])),
  actOn(['run'], ['over', 'down', 'off the road', 'off the pavement', 'into a ditch']),
  actOn(['knock'], ['out', 'down', 'into next week', 'spark out']),
  actOn(['knock', 'slap', 'wipe', 'smack', 'punch', 'kick'], ['off his face', 'off her face', 'off your face', 'off their face', 'off his stupid face', 'off her stupid face', 'off your stupid face']),
  actOn(['beat', 'smash', 'bash', 'kick', 'cave'], ['up', 'in']),
  actOn(['do'], ['in']),
  actOn(['shut'], ['up permanently', 'up for good', 'up once and for all']),
  actOn(['string'], ['up']),
  actOn(['put'], ['in hospital', 'in the ground', 'in a wheelchair', 'in a box', 'in a coffin', 'in intensive care']),
  actOn(['teach'], ['a lesson']),
  seq(
    words(['smash', 'kick', 'punch', 'bash', 'cave', 'burn', 'torch', 'key', 'slash', 'brick', 'smack', 'slap'].flatMap(verbForms)),
    words(['his', 'her', 'their', 'your', 'ur', 'that']),
    anyWords(0, 1),
    words(['face', 'head', 'teeth', 'skull', 'lights', 'window', 'windows', 'car', 'house', 'home', 'door', 'tyres', 'van', 'smirk', 'grin']),
    opt(words(['in', 'out', 'down', 'off his face', 'off her face', 'off their face', 'off your face'])),
  ),
  seq(words(['throw', 'throws', 'chuck', 'chucks']), words(['acid', 'brick', 'bricks', 'a brick', 'petrol']), words(['at', 'in', 'over', 'through'])),
));
/** Who threatens: "someone should", "I'll", "we're going to". */
const THREATENER = anyOf(
  seq(
    words(['someone', 'somebody', 'some one', 'one of us', 'one of these days someone', 'someone round here', 'one day someone', 'someone really', 'somebody really']),
    words(['should', 'needs to', 'need to', 'ought to', 'has to', 'wants to', 'will', 'is going to', 'is gonna', "'s gonna", 'must', 'could', 'should really', 'really needs to', 'should just', 'needs to just', 'will have to', 'is going to have to']),
  ),
  words(["i'd", "i'll", 'i will', 'i would', "i'm going to", "i'm gonna", 'im gonna', 'ima', 'imma', 'i am going to', "we'll", 'we will', "we're going to", "we're gonna", 'i want to', 'i wanna', "i'd love to", 'i would love to', "i'd like to", 'i would like to', 'i could', 'i swear i will', "i swear i'll", 'i swear ill', 'ill', "i'd happily", 'i would happily', "i'd gladly", "i'll happily", "i'll gladly"]),
);

// ── The structures ───────────────────────────────────────────────────────────────────

const generalisation: Structure[] = [
  { kind: 'generalisation', name: 'group-are-trait', hedgeable: true, part: seq(GROUP_NP, GROUP_FILLER, ARE, upTo(3, TRAIT_ADVERBS), TRAIT) },
  { kind: 'generalisation', name: 'othering-are-trait', part: seq(OTHER_NP, GROUP_FILLER, words(['are', 'r', 'is', 'were']), upTo(3, TRAIT_ADVERBS), TRAIT) },
  {
    kind: 'generalisation',
    name: 'group-verb',
    hedgeable: true,
    part: seq(GROUP_NP, GROUP_FILLER, upTo(2, SWEEPING), words(GENERALISING_VERBS)),
  },
  {
    kind: 'generalisation',
    name: 'group-harms-everyone',
    hedgeable: true,
    // "Travellers wreck every field they camp on", "Pakistanis stick together and cheat the rest of us".
    part: seq(GROUP_NP, GROUP_FILLER, upTo(2, SWEEPING), opt(AND_BEFORE), anyOf(seq(HOSTILE, words(UNIVERSAL_OBJECTS)), HOSTILE_SPLIT)),
  },
  {
    kind: 'generalisation',
    name: 'group-harms-every-time',
    hedgeable: true,
    // "Asylum seekers lie about their age every single time".
    part: seq(GROUP_NP, GROUP_FILLER, upTo(2, SWEEPING), HOSTILE, anyWords(0, 4), words(EVERY_TIME)),
  },
  {
    kind: 'generalisation',
    name: 'group-always-verb',
    hedgeable: true,
    part: seq(GROUP_NP, GROUP_FILLER, words(['all', 'always', 'just', 'only', 'constantly', 'only ever', 'all just', 'never', 'are all', 'are always', 'are just', 'will always', 'always will', 'all want to', 'just want to', 'only want to', 'only come here to', 'only come here and']), words(GENERALISING_VERBS_AT_END)),
  },
  {
    kind: 'generalisation',
    name: 'group-verb-at-end',
    hedgeable: true,
    part: seq(GROUP_NP, GROUP_FILLER, followedBy(words(GENERALISING_VERBS_AT_END), AT_END)),
  },
  {
    kind: 'generalisation',
    name: 'why-are-group',
    part: seq(words(['why are', 'why r', 'why do', 'why must', 'why should', 'how come', 'why is it that', 'why is it']), GROUP_NP, upTo(2, words(['all', 'always', 'so', 'such', 'just', 'never', 'constantly', 'only', 'a bunch of', 'a', 'an', 'the', 'more', 'too'])), anyOf(TRAIT, words(GENERALISING_VERBS), words(GENERALISING_VERBS_AT_END), words(ANIMAL_WORDS))),
  },
  {
    kind: 'generalisation',
    name: 'always-the-group',
    hedgeable: true,
    part: seq(words(["it's always", 'it is always', 'always', "it's always the fault of", 'blame', 'blame the', 'blame all the', "it's all the fault of"]), followedBy(GROUP_NP, AT_END)),
  },
  {
    kind: 'generalisation',
    name: 'trouble-its-the-group',
    // "Every time there's trouble in town it's the Afghans": blame for whatever goes wrong.
    part: seq(
      words(['every time', 'everytime', 'whenever', 'any time', 'anytime', 'when', 'if']),
      words(["there's", 'theres', 'there is', 'there are', 'there was', 'there has been', "there's been", 'something goes wrong', 'anything goes missing', 'something gets nicked']),
      opt(words(['any', 'a', 'some', 'more'])),
      opt(words(['trouble', 'crime', 'fight', 'fighting', 'stabbing', 'robbery', 'burglary', 'problem', 'problems', 'litter', 'rubbish', 'mess', 'drugs', 'violence', 'riot', 'noise', 'theft', 'break-in', 'break in', 'shoplifting', 'vandalism', 'graffiti', 'antisocial behaviour', 'anti-social behaviour'])),
      opt(words(['in town', 'round here', 'around here', 'in the town', 'on the estate', 'here', 'in the area', 'in the park', 'on the high street'])),
      thenComma(words(["it's", 'its', 'it is', "it's always", 'its always', 'it is always', "it's usually", 'it is usually', 'always', "you'll find it's", 'guaranteed', "i bet it's"])),
      followedBy(GROUP_NP, AT_END),
    ),
  },
  {
    kind: 'generalisation',
    name: 'group-not-cut-out',
    hedgeable: true,
    part: seq(GROUP_NP, GROUP_FILLER, opt(words(['just', 'simply', 'really', 'all', 'are just', 'are simply'])), words(["aren't cut out for", 'are not cut out for', 'are never cut out for', 'not cut out for', "aren't capable of", "aren't fit to", 'are not fit to', "aren't fit for", "aren't suited to", "aren't built for", "can't handle", 'cannot handle', "don't belong in", 'do not belong in', 'have no business', 'have no place in'])),
  },
  {
    kind: 'generalisation',
    name: 'group-bad-at',
    hedgeable: true,
    part: seq(GROUP_NP, GROUP_FILLER, ARE, opt(words(['all', 'just', 'so', 'really', 'always', 'totally', 'completely', 'absolutely'])), words(['rubbish at', 'crap at', 'shit at', 'useless at', 'hopeless at', 'pants at', 'pathetic at', 'terrible at', 'awful at', 'not capable of', 'incapable of', 'too stupid to', 'too thick to', 'too dumb to', 'too lazy to', 'too emotional to', 'too emotional for', 'too weak to', 'too soft to', 'too hysterical to', 'not clever enough to', 'not smart enough to', 'not intelligent enough to', 'not strong enough to', 'not tough enough to', 'not capable enough to', 'too thick for', 'too stupid for'])),
  },
  {
    kind: 'generalisation',
    name: 'group-cannot',
    hedgeable: true,
    part: seq(GROUP_NP, GROUP_FILLER, words(["can't", 'cannot', 'can not', 'cant', 'can never', 'will never be able to', 'are unable to', 'are incapable of', "don't know how to", 'do not know how to', 'never learn to', 'still can not', "still can't", "just can't", "simply can't"]), words(STEREOTYPE_ABILITIES)),
  },
  {
    kind: 'generalisation',
    name: 'group-should',
    hedgeable: true,
    part: seq(
      anyOf(GROUP_NP, OTHER_NP),
      GROUP_FILLER,
      words(['should', 'should all', 'should just', 'need to', 'needs to', 'must', 'must all', 'ought to', 'have to', 'deserve to', 'are to', 'should be made to', 'want to be', 'should really', 'should never', 'should not', "shouldn't", 'need to be', 'must be']),
      anyOf(words(SHOULD_PREDICATES), followedBy(words(SHOULD_PREDICATES_AT_END), AT_END), seq(words(['be allowed to', 'ever be allowed to', 'even be allowed to', 'be able to', 'be let', 'be given the right to']), words(ALLOWED_TO))),
    ),
  },
  {
    kind: 'generalisation',
    name: 'group-need-gerund',
    hedgeable: true,
    // "Muslims need kicking out of this country", "refugees want locking up".
    part: seq(anyOf(GROUP_NP, OTHER_NP), GROUP_FILLER, words(['need', 'needs', 'want', 'wants', 'all need', 'all want', 'should be', 'ought to be', 'deserve']), opt(words(['all', 'just', 'to be'])), words(NEED_GERUNDS)),
  },
  {
    kind: 'generalisation',
    name: 'hate-group',
    part: seq(
      words(['i hate', 'i really hate', 'i despise', 'i loathe', 'i detest', "i can't stand", 'i cannot stand', "i can't bear", "can't stand", 'cannot stand', "i'm sick of", 'i am sick of', "i'm fed up of", "i'm fed up with", 'sick of', 'fed up of', 'fed up with', "i'm sick to death of", 'sick to death of', "i've had enough of", 'had enough of', 'we hate', 'i fucking hate', "can't fucking stand", 'i hate all', 'we all hate', 'everyone hates', 'everybody hates']),
      opt(words(['all', 'the', 'these', 'those', 'all the', 'all these', 'bloody', 'fucking', 'effing', 'dirty', 'filthy', 'stinking', 'smelly', 'dumb', 'fat', 'ugly', 'stupid', 'them'])),
      followedBy(anyOf(groupPlural, words(['bitches', 'hoes', 'fags', 'faggots', 'niggers', 'niggas'])), notFollowedBy(['being', 'getting', 'having', 'who', 'that', 'not', 'left', 'treated', 'missing', 'waiting', 'struggling', 'going', 'losing', 'suffering', 'feeling', 'living', 'paying', 'facing', 'dealing'])),
    ),
  },
  {
    kind: 'generalisation',
    name: 'every-member-is',
    part: seq(
      words(['every', 'each', 'any', 'every single', 'every last', 'typical', 'your typical', 'the typical', 'your average', 'the average']),
      groupSingular,
      opt(words(["i've met", 'i have met', "i've ever met", 'i know', "i've known", "i've seen", 'you meet', 'you see', 'round here', 'around here', 'in this country', 'in this town', 'here', 'out there'])),
      words(['is', 'are', "'s", 'has always been', 'will always be', 'is always', 'is just', 'is basically']),
      upTo(2, words(['a', 'an', 'just', 'basically', 'always', 'such a', 'a total', 'a complete', 'an absolute', 'nothing but', 'no better than', 'either', 'potentially', 'secretly', 'a potential'])),
      anyOf(words(TRAIT_ADJECTIVES), words(TRAIT_NOUNS_SINGULAR), words(TRAIT_NOUNS)),
    ),
  },
  {
    kind: 'generalisation',
    name: 'typical-member',
    part: seq(words(['typical', 'bloody typical']), opt(words(['a', 'an', 'the', 'your'])), opt(words(['lazy', 'dirty', 'filthy', 'thieving', 'stinking', 'smelly', 'greedy', 'bloody', 'fucking', 'scrounging', 'sponging', 'stupid', 'dumb', 'thick'])), anyOf(words(GROUP_SINGULARS), words(GROUP_PLURALS), seq(words(GROUP_ADJECTIVES), anyOf(words(PERSON_SINGULARS), words(PERSON_PLURALS))))),
  },
  {
    kind: 'generalisation',
    name: 'hostile-adjective-group',
    part: seq(
      words(['dirty', 'filthy', 'thieving', 'stinking', 'smelly', 'greedy', 'bloody', 'fucking', 'effing', 'scrounging', 'sponging', 'lazy', 'dumb', 'stupid', 'rotten', 'vile', 'disgusting', 'horrible', 'money-grabbing', 'inbred', 'backward', 'primitive', 'savage', 'sneaky', 'lying', 'cheating', 'rat-faced', 'slimy', 'grubby', 'bent', 'bloody useless']),
      anyOf(words(GROUP_PLURALS), words(GROUP_SINGULARS), seq(words(GROUP_ADJECTIVES), anyOf(words(PERSON_SINGULARS), words(PERSON_PLURALS)))),
    ),
  },
  {
    kind: 'generalisation',
    name: 'group-controls',
    hedgeable: true,
    // The conspiracy tropes, about the groups they are told about.
    part: seq(opt(words(['the', 'all the', 'these'])), words(['jews', 'jewish people', 'zionists', 'muslims', 'immigrants', 'foreigners', 'globalists', 'the chinese', 'gays', 'the gays', 'lgbt people', 'trans people']), words(['control', 'run', 'own', 'controls', 'runs', 'owns', 'secretly control', 'secretly run', 'are taking over']), opt(words(['the', 'all the', 'our'])), words(['media', 'banks', 'world', 'government', 'country', 'everything', 'hollywood', 'press', 'money', 'news', 'schools', 'nhs'])),
  },
  {
    kind: 'generalisation',
    name: 'women-kitchen',
    part: seq(words(['women', 'girls', 'wives', 'a woman', "a woman's place", "woman's place", "women's place"]), words(['belong in', 'belongs in', 'should stay in', 'is in', 'are for', 'should be in', 'need to stay in']), words(['the kitchen', 'the home', 'the bedroom', 'the house', 'bed', 'cooking', 'cleaning'])),
  },
];

const dehumanising: Structure[] = [
  {
    kind: 'dehumanising',
    name: 'group-are-animals',
    hedgeable: true,
    part: seq(
      anyOf(GROUP_NP, OTHER_NP),
      GROUP_FILLER,
      words(['are', 'r', 'were', 'is', 'are just', 'are all', 'look like', 'are like', 'are just like', 'are no better than', 'are worse than']),
      upTo(3, words(['all', 'just', 'like', 'just like', 'no better than', 'worse than', 'little more than', 'nothing more than', 'nothing but', 'nowt but', 'basically', 'literally', 'a bunch of', 'a pack of', 'a herd of', 'a swarm of', 'a horde of', 'a load of', 'a', 'an', 'fucking', 'bloody', 'effing', 'dirty', 'filthy', 'disgusting', 'wild', 'diseased', 'rabid', 'stinking', 'mangy', 'feral', 'the same as', 'as bad as', 'subhuman', 'human'])),
      anyOf(words(ANIMAL_WORDS), words(DEHUMANISING), words(['cancer', 'virus', 'disease', 'plague', 'infestation', 'parasite'])),
    ),
  },
  {
    kind: 'dehumanising',
    name: 'they-are-vermin',
    part: seq(
      words(["they're", 'they are', 'theyre', 'they r', 'they were', 'them lot are', "they're all", 'they are all', "they're just", 'they are just', "they're nothing but", 'they are nothing but']),
      upTo(2, words(['all', 'just', 'like', 'nothing but', 'no better than', 'basically', 'literally', 'fucking', 'bloody', 'a bunch of', 'a'])),
      words(DEHUMANISING_ALONE),
    ),
  },
  {
    kind: 'dehumanising',
    name: 'they-are-animals',
    needsGroupBefore: true,
    part: seq(
      words(["they're", 'they are', 'theyre', 'they r', 'they were', "they're all", 'they are all', "they're just", 'they are just', 'they live', 'they breed', 'they behave', 'they act']),
      upTo(2, words(['all', 'just', 'like', 'nothing but', 'no better than', 'basically', 'literally', 'fucking', 'bloody', 'a bunch of', 'a', 'an'])),
      anyOf(words(ANIMAL_WORDS), words(DEHUMANISING)),
    ),
  },
  {
    kind: 'dehumanising',
    name: 'group-like-animals',
    hedgeable: true,
    part: seq(anyOf(GROUP_NP, OTHER_NP, words(['they', 'them'])), GROUP_FILLER, words(['breed', 'breeding', 'multiply', 'live', 'living', 'behave', 'act', 'eat', 'smell', 'stink', 'spread', 'swarm', 'reproduce']), words(['like']), words(LIKE_ANIMALS)),
  },
  {
    kind: 'dehumanising',
    name: 'swarm-of-group',
    part: seq(words(['swarm of', 'swarms of', 'infestation of', 'plague of', 'horde of', 'hordes of', 'herd of', 'herds of', 'invasion of', 'vermin like', 'parasites like', 'cockroaches like']), GROUP_NP),
  },
  {
    kind: 'dehumanising',
    name: 'cull-the-group',
    part: seq(
      anyOf(GROUP_NP, OTHER_NP, words(['they', 'them'])),
      words(['should', 'should all', 'need to', 'needs to', 'must', 'ought to', 'deserve to', 'want to', 'have to']),
      opt(words(['all', 'just', 'be all'])),
      words(['be culled', 'be exterminated', 'be gassed', 'be put down', 'be wiped out', 'be eradicated', 'be neutered', 'be euthanised', 'be euthanized', 'be drowned', 'be burned', 'be burnt', 'be shot', 'be hanged', 'be hung', 'be lynched', 'be nuked', 'be bombed', 'be wiped off the face of the earth', 'be sterilised', 'be sterilized', 'die', 'all die', 'be killed', 'be eliminated']),
    ),
  },
  {
    kind: 'dehumanising',
    name: 'exterminate-group',
    part: seq(words(['cull', 'exterminate', 'gas', 'eradicate', 'wipe out', 'put down', 'drown', 'neuter', 'sterilise', 'sterilize', 'kill', 'shoot', 'hang', 'lynch', 'nuke', 'bomb', 'burn', 'kill all', 'kill all the', 'gas all', 'gas the', 'kill the', 'get rid of all']), opt(words(['all', 'all the', 'the', 'these', 'those', 'every', 'every last', 'every one of the'])), groupPlural),
  },
];

const xenophobia: Structure[] = [
  {
    kind: 'xenophobia',
    name: 'go-back-where-you-came-from',
    part: seq(
      words(['go back', 'get back', 'fuck off back', 'piss off back', 'bugger off back', 'sod off back', 'clear off back', 'crawl back', 'swim back', 'go home', 'get home', 'head back', 'run back', 'go on back', 'now go back', 'just go back', 'go straight back']),
      opt(words(['to', 'home to', 'over to'])),
      anyOf(
        seq(words(['where', 'wherever']), words(['you', 'u', 'they', 'ya', 'he', 'she', 'your lot', 'your kind', 'your family', 'your people', 'your parents']), words(['came from', 'come from', 'crawled from', 'crawled out from', 'crawled out of', 'were born', 'came', 'come'])),
        words(['your own country', 'your country', 'their own country', 'their country', 'ur country', 'ur own country', 'yer own country', 'your own countries', 'their own countries', 'your homeland', 'their homeland', 'your own land', 'your land', 'your own kind', 'your own people', 'the country you came from', 'the hole you came from', 'the shithole you came from', 'your shithole', 'your shithole country', 'your mud hut', 'the jungle', 'the desert', 'your cave', 'the cave', 'the caves', 'your tribe', 'the boats', 'your boat', 'your camel', 'your mosque', 'the third world']),
      ),
    ),
  },
  {
    kind: 'xenophobia',
    name: 'go-back-to-place',
    // Imperative: the sentence starts with it, or it follows "just", "and", "you should" …
    part: followedBy(
      seq(
        precededBy(words(['go home', 'get home', 'go back', 'get back', 'fuck off back', 'piss off back', 'bugger off back', 'sod off back', 'clear off back', 'run back', 'crawl back', 'swim back', 'head back', 'go back home', 'get back home', 'pack your bags and go back', 'pack ur bags and go back', 'pack yer bags and go back']), startsClause(['just', 'and', 'so', 'then', 'now', 'off', 'should', 'must', 'can', 'could', 'pls', 'please', 'lot', 'you', 'they', 'them', 'kind', 'people', 'sort', 'mate', 'love'])),
        words(['to']),
        words(PLACES),
        opt(words(['where you came from', 'where you belong', 'where they belong', 'where u belong', 'where you lot belong', 'and stay there', 'then', 'mate', 'love', 'pal'])),
      ),
      AT_END,
    ),
  },
  {
    kind: 'xenophobia',
    name: 'send-them-back',
    part: seq(
      words(['send', 'ship', 'fly', 'boot', 'kick', 'chuck', 'throw', 'pack', 'deport', 'repatriate', 'put', 'get', 'turn', 'push', 'tow', 'return', 'stick', 'load', 'shove', 'bundle', 'herd', 'march']),
      anyOf(
        words(['the lot', 'the lot of them', 'all of them', 'every one of them', 'every last one', 'every last one of them', 'every single one of them', 'these people', 'those people', 'that lot', 'them lot', 'them all', 'them all off', 'them all straight', 'the boats', 'the dinghies', 'you lot', 'your lot', 'your kind', 'his kind', 'their kind', 'the whole lot', 'the whole lot of them']),
        GROUP_NP,
      ),
      SEND_OFF,
    ),
  },
  {
    kind: 'xenophobia',
    name: 'send-them-back-by-boat',
    part: seq(
      words(['send', 'ship', 'fly', 'boot', 'kick', 'chuck', 'throw', 'pack', 'deport', 'put', 'get', 'load', 'stick', 'shove']),
      words(['them', "'em", 'em', 'him', 'her', 'you']),
      opt(words(['all', 'off', 'straight', 'right', 'all off', 'all straight'])),
      BY_BOAT,
    ),
  },
  {
    kind: 'xenophobia',
    name: 'send-them-back-context',
    needsGroupBefore: true,
    part: seq(words(['send', 'ship', 'fly', 'boot', 'kick', 'chuck', 'pack', 'deport', 'repatriate']), words(['them', "'em", 'em']), opt(words(['all', 'off', 'straight', 'right', 'all off', 'all straight'])), SEND_OFF),
  },
  {
    kind: 'xenophobia',
    name: 'deport-them',
    part: seq(words(['deport', 'repatriate']), anyOf(words(['them', "'em", 'em', 'the lot', 'the lot of them', 'them all', 'all of them', 'every one of them', 'every last one', 'every last one of them', 'every single one', 'every single one of them', 'that lot', 'them lot', 'these people', 'those people', 'the lot of you', 'all of you', 'you all', 'all foreigners', 'every foreigner', 'every immigrant', 'every migrant', 'every refugee', 'all immigrants']), seq(words(['all', 'all the', 'every', 'every single', 'every last', 'the', 'these', 'those', 'all these', 'all those']), groupPlural), words(GROUP_SINGULARS.map((s) => `every ${s}`)))),
  },
  {
    kind: 'xenophobia',
    name: 'ban-the-group',
    part: seq(words(['ban', 'ban all', 'kick out', 'boot out', 'throw out', 'chuck out', 'get rid of', 'get rid of all', 'keep out', 'round up', 'expel', 'remove all', 'deport all', 'deport every', 'kick out all', 'kick out every', 'kick out the', 'get all']), opt(words(['all', 'all the', 'every', 'every single', 'every last', 'the', 'these', 'those', 'all these', 'all those'])), anyOf(groupPlural, words(GROUP_SINGULARS))),
  },
  {
    kind: 'xenophobia',
    name: 'kick-the-group-out',
    part: seq(
      words(['kick', 'boot', 'chuck', 'throw', 'get', 'drive', 'keep', 'force', 'turf', 'run']),
      opt(words(['all', 'all the', 'every', 'every single', 'every last', 'the', 'these', 'those', 'all these', 'all those'])),
      groupPlural,
      anyOf(
        followedBy(words(['out', 'all out', 'out of here']), AT_END),
        words(['out of the country', 'out of our country', 'out of this country', 'out of britain', 'out of england', 'out of our town', 'out of this town', 'out of our street', 'out of our area', 'out of this area', 'out of our village', 'out of our schools', 'out of our neighbourhood']),
      ),
    ),
  },
  {
    kind: 'xenophobia',
    name: 'kick-them-out',
    needsGroupBefore: true,
    part: seq(words(['kick', 'boot', 'chuck', 'throw', 'keep', 'get', 'send', 'deport']), words(['them', "'em", 'em', 'the lot', 'them all', 'all of them', 'that lot', 'them lot']), opt(words(['all', 'straight'])), followedBy(words(['out', 'back', 'home', 'away', 'out of the country', 'out of here', 'out of our country']), AT_END)),
  },
  {
    kind: 'xenophobia',
    name: 'not-welcome',
    part: followedBy(seq(anyOf(YOU_SUBJECT, seq(GROUP_NP, opt(words(['are', 'r', 'is'])))), opt(NOT_WELCOME_ADVERB), NOT_WELCOME, opt(WELCOME_WHERE)), CLAUSE_END),
  },
  {
    kind: 'xenophobia',
    name: 'they-are-not-welcome',
    needsGroupBefore: true,
    part: followedBy(seq(words(["they're", 'they are', 'theyre', 'they', 'them']), opt(NOT_WELCOME_ADVERB), NOT_WELCOME, opt(WELCOME_WHERE)), CLAUSE_END),
  },
  {
    kind: 'xenophobia',
    name: 'never-welcome',
    part: seq(precededBy(thenComma(words(['not welcome here', 'not wanted here', 'not welcome in this country', 'not wanted in this country', 'not welcome in britain', 'not welcome round here'])), startsClause()), words(['never will be', 'and never will be', 'never have been', 'and never have been', 'never were', 'never will', 'not now not ever', 'not ever'])),
  },
  {
    kind: 'xenophobia',
    name: 'we-dont-want-you',
    part: followedBy(
      seq(
        anyOf(seq(words(['we', 'we really', 'we all', 'we just']), words(["don't want", 'do not want', "don't need", 'do not need'])), seq(words(['nobody', 'no one', 'noone', 'nobody here']), words(['wants', 'needs', 'asked for']))),
        anyOf(words(['you', 'u', 'your sort', 'your kind', 'your lot', 'you lot', 'them', 'their sort', 'their kind', 'you people', 'people like you', 'people like them', 'any more of them', 'any more of you', 'your type', 'their type']), GROUP_NP),
        WELCOME_WHERE,
      ),
      CLAUSE_END,
    ),
  },
  {
    kind: 'xenophobia',
    name: 'stay-in-your-country',
    part: words([
      'stay in your own country', 'stay in your country', 'stay in ur own country', 'stay in their own country',
      'stay in their own countries', 'stay where you came from', 'stay where they came from', 'stay where you belong',
      'stay where you are and keep out', 'keep out of our country', 'get out of my country', 'get out of our country',
      'get out of this country', 'fuck off out of my country', 'fuck off out of our country', 'piss off out of our country',
      'go and live in your own country',             'britain is full', 'england is full', 'the uk is full', 'this country is full',
      'england for the english', 'britain for the british', 'england is for the english',
      'britain is for the british', 'whites only', 'keep britain white', 'keep england white',
      'britain belongs to the british', 'england belongs to the english', 'this country belongs to the british',
      'this country belongs to the english', 'britain belongs to british people',
                                          'go home you', 'go home foreigners', 'go home immigrants', 'go home migrants',
      'go home refugees', 'go home muslims', 'go home pakis', 'go home poles', 'our country is being invaded',
      'our country is being overrun', 'our country is being taken over', 'this country is being invaded',
      'this country is being overrun', 'our country has been invaded', 'overrun by foreigners', 'overrun by immigrants',
      'overrun by migrants', 'overrun with foreigners', 'overrun with immigrants', 'overrun with migrants',
    ]),
  },
  {
    kind: 'xenophobia',
    name: 'overrun-by',
    part: seq(words(['overrun by', 'overrun with', 'over run by', 'overrun by all these', 'overrun by all the', 'swamped by', 'swamped with', 'invaded by', 'flooded with', 'flooded by', 'infested with', 'infested by', 'crawling with', 'taken over by', 'full of']), opt(words(['these', 'those', 'the', 'bloody', 'fucking', 'dirty', 'filthy'])), anyOf(groupPlural, words(['scroungers', 'spongers', 'benefit scroungers', 'freeloaders', 'dole scroungers']))),
  },
  {
    kind: 'xenophobia',
    name: 'love-it-so-much',
    part: seq(words(['move', 'go', 'go back', 'move back', 'fuck off', 'piss off', 'clear off']), words(['to']), words(PLACES), words(['if you love it so much', 'if you like it so much', 'if you love it there so much', 'if you like it there so much', 'if you love them so much', 'if you prefer it', 'if you like them so much'])),
  },
  {
    kind: 'xenophobia',
    name: 'group-out',
    part: seq(
      words(['foreigners', 'immigrants', 'migrants', 'refugees', 'muslims', 'pakis', 'illegals', 'asylum seekers', 'poles', 'romanians', 'gypsies', 'travellers', 'pikeys', 'jews', 'blacks', 'arabs', 'africans', 'islam', 'eastern europeans', 'niggers', 'queers', 'gays', 'trannies']),
      followedBy(words(['out', 'out now', 'go home', 'out of britain', 'out of england', 'out of the uk', 'not welcome', 'get out', 'must go', 'must leave', 'need to go', 'need to leave', 'should leave', 'should go', 'go back']), AT_END),
    ),
  },
  {
    kind: 'xenophobia',
    name: 'speak-english-or-leave',
    part: seq(
      thenComma(
        words(['speak english or', 'learn english or', "if you won't speak english", "if you won't learn english", "if you don't like it here", "if you don't like it", "if you don't like our country", "if you don't like our ways", "if you don't respect our culture", "if you don't respect our laws", "if you don't want to integrate", "if you won't integrate", "if you can't integrate", "if you love it so much", 'if you like it so much', 'if you love your country so much', "if they don't like it", "if they don't like it here", "if they won't integrate"]),
      ),
      opt(words(['then', 'just', 'you can', 'you should', 'they can', 'they should'])),
      words(['go', 'get out', 'leave', 'fuck off', 'piss off', 'bugger off', 'go home', 'go back', 'go back home', 'get lost', 'clear off', 'sod off', 'move', 'move back', 'get back', 'leave the country', 'get out of the country', 'do one', 'jog on', 'there is the door', "there's the door"]),
    ),
  },
  {
    kind: 'xenophobia',
    name: 'why-dont-you-go-back',
    part: followedBy(seq(words(["why don't you", 'why dont you', "why don't they", 'why dont they', 'you lot should', 'your lot should']), words(['go back', 'go home', 'fuck off back', 'piss off back', 'go back home', 'move back', 'go back to your own country', 'go back to their own country', 'go back where you came from', 'go back where they came from']), opt(words(['then', 'mate']))), clauseEnds()),
  },
];

const threat: Structure[] = [
  {
    kind: 'threat',
    name: 'wish-harm',
    part: seq(
      words(['hope', 'really hope', 'do hope', 'so hope', 'just hope', 'truly hope', 'i hope', 'i really hope', 'i do hope', 'i just hope', 'i sincerely hope', 'hoping', 'i am hoping', "i'm hoping", "i'm really hoping", "here's hoping", 'heres hoping', 'lets hope', "let's hope", 'i wish', 'wish', 'i pray', 'praying', 'i hope to god', 'hope to god', 'fingers crossed', 'pray', 'we hope', 'we all hope', 'everyone hopes', 'i want', 'i want to see', 'i wanna see', "i'd love to see", 'i would love to see', "i'd like to see", 'i would like to see', 'would love to see', 'can not wait to see', "can't wait to see", 'cannot wait to see', "can't wait till", "can't wait until", 'can not wait till', 'cannot wait till', 'cannot wait until', "can't wait for the day", "i'd love it if", 'i would love it if', "i'd laugh if", 'i would laugh if', "i'd cheer if", "i'd celebrate if", "i'd be happy if", "i'd be glad if", 'it would be great if', "it'd be great if", 'i hope one day', 'one day i hope', 'i live in hope that', 'may']),
      opt(words(['that', 'someday', 'one day', 'soon', 'the day', 'the day when'])),
      anyOf(TARGET, seq(words(['the', 'a', 'some']), anyWords(0, 1), words(['cancer', 'covid', 'virus', 'disease', 'karma', 'train', 'lorry', 'car', 'truck', 'dog', 'devil', 'fire', 'flood'])), words(['someone', 'somebody', 'some one', 'one day someone'])),
      opt(words(['would', 'will', 'could', 'might', 'would just', 'will just', 'did'])),
      upTo(1, words(['just', 'finally', 'really', 'soon', 'one day', 'all', 'actually', 'eventually', 'both', 'slowly', 'properly'])),
      anyOf(HARM, HARM_ACT, words(['disappear forever', 'disappear for good', 'vanish forever', 'go away forever', 'go away for good', 'were never born', "had never been born", 'never existed']), followedBy(words(['gets you', 'gets him', 'gets her', 'gets them', 'kills you', 'kills him', 'kills her', 'takes you', 'takes him', 'takes her', 'finds you', 'eats you', 'runs you over', 'hits you', 'gets ya', 'catches up with you', 'comes for you', 'to die', 'to suffer', 'to rot', 'to choke']), notFollowedBy(['there', 'home', 'to', 'into', 'through', 'back', 'out', 'up', 'down', 'in', 'on', 'started', 'going', 'ready', 'moving', 'covered', 'sorted', 'far', 'places', 'a', 'the', 'some', 'this', 'that', 'what', 'thinking', 'talking', 'safely', 'safe', 'well', 'better']))),
    ),
  },
  {
    kind: 'threat',
    name: 'someone-should-hurt',
    part: seq(
      THREATENER,
      upTo(1, words(['just', 'really', 'seriously', 'finally', 'properly', 'fucking', 'bloody', 'happily', 'gladly', 'personally', 'actually', 'literally', 'definitely', 'go', 'go and', 'come and', 'come round and'])),
      HARM_ACT,
    ),
  },
  {
    kind: 'threat',
    name: 'you-deserve-harm',
    part: seq(
      words(['you', 'u', 'ya', 'he', 'she', 'they', 'you all', 'you lot', 'people like you', 'your kind', 'your family', 'your kids', 'the lot of you', 'that man', 'that woman', 'this man', 'this woman', 'that councillor', 'this councillor']),
      opt(words(['really', 'all', 'truly', 'fully', 'honestly', 'totally', 'just'])),
      words(['deserve', 'deserves', 'deserved', 'deserve nothing but', 'deserves nothing but', 'deserve nothing less than', 'should get', 'should be given']),
      words(DESERVED_HARM),
    ),
  },
  {
    kind: 'threat',
    name: 'would-not-care-if',
    part: seq(
      words(["wouldn't care if", 'would not care if', "wouldn't mind if", "wouldn't shed a tear if", 'would not shed a tear if', "won't shed a tear if", "wouldn't lose sleep if", 'would not lose sleep if', "wouldn't lose any sleep if", 'nobody would care if', 'no one would care if', 'noone would care if', 'nobody would notice if', 'no one would notice if', "nobody'd care if", 'nobody would give a shit if', "i'd laugh if", 'i would laugh if', "i'd cheer if", "i'd celebrate if", "i'd dance if", "i'd throw a party if", 'the world would be better if', "the world would be a better place if", 'everyone would be better off if', 'we would all be better off if', "we'd all be better off if", 'it would be a blessing if', "it'd be a blessing if"]),
      TARGET,
      upTo(1, words(['just', 'all', 'suddenly', 'finally', 'ever', 'actually', 'simply'])),
      anyOf(HARM, words(['died', 'dropped dead', 'were dead', 'was dead', 'got hit by a bus', 'got run over', 'got killed', 'got shot', 'got stabbed', 'croaked', 'killed yourself', 'killed himself', 'killed herself', 'got cancer', 'fell off a cliff', 'burned', 'burnt', 'drowned', 'starved', 'got hurt', 'got beaten up', 'got attacked'])),
    ),
  },
  {
    kind: 'threat',
    name: 'if-you-died-nobody-would-care',
    part: seq(
      words(['if', 'when', 'if ever']),
      TARGET,
      upTo(1, words(['just', 'all', 'suddenly', 'finally', 'ever', 'actually', 'simply'])),
      thenComma(anyOf(HARM, words(['died', 'dropped dead', 'were dead', 'was dead', 'croaked', 'killed yourself', 'killed himself', 'killed herself']))),
      words(['nobody would care', 'no one would care', 'nobody would notice', 'no one would notice', 'i would laugh', "i'd laugh", "i wouldn't care", 'i would not care', "i wouldn't cry", "i'd celebrate", 'i would celebrate', "i'd cheer", 'the world would be better off', 'the world would be a better place', 'we would all be better off', "we'd all be better off", 'nobody would give a shit', 'no one would give a shit', "nobody'd care", 'good riddance']),
    ),
  },
  {
    kind: 'threat',
    name: 'threat-idioms',
    part: followedBy(words([
      'the world would be better off without you', 'the world would be better without you',
      'the world would be a better place without you', 'the world would be better off without people like you',
      'the world would be better off without him', 'the world would be better off without her',
      'the world would be better off without them',       'nobody would care if you died', 'do us all a favour and die',
      'do the world a favour and die', 'do us a favour and die', 'do everyone a favour and die',
      'do us all a favour and jump', 'do the world a favour and jump', 'do us all a favour and kill yourself',
      'do the world a favour and kill yourself', 'do us all a favour and disappear', 'do us a favour and disappear',
      'do us all a favour and drop dead', 'do us all a favour and top yourself', 'jump off a bridge', 'jump off a cliff',
      'go jump off a bridge', 'go jump off a cliff', 'go play in traffic', 'walk into traffic', 'step in front of a train',
      'step in front of a bus', "you'll regret it",
      "you'll regret this", 'you will regret this', "you'll regret that", "you won't know what hit you",
      "i'll be waiting for you", 'i will be waiting for you', "we'll be waiting for you",
      "i'll be waiting outside", 'i will be waiting outside', "i'll see you outside", "see you outside",
            'if i catch you', 'if i ever catch you',       "you're next", 'you are next', "you'll be next",
      "you're dead meat", 'you are dead meat', "you're a dead man", "you're a dead woman", 'your days are numbered', 'i know where you live', 'we know where you live',
      'i know where your kids go to school', 'we know where your kids go to school', 'i know where you work',
      'we know where you work', 'i know where he lives', 'i know where she lives', 'we know where he lives',
      'we know where she lives', 'i know your address', 'we know your address', 'sleep with one eye open',
      'we know which car is yours', 'i know which car is yours', 'we know what car you drive', 'i know what car you drive',
      'we know where you park', 'i know where you park', 'we know which house is yours', 'i know which house is yours',
      'we know where your mum lives', 'i know where your mum lives',
      'i wouldnt piss on you if you were on fire', "i wouldn't piss on you if you were on fire",
      "wouldn't piss on you if you were on fire", "wouldn't spit on you if you were on fire",
      'i hope you rot', 'hope you rot', 'burn in hell', 'rot in hell', 'kys', 'kill yourself', 'kill urself',
      'kill yourselves', 'go kill yourself', 'go and kill yourself', 'neck yourself', 'hang yourself', 'go die',
      'go and die', 'die in a fire', 'die in a ditch', 'slit your throat', "i'll slit your throat",
      "i'm coming for you", "we're coming for you", "you'll pay for this", "you'll pay for that",
      'you will pay for this', "you'll regret it", 'you will regret it', 'he will pay for this',
    ]), AT_END),
  },
  {
    kind: 'threat',
    name: 'or-else-harm',
    // "Keep talking and you'll end up in hospital", "Say that again and you'll be sorry".
    part: seq(
      thenComma(words(['keep talking', 'keep it up', 'carry on', 'carry on like that', 'say that again', 'say it again', 'do that again', 'try that again', 'try it', 'come near me', 'come near me again', 'come round here again', 'show your face', 'show your face here again', 'open your mouth', 'open your mouth again', 'one more word', 'one more post like that', 'post that again'])),
      opt(words(['and', 'or', 'mate', 'pal'])),
      words(["you'll end up", 'you will end up', "you'll wind up", "you'll be", 'you will be', "you'll get", 'you will get', "he'll end up", "she'll end up"]),
      words(['in hospital', 'in a hospital bed', 'in a wheelchair', 'in the ground', 'in a box', 'in a coffin', 'dead', 'in intensive care', 'in a and e', 'six feet under', 'sorry', 'in the river', 'in the canal', 'hurt', 'battered', 'a kicking', 'a slap', 'a beating', 'what is coming', "what's coming", 'found in a ditch']),
    ),
  },
  {
    kind: 'threat',
    name: 'should-be-shot',
    part: seq(words(['deserve', 'deserves', 'deserved', 'should', 'should all', 'ought to', 'needs to', 'need to']), opt(words(['to'])), opt(words(['be'])), words(['shot', 'hanged', 'hung', 'raped', 'killed', 'stabbed', 'beaten', 'strung up', 'lynched', 'put down', 'executed', 'burned alive', 'burnt alive', 'castrated', 'shot on sight'])),
  },
  {
    kind: 'threat',
    name: 'smash-your-face-in',
    part: seq(words(['smash', 'kick', 'punch', 'beat', 'knock', 'bash', 'cave']), words(['your', 'his', 'her', 'their', 'yer', 'ur']), opt(words(['fucking', 'stupid', 'ugly', 'fat'])), words(['face', 'head', 'teeth', 'lights', 'skull']), words(['in', 'out'])),
  },
];

const insult: Structure[] = [
  {
    kind: 'insult',
    name: 'you-are-a-noun',
    part: seq(YOU_ARE, opt(words(['just', 'only', 'nothing but', 'nowt but', 'such', 'really', 'truly', 'honestly', 'basically', 'literally', 'always', 'still', 'officially', 'clearly', 'obviously', 'definitely', 'an absolute', 'a complete', 'such a', 'a right', 'a proper'])), opt(INSULT_DETERMINER), upTo(3, ANY_ADJ), INSULT_NOUN),
  },
  {
    kind: 'insult',
    name: 'you-are-an-adjective-person',
    part: seq(YOU_ARE, opt(INSULT_DETERMINER), upTo(2, ANY_ADJ), INSULT_ADJ, upTo(1, words(SOFT_ADJECTIVES)), words(PERSON_PLAIN)),
  },
  {
    kind: 'insult',
    name: 'you-are-adjective',
    part: seq(YOU_ARE, upTo(2, words(['so', 'such', 'really', 'very', 'too', 'just', 'plain', 'downright', 'fucking', 'bloody', 'utterly', 'completely', 'totally', 'absolutely', 'truly', 'incredibly', 'unbelievably', 'beyond', 'always', 'being', 'still', 'clearly', 'obviously', 'pure', 'actually', 'genuinely', 'honestly', 'literally', 'simply', 'both', 'all', 'ugly and', 'fat and', 'thick and', 'stupid and'])), words(INSULT_PREDICATES)),
  },
  {
    kind: 'insult',
    name: 'vocative-you-noun',
    vocative: true,
    part: seq(YOU, upTo(3, ANY_ADJ), INSULT_NOUN_VOC),
  },
  {
    kind: 'insult',
    name: 'vocative-you-adjective-person',
    vocative: true,
    part: seq(YOU, upTo(2, ANY_ADJ), INSULT_ADJ, upTo(1, words(SOFT_ADJECTIVES)), followedBy(words(PERSON_PLAIN), VOCATIVE_END)),
  },
  {
    kind: 'insult',
    name: 'vocative-you-ing-noun',
    vocative: true,
    part: seq(YOU, ING_ADJ, upTo(1, words(SOFT_ADJECTIVES)), INSULT_NOUN_VOC),
  },
  {
    kind: 'insult',
    name: 'what-a-noun',
    part: seq(words(['what a', 'what an', 'such a', 'such an', 'what a complete', 'what an absolute', 'what a total', 'what an utter', 'what a fucking', 'what a bloody']), upTo(3, ANY_ADJ), anyOf(followedBy(words(INSULT_NOUNS.filter((n) => !NOT_OF_PEOPLE.includes(n))), VOCATIVE_END), seq(INSULT_ADJ, upTo(1, words(SOFT_ADJECTIVES)), followedBy(words(PERSON_PLAIN), VOCATIVE_END)))),
  },
  {
    kind: 'insult',
    name: 'pathetic-excuse',
    part: seq(words(['what a', 'what an', 'such a', 'such an', "you're a", 'you are a', "you're an", 'you are an', 'a', 'an']), words(['pathetic', 'useless', 'sorry', 'poor', 'miserable', 'worthless', 'sad', 'disgusting', 'pitiful', 'feeble', 'shameful', 'vile', 'horrible', 'nasty', 'wretched', 'rotten', 'despicable', 'lousy', 'poisonous']), words(['excuse', 'lump', 'specimen', 'waste', 'excuse for a', 'excuse of a', 'example of'])),
  },
  {
    kind: 'insult',
    name: 'third-person-noun',
    part: seq(
      words(["he's", 'he is', "she's", 'she is', 'he was', 'she was', 'that man is', 'that woman is', 'this man is', 'this woman is', 'that guy is', 'that bloke is', 'that girl is', 'that councillor is', 'this councillor is', 'that officer is', 'your mum is', 'your mother is', 'your wife is', 'your husband is', 'your boss is', "he's just", "she's just", "he's nothing but", "she's nothing but", "he's such", "she's such"]),
      opt(INSULT_DETERMINER),
      upTo(3, ANY_ADJ),
      anyOf(words(INSULT_NOUNS.filter((n) => !['disgrace', 'embarrassment', 'joke', 'nobody', 'dinosaur', 'fossil', 'stain'].includes(n))), seq(INSULT_ADJ, upTo(1, words(SOFT_ADJECTIVES)), words(PERSON_PLAIN))),
    ),
  },
  {
    kind: 'insult',
    // "Jamal is a fool": a name just before, not a sentence's first ordinary word. Nouns that
    // are also animals are left out ("Daisy is a cow" at the farm park).
    name: 'name-is-noun',
    part: precededBy(
      seq(
        words(['is a', 'is an', 'is such a', 'is such an', 'is just a', 'is just an', 'is a complete', 'is an absolute', 'is a total', 'is an utter', 'is a right', 'is a proper', 'is a massive', 'is a bloody', 'is a fucking', 'is nothing but a', 'is nothing but an']),
        upTo(2, ANY_ADJ),
        words(INSULT_NOUNS.filter((n) => !NAME_IS_LITERAL.includes(n) && !NOT_OF_PEOPLE.includes(n))),
      ),
      (t, i) => i > 0 && /^\p{Lu}\p{Ll}/u.test(t.tokens[i - 1]!.raw) && !NOT_A_NAME.has(t.words[i - 1]!),
    ),
  },
  {
    kind: 'insult',
    name: 'you-look-like',
    part: followedBy(
      seq(
        words(['you look like', 'u look like', 'ya look like', 'you lot look like', 'he looks like', 'she looks like', 'you smell like', 'u smell like']),
        opt(words(['a', 'an', 'some', 'a right', 'a proper'])),
        upTo(2, ANY_ADJ),
        anyOf(INSULT_NOUN, words(['monkey', 'ape', 'gorilla', 'chimp', 'baboon', 'pig', 'cow', 'rat', 'donkey', 'whale', 'hippo', 'goblin', 'gremlin', 'troll', 'tramp', 'crackhead', 'smackhead', 'druggie', 'hooker', 'whore', 'slut', 'tart'])),
      ),
      NOT_LITERAL_AT,
    ),
  },
  {
    kind: 'insult',
    name: 'people-are-trash',
    part: followedBy(
      seq(
        anyOf(YOU_ARE, words(["he's", 'he is', "she's", 'she is', "they're", 'they are', 'theyre'])),
        upTo(2, words(['just', 'absolute', 'pure', 'total', 'complete', 'utter', 'such', 'so', 'literally', 'actual', 'not funny', 'human', 'fucking', 'bloody', 'straight'])),
        words(['trash', 'garbage']),
      ),
      NOT_LITERAL,
    ),
  },
  {
    kind: 'insult',
    // "All Okies are trash": a sweeping insult of any people named in the plural.
    name: 'all-of-them-are-insult',
    part: seq(
      words(['all', 'all these', 'all those', 'all the', 'all you']),
      wordWhere((w) => w.length > 3 && w.endsWith('s')),
      words(['are', 'r']),
      upTo(2, words(['just', 'absolute', 'total', 'complete', 'fucking', 'bloody', 'nothing but'])),
      words(['trash', 'garbage', 'scum', 'scumbags', 'idiots', 'morons', 'losers', 'wankers', 'twats', 'cunts', 'retards', 'parasites', 'leeches', 'liars', 'cowards', 'hypocrites', 'imbeciles', 'cretins', 'halfwits', 'numpties', 'muppets', 'clowns']),
    ),
  },
  {
    kind: 'insult',
    name: 'adjective-noun',
    part: seq(
      words(['stupid', 'dumb', 'thick', 'fat', 'ugly', 'pathetic', 'useless', 'worthless', 'brainless', 'clueless', 'idiotic', 'vile', 'gormless', 'spineless', 'gutless', 'lying', 'two-faced', 'pig-ignorant', 'braindead', 'brain-dead', 'moronic', 'filthy', 'disgusting', 'lazy', 'dozy', 'smelly', 'stinking', 'snivelling', 'slimy', 'nasty']),
      followedBy(words(['cow', 'cows', 'pig', 'pigs', 'idiot', 'idiots', 'woman', 'women', 'man', 'men', 'girl', 'girls', 'boy', 'prat', 'prats', 'oaf', 'git', 'gits', 'fool', 'fools', 'hag', 'witch', 'bint', 'sod', 'slob', 'loser', 'losers', 'fuck', 'shit', 'bastard', 'twat', 'cunt', 'bitch', 'hoe', 'ho', 'moron', 'morons', 'bloke', 'creature', 'rat', 'rats', 'snake', 'toad', 'weasel', 'old man', 'old woman', 'old git', 'old cow', 'little man', 'little girl', 'little boy', 'tart', 'slag', 'scum', 'scumbag', 'wretch', 'lump', 'liar', 'liars', 'coward', 'cowards', 'hypocrite', 'hypocrites', 'clown', 'clowns']), NOT_LITERAL),
    ),
  },
  {
    kind: 'insult',
    name: 'shut-up',
    part: followedBy(
      anyOf(
        words(['shut up', 'shut the fuck up', 'shut tf up', 'shut the hell up', 'shut it up', ...MOUTHS.flatMap((m) => [`shut your ${m}`, `shut ur ${m}`, `shut yer ${m}`, `shut your ${m} up`])]),
        seq(words(['shut your', 'shut ur', 'shut yer']), words(['stupid', 'fat', 'big', 'ugly', 'fucking', 'bloody', 'lying', 'filthy', 'dirty', 'smug', 'stinking', 'useless', 'racist', 'whining', 'moaning']), words(MOUTHS)),
        words(['stfu', 'gtfo', 'foh', 'shut it you', 'pipe down you', 'wind your neck in', 'get lost you', 'piss off you', 'sod off you', 'bugger off you', 'do one you', 'jog on you', 'naff off you', 'crawl back under your rock', 'crawl back under your stone', 'crawl back into your hole', 'crawl back into your cave', 'go back under your rock', 'get back under your rock', 'go back to your cave', 'crawl back to your sewer', 'nobody asked you', 'no one asked you', 'grow a brain', 'grow a spine', 'grow some balls', 'you make me sick', 'you disgust me']),
      ),
      notFollowedBy(['shop', 'and take', 'for the', 'early', 'at', 'until', 'till', 'over', 'during', 'on christmas', 'on sunday', 'on monday', 'on bank']),
    ),
  },
  {
    kind: 'insult',
    name: 'dismissal',
    part: precededBy(followedBy(words(['get lost', 'get stuffed', 'drop dead', 'get a life', 'get a brain', 'piss off', 'sod off', 'bugger off', 'naff off', 'do one', 'jog on', 'get out of my sight', 'get out of my face', 'take a hike', 'go to hell', 'go fuck yourself', 'get to fuck', 'fuck off', 'eff off', 'eff you', 'fuck you', 'screw you']), AT_END), IMPERATIVE),
  },
  {
    kind: 'insult',
    name: 'you-are-the-worst',
    part: seq(YOU_ARE, opt(words(['honestly', 'literally', 'officially', 'probably', 'definitely', 'easily', 'by far'])), words(['the thickest', 'the stupidest', 'the dumbest', 'the ugliest', 'the fattest', 'the laziest', 'the worst', 'the most stupid', 'the most useless', 'the most pathetic', 'the most ignorant', 'the most annoying', 'the most arrogant', 'the most vile', 'the most disgusting', 'the most obnoxious', 'the most clueless', 'the most deluded', 'the biggest']), upTo(1, words(SOFT_ADJECTIVES)), anyOf(words(PERSON_PLAIN), INSULT_NOUN, words(['excuse for', 'councillor', 'officer', 'mp', 'minister', 'boss', 'manager', 'teacher', 'driver']))),
  },
  {
    kind: 'insult',
    name: 'comma-vocative',
    part: precededBy(followedBy(words(['loser', 'freak', 'creep', 'weirdo', 'clown', 'idiot', 'moron', 'muppet', 'numpty', 'halfwit', 'dimwit', 'snowflake', 'dickhead', 'knobhead', 'prat', 'pillock', 'plonker', 'dumbass', 'dipshit', 'imbecile', 'cretin']), (t, j) => j >= t.tokens.length || /[.!?]/.test(t.gaps[j]!)), afterPunctuation(/[,!?]/)),
  },
  {
    kind: 'insult',
    name: 'hos',
    part: anyOf(
      seq(words(['a', 'that', 'this', 'these', 'them', 'those', 'you', 'ya', 'yo', 'my', 'your', 'ur', 'dumb', 'stupid', 'lil', 'little', 'old', 'side', 'fake', 'broke', 'ugly', 'fat', 'all the']), words(['hos'])),
      seq(words(['a', 'that', 'this', 'you', 'ya', 'yo', 'ur', 'dumb', 'stupid', 'lil', 'little', 'side', 'fake', 'broke', 'ugly', 'fat']), followedBy(words(['ho']), notFollowedBy(['ho']))),
    ),
  },
  {
    kind: 'insult',
    name: 'need-a-slap',
    part: seq(words(['you', 'u', 'he', 'she', 'they', 'you all', 'you lot', 'someone', 'somebody']), words(['need', 'needs', 'want', 'wants', 'deserve', 'deserves', 'are asking for', 'is asking for']), words(['a slap', 'a smack', 'a kicking', 'a good kicking', 'a good hiding', 'a beating', 'a good slap', 'a smack in the mouth', 'a punch in the face', 'a kick up the arse', 'a clip round the ear', 'slapping', 'a slap in the face'])),
  },
];

const slur: Structure[] = [
  {
    kind: 'slur',
    name: 'gay-as-insult',
    part: anyOf(
      seq(words(["that's", 'thats', 'so', 'such', 'fucking', 'fuckin', 'too', 'how']), words(['gay'])),
      seq(words(['gay']), words(['ass', 'af', 'as fuck', 'boy bitch'])),
      seq(YOU_ARE, opt(words(['so', 'fucking', 'such a', 'a'])), words(['gay', 'homo', 'queer', 'poof', 'nancy boy', 'bender', 'fudge packer'])),
      seq(words(['you', 'u', 'ya', 'fucking', 'fuckin', 'dirty', 'filthy', 'stupid', 'bloody']), words(['queer', 'queers', 'homo', 'homos', 'poof', 'poofs', 'bender', 'benders', 'nancy boy', 'pansy', 'fairy'])),
    ),
  },
];

/** Every structure, in the order they are tried. */
export const STRUCTURES: readonly Structure[] = [...generalisation, ...dehumanising, ...xenophobia, ...threat, ...insult, ...slur];

// The abuse lexicon: words and frames, grouped by what they do to a person. Built from
// general knowledge of English hate speech (Hatebase-style slur lists, the UK protected
// characteristics in the Equality Act 2010) and tuned on the development half of the
// Davidson et al. sample in tests/data/davidson (even row indices only).
//
// Single words are looked up after normalising leetspeak and stretched letters, so
// "b1tch", "biiitch" and "n!gga" count; frames are regular expressions over the text,
// because "all Muslims are …" or "go back to where you came from" are about word order.

export type AbuseKind = 'slur' | 'dehumanising' | 'xenophobia' | 'generalisation' | 'insult' | 'threat';

/** Slurs on a protected characteristic (race, religion, sexuality, gender identity, disability). */
export const SLUR_WORDS = [
  'nigger', 'niggers', 'nigga', 'niggas', 'niggaz', 'niggah', 'niggahs', 'nigguh', 'nigguhs', 'nigg', 'niggs',
  'nig', 'nigs', 'niggress', 'niglet', 'niglets', 'nigglet', 'nigglets', 'nicca', 'niccas', 'niqqa', 'negro',
  'negroes', 'negros', 'negress', 'coon', 'coons', 'darkie', 'darkies', 'darky', 'jigaboo', 'jigaboos', 'jiggaboo',
  'sambo', 'sambos', 'wog', 'wogs', 'golliwog', 'golliwogs', 'gollywog', 'paki', 'pakis', 'chink', 'chinks',
  'chinky', 'chinkies', 'gook', 'gooks', 'spic', 'spics', 'spick', 'spicks', 'wetback', 'wetbacks', 'beaner',
  'beaners', 'kike', 'kikes', 'kyke', 'yid', 'yids', 'heeb', 'heebs', 'hymie', 'raghead', 'ragheads', 'towelhead',
  'towelheads', 'muzzie', 'muzzies', 'muzrat', 'muzrats', 'mussie', 'mussies', 'whitey', 'whities', 'honky', 'honkey',
  'honkies', 'honkeys', 'cracka', 'crackas', 'wigger', 'wiggers', 'wigga', 'wiggas', 'injun', 'injuns', 'squaw',
  'squaws', 'boong', 'boongs', 'boonga', 'gyppo', 'gyppos', 'gypo', 'gypos', 'gippo', 'gippos',
  'pikey', 'pikeys', 'pikies', 'faggot', 'faggots', 'fagot', 'fagots', 'faggit', 'faggits', 'fag', 'fags', 'fagg',
  'faggy', 'dyke', 'dykes', 'lezzer', 'lezzers', 'lezza', 'lezzie', 'lezzies', 'lesbo', 'poofter', 'poofters',
  'pooftah', 'poofs', 'shemale', 'shemales', 'tranny', 'trannies', 'trannie', 'troon', 'troons', 'retard',
  'retards', 'retarded', 'tard', 'tards', 'libtard', 'libtards', 'spastic', 'spastics', 'spaz', 'spazz', 'spazzes',
  'spacker', 'spackers', 'spakka', 'mong', 'mongs', 'mongoloid', 'mongoloids', 'midget', 'midgets', 'dago', 'dagos',
  'wop', 'wops', 'polack', 'polacks', 'japs', 'kraut', 'krauts', 'gaywad', 'gaywads', 'shirtlifter',
  'shirtlifters', 'bumboy', 'bumboys', 'batty',
];

export const SLUR_PHRASES = [
  'sand nigger', 'sand niggers', 'porch monkey', 'porch monkeys', 'porch monkies', 'spear chucker',
  'spear chuckers', 'jungle bunny', 'jungle bunnies', 'tar baby', 'camel jockey', 'camel jockeys', 'half breed',
  'half-breed', 'half caste', 'half-caste', 'border hopper', 'border hoppers', 'white trash', 'trailer trash',
  'trailer park trash', 'ghetto trash', 'nig nog', 'nig nogs', 'ching chong', 'dirty jew', 'dirty jews',
  'filthy jew', 'filthy jews', 'dirty paki', 'dirty pakis', 'batty boy', 'batty boys', 'bum boy', 'sub human',
  'subhuman', 'sub-human', 'subhumans',
];

/** Insults, mostly gendered, that attack a person rather than a protected group. */
export const INSULT_WORDS = [
  'bitch', 'bitches', 'bitchy', 'bitchin', 'bitching', 'bitchass', 'biatch', 'biatches', 'biotch', 'bytch',
  'bytches', 'bish', 'hoe', 'hoes', 'hoez', 'hoebag', 'thot', 'thots', 'thottie', 'slut', 'sluts', 'slutty', 'whore',
  'whores', 'skank', 'skanks', 'skanky', 'slag', 'slags', 'slapper', 'slappers', 'cunt', 'cunts', 'twat', 'twats',
  'pussy', 'pussies', 'pussyass', 'dickhead', 'dickheads', 'knobhead', 'knobheads', 'bellend', 'bellends', 'wanker',
  'wankers', 'tosser', 'tossers', 'prick', 'pricks', 'arsehole', 'arseholes', 'asshole', 'assholes', 'douche',
  'douchebag', 'douchebags', 'dumbass', 'dumbasses', 'jackass', 'jackasses', 'dipshit', 'dipshits', 'shithead',
  'shitheads', 'scumbag', 'scumbags', 'scum', 'idiot', 'idiots', 'moron', 'morons', 'moronic', 'imbecile',
  'imbeciles', 'cretin', 'cretins', 'halfwit', 'halfwits', 'nitwit', 'dimwit', 'dimwits', 'numpty', 'numpties',
  'pillock', 'pillocks', 'plonker', 'nonce', 'nonces', 'paedo', 'paedos', 'pedo', 'pedos', 'fuckwit', 'fuckwits',
  'fucktard', 'fucktards', 'cocksucker', 'cocksuckers', 'motherfucker', 'motherfuckers', 'mofo', 'fuckboy',
  'fuckboi', 'slutbag', 'cuntrag', 'twatwaffle', 'thundercunt', 'bastards',
];

/** Word fragments that make any word they are in a slur or an insult ("bitchmade", "swagfags"). */
export const ROOTS: Array<{ root: string; kind: AbuseKind; unless?: RegExp }> = [
  { root: 'nigg', kind: 'slur', unless: /^s?nigg(?:le|led|les|ling|lingly|ly|ard|ardly|ardliness)$|^snigger/ },
  { root: 'nicca', kind: 'slur' },
  { root: 'niglet', kind: 'slur' },
  { root: 'faggot', kind: 'slur' },
  { root: 'fagot', kind: 'slur', unless: /^fagott/ },
  { root: 'retard', kind: 'slur', unless: /^(?:fire)?retardants?$|^retardation$/ },
  { root: 'wetback', kind: 'slur' },
  { root: 'beaner', kind: 'slur' },
  { root: 'wigger', kind: 'slur' },
  { root: 'bitch', kind: 'insult' },
  { root: 'biatch', kind: 'insult' },
  { root: 'cunt', kind: 'insult', unless: /scunthorp|cunth/ },
  { root: 'whore', kind: 'insult' },
  { root: 'slut', kind: 'insult', unless: /^slutsk/ },
  { root: 'twat', kind: 'insult', unless: /^twatt/ },
];
/** "fag" at the start or end of a word: "fags", "swagfags", "fagjo"; not "Fagin" or "fagus". */
export const FAG_AFFIX = /^fag(?!in|an|us|iol|ott)|fags?$/;

/** Words that are fine next to an otherwise abusive word. */
export const EXCEPTIONS: Array<{ word: string; before?: RegExp; after?: RegExp }> = [
  { word: 'coon', before: /(?:maine|ra|rac)\s*$/i },
  { word: 'dyke', before: /(?:offa'?s|devil'?s|van)\s*$/i, after: /^\s*(?:road|street|lane|avenue|close|house)/i },
  { word: 'dykes', after: /^\s*(?:road|street|lane|avenue)/i },
  { word: 'spic', after: /^\s*(?:and|&|n)\s*span/i },
  { word: 'spick', after: /^\s*(?:and|&|n)\s*span/i },
  { word: 'honky', after: /^\s*-?\s*tonk/i },
  { word: 'pussy', after: /^\s*-?\s*(?:cats?|willow|foot|footing|riot)/i },
  { word: 'pussies', after: /^\s*-?\s*(?:cats?|willows)/i },
  { word: 'idiot', after: /^(?:'?s\s+guide|\s*-\s*proof)/i },
  { word: 'slag', after: /^\s*(?:heaps?|tips?|piles?|wool)/i },
  { word: 'idiots', after: /^'?\s+guide/i },
  { word: 'mong', before: /h\s*$/i },
  { word: 'batty', after: /^\s*(?!boys?\b)/i },
  { word: 'prick', before: /(?:a|the|little|small)\s+$/i, after: /^\s*(?:of|on|test|a\s+finger)/i },
  { word: 'scum', before: /(?:pond|surface|soap)\s*$/i },
  { word: 'tard', before: /(?:mus)\s*$/i },
];

// Groups protected by the Equality Act (and a few that attract the same abuse), plural.
export const GROUPS = [
  'muslims', 'moslems', 'jews', 'jewish people', 'blacks', 'black people', 'black men', 'black women', 'whites',
  'white people', 'asians', 'arabs', 'mexicans', 'africans', 'indians', 'pakistanis', 'bangladeshis',
  'chinese people', 'poles', 'polish people', 'romanians', 'bulgarians', 'eastern europeans', 'gypsies',
  'travellers', 'travelers', 'roma', 'immigrants', 'migrants', 'refugees', 'asylum seekers', 'foreigners',
  'illegals', 'illegal immigrants', 'christians', 'catholics', 'hindus', 'sikhs', 'gays', 'gay people', 'gay men',
  'lesbians', 'homosexuals', 'queers', 'trans people', 'transgender people', 'trans women', 'trans men',
  'transsexuals', 'bisexuals', 'women', 'females', 'girls', 'men', 'disabled people', 'the disabled', 'cripples',
  'autistic people', 'old people', 'the elderly', 'elderly people', 'pensioners', 'mentally ill people', 'fat people',
  'catholic priests', 'priests', 'nuns', 'atheists',
];
export const GROUP_SINGULAR = [
  'muslim', 'jew', 'immigrant', 'migrant', 'refugee', 'foreigner', 'paki', 'asian', 'arab', 'mexican',
  'african', 'indian', 'gypsy', 'traveller', 'romanian', 'woman', 'female', 'lesbian', 'homosexual',
  'tranny', 'christian', 'catholic', 'hindu', 'sikh',
];
// What a sweeping generalisation says about the group.
export const NEGATIVE = [
  'criminals', 'terrorists', 'rapists', 'paedophiles', 'pedophiles', 'paedos', 'pedos', 'groomers', 'thieves',
  'scroungers', 'spongers', 'lazy', 'stupid', 'thick', 'dirty', 'filthy', 'smelly', 'evil', 'violent', 'dangerous',
  'disgusting', 'animals', 'savages', 'scum', 'vermin', 'parasites', 'trash', 'rubbish', 'liars', 'cheats',
  'inferior', 'subhuman', 'worthless', 'useless', 'a problem', 'the problem', 'a threat', 'a danger', 'a disease',
  'a plague', 'a cancer', 'the same', 'breeding', 'invading', 'taking over', 'ruining', 'destroying', 'to blame',
  'sick', 'perverts', 'freaks', 'abominations', 'an abomination', 'unnatural', 'not welcome', 'not human',
  'cockroaches', 'rats', 'a disgrace', 'whores', 'sluts', 'hoes', 'bitches', 'idiots', 'morons', 'retarded', 'crazy',
  'greedy', 'sneaky', 'inbred', 'backward', 'primitive', 'uncivilised', 'uncivilized', 'a waste of space',
  'useless eaters', 'leeches', 'bad drivers', 'good for nothing', 'only good for', 'all the same', 'ugly',
  'fat', 'gross', 'weak', 'cowards', 'traitors', 'a joke', 'a burden', 'a drain', 'not real women', 'not real men',
  'mentally ill', 'an abomination', 'degenerates', 'groomers',
];
// Said of a whole group with nothing more ("Lesbians are disgusting"): clear enough alone.
// Words that are also ordinary ("the same", "sick", "crazy about") need "all" or "typical".
export const NEGATIVE_ALONE = NEGATIVE.filter((w) => !['the same', 'sick', 'crazy', 'weak', 'fat', 'ugly', 'breeding', 'to blame', 'a problem', 'a danger', 'backward'].includes(w));
// Said of people, these are dehumanising on their own ("they are vermin").
export const DEHUMANISING = [
  'vermin', 'cockroaches', 'roaches', 'parasites', 'savages', 'subhuman', 'sub-human', 'scum', 'filth',
  'a disease', 'a plague', 'a cancer', 'an infestation', 'a virus', 'leeches', 'not human', 'less than human',
  'barely human',
];
// Animal words only count when a group of people is named ("immigrants are animals"):
// "they are animals" may well be about animals.
export const ANIMALS = ['animals', 'rats', 'beasts', 'apes', 'monkeys', 'dogs', 'pigs', 'insects', 'a swarm', 'monsters'];
const INSULT_ADJ = [
  'stupid', 'dumb', 'thick', 'fat', 'ugly', 'pathetic', 'useless', 'worthless', 'disgusting', 'ignorant',
  'brainless', 'clueless', 'idiotic', 'vile', 'filthy', 'lazy', 'repulsive', 'braindead', 'brain dead', 'gormless',
  'dozy', 'thick as mince', 'spineless', 'nasty', 'horrible', 'lying', 'snivelling', 'sad', 'pitiful', 'two-faced',
  'ignorant', 'thick-headed', 'spiteful', 'deluded', 'evil',
];
// Mild words that insult only next to an insulting adjective ("you sad little man").
const PERSON_PLAIN = ['man', 'woman', 'boy', 'girl', 'person', 'thing', 'creature', 'specimen', 'individual', 'human being', 'piece of work', 'hag', 'witch', 'bint', 'cow', 'old man', 'old woman'];
const SOFT_ADJ = ['little', 'old', 'silly', 'stupid', 'fat', 'ugly', 'sad', 'nasty', 'vile', 'pathetic', 'lying', 'horrible', 'spineless', 'miserable', 'evil', 'dirty', 'filthy', 'disgusting', 'thick', 'dozy', 'useless', 'worthless', 'two-faced'];
// Stereotyping adjectives before a group ("lazy Poles", "thieving gypsies").
const GROUP_ADJ = ['lazy', 'dirty', 'filthy', 'thieving', 'stinking', 'smelly', 'greedy', 'bloody', 'fucking', 'scrounging', 'sponging', 'illegal'];
// Plural group words that are also used without "people" ("Poles", "Jews").
const INSULT_NOUN_AFTER_ADJ = [
  'cow', 'cows', 'pig', 'pigs', 'idiot', 'idiots', 'woman', 'women', 'man', 'men', 'girl', 'girls', 'boy', 'person',
  'people', 'prat', 'prats', 'oaf', 'git', 'gits', 'fool', 'fools', 'hag', 'witch', 'bint', 'sod', 'slob', 'mess',
  'loser', 'losers', 'fuck', 'shit', 'bastard', 'twat', 'cunt', 'bitch', 'hoe', 'ho',
];
const PERSON_INSULT_NOUN = [
  'loser', 'freak', 'creep', 'clown', 'disgrace', 'embarrassment', 'waste of space', 'waste of oxygen',
  'waste of skin', 'joke', 'nobody', 'parasite', 'leech', 'liar', 'fraud', 'coward', 'nutter', 'psycho', 'weirdo',
  'prat', 'git', 'tit', 'muppet', 'clown', 'buffoon', 'simpleton', 'degenerate', 'lowlife', 'low life', 'scrounger',
  'cow', 'pig', 'rat', 'snake', 'worm', 'crook', 'thief', 'old hag', 'hag', 'nasty piece of work', 'lying snake',
];

const alt = (xs: readonly string[]) =>
  [...new Set(xs)]
    .sort((a, b) => b.length - a.length)
    .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const YOU = "(?:you|u|ya|yu|ye|you\\s+lot)";
const YOU_ARE = "(?:you(?:'re|’re|re|\\s+are|\\s+r)|ur|u\\s+r|u\\s+are|you\\s+is|youre)";

/** Frames: word order that makes ordinary words abusive. Each is a flat alternation. */
/** Lower-case words of phrases, for the gates below. */
const wordsOf = (...lists: ReadonlyArray<readonly string[]>) =>
  new Set(lists.flat().flatMap((p) => p.toLowerCase().split(/[\s-]+/)).filter((w) => w.length > 1 && !['a', 'an', 'the', 'of', 'than', 'not', 'less', 'no', 'all', 'so', 'to'].includes(w)));

/**
 * Frames: word order that makes ordinary words abusive. Each is a flat alternation. A frame
 * only runs on a sentence that contains one of its gate words, so long posts cost little.
 */
export const FRAMES: Array<{ kind: AbuseKind; gate: ReadonlySet<string>; re: RegExp }> = [
  // Dehumanising comparisons about a group or "them".
  {
    kind: 'dehumanising',
    gate: wordsOf(DEHUMANISING, ANIMALS),
    re: new RegExp(
      [
        `${B}(?:${alt(GROUPS)}|they|these\\s+people|those\\s+people|you\\s+people|people\\s+like\\s+(?:them|that|you))\\s+(?:are|r|is|were)\\s+(?:(?:all|just|nothing\\s+but|like|no\\s+better\\s+than|basically|literally|fucking|bloody)\\s+){0,2}(?:${alt(DEHUMANISING)})${E}`,
        `${B}(?:${alt(GROUPS)}|these\\s+people|those\\s+people|you\\s+people)\\s+(?:are|r|is|were)\\s+(?:(?:all|just|nothing\\s+but|like|no\\s+better\\s+than|basically|literally|fucking|bloody)\\s+){0,2}(?:${alt(ANIMALS)})${E}`,
      ].join('|'),
      'giu',
    ),
  },
  {
    kind: 'dehumanising',
    gate: wordsOf(['swarm', 'swarms', 'infestation', 'plague', 'horde', 'hordes', 'invasion', 'flood', 'breed', 'breeding', 'exterminated', 'wiped', 'gassed', 'put', 'culled', 'sterilised', 'sterilized']),
    re: new RegExp(
      `${B}(?:(?:swarms?|infestation|plague|hordes?|invasion|flood)\\s+of\\s+(?:${alt(GROUPS)})|(?:${alt(GROUPS)})\\s+(?:breed(?:ing)?\\s+like\\s+(?:rabbits|rats)|should\\s+be\\s+(?:exterminated|wiped\\s+out|gassed|put\\s+down|culled|sterilised|sterilized)))${E}`,
      'giu',
    ),
  },
  // "Go back to where you came from" and its relatives.
  {
    kind: 'xenophobia',
    gate: wordsOf(['back', 'home', 'country', 'jungle', 'welcome', 'belong', 'english', 'out', 'deport', 'kind', 'allowed', 'england', 'britain', 'wants', 'much']),
    re: new RegExp(
      [
        `${B}go\\s+back\\s+(?:to\\s+)?(?:where\\s+(?:you|u|they|ya)\\s+(?:came|come)\\s+from|(?:your|ur|their|yer)\\s+(?:own\\s+)?(?:country|countries|home\\s*land|homeland|land)|africa|asia|india|pakistan|poland|romania|mexico|china|the\\s+jungle|your\\s+own\\s+kind)`,
        `${B}(?:send|ship|kick|boot|fly)\\s+(?:them|em|'em|the\\s+lot|all\\s+of\\s+them)\\s+(?:all\\s+)?(?:back|home)(?:\\s*(?:[.!]|$)|\\s+to\\s+(?:where|their|your|ur))`,
        `${B}(?:get|fuck|piss)\\s+out\\s+of\\s+(?:my|our|this)\\s+country`,
        `${B}(?:get|go|send\\s+(?:them|him|her))\\s+back\\s+to\\s+the\\s+jungle`,
        `${B}go\\s+home\\s+to\\s+(?:your\\s+own\\s+country|poland|romania|bulgaria|pakistan|india|africa|china|mexico|jamaica|somalia|syria|iraq|albania|where\\s+(?:you|u)\\s+came\\s+from)`,
        `${B}nobody\\s+wants\\s+(?:you|u|your\\s+kind|them|you\\s+people)\\s+(?:here|in\\s+this\\s+country)`,
        `${B}(?:your|their)\\s+kind\\s+(?:isn'?t|is\\s+not|aren'?t|are\\s+not|not)\\s+welcome`,
        `${B}people\\s+like\\s+(?:you|them)\\s+(?:shouldn'?t|should\\s+not)\\s+be\\s+allowed`,
        `${B}(?:move|go)\\s+(?:back\\s+)?to\\s+[\\p{L}]+\\s+if\\s+you\\s+(?:love|like)\\s+it\\s+so\\s+much`,
        `${B}(?:not\\s+welcome|don'?t\\s+belong)\\s+(?:here|in\\s+(?:this|our|my)\\s+country|in\\s+britain|in\\s+england|in\\s+the\\s+uk)`,
        `${B}(?:our|this|my)\\s+country\\s+is\\s+(?:being\\s+)?(?:invaded|overrun|taken\\s+over|flooded|swamped)`,
        `${B}speak\\s+english\\s+or\\s+(?:go|get|leave|fuck|piss)`,
        `${B}(?:foreigners|immigrants|migrants|refugees|muslims|pakis|illegals)\\s+out${E}`,
        `${B}deport\\s+(?:them|the\\s+lot|all\\s+of\\s+them|every\\s+(?:last\\s+)?one|all\\s+(?:${alt(GROUPS)}))`,
        `${B}(?:england|britain)\\s+(?:is\\s+)?for\\s+the\\s+(?:english|british|whites?)`,
      ].join('|'),
      'giu',
    ),
  },
  // Sweeping generalisations about a protected group.
  {
    kind: 'generalisation',
    gate: wordsOf(GROUPS, GROUP_SINGULAR, ['typical', 'overrun', 'bitches', 'hoes', 'fags', 'faggots', 'niggers', 'niggas', 'women', 'girls', 'wives', 'scroungers']),
    re: new RegExp(
      [
        `${B}(?:all|most|these|those|fucking|bloody|typical|every\\s+single)\\s+(?:${alt(GROUPS)})\\s+(?:are|r)\\s+(?:(?:all|just|so|such|fucking|bloody|basically|nothing\\s+but)\\s+){0,2}(?:${alt(NEGATIVE)})${E}`,
        `${B}(?:${alt(GROUPS)})\\s+(?:are|r)\\s+(?:all|always|just|nothing\\s+but|only)\\s+(?:(?:so|such|fucking|bloody)\\s+)?(?:${alt(NEGATIVE)})${E}`,
        `${B}(?:${alt(GROUPS)})\\s+(?:are|r)\\s+(?:(?:so|such|fucking|bloody|basically|literally|simply)\\s+)?(?:${alt(NEGATIVE_ALONE)})${E}`,
        `${B}(?:${alt(GROUPS)})\\s+(?:should|need\\s+to|must)\\s+(?:all\\s+)?(?:be\\s+)?(?:deported|banned|shot|hanged|hung|killed|gassed|locked\\s+up|sent\\s+back|go\\s+back|burn(?:ed|t)?|die|get\\s+out)${E}`,
        `${B}(?:ban|deport|kill|hang|gas|exterminate)\\s+(?:all\\s+)?(?:the\\s+)?(?:${alt(GROUPS)})${E}`,
        `${B}(?:i|we)\\s+(?:hate|despise|can'?t\\s+stand|cannot\\s+stand)\\s+(?:all\\s+)?(?:the\\s+)?(?:(?:dumb|fat|ugly|stupid|fucking|bloody)\\s+)?(?:${alt(GROUPS)}|bitches|hoes|fags|faggots|niggers|niggas)${E}`,
        `${B}(?:every|typical|bloody|fucking)\\s+(?:${alt(GROUP_SINGULAR)})\\s+(?:is|are)\\s+(?:(?:a|an|so|such\\s+a)\\s+)?(?:${alt(NEGATIVE)})${E}`,
        `${B}typical\\s+(?:(?:${alt(GROUP_ADJ)})\\s+)?(?:${alt(GROUP_SINGULAR)}|${alt(GROUPS)})${E}`,
        `${B}(?:${alt(GROUP_ADJ)})\\s+(?:${alt(GROUPS)})${E}`,
        `${B}(?:${alt(GROUPS)})\\s+(?:control|run|own)\\s+(?:the\\s+)?(?:media|banks|world|government|country|everything|hollywood)${E}`,
        `${B}(?:${alt(GROUPS)})\\s+(?:are\\s+)?(?:stealing|taking|nicking)\\s+(?:all\\s+)?our\\s+(?:jobs|houses|homes|benefits|women|country)${E}`,
        `${B}(?:women|girls|wives)\\s+(?:belong|should\\s+stay)\\s+in\\s+the\\s+kitchen${E}`,
        `${B}(?:${alt(GROUPS)})\\s+should\\s+(?:all\\s+)?be\\s+(?:moved\\s+on|kicked\\s+out|rounded\\s+up|sent\\s+home|thrown\\s+out|sterilised)${E}`,
        `${B}overrun\\s+(?:by|with)\\s+(?:${alt(GROUPS)}|scroungers|foreigners|immigrants|migrants)${E}`,
      ].join('|'),
      'giu',
    ),
  },
  // Homophobic use of ordinary words.
  {
    kind: 'slur',
    gate: wordsOf(['gay', 'queer', 'queers', 'homo', 'homos']),
    re: new RegExp(
      `${B}(?:(?:that'?s|thats|so|such|fucking|fuckin|too)\\s+gay|gay\\s+(?:ass|af|as\\s+fuck|boy\\s+bitch)|${YOU_ARE}\\s+(?:so\\s+|fucking\\s+|such\\s+a\\s+)?gay|(?:you|u|ya|fucking|fuckin|dirty|filthy|stupid)\\s+(?:queers?|homos?))${E}`,
      'giu',
    ),
  },
  // Insults aimed at a person.
  {
    kind: 'insult',
    gate: wordsOf(INSULT_ADJ, SOFT_ADJ, ['you', 'u', 'ya', 'yu', 'ye', "you're", 'youre', 'ur', 'what', 'such', 'he', 'she', 'they', "he's", "she's", "they're", 'that', 'this', 'get', 'shut', 'stfu', 'gtfo', 'foh', 'ho', 'hos', 'loser', 'freak', 'creep', 'weirdo', 'clown']),
    re: new RegExp(
      [
        `${B}${YOU_ARE}\\s+(?:(?:such|so|a|an|one|the|really|fucking|bloody|absolute|complete|total|utter|right)\\s+){0,3}(?:${alt(INSULT_ADJ)}|${alt(PERSON_INSULT_NOUN)})${E}`,
        `${B}${YOU}\\s+(?:(?:absolute|complete|total|utter|fucking|bloody|stupid|little|fat)\\s+)?(?:${alt(PERSON_INSULT_NOUN)}|${alt(INSULT_ADJ)})${E}`,
        `${B}(?:what\\s+an?|such\\s+an?)\\s+(?:(?:absolute|complete|total|utter|fucking|bloody)\\s+)?(?:${alt(PERSON_INSULT_NOUN)})${E}`,
        `${B}(?:what\\s+an?|such\\s+an?|you(?:'re|\\s+are)?\\s+an?)\\s+(?:pathetic|useless|sorry|poor|miserable|worthless)\\s+(?:excuse|lump|specimen|waste)${E}`,
        `${B}(?:${YOU}|${YOU_ARE}(?:\\s+(?:a|an|such\\s+a|nothing\\s+but\\s+a))?)\\s+(?:(?:${alt(SOFT_ADJ)}|${alt(INSULT_ADJ)})\\s+){1,3}(?:${alt(PERSON_PLAIN)}|${alt(PERSON_INSULT_NOUN)})${E}`,
        `${B}${YOU_ARE}\\s+(?:nothing\\s+but\\s+)?(?:a|an)\\s+(?:${alt(PERSON_INSULT_NOUN)})${E}`,
        `${B}(?:you(?:'re|\\s+are)|ur)\\s+the\\s+(?:thickest|stupidest|dumbest|ugliest|fattest|laziest|worst|most\\s+(?:stupid|useless|pathetic|ignorant))\\s+(?:person|man|woman|idiot|thing)${E}`,
        `${B}get\\s+lost(?=\\s*(?:[,.!?]|$))`,
        `(?<=[,!?]\\s{0,3})(?:loser|freak|creep|weirdo|clown)${E}`,
        `${B}(?:that|this)\\s+(?:woman|man|guy|bloke|girl|councillor|officer)\\s+is\\s+(?:a|an)\\s+(?:(?:${alt(SOFT_ADJ)})\\s+)?(?:liar|cow|pig|idiot|moron|disgrace|crook|thief|snake|witch|bitch)${E}`,
        `${B}(?:you|u)\\s+need\\s+a\\s+(?:slap|smack|kicking|good\\s+hiding|beating)${E}`,
        `${B}(?:he|she|they|that\\s+(?:councillor|officer|man|woman|guy|bloke|idiot)|this\\s+(?:councillor|officer|man|woman|guy|bloke))\\s+(?:is|'s|are)\\s+(?:a|an)\\s+(?:(?:complete|total|absolute|utter|lying|proper)\\s+)?(?:liar|coward|fraud|idiot|moron|disgrace|clown|crook|thief|criminal|parasite|psycho|nutter|loser|waste\\s+of\\s+space)${E}`,
        `${B}(?:${alt(INSULT_ADJ)})\\s+(?:${alt(INSULT_NOUN_AFTER_ADJ)})${E}`,
        `${B}(?:a|that|this|these|them|those|you|ya|yo|my|your|ur|dumb|stupid|lil|little|old|side|fake|broke|ugly|fat|all\\s+the)\\s+hos${E}`,
        `${B}(?:a|that|this|you|ya|yo|ur|dumb|stupid|lil|little|side|fake|broke|ugly|fat)\\s+ho(?![\\p{L}\\p{N}]|\\s+ho)`,
        `${B}(?:shut\\s+(?:the\\s+fuck\\s+|tf\\s+|your\\s+(?:mouth|face|gob)\\s+)?up|stfu|gtfo|foh)(?!\\s+(?:shop|and\\s+take))${E}`,
      ].join('|'),
      'giu',
    ),
  },
  // Threats and wishing harm.
  {
    kind: 'threat',
    gate: wordsOf(['kys', 'kill', 'go', 'drop', 'die', 'neck', 'hang', 'hope', "i'll", 'ill', 'i', "i'm", 'im', 'ima', 'imma', 'we', "we'll", 'slit', 'string', "you're", 'youre', 'ur', 'know', 'smash', 'kick', 'punch', 'beat', 'knock', 'bash', 'cave', 'teach', 'deserves', 'deserve', 'should', 'coming', 'regret', 'pay', "you'll", "he'll", "she'll", "we're"]),
    re: new RegExp(
      [
        `${B}(?:kys|kill\\s+(?:your|yo|ur)\\s*self|go\\s+(?:and\\s+)?die|drop\\s+dead|die\\s+in\\s+a\\s+(?:fire|ditch|hole)|neck\\s+yourself|hang\\s+yourself)${E}`,
        `${B}(?:i|we)\\s+hope\\s+(?:you|u|he|she|they)\\s+(?:die|dies|get\\s+cancer|rot|burn|suffer|get\\s+raped)`,
        `${B}(?:i'?ll|i\\s+will|i'?m\\s+(?:gonna|going\\s+to)|ima|imma|i\\s+wanna|we'?ll|we\\s+will)\\s+(?:fucking\\s+)?(?:kill|shoot|stab|murder|beat|batter|hurt|punch|smack|slap|knock\\s+out|end|merk|cut|slit)\\s+(?:you|u|ya|him|her|them)${E}`,
        `${B}slit\\s+(?:your|ur|his|her|their|yo)\\s+throat`,
        `${B}(?:i|we)\\s+know\\s+where\\s+(?:you|u|he|she|they)\\s+lives?${E}`,
        `${B}(?:smash|kick|punch|beat|knock|bash|cave)\\s+(?:your|his|her|their|yer|ur)\\s+(?:face|head|teeth|lights|skull)\\s+(?:in|out)${E}`,
        `${B}(?:i|we)\\s+hope\\s+(?:your|his|her|their)\\s+(?:house|home|car|family|kids)\\s+(?:burns?\\s+down|burns|gets?\\s+(?:burgled|torched|smashed))`,
        `${B}teach\\s+(?:her|him|them|you)\\s+a\\s+lesson${E}`,
        `${B}(?:you'?ll|you\\s+will|he'?ll|she'?ll)\\s+(?:regret\\s+(?:it|this)|pay\\s+for\\s+(?:it|this))${E}`,
        `${B}(?:i'?m|we'?re)\\s+coming\\s+for\\s+(?:you|u)${E}`,
        `${B}(?:string|hang)\\s+(?:him|her|them|'?em)\\s+up${E}`,
        `${B}(?:you'?re|you\\s+are|ur)\\s+(?:dead\\s+meat|a\\s+dead\\s+(?:man|woman))${E}`,
        `${B}(?:deserves?|should)\\s+(?:to\\s+)?(?:be\\s+)?(?:shot|hanged|hung|raped|killed|stabbed|beaten)${E}`,
      ].join('|'),
      'giu',
    ),
  },
];

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
  'shirtlifters', 'bumboy', 'bumboys', 'batty', 'peckerwood', 'peckerwoods', 'ofay', 'ofays',
];

export const SLUR_PHRASES = [
  'sand nigger', 'sand niggers', 'porch monkey', 'porch monkeys', 'porch monkies', 'spear chucker',
  'spear chuckers', 'jungle bunny', 'jungle bunnies', 'tar baby', 'camel jockey', 'camel jockeys', 'half breed',
  'half-breed', 'half caste', 'half-caste', 'border hopper', 'border hoppers', 'white trash', 'trailer trash',
  'trailer park trash', 'ghetto trash', 'nig nog', 'nig nogs', 'ching chong', 'dirty jew', 'dirty jews',
  'filthy jew', 'filthy jews', 'dirty paki', 'dirty pakis', 'batty boy', 'batty boys', 'bum boy', 'sub human',
  'subhuman', 'sub-human', 'subhumans', 'uncle tom', 'uncle toms', 'white devil', 'white devils', 'the cripple',
  'a cripple', 'the cripples', 'you cripple',
  // "Coloured" for Black people is a slur in Britain as in America; colour of things is not.
  ...['colored', 'coloured'].flatMap((c) =>
    ['folk', 'folks', 'man', 'men', 'woman', 'women', 'people', 'person', 'boy', 'boys', 'girl', 'girls', 'guy', 'guys'].map((n) => `${c} ${n}`),
  ),
  // Framing sexuality as a chosen "lifestyle" or an "agenda".
  'queer lifestyle', 'gay lifestyle', 'homosexual lifestyle', 'gay agenda', 'homosexual agenda',
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
  'fuckboi', 'slutbag', 'cuntrag', 'twatwaffle', 'thundercunt', 'bastards', 'teabagger', 'teabaggers',
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
  { root: 'twat', kind: 'insult', unless: /^twatt|twater/ }, // saltwater, meltwater
];
/** "fag" at the start or end of a word: "fags", "swagfags", "fagjo"; not "Fagin" or "fagus". */
export const FAG_AFFIX = /^fag(?!in|an|us|iol|ott)|fags?$/;

// ── Vocabulary of the structures (see abuse-structures.ts) ──────────────────────────────
// None of these words is abusive alone ("lazy", "rats", "die", "clown"); each becomes abuse
// only in a structure: said of a whole group, wished on a person, called at someone.

/** Said of a whole group: clearly hostile whatever follows ("Somalis are lazy"). */
export const TRAIT_ADJECTIVES = [
  'lazy', 'idle', 'bone idle', 'workshy', 'work-shy', 'stupid', 'thick', 'dumb', 'dim', 'brainless', 'primitive',
  'uncivilised', 'uncivilized', 'barbaric', 'savage', 'dirty', 'filthy', 'smelly', 'stinky', 'unwashed', 'unhygienic',
  'violent', 'aggressive', 'evil', 'wicked', 'twisted', 'perverted', 'disgusting', 'vile', 'revolting', 'repulsive',
  'gross', 'greedy', 'stingy', 'arrogant', 'sneaky', 'shifty', 'untrustworthy', 'dishonest', 'corrupt',
  'crooked', 'criminal', 'inferior', 'subhuman', 'worthless', 'useless', 'pathetic', 'cowardly', 'hysterical',
  'irrational', 'delusional', 'deluded', 'unnatural', 'abnormal', 'degenerate', 'immoral', 'brainwashed', 'fanatical',
  'inbred', 'freeloading', 'parasitic', 'hateful', 'bloodthirsty', 'whiny', 'whingey', 'thieving', 'lying', 'cheating',
  'scrounging', 'sponging', 'money-grabbing', 'two-faced', 'incompetent', 'illiterate', 'uneducated', 'clueless',
  'hopeless', 'ignorant', 'vicious', 'sly', 'deceitful', 'treacherous', 'untrustworthy', 'disgusting',   'animalistic', 'heathen', 'godless', 'backwards', 'no good', 'good for nothing', 'not to be trusted', 'drunk',
  'drunken', 'pissed', 'stoned', 'off their heads', 'on drugs', 'faking it', 'faking', 'putting it on', 'on the fiddle',
  'swinging the lead', 'on the make', 'on the take', 'part of gangs', 'part of a gang', 'in gangs', 'talentless',
  'spoilt', 'spoiled', 'soft', 'snowflakes', 'promiscuous', 'sex-mad', 'sex mad', 'oversexed', 'predatory',
  'burden', 'drain', 'menace', 'nuisance', 'disgrace', 'a burden on society', 'a drain on society',
  'mentally ill', 'a menace', 'a nuisance', 'a disgrace', 'a joke', 'a burden', 'a drain', 'a threat', 'a danger',
  'a waste of space', 'a waste of money', 'a waste of oxygen', 'second class', 'second-class', 'not real women',
  'not real men', 'confused men', 'confused women', 'the enemy', 'the enemy within',
  'all the same', 'all alike', 'trouble', 'the problem', 'the reason for', 'to blame', 'ruining', 'destroying',
  'invading', 'taking over', 'breeding', 'scrounging off', 'sponging off', 'living off',
];

/** Ordinary words that are a slur on a group only at the end of a clause ("are entitled." but not "are entitled to"). */
export const TRAIT_AT_END = [
  'entitled', 'backward', 'sick', 'mad', 'mental', 'crazy', 'insane', 'fake', 'loud', 'tight', 'mean',
  'weak', 'slow', 'emotional', 'bitter', 'ugly', 'fat', 'dangerous', 'rude', 'dodgy', 'useless', 'bad', 'a problem',
  'bad drivers', 'terrible drivers', 'shit drivers', 'noisy', 'cheap', 'bent', 'tight-fisted', 'ungrateful',
];

/** What a generalisation calls a group ("Albanians are all drug dealers"). */
export const TRAIT_NOUNS = [
  'criminals', 'crooks', 'thieves', 'robbers', 'shoplifters', 'burglars', 'muggers', 'rapists',
  'murderers', 'killers', 'terrorists', 'extremists', 'jihadis', 'jihadists', 'bombers', 'paedophiles', 'pedophiles',
  'paedos', 'pedos', 'nonces', 'groomers', 'perverts', 'deviants', 'degenerates', 'freaks', 'weirdos', 'nutters',
  'psychos', 'lunatics', 'drunks', 'alcoholics', 'drunkards', 'piss-heads', 'pissheads',   'drug dealers', 'dealers', 'gangsters', 'thugs', 'yobs', 'louts', 'hooligans', 'scroungers', 'spongers',
  'freeloaders', 'benefit cheats', 'benefit scroungers', 'cheats', 'liars', 'frauds', 'fraudsters',   'conmen', 'con men', 'con artists', 'chancers', 'cowboys', 'cowards', 'traitors', 'hypocrites', 'bigots', 'savages',
  'barbarians', 'idiots', 'morons', 'imbeciles', 'cretins', 'losers', 'slags', 'sluts', 'whores', 'hoes', 'bitches',
  'gold diggers', 'troublemakers', 'lowlifes', 'low lifes', 'riff-raff', 'riff raff', 'dregs', 'the dregs of society',
  'useless eaters', 'invaders', 'colonisers', 'occupiers', 'leeches', 'parasites', 'scum', 'trash', 'filth', 'vermin',
  'abominations', 'an abomination', 'sinners', 'heathens', 'infidels', 'backstabbers', 'moaners', 'whingers',
  'wasters', 'dossers', 'tramps', 'beggars', 'inbreds', 'hypocrites', 'bullies', 'predators',
  'sexual predators', 'wife beaters', 'wife-beaters', 'baby machines', 'breeders', 'plague rats', 'disease carriers',
  'man-haters', 'man haters', 'manhaters', 'absent fathers', 'deadbeat dads', 'deadbeats', 'bad parents',
  'bad mothers', 'bad fathers', 'gang members', 'gangbangers', 'drug mules', 'organised criminals', 'beggars',
  'attention seekers', 'attention-seekers', 'fakers', 'frauds and fakers', 'gold-diggers', 'homewreckers',
  'men in dresses', 'blokes in dresses', 'men in frocks', 'blokes in frocks', 'men in wigs', 'blokes in wigs',
  'men pretending to be women', 'blokes pretending to be women', 'women pretending to be men', 'men in skirts',
];

/** The same, one member ("every Romanian I know is a crook"). */
export const TRAIT_NOUNS_SINGULAR = [
  'criminal', 'crook', 'thief', 'robber', 'shoplifter', 'burglar', 'mugger', 'rapist', 'murderer',
  'killer', 'terrorist', 'extremist', 'jihadi', 'bomber', 'paedophile', 'pedophile', 'paedo', 'pedo', 'nonce',
  'groomer', 'pervert', 'deviant', 'degenerate', 'freak', 'weirdo', 'nutter', 'psycho', 'lunatic', 'drunk',
  'alcoholic', 'druggie', 'junkie', 'drug dealer', 'dealer', 'gangster', 'thug', 'scrounger', 'sponger', 'freeloader',
  'benefit cheat', 'cheat', 'liar', 'fraud', 'fraudster', 'conman', 'con man', 'con artist', 'chancer',
  'cowboy', 'coward', 'traitor', 'hypocrite', 'bigot', 'savage', 'barbarian', 'idiot', 'moron', 'loser', 'slag',
  'slut', 'whore', 'gold digger', 'troublemaker', 'lowlife', 'parasite', 'leech', 'waster', 'animal',
];

/**
 * Verb phrases of a sweeping generalisation ("Travellers leave a mess", "Somalis never work",
 * "Pensioners have ruined this country"), after the group and an optional always/all/just.
 */
export const GENERALISING_VERBS = [
  'ruin everything', 'ruin this country', 'ruin our country', 'ruin it for everyone', 'ruined this country',
  'ruined everything', 'ruined our country', 'ruined britain', 'ruined this town', 'have ruined', 'have wrecked',
  'have destroyed', 'wrecked this country', 'destroyed this country', 'are ruining', 'are wrecking', 'are destroying',
  'destroy everything', 'steal everything', 'nick everything', 'rob us', 'rob people', 'steal from us',
  'steal our', 'nick our', 'are stealing our', 'are taking our', 'are nicking our', 'stealing our', 'taking our',
  'sponge off us', 'scrounge off us', 'breed for benefits', 'lie about everything', 'rape women', 'groom girls',
  'groom kids', 'groom children', 'abuse kids', 'abuse children', 'abuse women',   'cause trouble', 'cause problems',
  'cause all the trouble', 'cause all the problems', 'start trouble', 'start fights', 'bring crime', 'bring disease',
  'bring drugs', 'bring trouble', 'spread disease', 'spread diseases', 'spread aids', 'spread hiv', 'spread covid',
  'commit crimes', 'commit crime', 'commit all the crime', 'take our jobs', 'take all our jobs', 'take all the jobs',
  'take our houses', 'take our homes', 'take all the houses', 'take all the council houses', 'take our benefits',
  'take our women', 'take over the country', 'take over this country', 'take over our country', 'take over everything',
  'take over the world', 'take over britain', 'take over europe', 'take over our towns', 'are taking over the country',
  'are taking over this country', 'are taking over everything', 'want to take over', 'swamp us', 'jump the queue',   'milk the system', 'play the race card',
  'play the victim', 'play the victim card', 'play the disability card', 'play the gay card',
  'moan about everything', 'complain about everything', 'hate us', 'hate britain', 'hate england',
  'hate this country', 'hate our country', 'hate the west', 'hate women', 'hate gays', 'hate jews', "don't work",
  'do not work', 'never work', "won't work", "don't wash", 'never wash', "don't pay tax", "don't pay taxes",
  "don't pay their way", 'never pay', 'never pay their rent', 'never pay rent', "don't pay",     "don't fit in", 'will never fit in', "don't respect", "don't respect our", "don't respect women", "don't belong",
  'contribute nothing', "won't speak english", "won't learn english",
  'refuse to learn english', "can't be trusted",
  'cannot be trusted', 'are not to be trusted', "shouldn't be trusted", 'get everything for free', 'get everything free',
  'get free houses', 'get free housing', 'get free cars', 'get everything handed to them', 'want everything for free',
  'want everything handed to them', 'treat women like dirt', 'treat women like shit', 'beat their wives',
  'marry their cousins', 'eat dogs', 'eat cats', 'run the media',
  'run the banks', 'run the world', 'run the government', 'run the country', 'run everything', 'run hollywood',
    'control the media', 'control the banks', 'control the world', 'control everything', 'control the government',
  'only care about money', 'care about money', 'only care about themselves',
  'care only about money', 'only think about money', 'love money', 'are obsessed with money',
  'will never be real women', 'will never be women', 'will never be real men', 'will never be men',
  "aren't real women", "aren't women", "aren't real men", 'are not women', 'are not real women',
  'can never be real women', 'can never be women', 'are just men', 'breed like', 'are breeding like',
  'breed like rabbits', 'breed like rats',   'are only here for', 'are only here to', 'are just here for', 'are just here to', 'only come here for',
  'only come here to', 'come here for the benefits', 'come here to scrounge', 'come over here', 'are up to something',
  'are always up to something',   'have no morals', 'have no shame', 'have no culture', 'have no respect', 'have too many kids',
  'have too many children', 'keep breeding', 'take every job', 'take every job going', 'take every house',
  'take every council house', "never do a day's work", "never done a day's work", 'never worked a day',
  "have never done a day's work", "never did a day's work", 'get away with everything', 'get away with murder', 'treat us like', 'think they own',
  'think they are better', "think they're better", 'think they own the place', 'own everything', 'own the banks',
];

/**
 * Verbs that harm people or places ("wreck", "rob", "scam", "undercut"): a generalisation when
 * a whole group is their subject and everyone or everything is their object ("Travellers
 * wreck every field they camp on", "Nigerians scam everyone they meet"). "take", "get" and
 * "bring" are not here: "Disabled people take every chance to volunteer".
 */
export const HOSTILE_VERBS = [
  'ruin', 'wreck', 'destroy', 'spoil', 'trash', 'rob', 'steal from', 'nick from', 'scam', 'con', 'cheat', 'fleece',
  'swindle', 'mug', 'burgle', 'loot', 'litter', 'dirty', 'foul', 'pollute', 'infest', 'invade', 'overrun', 'swamp',
  'undercut', 'exploit', 'milk', 'sponge off', 'scrounge off', 'leech off', 'live off', 'feed off', 'bleed', 'drain',
  'lie to', 'lie about', 'groom', 'prey on', 'attack', 'harass', 'intimidate', 'threaten', 'terrorise', 'terrorize',
  'bully', 'abuse', 'hold up', 'clog up', 'hog', 'ruin it for', 'get rich off', 'get fat off', 'take advantage of',
  'bring crime to', 'bring disease to', 'bring drugs to', 'bring trouble to', 'spread disease to', 'cheat on',
  'scrounge', 'sponge', 'rip off', 'steal', 'nick', 'leave rubbish', 'leave rubbish in', 'leave litter', 'leave a mess',
  'leave a mess in', 'leave their mess', 'leave their rubbish', 'leave their rubbish in', 'leave filth', 'dump rubbish',
  'fly-tip', 'fly tip', 'make a mess of', 'take over',
];
/** Everyone or everything, as the object of a hostile verb. */
export const UNIVERSAL_OBJECTS = [
  'every', 'each', 'any', 'everything', 'everyone', 'everybody', 'everywhere', 'wherever', 'whatever', 'all of us',
  'the rest of us', 'us all', 'all our', 'our', 'ordinary people', 'honest people', 'decent people', 'normal people',
  'local people', 'hard-working people', 'hard working people', 'working people', 'british people', 'english people',
  'other people', 'everybody else', 'everyone else', 'people', 'honest', 'decent', 'innocent', 'the taxpayer',
  'taxpayers',
];
/** Every time, everywhere: what makes a one-off act a habit of the whole group. */
export const EVERY_TIME = [
  'every single time', 'every time', 'all the time', 'wherever they go', 'everywhere they go', 'whenever they can',
  'at every opportunity', 'at every chance', 'every chance they get', 'given half a chance', 'given the chance',
  'wherever they live', 'everywhere they live', 'wherever they settle', 'as a rule', 'without fail',
];
/** "Refugees need locking up": a group and a gerund of exclusion or violence. */
export const NEED_GERUNDS = [
  'kicking out', 'sending back', 'sending home', 'deporting', 'locking up', 'shooting', 'stringing up', 'putting down',
  'rounding up', 'throwing out', 'booting out', 'chucking out', 'shipping back', 'shipping out', 'shipping home',
  'putting in camps', 'wiping out', 'getting rid of', 'gassing', 'hanging', 'exterminating', 'culling',
];

/**
 * Generalising verbs that are also ordinary ("Older people lie awake", "Young people take
 * over the library"): only at the end of a clause, or after always/all/never/just.
 */
export const GENERALISING_VERBS_AT_END = [
  'ruin', 'wreck', 'steal', 'rob', 'scrounge', 'sponge', 'breed', 'stink', 'smell', 'reek', 'lie', 'cheat', 'rape',
  'groom', 'molest', 'scam', 'riot', 'loot', 'litter', 'moan', 'whinge', 'whine', 'take over', 'are taking over',
  'invade', 'are invading', 'flood in', 'are flooding in', 'push in', 'are everywhere', 'are breeding', 'never learn',
  'never change', 'will never change', "don't work", 'do not work', 'never work', "won't work", "don't pay",
  "don't wash", "don't contribute", "don't fit in", "don't speak english", 'complain', 'skive', 'beg',
  'are all over the place', 'are getting everywhere', 'get everything', 'get everything free',
];

/** What "<group> can't …" says they cannot do ("Asians can't drive", "Women can't do maths"). */
export const STEREOTYPE_ABILITIES = [
  'drive', 'park', 'cook', 'read', 'write', 'spell', 'count', 'think', 'reason', 'lead', 'fight', 'dance',
  'be trusted', 'be bothered', 'behave', 'behave themselves', 'control themselves', 'help themselves',
  'help it', 'hold their drink', 'hold their ale', 'hold down a job', 'keep a job', 'do maths', 'do math', 'do anything',
  'do anything right', 'do their jobs', 'do the job', 'do their job', 'take a joke', 'raise kids', 'raise children',
  'bring up kids', 'bring up children', 'parent', 'fit in', 'be honest', 'tell the truth',
  'speak english', 'speak proper english', 'speak properly', 'handle money', 'handle pressure', 'handle stress',
  'handle responsibility', 'make decisions', 'keep their mouths shut',
  'keep their hands to themselves', 'keep it in their pants', 'stop breeding', 'stop having kids', 'stop moaning',
  'stop complaining', 'stop whining', 'play football', 'play sport', 'play sports', 'be leaders', 'be good leaders',
  'be good parents', 'wash', 'keep clean', 'keep their houses clean', 'change', 'learn', 'learn english', 'get a job',
  'manage money', 'be left alone', 'be left alone with kids', 'be trusted with money', 'be trusted with kids',
  'be trusted with children', 'be trusted with anything',
  'go anywhere without', 'tell right from wrong', 'queue', 'follow rules', 'follow the rules', 'obey the law',
];

/** What "<group> should …" says about them that is hostile wherever it stands ("should be deported"). */
export const SHOULD_PREDICATES = [
  'be deported', 'all be deported', 'be shot', 'be hanged', 'be hung', 'be killed', 'be gassed', 'be sent back',
  'go back', 'go back home', 'go back to where they came from', 'burn', 'die', 'be kicked out', 'be thrown out',
  'be rounded up', 'be sterilised', 'be sterilized', 'be castrated', 'be put down', 'be culled', 'be exterminated',
  'be wiped out', 'be segregated', 'be kept away from', 'be kept out of', 'know their place', 'be seen and not heard',
  'stop breeding', 'stop having kids', 'stop having children', 'not be allowed to vote',
  'have no rights', 'not have rights', 'not have any rights', 'be put in camps',   'be shipped back', 'be shipped out', 'be shipped off', 'be locked away', 'not exist',
  'not be allowed to exist', 'not be allowed in', 'not be allowed here', 'not be in this country', 'fuck off',
  'piss off', 'be moved on', 'be sent home', 'stay in their own country', 'stay in their own countries',
  'stay where they came from', 'stay in the kitchen', 'be institutionalised', 'be hidden away',
  'be sent straight back', 'be sent straight home', 'be sent back home', 'be flown back', 'be flown home',
  'be booted out', 'be chucked out', 'be deported immediately', 'be sent packing', 'be turned back',
];
/** The same words that are ordinary advice with more after them ("should leave extra time", "should go to"). */
export const SHOULD_PREDICATES_AT_END = [
  'be banned', 'be locked up', 'leave', 'go', 'all go', 'get out', 'go home', 'be removed', 'be stopped',
  'be grateful', 'shut up', 'be kept out', 'be kept away', 'be kept apart', 'keep their mouths shut',
  'leave the country', 'get nothing', 'get no benefits', 'lose their benefits', 'pay for everything',
  'stay where they are', 'not be here', 'be ignored', 'be silenced',
];

/** "… shouldn't be allowed to <this>": about rights, not about a particular place or time. */
export const ALLOWED_TO = [
  'vote', 'drive', 'adopt', 'marry', 'get married', 'have kids', 'have children', 'have babies', 'breed', 'teach',
  'exist', 'live here', 'live in this country', 'live in britain', 'be here', 'come here', 'come in', 'come over',
  'come over here', 'be in this country', 'stay', 'stay here', 'work with children', 'work with kids', 'work here',
  'be around kids', 'be around children', 'be near kids', 'be near children', 'be in charge', 'be in power',
  'hold office', 'serve', 'own property', 'own houses', 'be teachers', 'be doctors', 'be nurses', 'be police',
  'be police officers', 'join the police', 'join the army', 'be in the army', 'play sport', 'compete',
  'use the ladies', 'use our toilets', 'use the toilets', 'speak', 'have a say', 'have rights', 'have benefits',
  'claim benefits', 'get benefits', 'build mosques', 'build a mosque', 'practise their religion', 'wear that',
  'wear the burka', 'wear burkas', 'be out in public', 'go out in public', 'be seen in public', 'run businesses',
];

/** Animals and vermin, said of people: dehumanising only when a group is named ("they are animals" may be about animals). */
export const ANIMAL_WORDS = [
  'animals', 'beasts', 'apes', 'monkeys', 'baboons', 'gorillas', 'chimps', 'rats', 'cockroaches', 'roaches',
  'locusts', 'insects', 'bugs', 'pests', 'lice', 'fleas', 'maggots', 'worms', 'dogs', 'pigs', 'swine', 'cattle',
  'livestock', 'vultures', 'hyenas', 'snakes', 'rabbits', 'sheep', 'mongrels', 'mutants', 'monsters', 'demons',
  'devils', 'a swarm', 'swarms', 'a horde', 'hordes', 'a herd', 'herds', 'a pack of animals', 'a pack of dogs',
  'breeders', 'inbreds',
];

/** Dehumanising said of any people, even "they" ("they are vermin", "those people are a cancer"). */
export const DEHUMANISING = [
  'vermin', 'cockroaches', 'roaches', 'parasites', 'leeches', 'subhuman', 'subhumans', 'sub-human', 'sub-humans',
  'sub human', 'untermenschen', 'savages', 'barbarians', 'scum', 'filth', 'human garbage', 'human trash',
  'human scum', 'human filth', 'a disease', 'diseased', 'a plague', 'a pestilence', 'a cancer', 'an infestation',
  'a virus', 'a scourge', 'a blight', 'a tumour', 'a tumor', 'a parasite', 'not human', 'less than human',
  'barely human', 'not even human', 'not fully human', 'animals', 'rats', 'the scum of the earth',
  'scum of the earth', 'lice', 'maggots', 'locusts', 'a stain on society', 'a stain on humanity',
];
/** Of these, the ones "they are …" is enough for; the rest need a named group ("they are animals" is about animals). */
export const DEHUMANISING_ALONE = DEHUMANISING.filter((w) => !['animals', 'rats', 'lice', 'maggots', 'locusts', 'diseased', 'savages', 'barbarians'].includes(w));

/** "<group> breed/live/behave like …". */
export const LIKE_ANIMALS = [
  'animals', 'rabbits', 'rats', 'pigs', 'dogs', 'vermin', 'cockroaches', 'savages', 'apes', 'monkeys', 'insects',
  'locusts', 'flies', 'cattle', 'a virus', 'a plague', 'a disease', 'a cancer', 'parasites', 'leeches', 'beasts',
  'wild animals', 'barbarians', 'sheep',
];

// ── Insults aimed at a person ────────────────────────────────────────────────────────

/** Nouns that insult a person on their own: "you buffoon", "you're a windbag". */
export const INSULT_NOUNS = [
  'idiot', 'moron', 'imbecile', 'cretin', 'halfwit', 'half-wit', 'nitwit', 'dimwit', 'numpty', 'pillock', 'plonker',
  'prat', 'git', 'twit', 'muppet', 'clown', 'buffoon', 'fool', 'dope', 'dolt', 'dunce', 'oaf', 'lout', 'yob',
  'simpleton', 'nincompoop', 'numbskull', 'numskull', 'bonehead', 'blockhead', 'knucklehead', 'meathead', 'airhead',
  'bimbo', 'dumbo', 'twerp', 'wally', 'wazzock', 'berk', 'clot', 'div', 'knob', 'knobhead', 'plank', 'melt', 'chump',
  'jerk', 'creep', 'weirdo', 'freak', 'loser', 'nobody', 'nonentity', 'waste of space', 'waste of oxygen',
  'waste of skin', 'waste of air', 'waste of a uniform', 'parasite', 'leech', 'scrounger',
  'sponger', 'freeloader', 'wastrel', 'slob', 'hag', 'old hag', 'witch', 'bint', 'harpy', 'shrew',
  'trollop', 'tart', 'slapper', 'weasel', 'toad', 'worm', 'slug', 'maggot', 'cockroach', 'rat', 'snake', 'pig',
  'cow', 'lowlife', 'low life', 'low-life', 'dirtbag', 'sleazebag', 'sleaze', 'scumbag', 'pervert', 'perv', 'liar',
  'fraud', 'crook', 'charlatan', 'hypocrite', 'bigot', 'coward', 'wimp', 'wuss', 'sissy', 'crybaby', 'cry baby',
  'snowflake', 'manchild', 'man-child', 'brat', 'spoilt brat', 'windbag', 'gasbag', 'jobsworth', 'busybody', 'troll',
  'bully', 'psycho', 'nutter', 'nutcase', 'lunatic', 'maniac', 'headcase', 'head case', 'basket case', 'degenerate',
  'deviant', 'reprobate', 'scoundrel', 'wretch', 'disgrace', 'embarrassment', 'laughing stock', 'has-been',
  'dinosaur', 'fossil', 'sod', 'bugger', 'bastard', 'jellyfish', 'gimp', 'mong', 'neanderthal', 'caveman',
  'inbred', 'yokel', 'pleb', 'peasant', 'scrote', 'toerag', 'toe-rag', 'guttersnipe', 'ratbag', 'stain', 'hack',
  'old bat', 'old boot', 'old trout', 'old goat', 'old fart', 'old fool', 'old codger', 'old witch', 'has been',
  'piece of work', 'nasty piece of work', 'piece of shit', 'piece of crap', 'piece of trash', 'piece of garbage',
  'piece of filth', 'sack of shit', 'joke',   ];
/** Insult nouns a "you" can also begin other sentences with ("you clown around"): vocative only before punctuation. */
export const INSULT_NOUNS_VERBLIKE = ['clown', 'fool', 'creep', 'bully', 'knob', 'slug', 'worm', 'rat', 'snake', 'pig', 'cow', 'joke', 'hack', 'troll', 'stain', 'tart', 'slob', 'leech', 'weasel', 'wimp', 'sponge'];

/** Adjectives that make the next person word an insult ("you pompous windbag", "you sad little man"). */
export const INSULT_ADJECTIVES = [
  'stupid', 'dumb', 'thick', 'fat', 'ugly', 'pathetic', 'useless', 'worthless', 'disgusting', 'ignorant', 'brainless',
  'clueless', 'idiotic', 'vile', 'filthy', 'lazy', 'repulsive', 'braindead', 'brain-dead', 'brain dead', 'gormless',
  'dozy', 'spineless', 'gutless', 'nasty', 'horrible', 'lying', 'snivelling', 'sniveling', 'sad', 'pitiful',
  'two-faced', 'thick-headed', 'spiteful', 'deluded', 'delusional', 'evil', 'pompous', 'smug',   'arrogant', 'incompetent', 'slimy', 'smarmy',   'pig-ignorant', 'pig ignorant', 'bigoted', 'hopeless', 'miserable', 'wretched', 'despicable', 'contemptible',
  'loathsome', 'odious', 'obnoxious', 'insufferable', 'condescending', 'patronising', 'pretentious', 'moronic',
  'imbecilic', 'senile', 'decrepit', 'greasy', 'sweaty', 'smelly', 'stinking', 'scrounging', 'thieving',
  'good-for-nothing', 'good for nothing', 'no-good', 'shameless', 'gobby', 'mouthy', 'whiny', 'whingeing',
  'whinging', 'snotty', 'stuck-up', 'stuck up', 'toffee-nosed', 'inbred', 'half-witted', 'dim-witted', 'dimwitted',
  'dim', 'dense', 'rotten', 'lousy', 'shitty', 'crappy', 'bloody', 'fucking', 'effing', 'bleeding', 'sodding',
  'pig-headed', 'bone-headed', 'boneheaded', 'cowardly', 'creepy', 'sleazy', 'slippery', 'sneaky', 'pitiful',
  'ridiculous', 'sorry', 'poxy', 'scummy', 'grotty', 'manky', 'minging', 'rancid', 'feckless', 'witless', 'vacuous',
  'vapid', 'unhinged', 'deranged', 'demented', 'twisted', 'sick', 'pervy', 'perverted', 'corrupt', 'bent', 'crooked',
  'bent', 'grubby', 'dirty', 'fat-headed', 'big-headed', 'talentless', 'useless', 'spineless', 'clueless',
  'hapless', 'inept', 'bumbling', 'blithering', 'gibbering', 'drivelling', 'dribbling', 'lardy', 'lard-arse',
];
/** Of these, the ones that insult when said of a person ("you're pathetic", "you are so thick"). */
export const INSULT_PREDICATES = [
  'stupid', 'thick', 'dumb', 'ugly', 'pathetic', 'useless', 'worthless', 'disgusting', 'ignorant', 'brainless',
  'clueless', 'idiotic', 'vile', 'repulsive', 'braindead', 'brain-dead', 'brain dead', 'gormless', 'spineless',
  'gutless', 'deluded', 'delusional', 'pompous', 'smug', 'arrogant',
  'incompetent', 'pig-ignorant', 'bigoted', 'despicable', 'contemptible', 'loathsome', 'odious', 'obnoxious',
  'insufferable', 'moronic', 'senile', 'fat', 'pitiful', 'feckless', 'witless', 'vacuous', 'unhinged', 'deranged',
  'demented', 'dim', 'dense', 'thick as mince', 'thick as shit', 'thick as pigshit',
  'dumb as a rock', 'dumb as rocks', 'dumb as a brick', 'beneath contempt', 'a disgrace', 'an embarrassment',
  'a joke', 'a laughing stock', 'a waste of space', 'a waste of oxygen', 'a waste of skin', 'a waste of air',
  'too thick to', 'too dumb to', 'too ignorant to', 'dumber than',
  'thicker than', 'stupider than', 'uglier than', 'fatter than', 'more stupid than', 'more useless than',
  'as thick as', 'as dumb as', 'as useless as', 'as ugly as', 'pig ignorant', 'an idiot', 'a moron', 'disgusting',
];
/** Plain person words that insult only after an insulting adjective ("you sad little man", "you useless lump"). */
export const PERSON_PLAIN = [
  'man', 'woman', 'boy', 'girl', 'person', 'thing', 'creature', 'specimen', 'individual', 'human being', 'human',
  'lump', 'child', 'kid', 'lady', 'bloke', 'guy', 'fella', 'fellow',   'sack of lard', 'lump of lard', 'mess', 'wreck', 'little man', 'old man', 'old woman', 'old git',
  'lot', 'people', 'men', 'women', 'bunch', 'shower', 'article', 'so-and-so', 'sod', 'cow', 'dog', 'animal',
];
/** Words before a person word that are not insults on their own, but fit between: "you sad LITTLE man". */
export const SOFT_ADJECTIVES = ['little', 'old', 'silly', 'big', 'fat', 'great', 'absolute', 'complete', 'total', 'utter', 'proper', 'right', 'real', 'pure', 'right royal'];

// ── Wishing harm ──────────────────────────────────────────────────────────────────────

/**
 * What is wished on someone after "hope you …", "wish he …", "if you …": whatever the
 * subject, each phrase is harm. Forms with get/gets/got cover the tenses people use.
 */
export const HARM_EVENTS = [
  'die', 'dies', 'died', 'die soon', 'die alone', 'die slowly', 'die painfully', 'die in a fire', 'die in a ditch',
  'die in agony', 'die horribly', 'rot', 'rots', 'rot in hell', 'rot in jail', 'rot in prison', 'burn', 'burns',
  'burn in hell', 'burns in hell', 'suffer', 'suffers', 'suffer forever', 'choke', 'chokes',   'choke on your dinner', 'drown', 'drowns', 'starve', 'starves', 'drop dead', 'drops dead', 'dropped dead',
  'go to hell', 'goes to hell', 'croak', 'croaks', 'perish', 'never wake up', 'were dead',
  'was dead', 'are dead', 'is dead', 'end up dead', 'ends up dead', 'end up in hospital', 'ends up in hospital',
  'end up in a wheelchair', 'ends up in a wheelchair',   'end up in a ditch', 'end up in a body bag', 'end up in prison',
      'burns down',
  ...['family', 'kids', 'children', 'wife', 'husband', 'mum', 'dad', 'mother', 'father', 'friends', 'home', 'grandkids', 'daughter', 'son'].flatMap((who) =>
    ['your', 'his', 'her', 'their'].map((whose) => `never see ${whose} ${who} again`),
  ),
  'burn down', 'gets burnt down', 'gets burned down', 'floods', 'gets flooded',
  ...['get', 'gets', 'got'].flatMap((g) =>
    ['the', 'your', 'his', 'her', 'their'].flatMap((whose) => [`${g} a brick through ${whose} window`, `${g} a brick through ${whose} windows`, `${g} petrol through ${whose} letterbox`]),
  ), 'break your neck', 'breaks his neck',
  'breaks her neck', 'break your legs', 'break your back',   'fall off a cliff', 'fall under a bus', 'falls under a bus', 'kill yourself', 'kills himself', 'kills herself',
  'hang yourself', 'hangs himself', 'top yourself', 'catch covid', 'catches covid', 'catch cancer', 'gets cancer',
  'get cancer', 'got cancer', 'get aids', 'get covid', 'gets covid', 'get ebola', 'get sick', 'gets sick',
  'get ill', 'gets ill', 'fall ill', 'falls ill', 'lose everything you love', 'lose everyone you love',
  'loses everything he loves', 'loses everything she loves', 'get what is coming',
  "get what's coming", "gets what's coming", "get what's coming to you", "gets what's coming to him",
  "gets what's coming to her", "get what's coming to them", 'get what you deserve', 'gets what he deserves',
  'gets what she deserves', 'get what they deserve', 'never recover',
  'never see your kids again', 'never work again', 'disappear forever', 'burn to death', 'choke to death',
  'bleed to death', 'freeze to death', 'starve to death',
  ...['get', 'gets', 'got', 'getting'].flatMap((g) =>
    [
      'hit by a bus', 'hit by a car', 'hit by a train', 'hit by a lorry', 'hit by a truck', 'run over', 'knocked down',
      'knocked over', 'knocked out', 'stabbed', 'shot', 'beaten', 'beaten up', 'battered', 'punched', 'kicked',
      'kicked in',       'mugged', 'robbed', 'burgled', 'attacked', 'raped', 'killed', 'murdered', 'hurt', 'injured',
      'sacked', 'fired', 'evicted', 'keyed', 'smashed', 'smashed up', 'torched', 'set on fire', 'vandalised',
      'broken into', 'petrol bombed', 'firebombed', 'cancer', 'aids', 'ebola', 'covid', 'a disease',
      'what is coming', "what's coming", 'what you deserve', 'what he deserves', 'what she deserves',
      'what they deserve', 'a good kicking', 'a kicking', 'a beating', 'a good beating', 'a good hiding',
      'glassed', 'bottled', 'lynched', 'hanged', 'strung up', 'tortured', 'deported', 'locked up for life',
      'hit', 'a bullet', 'a knife', 'acid thrown', 'acid in your face', 'taken off you', 'taken off him',
      'taken off her', 'taken away from you', 'taken into care', 'put in care', 'taken away',
    ].map((h) => `${g} ${h}`),
  ),
];

/** What someone is said to deserve ("you deserve to be stabbed", "he deserves a bullet"). */
export const DESERVED_HARM = [
  'to die', 'to die alone', 'to die slowly', 'to be stabbed', 'to be shot', 'to be killed', 'to be beaten',
  'to be beaten up', 'to be raped', 'to be hurt', 'to be hanged', 'to be hung', 'to be strung up', 'to be burned',
  'to be burnt', 'to be tortured', 'to be put down', 'to rot', 'to rot in hell', 'to rot in jail', 'to suffer',
  'to burn', 'to burn in hell', 'to get hurt', 'to get beaten', 'to get beaten up', 'to get stabbed', 'to get shot',
  'to get cancer', 'to get raped', 'to be homeless',
  'to be on the streets',   'everything that is coming', "everything that's coming", "what's coming", 'what is coming', 'a bullet',
  'a slap', 'a smack', 'a kicking', 'a good kicking', 'a beating', 'a good beating', 'a good hiding', 'a punch',
  'a kick in the teeth', 'a kick in the head', 'a painful death', 'a slow death', 'a slow painful death',
  'cancer', 'a knife', 'to be in pain', 'to be alone forever', 'to be dead', 'death',
];

/** Transitive harm with a person as object, after "someone should …", "I'll …", "I'd …". */
export const HARM_VERBS = [
  'kill', 'shoot', 'stab', 'hit', 'punch', 'slap', 'smack', 'batter', 'beat', 'kick', 'deck', 'glass', 'bottle',
  'torch', 'hang', 'lynch', 'strangle', 'throttle', 'knife', 'attack', 'hurt', 'maim', 'rape', 'murder', 'waste',
  'end', 'merk', 'shank', 'cut', 'burn', 'smash', 'bash', 'floor', 'chin', 'nut', 'headbutt', 'head-butt', 'strangle',
  'drown', 'poison', 'kneecap', 'stamp on', 'spit on', 'bottle', 'acid',
];

/** A verb and its third-person form ("kill" → "kills", "punch" → "punches"). */
export function verbForms(v: string): string[] {
  const [head, ...rest] = v.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const third = /(?:s|sh|ch|x|z)$/.test(head!) ? `${head}es` : `${head}s`;
  return [v, `${third}${tail}`];
}

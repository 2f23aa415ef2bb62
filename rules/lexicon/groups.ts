// Groups of people that abuse is aimed at: the protected characteristics of the Equality
// Act 2010 (race, nationality and ethnic origin, religion or belief, sexual orientation,
// gender reassignment, disability, age, sex), and regional nicknames that draw the same
// sweeping hostility.
//
// A group can be named four ways, and the abuse structures accept all of them:
//   plural noun                  "Poles", "Muslims", "asylum seekers", "pensioners"
//   adjective + person noun      "Polish builders", "gay men", "disabled kids", "old folk"
//   "the" + adjective            "the Chinese", "the disabled", "the homeless"
//   singular, with a determiner  "every Nigerian", "a filthy foreigner", "typical woman"

/** [adjective, plural noun, singular noun]; '' where English has no such form. */
const NATIONALITIES: ReadonlyArray<readonly [string, string, string]> = [
  ['afghan', 'afghans', 'afghan'], ['african', 'africans', 'african'], ['albanian', 'albanians', 'albanian'],
  ['algerian', 'algerians', 'algerian'], ['american', 'americans', 'american'], ['arab', 'arabs', 'arab'],
  ['arabic', '', ''], ['argentinian', 'argentinians', 'argentinian'], ['armenian', 'armenians', 'armenian'],
  ['asian', 'asians', 'asian'], ['australian', 'australians', 'australian'], ['bangladeshi', 'bangladeshis', 'bangladeshi'],
  ['bengali', 'bengalis', 'bengali'], ['bosnian', 'bosnians', 'bosnian'], ['brazilian', 'brazilians', 'brazilian'],
  ['british', 'brits', 'brit'], ['bulgarian', 'bulgarians', 'bulgarian'], ['cameroonian', 'cameroonians', 'cameroonian'],
  ['caribbean', 'caribbeans', ''], ['chinese', '', ''], ['colombian', 'colombians', 'colombian'], ['congolese', '', ''],
  ['croatian', 'croats', 'croat'], ['cuban', 'cubans', 'cuban'], ['czech', 'czechs', 'czech'], ['danish', 'danes', 'dane'],
  ['dutch', '', ''], ['egyptian', 'egyptians', 'egyptian'], ['english', '', 'englishman'], ['eritrean', 'eritreans', 'eritrean'],
  ['estonian', 'estonians', 'estonian'], ['ethiopian', 'ethiopians', 'ethiopian'], ['european', 'europeans', 'european'],
  ['filipino', 'filipinos', 'filipino'], ['french', '', 'frenchman'], ['gambian', 'gambians', 'gambian'],
  ['german', 'germans', 'german'], ['ghanaian', 'ghanaians', 'ghanaian'], ['greek', 'greeks', 'greek'],
  ['haitian', 'haitians', 'haitian'], ['hispanic', 'hispanics', 'hispanic'], ['hungarian', 'hungarians', 'hungarian'],
  ['indian', 'indians', 'indian'], ['indonesian', 'indonesians', 'indonesian'], ['iranian', 'iranians', 'iranian'],
  ['iraqi', 'iraqis', 'iraqi'], ['irish', '', 'irishman'], ['israeli', 'israelis', 'israeli'], ['italian', 'italians', 'italian'],
  ['jamaican', 'jamaicans', 'jamaican'], ['japanese', '', ''], ['kenyan', 'kenyans', 'kenyan'], ['korean', 'koreans', 'korean'],
  ['kosovan', 'kosovans', 'kosovan'], ['kosovar', 'kosovars', 'kosovar'], ['kurdish', 'kurds', 'kurd'],
  ['latino', 'latinos', 'latino'], ['latvian', 'latvians', 'latvian'], ['lebanese', '', ''], ['libyan', 'libyans', 'libyan'],
  ['lithuanian', 'lithuanians', 'lithuanian'], ['mexican', 'mexicans', 'mexican'], ['moldovan', 'moldovans', 'moldovan'],
  ['moroccan', 'moroccans', 'moroccan'], ['nepalese', '', ''], ['nepali', 'nepalis', 'nepali'], ['nigerian', 'nigerians', 'nigerian'],
  ['pakistani', 'pakistanis', 'pakistani'], ['palestinian', 'palestinians', 'palestinian'], ['peruvian', 'peruvians', 'peruvian'],
  ['polish', 'poles', 'pole'], ['portuguese', '', ''], ['romanian', 'romanians', 'romanian'], ['russian', 'russians', 'russian'],
  ['rwandan', 'rwandans', 'rwandan'], ['saudi', 'saudis', 'saudi'], ['scottish', 'scots', 'scot'], ['senegalese', '', ''],
  ['serbian', 'serbs', 'serb'], ['slovak', 'slovaks', 'slovak'], ['somali', 'somalis', 'somali'],
  ['spanish', 'spaniards', 'spaniard'], ['sudanese', '', ''], ['swedish', 'swedes', 'swede'], ['syrian', 'syrians', 'syrian'],
  ['tamil', 'tamils', 'tamil'], ['turkish', 'turks', 'turk'], ['ugandan', 'ugandans', 'ugandan'],
  ['ukrainian', 'ukrainians', 'ukrainian'], ['vietnamese', '', ''], ['welsh', '', 'welshman'], ['yemeni', 'yemenis', 'yemeni'],
  ['zimbabwean', 'zimbabweans', 'zimbabwean'], ['eastern european', 'eastern europeans', 'eastern european'],
  ['east european', 'east europeans', ''], ['middle eastern', '', ''], ['south asian', 'south asians', ''],
  ['west indian', 'west indians', 'west indian'], ['north african', 'north africans', ''],
  // Ethnic groups.
  ['black', 'blacks', ''], ['white', 'whites', ''], ['brown', '', ''], ['mixed race', '', ''], ['mixed-race', '', ''],
  ['coloured', 'coloureds', ''], ['gypsy', 'gypsies', 'gypsy'], ['gipsy', 'gipsies', 'gipsy'], ['roma', 'roma', ''],
  ['romani', '', ''], ['traveller', 'travellers', 'traveller'], ['foreign', 'foreigners', 'foreigner'],
  ['immigrant', 'immigrants', 'immigrant'], ['migrant', 'migrants', 'migrant'], ['refugee', 'refugees', 'refugee'],
  ['', 'asylum seekers', 'asylum seeker'], ['', 'economic migrants', 'economic migrant'], ['', 'illegal immigrants', 'illegal immigrant'],
  ['', 'boat people', ''], ['', 'newcomers', ''], ['', 'incomers', ''],
  ['illegal', 'illegals', 'illegal'],
];

/** Places "go back to …" is told to: countries and continents of the nationalities above, and more. */
export const PLACES = [
  'afghanistan', 'africa', 'albania', 'algeria', 'america', 'arabia', 'asia', 'bangladesh', 'bosnia', 'brazil',
  'bulgaria', 'calais', 'china', 'colombia', 'congo', 'croatia', 'cuba', 'czechia', 'egypt', 'eritrea', 'ethiopia',
  'europe', 'france', 'gambia', 'germany', 'ghana', 'greece', 'haiti', 'hungary', 'india', 'indonesia', 'iran', 'iraq',
  'ireland', 'israel', 'italy', 'jamaica', 'japan', 'kenya', 'korea', 'kosovo', 'kurdistan', 'latvia', 'lebanon',
  'libya', 'lithuania', 'mexico', 'moldova', 'morocco', 'nepal', 'nigeria', 'pakistan', 'palestine', 'poland',
  'romania', 'russia', 'rwanda', 'saudi', 'saudi arabia', 'scotland', 'senegal', 'serbia', 'slovakia', 'somalia',
  'spain', 'sudan', 'syria', 'turkey', 'uganda', 'ukraine', 'vietnam', 'wales', 'yemen', 'zimbabwe', 'the caribbean',
  'the middle east', 'eastern europe', 'mecca', 'the desert', 'the jungle', 'your mosque', 'the mosque',
];

const RELIGIONS: ReadonlyArray<readonly [string, string, string]> = [
  ['muslim', 'muslims', 'muslim'], ['moslem', 'moslems', 'moslem'], ['islamic', '', ''], ['jewish', 'jews', 'jew'],
  ['christian', 'christians', 'christian'], ['catholic', 'catholics', 'catholic'], ['protestant', 'protestants', 'protestant'],
  ['hindu', 'hindus', 'hindu'], ['sikh', 'sikhs', 'sikh'], ['buddhist', 'buddhists', 'buddhist'], ['atheist', 'atheists', 'atheist'],
  ['mormon', 'mormons', 'mormon'], ['pagan', 'pagans', 'pagan'], ['evangelical', 'evangelicals', 'evangelical'],
  ['orthodox jewish', 'orthodox jews', ''], ['hasidic', 'hasidim', ''],
];

const SEXUALITY_AND_GENDER: ReadonlyArray<readonly [string, string, string]> = [
  ['gay', 'gays', ''], ['lesbian', 'lesbians', 'lesbian'], ['homosexual', 'homosexuals', 'homosexual'],
  ['bisexual', 'bisexuals', 'bisexual'], ['bi', '', ''], ['queer', 'queers', ''], ['trans', '', ''],
  ['transgender', 'transgenders', ''], ['transsexual', 'transsexuals', 'transsexual'], ['non-binary', '', ''],
  ['nonbinary', '', ''], ['lgbt', '', ''], ['lgbtq', '', ''], ['lgbtq+', '', ''], ['asexual', 'asexuals', ''],
  ['intersex', '', ''],
];

const DISABILITY: ReadonlyArray<readonly [string, string, string]> = [
  ['disabled', '', ''], ['handicapped', '', ''], ['autistic', 'autistics', ''], ['deaf', '', ''], ['blind', '', ''],
  ['mentally ill', '', ''], ['mentally handicapped', '', ''], ['dyslexic', 'dyslexics', ''], ['schizophrenic', 'schizophrenics', ''],
  ['special needs', '', ''], ['neurodivergent', '', ''], ['crippled', 'cripples', 'cripple'], ['wheelchair-bound', '', ''],
  ['', 'wheelchair users', 'wheelchair user'], ['', 'downs kids', ''],
];

const AGE_AND_SEX: ReadonlyArray<readonly [string, string, string]> = [
  ['old', '', ''], ['older', '', ''], ['elderly', '', ''], ['young', '', ''], ['', 'pensioners', 'pensioner'],
  ['', 'oaps', 'oap'], ['', 'boomers', 'boomer'], ['', 'millennials', 'millennial'], ['', 'zoomers', 'zoomer'],
  ['', 'teenagers', 'teenager'], ['', 'youngsters', ''], ['', 'youths', ''], ['female', 'females', 'female'], ['women', '', ''], ['woman', '', ''],
  ['male', 'males', ''], ['', 'women', 'woman'], ['', 'men', ''], ['', 'girls', ''], ['', 'ladies', ''],
  ['', 'wives', ''], ['', 'mums', ''], ['', 'mothers', ''], ['single', '', ''], ['', 'single mums', 'single mum'],
  ['', 'single mothers', 'single mother'], ['', 'feminists', 'feminist'],
];

const SOCIAL: ReadonlyArray<readonly [string, string, string]> = [
  ['', 'scousers', 'scouser'], ['', 'geordies', 'geordie'], ['', 'brummies', 'brummie'], ['', 'northerners', 'northerner'],
  ['', 'southerners', 'southerner'], ['', 'rednecks', 'redneck'], ['', 'hillbillies', 'hillbilly'],
];

const ALL = [...NATIONALITIES, ...RELIGIONS, ...SEXUALITY_AND_GENDER, ...DISABILITY, ...AGE_AND_SEX, ...SOCIAL];

/**
 * Plural nouns that name a group on their own ("Muslims are …"). Words that are also
 * everyday nouns for things (poles, whites, turks, roma, travellers) still count: the
 * structures need a hostile predicate too, which things rarely get.
 */
export const GROUP_PLURALS: readonly string[] = [...new Set(ALL.map(([, p]) => p).filter(Boolean))];

/** Singular nouns for one member ("every Nigerian", "a filthy foreigner"). */
export const GROUP_SINGULARS: readonly string[] = [...new Set(ALL.map(([, , s]) => s).filter(Boolean))];

/** Adjectives that name a group before a person noun ("Polish builders", "gay men"). */
export const GROUP_ADJECTIVES: readonly string[] = [...new Set(ALL.map(([a]) => a).filter(Boolean))];

/** Adjectives used as a plural noun after "the" ("the Irish", "the disabled", "the homeless"). */
export const GROUP_THE: readonly string[] = [
  'chinese', 'dutch', 'english', 'french', 'irish', 'japanese', 'lebanese', 'portuguese', 'scottish', 'welsh',
  'vietnamese', 'sudanese', 'british', 'disabled', 'handicapped', 'elderly', 'old', 'young', 'deaf', 'blind',
  'mentally ill',
];

/** Person nouns a group adjective turns into a group ("black lads", "old folk", "trans women"). */
export const PERSON_PLURALS: readonly string[] = [
  'people', 'persons', 'men', 'women', 'lads', 'girls', 'boys', 'kids', 'children', 'folk', 'folks', 'families',
  'guys', 'blokes', 'youths', 'teenagers', 'teens', 'drivers', 'parents', 'mums', 'mothers', 'dads', 'fathers',
  'workers', 'builders', 'students', 'neighbours', 'ones', 'gangs', 'communities', 'community', 'households',
  'tenants', 'doctors', 'nurses', 'shopkeepers', 'cabbies', 'taxi drivers', 'landlords', 'immigrants', 'migrants',
  'refugees', 'residents', 'couples', 'staff', 'players', 'fans', 'lot', 'types', 'beggars',
  'gangs', 'lads', 'girls', 'kids', 'teens', 'youths', 'bosses', 'owners',
];

/** Person nouns for one member after a group adjective ("a Polish builder", "that Muslim woman"). */
export const PERSON_SINGULARS: readonly string[] = [
  'person', 'man', 'woman', 'lad', 'girl', 'boy', 'kid', 'child', 'guy', 'bloke', 'driver', 'mum', 'mother', 'dad',
  'worker', 'builder', 'student', 'neighbour', 'family', 'tenant', 'doctor', 'nurse', 'shopkeeper', 'cabbie',
  'taxi driver', 'landlord', 'immigrant', 'migrant', 'refugee', 'lady', 'couple',
];

/** Hostile ways of pointing at a group without naming it ("you lot", "their kind"). */
export const OTHERING = [
  'these people', 'those people', 'you people', 'them people', 'you lot', 'your lot', 'her lot', 'his lot',
  'their lot', 'that lot', 'them lot', 'your kind', 'their kind', 'his kind', 'her kind', 'your sort', 'their sort',
  'your type', 'their type', 'people like you', 'people like them', 'people like that', 'the likes of you',
  'the likes of them', 'people of your kind',
];

/**
 * Every single word that can be part of a group name: lets a detector ask cheaply whether
 * a sentence mentions a group at all ("they" refers back to one).
 */
export const GROUP_WORDS: ReadonlySet<string> = new Set(
  [...GROUP_PLURALS, ...GROUP_SINGULARS, ...GROUP_THE, ...OTHERING.map((o) => o.split(' ').pop()!)]
    .flatMap((p) => p.split(/[\s-]+/))
    .filter((w) => w.length > 2 && !['the', 'people', 'like', 'you', 'them', 'lot', 'old', 'young', 'single', 'that'].includes(w)),
);

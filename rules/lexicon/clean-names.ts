// Places, surnames, first names and ordinary words that contain or look like a swear word or
// a slur (the Scunthorpe problem). Word lists match inside words and collapse doubled
// letters, so "Twatt" reads as "twat", "Niger" as a stretched slur and "Bitchfield" as a
// compound; a council posting about these places, or a person with these names, must not be
// told off. Whole-word matching (profanity.ts) already clears most surnames ("Dickinson",
// "Hancock", "Cummings"); what is left is listed here.

/** Whole words (lower case) that are never abuse or swearing, however they are written. */
export const CLEAN_WORDS: ReadonlySet<string> = new Set([
  // Places: a word list sees a slur or a swear word inside the name.
  'scunthorpe', 'penistone', 'clitheroe', 'cockermouth', 'shitterton', 'bitchfield', 'cockfosters', 'cockshutt',
  'cockington', 'cocklake', 'dickleburgh', 'cumwhitton', 'cumnock', 'cumbernauld', 'cumbria', 'cumberland',
  'wetwang', 'crapstone', 'fingringhoe',
  // Countries and peoples a word list mistakes for a slur.
  'niger', 'nigeria', 'nigerian', 'nigerians', 'nigerien', 'nigeriens', 'nigella',
]);

/**
 * Names that are also swear words or slurs ("Dick Smith", "Plymouth Hoe", "Upper Dicker",
 * "Fanny Burney", "Nigg Bay"): clean when written as a proper noun, with a capital letter
 * and next to another name or after a preposition of place ("to Twatt").
 */
export const PROPER_NOUNS: ReadonlySet<string> = new Set([
  'dick', 'dicks', 'dicker', 'fanny', 'willy', 'hoe', 'cock', 'cocking', 'twatt', 'nigg', 'coon', 'fagg', 'spick',
]);

/** Words before a capitalised name that make it a place ("to Twatt", "near Nigg"). */
const PLACE_BEFORE = new Set(['to', 'in', 'at', 'from', 'near', 'of', 'on', 'via', 'around', 'visit', 'visiting', 'towards', 'through', 'outside']);
/** Titles before a first name ("Uncle Dick", "Aunt Fanny", "Sir Dick"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'uncle', 'aunt', 'auntie', 'dr', 'cllr', 'councillor', 'saint', 'st', 'moby', 'sweet']);
/**
 * Capitalised words next to a swear word that do not make it a name: people capitalise
 * every word in a tweet ("You Hoe", "Big Dick Energy").
 */
const NOT_A_NAME = new Set([
  'i', 'you', 'u', 'ur', 'your', 'yo', 'ya', 'a', 'an', 'the', 'my', 'this', 'that', 'such', 'what', 'big', 'little', 'lil',
  'dumb', 'stupid', 'fat', 'ugly', 'silly', 'fucking', 'fuckin', 'hey', 'oi', 'shut', 'go', 'suck', 'eat', 'ride', 'his',
  'her', 'their', 'our', 'no', 'some', 'every', 'all', 'like', 'is', 'are', 'was', 'be', 'energy', 'move', 'head', 'pic',
  'pics', 'and', 'or', 'so', 'too', 'very', 'real', 'lol', 'lmao', 'he', 'she', 'they', 'we', 'ass', 'bitch', 'hoes',
]);

const WORD_BEFORE = /([\p{L}][\p{L}'’.]*)[\s,]*$/u;
const WORD_AFTER = /^[\s,]*([\p{L}][\p{L}'’]*)/u;
const isCapitalised = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w);
const isNameLike = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w) && !NOT_A_NAME.has(w.toLowerCase());

/**
 * True when the word at [start, end) is one of PROPER_NOUNS written as a name or a place:
 * capitalised, and next to another name ("Dick Smith", "Plymouth Hoe"), after a title
 * ("Uncle Dick") or after a preposition of place ("ferry to Twatt").
 */
export function isProperNoun(text: string, start: number, end: number): boolean {
  const raw = text.slice(start, end);
  if (!PROPER_NOUNS.has(raw.toLowerCase()) || !isCapitalised(raw)) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = WORD_AFTER.exec(text.slice(end, end + 30))?.[1];
  const prev = before?.replace(/[.'’]+$/u, '').toLowerCase();
  if (prev !== undefined && (TITLES.has(prev) || PLACE_BEFORE.has(prev))) return true;
  return isNameLike(before) || isNameLike(after);
}

/** A whole word that is never abuse or swearing, or a name written as one. */
export function isCleanName(text: string, start: number, end: number): boolean {
  return CLEAN_WORDS.has(text.slice(start, end).toLowerCase()) || isProperNoun(text, start, end);
}

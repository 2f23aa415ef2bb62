// Words that are also swear words or slurs, in their ordinary sense (a drainage dyke, a fag
// break, pork faggots, a breeder's bitch) are clean; the same words aimed at a person are
// still flagged, even with a dog, a drain or a menu nearby.
import { describe, expect, test } from 'vitest';
import { dataPosts, findings } from './helpers.ts';

const posts = (name: string) => dataPosts(`profanity/${name}`).map(([, post]) => post);

const flagged = (text: string) =>
  findings(text, { account: 'personal' })
    .filter((f) => f.category === 'profanity' || f.category === 'abuse')
    .map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);

// Known misses, kept visible: test.fails turns red the day one of them starts to pass.
const STILL_FLAGGED = new Set(['The Cocks family have run the bakery for 50 years.']); // a surname with no other name beside it
const STILL_MISSED = new Set(['Some dyke from the drainage board parked across my drive.']); // "drainage" is near; nothing in the words says a person is meant

describe('ordinary senses are clean (development set)', () => {
  const all = posts('ordinary-senses.txt');
  test('the set is big enough to mean something', () => expect(all.length).toBeGreaterThanOrEqual(70));
  test.each(all.filter((p) => !STILL_FLAGGED.has(p)))('%s', (text) => expect(flagged(text)).toEqual([]));
  test.fails.each([...STILL_FLAGGED])('known miss: %s', (text) => expect(flagged(text)).toEqual([]));
});

describe('abusive uses are still flagged (development set)', () => {
  const all = posts('abusive-uses.txt');
  test.each(all.filter((p) => !STILL_MISSED.has(p)))('%s', (text) => expect(flagged(text)).not.toEqual([]));
  test.fails.each([...STILL_MISSED])('known miss: %s', (text) => expect(flagged(text)).not.toEqual([]));
});

describe('the phrase decides; nearby words yield to a person', () => {
  test.each([
    // The phrase alone is enough, whoever is addressed.
    ['Did you try the spotted dick?', []],
    ['Found a chink in the fence by the play area.', []],
    ['Two-bed flat with a kitchen-cum-diner.', []],
    ['Cock-a-leekie soup today.', []],
    ['Fire crews use foam to retard the spread of flames.', []],
  ])('%s', (text, expected) => expect(flagged(text)).toEqual(expected));

  test.each([
    // A word near it points to the ordinary sense…
    ['The bitch had a litter of six puppies.', false],
    ['Hens and the cock are in the coop.', false],
    ['The dyke along the fen has been dredged.', false],
    ['Nipped out for a fag break.', false],
    ['Pork faggots and peas on the menu.', false],
    // …unless the word is aimed at a person.
    ['You bitch, I hope your puppies get taken off you.', true],
    ['What a cock, he let the hens out again.', true],
    ['The woman at the kennels is a stupid bitch.', true],
    ["She's a hoe, ask anyone at the allotment.", true],
    ['The dyke who runs the drainage board is useless.', true],
    ['Look at that fat dyke by the river.', true],
  ])('%s → flagged: %s', (text, expected) => expect(flagged(text).length > 0).toBe(expected));

  test('a cue in another sentence does not count', () => {
    expect(flagged('The drainage board met today. Some dyke shouted at me.')).not.toEqual([]);
  });
});

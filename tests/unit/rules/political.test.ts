// Party-political content (HT-1, HT-2, HT-9, STF-1): vote calls, attacks, candidacies and the
// loose way people write them are flagged on an organisation's account; stances on live
// political issues are flagged on a personal account, where staff are asked to keep out of
// politics; ordinary senses of party words and votes that are not elections pass.
import { describe, expect, test } from 'vitest';
import { dataPosts, findings } from './helpers.ts';

const IN_PERIOD = '2027-04-20T10:00:00+01:00';

const political = (text: string, account: 'corporate' | 'personal' = 'corporate') =>
  findings(text, { account, now: IN_PERIOD })
    .filter((f) => f.category === 'political')
    .map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);

// Development posts PostGuard still misses, kept visible: a name it cannot know is a candidate,
// a stance with no issue word, a group that runs the council without a party's name, and slang.
const MISSES = new Set([
  'Backing Tom Ridley for Westfield: a proper local champion.',
  'Grammar schools gave kids like me a chance. Bring them back.',
  'The independent group running the council have saved £2m this year, says Cllr Amir Khan.',
  'get the blues out of county hall',
]);

// Issue words ("this government") are read as politics on personal accounts only, so an
// organisation's post that attacks the government without naming a party is not flagged.
const PERSONAL_ONLY = new Set(['Another broken promise from this government. Shameful.']);

const [flag, clean] = [dataPosts('political/political-2.txt'), dataPosts('political/political-2-clean.txt')];
const STANCES = 'partisan stances on live issues';

describe('party-political posts are flagged (development set, second round)', () => {
  const corporate = flag.filter(([g, t]) => g !== STANCES && !PERSONAL_ONLY.has(t));
  test.each(corporate.filter(([, t]) => !MISSES.has(t)))('on an organisation account in a pre-election period: %s: %s', (_g, text) =>
    expect(political(text)).not.toEqual([]),
  );
  test.each(flag.filter(([, t]) => !MISSES.has(t)))('on a personal account: %s: %s', (_g, text) =>
    expect(political(text, 'personal')).not.toEqual([]),
  );
  test.fails.each([...MISSES])('known miss: %s', (text) => expect(political(text, 'personal')).not.toEqual([]));
});

describe('ordinary posts sharing their words are not (development set, second round)', () => {
  test.each(clean)('%s: %s', (_g, text) => {
    expect(political(text)).toEqual([]);
    expect(political(text, 'personal')).toEqual([]);
  });
});

describe('how people back a party or a candidate', () => {
  test.each([
    ['Anna Kowalski has my vote on 6 May.', 'political-pre-election: Anna Kowalski has my vote'],
    ['On Thursday I\'ll be voting for Priya Shah in Castle ward.', 'political-pre-election: voting for Priya Shah in Castle ward'],
    ['Please lend your vote to Reform on Thursday.', 'political-pre-election: lend your vote to Reform'],
    ['Council Leader Cllr Helen Marsh, who is standing for re-election in May, opened the library.', 'political-pre-election: standing for re-election'],
    ['Delighted that the Green-run council is first to ban weedkiller.', 'political-pre-election: Green-run council'],
    ['labour all the way this time x', 'political-pre-election: labour all the way'],
    ['so proud of our lot #VoteGreen2027', 'political-pre-election: #VoteGreen2027'],
    ['cant stand farage lol', 'political-pre-election: farage'],
  ])('%s', (text, expected) => expect(political(text)).toContain(expected));

  test('"to get elected" is a jibe, not a result stated plainly', () => {
    expect(political('The Lib Dems will say anything to anyone to get elected.')).toEqual(['political-pre-election: Lib Dems']);
  });

  test.each([
    'Supporting green jobs in the town centre.',
    'Backing independent shops this Christmas: shop local.',
    'Labour Day events in our twin town of Lyon.',
    'Vote for your favourite entry in our photo competition!',
    'Sarah Hill was elected councillor for Eastgate with 1,402 votes.',
  ])('ordinary: %s', (text) => expect(political(text)).toEqual([]));
});

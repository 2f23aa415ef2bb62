// Live cases, operations and sensitive roles (STF-3, STF-6): what a press officer would stop
// is stopped, from arrest to sentence and before a raid, and the ordinary police posts that
// share those words are not.
import { describe, expect, test } from 'vitest';
import { dataPosts, findings } from './helpers.ts';

const posts = (name: string) => dataPosts(`operational/${name}`);

const operational = (text: string) =>
  findings(text, { platform: 'x' })
    .filter((f) => f.category === 'operational')
    .map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);

describe('posts a press officer would stop (development set)', () => {
  test.each(posts('flag.txt'))('%s: %s', (_group, text) => expect(operational(text)).not.toEqual([]));
});

describe('ordinary police posts (development set)', () => {
  test.each(posts('clean.txt'))('%s: %s', (_group, text) => expect(operational(text)).toEqual([]));
});

describe('operations given away in any wording (development set, second round)', () => {
  test.each(posts('operation-2-flag.txt'))('%s%s', (_group, text) => expect(operational(text)).not.toEqual([]));
  test.each(posts('operation-2-clean.txt'))('%s%s', (_group, text) => expect(operational(text)).toEqual([]));
});

// Development posts still missed: a first name in lower case is no name PostGuard can find.
const LIVE_MISSES = new Set([
  "jonno's up in court monday for the glassing, deserves everything he gets",
  'our kev got charged today smh, reckons hes innocent but come on',
]);

describe('live cases in any wording (development set, second round)', () => {
  test.each(posts('live-2-flag.txt').filter(([, t]) => !LIVE_MISSES.has(t)))('%s: %s', (_group, text) => expect(operational(text)).not.toEqual([]));
  test.fails.each([...LIVE_MISSES])('known miss: %s', (text) => expect(operational(text)).not.toEqual([]));
  test.each(posts('live-2-clean.txt'))('%s: %s', (_group, text) => expect(operational(text)).toEqual([]));
});

describe('who a live case is about, without a full name', () => {
  test.each([
    ['The landlord of the Red Lion in Eastwick was taken into custody yesterday.', 'sub-judice: The landlord of the Red Lion in Eastwick was taken into custody'],
    ['heard steph from work is on bail for the fraud thing', 'sub-judice: steph from work is on bail'],
    ['my cousin got lifted last night, court on tuesday', 'sub-judice: my cousin got lifted'],
  ])('%s', (text, expected) => expect(operational(text)).toContain(expected));
});

describe('children and complainants in sexual offence cases, with what identifies them', () => {
  test.each([
    ['The 14-year-old boy charged over the stabbing attends Fenton Academy.', 'sub-judice: 14-year-old boy charged over the stabbing attends Fenton Academy'],
    ['The victim of the indecent assault, Mrs Elaine Ward of Kiln Lane, gave evidence today.', 'sub-judice: victim of the indecent assault, Mrs Elaine Ward of Kiln Lane'],
  ])('%s', (text, expected) => expect(operational(text)).toContain(expected));

  test.each([
    'Well done to the 14-year-old pupils at Fenton Academy who won the maths prize.',
    'A 15-year-old boy has been charged with robbery. Anyone with information should call 101.',
    'Victims of sexual assault can get confidential support from our partners at Safe Space.',
  ])('nothing identifies anyone: %s', (text) => expect(operational(text)).toEqual([]));
});

describe('accusing a named person, and prejudging', () => {
  test.each([
    ['Whatever the jury says, Darren Keys killed that man.', 'sub-judice: Whatever the jury says, Darren Keys killed that man'],
    ['Can\'t wait to see Lisa Harte sent down for what she\'s done.', 'sub-judice: see Lisa Harte sent down'],
  ])('%s', (text, expected) => expect(operational(text)).toContain(expected));

  test.each([
    'Paul Knight stabbed his neighbour in 2019 and was jailed for eight years.',
    'Jane Doe stole the show at the panto.',
    'Our daughter is guilty of eating all the biscuits again.',
  ])('not an accusation in a live case: %s', (text) => expect(operational(text)).toEqual([]));
});

describe('public messages and past events are not operations', () => {
  test.each([
    'The council will be issuing warrants for unpaid council tax.',
    "We'll be watching the match on the big screen at the station tonight.",
    'Officers are in position at the parade route for tomorrow\'s Remembrance service.',
    'Vehicle checkpoint on the A61 this weekend: we\'ll be checking tyres and lights.',
    'Three men were arrested in a dawn raid on Tuesday and have been charged.',
    "There's nothing planned for tonight.",
  ])('%s', (text) => expect(operational(text)).toEqual([]));

  test('a raid still to come in a post that also reports one is stopped', () => {
    expect(operational('Warrant executed this morning in Castle Street: three arrested, more raids to follow this week.')).toEqual([
      'operational-detail: raids to follow this week',
    ]);
  });
});

describe('each stage of a live case, and prejudging', () => {
  test.each([
    ['Liam Brown, 19, was arrested last night.', 'sub-judice: Liam Brown, 19, was arrested'],
    ['Officers have arrested Connor Reid in connection with the robbery.', 'sub-judice: Officers have arrested Connor Reid'],
    ['Amy Clarke was released under investigation.', 'sub-judice: Amy Clarke was released under investigation'],
    ['Craig Dunn will be sentenced next week.', 'sub-judice: Craig Dunn will be sentenced'],
    ['Pleased to see Kyle Green finally charged.', 'sub-judice: Kyle Green finally charged'],
    ['Dean Walker is guilty as sin.', 'sub-judice: Dean Walker is guilty as sin'],
  ])('%s', (text, expected) => expect(operational(text)).toContain(expected));

  test('an officer named for making an arrest is not taken for the suspect', () => {
    expect(operational('Thanks to Sgt Raj Patel who arrested a shoplifter in Hoyland today.')).toEqual([]);
  });
});

describe('operations announced ahead, not reported after', () => {
  test.each([
    ['Police raid planned for 6am tomorrow at the flats.', true],
    ["We're going in at 06:00.", true],
    ['Officers will be waiting at the car park at 10pm.', true],
    ['Surveillance is in place on Oak Road.', true],
    ['More arrests to follow.', true],
    ['Search warrants will be executed tonight.', true],
    ['Warrants executed this morning across Barnsley.', false],
    ['Arrests were made this morning in Hoyland.', false],
    ['Three arrests this week after the break-ins.', false],
    ['We are going in to schools next week to talk about knife crime.', false],
  ])('%s → stopped: %s', (text, expected) => expect(operational(text).length > 0).toBe(expected));
});

describe('a sensitive role named by its team, with words between', () => {
  test.each([
    ['Congratulations to DC Emma Hart, who leads our undercover drugs unit.', true],
    ['PC Tom Reed of the armed response car was first on the scene.', true],
    ['PC Amy Lee says our surveillance cameras help officers keep the car park safe.', false],
  ])('%s → stopped: %s', (text, expected) => expect(operational(text).length > 0).toBe(expected));
});

// Development posts still missed: a station left unstaffed reads like a notice, "at 5" is no
// clock time, and "sat in a car watching a house" has no tense PostGuard reads.
const OPERATION_3_MISSES = new Set([
  'Fenton station front counter is unstaffed all weekend because of sickness.',
  'cant come out sat, on the early doors job at 5 lol 🚔',
  'sat in a car watching a house for 8 hrs, glamorous life',
]);

describe('operations given away, third round: visits, surveillance, thin cover and live incidents (development set)', () => {
  test.each(posts('operation-3-flag.txt').filter(([, t]) => !OPERATION_3_MISSES.has(t)))('%s: %s', (_group, text) => expect(operational(text)).not.toEqual([]));
  test.fails.each([...OPERATION_3_MISSES])('known miss: %s', (text) => expect(operational(text)).not.toEqual([]));
  test.each(posts('operation-3-clean.txt'))('%s: %s', (_group, text) => expect(operational(text)).toEqual([]));
});

describe('where the police will not be, or how thin they are', () => {
  test.each([
    ['Only two officers covering the whole of the north of the county tonight.', 'operational-detail: Only two officers'],
    ['Nobody will be patrolling the retail park on Sunday.', 'operational-detail: Nobody will be patrolling'],
    ['The ANPR camera on the A50 slip road has been broken for a month.', 'operational-detail: ANPR camera on the A50 slip road has been broken'],
  ])('%s', (text, expected) => expect(operational(text)).toContain(expected));

  test.each([
    'Only two officers were hurt in the disorder, both are recovering.',
    'Vehicle checkpoint on the A61 this weekend: we\'ll be checking tyres and lights.',
    'The broken speed camera on Mill Road was replaced last week.',
  ])('not a gap in cover: %s', (text) => expect(operational(text)).toEqual([]));
});

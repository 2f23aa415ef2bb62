// On a personal account, saying where you work is flagged whether or not the employer's name is
// used ("my job at the council", "a shift at the town hall"); a resident talking about the
// council, or work without saying where, is not.
import { describe, expect, test } from 'vitest';
import { dataPosts, findings } from './helpers.ts';

const employer = (text: string) =>
  findings(text, { account: 'personal', platform: 'x' })
    .filter((f) => f.category === 'employer-reference')
    .map((f) => text.slice(f.start, f.end));

describe('says where they work (development set)', () => {
  test.each(dataPosts('employer/reveals.txt'))('%s%s', (_g, text) => expect(employer(text)).not.toEqual([]));
});

describe('does not (development set)', () => {
  test.each(dataPosts('employer/clean.txt'))('%s%s', (_g, text) => expect(employer(text)).toEqual([]));
});

describe('without the name', () => {
  test.each([
    ['My job at the council is doing my head in.', ['My job at the council']],
    ['Back at work at the council after my holiday.', ['Back at work at the council']],
    ['another budget meeting #councillife', ['#councillife']],
    ['Back at the civic centre for the panto tonight!', []],
    ['Pay rise from the council for carers announced today.', []],
  ])('%s', (text, expected) => expect(employer(text)).toEqual(expected));

  test('LinkedIn is fine', () => {
    expect(findings('My job at the council is great.', { account: 'personal', platform: 'linkedin' }).filter((f) => f.ruleId === 'employer-reference')).toEqual([]);
  });
});

describe('the job, the team and the workplace in other words (development set, second round)', () => {
  const MISSES = new Set([
    "Fire drill at the council offices and it's raining, of course.",
    'Sent a rude email to the whole council by mistake, hiding under my desk.',
  ]);
  test.each(dataPosts('employer/reveals-2.txt').filter(([, t]) => !MISSES.has(t)))('%s: %s', (_g, text) => expect(employer(text)).not.toEqual([]));
  test.fails.each([...MISSES])('known miss: %s', (text) => expect(employer(text)).not.toEqual([]));
  test.each(dataPosts('employer/reveals-2-clean.txt'))('%s: %s', (_g, text) => expect(employer(text)).toEqual([]));
});

describe("someone else's job, and the council's own account", () => {
  test.each([
    ['My husband started a new job in local government today.', []],
    ['Dad retired from the council after 40 years, so proud of him.', []],
    ['Our @AcmeCouncil staff choir is singing at the carol service!', ['@AcmeCouncil']],
    ['@AcmeCouncil when are you fixing the potholes on Mill Lane?', []],
    ['Just booked leave on the acme.gov.uk staff portal.', ['acme.gov.uk']],
  ])('%s', (text, expected) => expect(employer(text)).toEqual(expected));
});

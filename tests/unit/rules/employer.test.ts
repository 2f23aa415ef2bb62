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

// Secrets that open something (STF-7, OP-10) are stopped however they are written; advice
// about passwords, discount codes and references are not.
import { describe, expect, test } from 'vitest';
import { dataPosts, findings } from './helpers.ts';

const secrets = (text: string) => findings(text).filter((f) => f.category === 'credentials').map((f) => text.slice(f.start, f.end));

describe('secrets (development set)', () => {
  test.each(dataPosts('credentials/secrets.txt'))('%s%s', (_g, text) => expect(secrets(text)).not.toEqual([]));
});

describe('ordinary posts (development set)', () => {
  test.each(dataPosts('credentials/clean.txt'))('%s%s', (_g, text) => expect(secrets(text)).toEqual([]));
});

describe('codes want a code-shaped value; passwords a digit or a symbol', () => {
  test.each([
    ['Key safe code for Mrs Green is 2580 if the carer is late.', ['Key safe code for Mrs Green is 2580']],
    ['Padlock on the depot gate: 3-3-7-1', ['Padlock on the depot gate: 3-3-7-1']],
    ["The password's Summer2027", ["password's Summer2027"]],
    ['Log in with admin / admin123', ['Log in with admin / admin123']],
    ['The code to get in is 1234', ['code to get in is 1234']],
    ['Key safe scheme: 50 homes fitted this year.', []],
    ['Combination boilers: 10% off servicing', []],
    ['Your PIN: never share it.', []],
    ['Password: never share it with anyone.', []],
    ['The code for the bike store is on the intranet.', []],
  ])('%s', (text, expected) => expect(secrets(text)).toEqual(expected));
});

describe('advice is not a request for personal data', () => {
  test.each([
    ['Never share your password with anyone, not even us.', false],
    ['We will never ask you to send your bank details by message.', false],
    ["Don't send us your address on here: email us instead.", false],
    ['Please do not hesitate to send us your address.', true],
    ['DM us your address and we will send a form.', true],
  ])('%s → a request: %s', (text, expected) => expect(findings(text).some((f) => f.ruleId === 'personal-data-request')).toBe(expected));
});

// Home addresses, dates of birth, National Insurance numbers and bank details (TR-5) in the
// ways people write them; the dates, prices and codes that share their shapes are left alone.
import { describe, expect, test } from 'vitest';
import { dataPosts, findings } from './helpers.ts';

const RULES = new Set(['postal-address', 'home-address', 'date-of-birth', 'national-insurance-number', 'bank-details']);
const details = (text: string) => findings(text).filter((f) => RULES.has(f.ruleId));

describe('details (development set)', () => {
  test.each(dataPosts('personal-data/details.txt'))('%s: %s', (_g, text) => expect(details(text)).not.toEqual([]));
});

describe('look-alikes (development set): no date of birth, NI number or bank details', () => {
  // Venues' street addresses get a plain "warn" by design; nothing else may fire.
  test.each(dataPosts('personal-data/details-clean.txt'))('%s: %s', (_g, text) =>
    expect(details(text).filter((f) => f.ruleId !== 'postal-address')).toEqual([]),
  );
});

describe('formats', () => {
  test.each([
    ['Her date of birth is 3rd May 1990.', 'date-of-birth'],
    ['d.o.b. 1985-03-12', 'date-of-birth'],
    ['national insurance number: ab-12-34-56-c', 'national-insurance-number'],
    ['Pay it into 123456 / 12345678 please.', 'bank-details'],
    ['The Old Rectory, Church Lane, Fleet is his house.', 'home-address'],
  ])('%s → %s', (text, rule) => expect(details(text).map((f) => f.ruleId)).toContain(rule));

  test('a home word in the next sentence does not make a venue someone\'s home', () => {
    expect(details('The event is at 12 Oak Tree Close. His house is nearby.').map((f) => f.ruleId)).toEqual(['postal-address']);
  });

  test('prices and scores are not bank details', () => {
    for (const text of ['Tickets cost £12.34-£56.', 'The score was 12-34 at half time.', 'Order 123456 12345678.90 refunded']) {
      expect(details(text).map((f) => f.ruleId), text).not.toContain('bank-details');
    }
  });
});

describe("someone's home, not a venue (development set, second round)", () => {
  const home = (text: string) => findings(text).filter((f) => f.ruleId === 'home-address').map((f) => text.slice(f.start, f.end));
  test.each(dataPosts('personal-data/home-2.txt'))('%s%s', (_g, text) => expect(home(text)).not.toEqual([]));
  test.each(dataPosts('personal-data/home-2-clean.txt'))('%s%s', (_g, text) => expect(home(text)).toEqual([]));

  test('a name needs a title or "of" before the address: "The Red Lion, 3 High Street" is a pub', () => {
    expect(home('Mrs Patel, 4 Elm Road, called about her bins.')).toEqual(['4 Elm Road']);
    expect(home('The Red Lion, 3 High Street, hosts the quiz.')).toEqual([]);
  });
});

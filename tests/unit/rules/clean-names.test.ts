// The Scunthorpe problem, on a list rather than hand-picked examples: UK places, surnames and
// first names that share letters with swear words or slurs must never be told off, while
// swearing in whole words and compounds still is.
import { describe, expect, test } from 'vitest';
import { PROPER_NOUNS } from '../../../rules/lexicon/clean-names.ts';
import { dataPosts, findings } from './helpers.ts';

// [group, name] pairs, grouped by the file's `## ` headings.
const entries = dataPosts('profanity/clean-names.txt');

// How each kind of name appears in a post. A name that is also a swear word or a slur on its
// own ("Coon", "Twatt") is only clean written as a name: after a first name or a title, or
// as a place after "to" or "in". Every other name is clean even alone.
const TEMPLATES: Record<string, Array<(n: string) => string>> = {
  places: [(n) => `Welcome to ${n}.`, (n) => `Thanks to everyone in ${n} who came along`, (n) => `The road to ${n} is closed until 4pm.`],
  surnames: [(n) => `Jo ${n} spoke at the event on Friday.`, (n) => `Thanks to Cllr ${n} for opening the fete`],
  'first names': [(n) => `${n} spoke at the event on Friday.`, (n) => `A reading by ${n} tonight`],
};

const swearing = (text: string) =>
  findings(text, { account: 'personal', platform: 'x' })
    .filter((f) => f.category === 'profanity' || f.category === 'abuse')
    .map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);

describe('names that contain swear words are clean', () => {
  test('the list is long enough to mean something', () => {
    expect(entries.length).toBeGreaterThan(100);
    expect(new Set(entries.map(([g]) => g))).toEqual(new Set(Object.keys(TEMPLATES)));
  });

  test.each(entries)('%s: %s', (group, name) => {
    const texts = TEMPLATES[group]!.map((t) => t(name));
    if (!PROPER_NOUNS.has(name.toLowerCase())) texts.push(name);
    for (const text of texts) expect(swearing(text), text).toEqual([]);
  });

  test('the reviewer\'s cases: a country, a mushroom, a cockpit', () => {
    for (const text of ['Refugees from Niger and Nigeria are welcome', 'Try the shiitake risotto', 'Kids can sit in the cockpit of a real plane', 'Poems by Emily Dickinson', 'Dominic Cummings gave evidence']) {
      expect(swearing(text), text).toEqual([]);
    }
  });
});

describe('swearing is still found', () => {
  test.each([
    ['what a dick', 'dick'],
    ['Dick move, mate', 'Dick'],
    ['this is bullshit', 'shit'],
    ['fucking hell', 'fuck'],
    ['shitty service', 'shit'],
    ['what a clusterfuck', 'fuck'],
    ['sh1t happens', 'sh1t'],
    ['shiiit', 'shiiit'],
    ['f*ck off', 'f*ck'],
  ])('%s', (text, span) => {
    expect(swearing(text).join(' | ')).toContain(span);
  });

  test('a name needs a capital and a name or a place next to it: "You Hoe" and "nigg please" are still abuse', () => {
    expect(swearing('You Hoe')).toEqual(['abuse-insult: Hoe']);
    expect(swearing('nigg please')).toEqual(['abuse-discrimination: nigg']);
    expect(swearing('ferry to Twatt')).toEqual([]);
    expect(swearing('twatt')).toEqual(['abuse-insult: twatt']);
  });

  test('stretched letters still count, but a word without doubled letters is not "stretched"', () => {
    expect(swearing('biiiitch')).toEqual(['abuse-insult: biiiitch']);
    expect(swearing('Niger')).toEqual([]);
  });
});

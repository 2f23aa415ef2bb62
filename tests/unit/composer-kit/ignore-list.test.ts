import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding } from '../../../rules/finding.ts';
import {
  MAX_PHRASE_LENGTH,
  addIgnore,
  dropIgnored,
  normalisePhrase,
  readIgnoreList,
  registerIgnoreList,
  removeIgnore,
} from '../../../entrypoints/background/ignore-list.ts';

const text = 'Call Jordan Smith on 07700 900123 — Jordan Smith is lovely';
const at = (phrase: string, from = 0) => text.indexOf(phrase, from);
const f = (phrase: string, over: Partial<Finding> = {}, from = 0): Finding => ({
  ruleId: 'person-name',
  category: 'personal-data',
  severity: 'confirm',
  message: 'a name',
  clauses: ['TR-3'],
  start: at(phrase, from),
  end: at(phrase, from) + phrase.length,
  ...over,
});

// Each test its own profile id: the worker's in-memory cache outlives fakeBrowser.reset().
let n = 0;
let council = '';
beforeEach(() => {
  council = `council-${++n}`;
});

describe('the ignore list', () => {
  test('drops every finding of that category on that phrase, whatever its case and spacing', async () => {
    await addIgnore(council, { ruleId: 'person-name', category: 'personal-data', phrase: '  jordan   SMITH ' });
    const findings = [f('Jordan Smith'), f('Jordan Smith', {}, 20), f('07700 900123', { ruleId: 'phone-number' })];
    const out = await dropIgnored(council, text, findings);
    expect(out.findings.map((x) => text.slice(x.start, x.end))).toEqual(['07700 900123']);
    expect(out.ignored).toBe(2);
  });

  test('is kept per profile: another profile still flags the phrase', async () => {
    await addIgnore(council, { ruleId: 'person-name', category: 'personal-data', phrase: 'Jordan Smith' });
    expect((await dropIgnored('police', text, [f('Jordan Smith')])).findings).toHaveLength(1);
    expect(await readIgnoreList('police')).toEqual([]);
  });

  test('is about the category: the same words flagged for something else still show', async () => {
    await addIgnore(council, { ruleId: 'person-name', category: 'personal-data', phrase: 'Jordan Smith' });
    const political = f('Jordan Smith', { ruleId: 'political-content', category: 'political', severity: 'info' });
    expect((await dropIgnored(council, text, [political])).findings).toEqual([political]);
  });

  test('never drops a block finding: only the profile can allow those', async () => {
    await addIgnore(council, { ruleId: 'person-name', category: 'personal-data', phrase: 'Jordan Smith' });
    const block = f('Jordan Smith', { severity: 'block' });
    expect((await dropIgnored(council, text, [block])).findings).toEqual([block]);
  });

  test('lives in storage.local, survives a restart of the worker, and adding twice keeps one entry', async () => {
    const first = await addIgnore(council, { ruleId: 'person-name', category: 'personal-data', phrase: 'Jordan Smith' });
    const second = await addIgnore(council, { ruleId: 'person-name', category: 'personal-data', phrase: 'JORDAN SMITH' });
    expect(second.id).toBe(first.id);
    const stored = await fakeBrowser.storage.local.get(`ignore:${council}`);
    expect(stored[`ignore:${council}`]).toEqual([first]);
  });

  test('removing an entry flags the phrase again', async () => {
    registerIgnoreList(); // clears the worker's cache when storage changes
    const e = await addIgnore(council, { ruleId: 'person-name', category: 'personal-data', phrase: 'Jordan Smith' });
    await removeIgnore(council, { id: e.id });
    expect((await dropIgnored(council, text, [f('Jordan Smith')])).findings).toHaveLength(1);
  });

  test('refuses bad requests with a clear reason and changes nothing', async () => {
    await expect(addIgnore(council, { ruleId: 'x', category: 'personal-data', phrase: 'a'.repeat(MAX_PHRASE_LENGTH + 1) })).rejects.toThrow(
      /at most 200 characters/,
    );
    await expect(addIgnore(council, { ruleId: 'x', category: 'personal-data', phrase: '   ' })).rejects.toThrow(/no phrase/);
    await expect(addIgnore(council, { ruleId: 'x', category: 'not-a-category', phrase: 'a' })).rejects.toThrow();
    expect(await readIgnoreList(council)).toEqual([]);
  });

  test('normalises width and case (a full-width phone number is the same number)', () => {
    expect(normalisePhrase('０７７００ ９００１２３')).toBe('07700 900123');
  });
});

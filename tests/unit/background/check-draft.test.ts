import { expect, test } from 'vitest';
import { checkDraft } from '../../../entrypoints/background/check-draft.ts';
import { readTabState } from '../../../entrypoints/background/tab-state.ts';

const tab = { id: 5, url: 'https://x.com/compose/post' };
const valid = {
  composerId: 'post-box',
  platform: 'x',
  composer: 'post',
  handle: 'Jo',
  draft: { text: 'Call me on 07700 900123', images: [] },
};

test('a draft from a content script is checked and becomes the tab state the popup shows', async () => {
  const result = await checkDraft(valid, tab);
  expect(result.findings.map((f) => f.ruleId)).toContain('phone-number');
  expect((await readTabState(5))?.findings.map((f) => f.ruleId)).toContain('phone-number');
});

test.each([
  ['no payload', undefined, /^the draft sent from the page could not be read \(missing \(expected an object\)\)$/],
  ['a platform PostGuard does not know', { ...valid, platform: 'myspace' }, /\(platform: .*"x".*\)$/],
  ['text that is not a string', { ...valid, draft: { text: 42, images: [] } }, /\(draft\.text: expected a string, got a number\)$/],
  ['a composer id too long to be one', { ...valid, composerId: 'x'.repeat(65) }, /\(composerId: .*64.*\)$/],
])('a malformed draft (%s) is refused, naming what is wrong, and leaves the tab state alone', async (_what, payload, names) => {
  await expect(checkDraft(payload, tab)).rejects.toThrow(names);
  expect(await readTabState(5)).toBeNull();
});

import { expect, test } from 'vitest';
import { clearTabState, readTabState, writeTabState } from '../../../entrypoints/background/tab-state.ts';
import type { TabState } from '../../../lib/messaging.ts';

const state = (composerId: string): TabState => ({
  tabId: 3,
  url: 'https://x.com/home',
  composerId,
  platform: 'x',
  composer: 'post',
  account: { handle: 'Jo', kind: 'personal', source: 'default' },
  profile: { id: 'default', version: '1' },
  findings: [],
  textLength: 10,
  updatedAt: 1,
});

test('closing another composer keeps the findings of the one the user is writing in', async () => {
  await writeTabState(state('post-box'));
  await clearTabState(3, 'reply-box');
  expect((await readTabState(3))?.composerId).toBe('post-box');
  await clearTabState(3, 'post-box');
  expect(await readTabState(3)).toBeNull();
});

test('a closed tab forgets its state whichever composer wrote it', async () => {
  await writeTabState(state('post-box'));
  await clearTabState(3);
  expect(await readTabState(3)).toBeNull();
});

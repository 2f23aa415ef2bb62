import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { clauseTexts } from '../../../entrypoints/background/signoff-log.ts';
import { clearTabState, readTabState, writeTabState } from '../../../entrypoints/background/tab-state.ts';
import type { TabState } from '../../../lib/messaging.ts';
import type { Finding } from '../../../rules/finding.ts';
import { fixture, type Fixture } from '../log/helpers.ts';
import { hartPolicy } from '../signoff/policy.ts';
import { renderPopup } from './popup-harness.tsx';

let f: Fixture | null = null;
afterEach(async () => {
  cleanup();
  await f?.db.delete();
  f = null;
});

const TAB = 7;
const phone: Finding = {
  ruleId: 'phone-number',
  category: 'personal-data',
  severity: 'confirm',
  message: 'This looks like a phone number. Move it to a direct message or email.',
  clauses: ['TR-5', 'ACME-3'],
  start: 11,
  end: 23,
};
const state = (findings: Finding[], tabId = TAB): TabState => ({
  tabId,
  url: 'https://x.com/compose/post',
  composerId: 'c1',
  platform: 'x',
  composer: 'post',
  account: { handle: 'CouncilNews', kind: 'corporate', source: 'profile' },
  profile: { id: 'hart-dc', version: '2025.1' },
  findings,
  textLength: 23,
  updatedAt: Date.now(),
});

/**
 * The popup's first view over the background's real tab state in (fake) storage.session:
 * what the background writes after each check is what the open popup shows, without reopening.
 */
function renderNow() {
  f = fixture();
  const policy = hartPolicy({ clauses: { 'ACME-3': 'Never post a colleague’s phone number' } });
  return renderPopup('now', f, {
    currentTabId: async () => TAB,
    getTabState: (tabId) => readTabState(tabId),
    getClauseTexts: async (ids) => clauseTexts(policy, { ids }),
  });
}

test('the open popup follows the draft as it is typed: a finding appears, then clears', async () => {
  renderNow();
  expect(await screen.findByText(/No post is being written in this tab/)).toBeTruthy();

  // The author types a phone number: the background's check writes the tab's state.
  await act(() => writeTabState(state([phone])));
  expect(await screen.findByText(phone.message)).toBeTruthy();
  expect(screen.getByText('One item will hold the post until you sign off.')).toBeTruthy();
  expect(document.querySelector('[data-account-kind]')!.textContent).toBe('Corporate account');

  // Another tab's composer changes nothing here.
  await act(() => writeTabState(state([], TAB + 1)));
  expect(screen.getByText(phone.message)).toBeTruthy();

  // The number is deleted: the next check finds nothing.
  await act(() => writeTabState(state([])));
  expect(await screen.findByText('Nothing to flag in this draft.')).toBeTruthy();
  expect(screen.queryByText(phone.message)).toBeNull();
  expect(screen.queryByText(/will hold the post/)).toBeNull();

  // The composer closes.
  await act(() => clearTabState(TAB));
  expect(await screen.findByText(/No post is being written in this tab/)).toBeTruthy();
});

test('an organisation’s own clause shows its profile text; a built-in one keeps PostGuard’s', async () => {
  renderNow();
  await act(() => writeTabState(state([phone])));
  await screen.findByText(phone.message);
  const title = (id: string) => [...document.querySelectorAll('abbr')].find((a) => a.textContent === id)?.getAttribute('title');
  await waitFor(() => expect(title('ACME-3')).toBe('Never post a colleague’s phone number'));
  expect(title('TR-5')).toBe('Do not reveal home addresses, telephone numbers or other personal information');
});

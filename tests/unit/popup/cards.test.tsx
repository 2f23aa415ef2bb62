import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { CurrentTabCard } from '../../../components/current-tab-card.tsx';
import { ProfileCard } from '../../../components/profile-card.tsx';
import type { TabState } from '../../../lib/messaging.ts';
import { PROFILE } from './popup-harness.tsx';

afterEach(cleanup);

const state: TabState = {
  tabId: 7,
  composerId: 'c1',
  url: 'https://x.com/compose/post',
  platform: 'x',
  composer: 'post',
  account: { handle: 'CouncilNews', kind: 'corporate', source: 'profile' },
  profile: { id: 'hart-dc', version: '2025.2' },
  findings: [
    { ruleId: 'exclamations', category: 'tone', severity: 'warn', message: 'Lots of exclamation marks.', clauses: ['HSS-1'] },
    { ruleId: 'phone-number', category: 'personal-data', severity: 'confirm', message: 'This looks like a phone number.', clauses: ['TR-5'] },
  ],
  textLength: 40,
  updatedAt: Date.now(),
};

test('the current tab: platform, account, whether it is corporate and why, and its findings worst first', () => {
  render(<CurrentTabCard state={state} loaded />);
  expect(screen.getByText('X')).toBeTruthy();
  expect(screen.getByText('@CouncilNews')).toBeTruthy();
  expect(document.querySelector('[data-account-kind]')!.textContent).toBe('Corporate account');
  expect(screen.getByText(/Listed as corporate in your organisation’s profile/)).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe('One item will hold the post until you sign off.');
  expect([...document.querySelectorAll('[data-rule]')].map((r) => r.getAttribute('data-rule'))).toEqual(['phone-number', 'exclamations']);
  expect(document.querySelector('[data-rule="phone-number"] abbr')!.getAttribute('title')).toBe(
    'Do not reveal home addresses, telephone numbers or other personal information',
  );
});

test('a personal account and a clean draft', () => {
  render(<CurrentTabCard state={{ ...state, account: { handle: null, kind: 'personal', source: 'default' }, findings: [] }} loaded />);
  expect(screen.getByText('Account not found')).toBeTruthy();
  expect(document.querySelector('[data-account-kind]')!.textContent).toBe('Personal account');
  expect(screen.getByText('Nothing to flag in this draft.')).toBeTruthy();
  expect(screen.queryByRole('status')).toBeNull();
});

test('no composer in the tab says what to do', () => {
  render(<CurrentTabCard state={null} loaded />);
  expect(screen.getByText(/Open a composer on Facebook, X, LinkedIn or Instagram/)).toBeTruthy();
});

test('the profile: name, version, source URL, last update, managed, and a way to options', () => {
  let opened = 0;
  render(<ProfileCard status={PROFILE} error={null} onOpenOptions={() => opened++} />);
  expect(document.querySelector('[data-profile-name]')!.textContent).toBe('Hart District Council');
  expect(screen.getByText('version 2025.2')).toBeTruthy();
  expect(screen.getByText('https://intranet.hart.example/postguard/profile.json')).toBeTruthy();
  expect(screen.getByText('Set by your IT team')).toBeTruthy();
  expect(screen.getByText(/1 Mar 2026/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Manage the profile in Options' }));
  expect(opened).toBe(1);
});

test('the built-in profile, and a failed update that leaves the profile in force', () => {
  render(
    <ProfileCard
      status={{ ...PROFILE, sourceUrl: null, installedAt: null, lastCheckedAt: null, managed: false, lastError: { message: 'HTTP 404.', at: Date.UTC(2026, 2, 2) } }}
      error={null}
      onOpenOptions={() => undefined}
    />,
  );
  expect(screen.getByText('Built into PostGuard')).toBeTruthy();
  expect(screen.getByText('Not installed from a URL')).toBeTruthy();
  expect(screen.getByRole('status').textContent).toContain('HTTP 404. The profile above stays in force.');
  expect(screen.getByRole('button', { name: 'Install your organisation’s profile in Options' })).toBeTruthy();
});

test('while the profile is still loading, the card does not yet ask the user to install one', () => {
  render(<ProfileCard status={undefined} error={null} onOpenOptions={() => undefined} />);
  expect(screen.getByText('Loading…')).toBeTruthy();
  expect(screen.queryByRole('button', { name: /Install your organisation/ })).toBeNull();
  expect(screen.getByRole('button', { name: 'Open Options' })).toBeTruthy();
});

// The summary a manager's staff see before installing a profile (and in options after):
// it must say what the profile really does to checking, above all when a profile turns the
// built-in rules off by not extending the default, and stay readable for 5,000 accounts.
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { ProfileSummaryView } from '../../../components/profile-summary.tsx';
import {
  DEFAULT_PROFILE,
  SUMMARY_ACCOUNTS,
  compileProfile,
  compiledDefault,
  profileSchema,
  summariseProfile,
} from '../../../rules/profile.ts';
import { acmeProfile } from './sample-profiles.ts';

afterEach(() => cleanup());

const NOW = new Date();
const ownRule = {
  id: 'acme-operation-names',
  kind: 'terms',
  terms: ['Operation Nightjar'],
  category: 'operational',
  severity: 'confirm',
  message: 'Operation names are internal: remove the name before posting.',
  clauses: ['STF-3'],
  examples: { valid: ['A quiet night in town.'], invalid: ['Operation Nightjar starts tonight'] },
};

function summaryOf(doc: object) {
  return summariseProfile(compileProfile(profileSchema.parse(doc)), NOW);
}

function show(doc: object) {
  render(<ProfileSummaryView summary={summaryOf(doc)} />);
  return screen.getByText('Rules').parentElement!.querySelector('dd')!.textContent!;
}

describe('rules compared with the default', () => {
  test('a profile without extends: "default" says that none of the built-in rules run', () => {
    const { extends: _dropped, ...alone } = { ...acmeProfile(), rules: [ownRule] };
    const s = summaryOf(alone);
    expect(s).toMatchObject({ extendsDefault: false, rulesAdded: 1, rulesDropped: DEFAULT_PROFILE.rules.length, rulesInForce: 1 });

    const rules = show(alone);
    expect(rules).not.toMatch(/0 added, 0 changed, 0 disabled/);
    expect(rules).toBe(`1 rule of its own · none of PostGuard’s ${DEFAULT_PROFILE.rules.length} built-in rules (it does not extend the default)`);
    const warning = screen.getAllByRole('note')[0]!; // first, above the period's
    expect(warning.textContent).toMatch(/^PostGuard’s built-in rules are off\. This profile does not extend the default/);
    expect(warning.textContent).toContain(`none of its ${DEFAULT_PROFILE.rules.length} rules`);
    expect(warning.textContent).toMatch(/only this profile’s own 1 rule\.$/);
  });

  test('with no rules of its own either, the warning says nothing checks posts but the profile', () => {
    const { extends: _dropped, periods: _p, ...bare } = acmeProfile();
    expect(summaryOf(bare)).toMatchObject({ rulesAdded: 0, rulesDropped: DEFAULT_PROFILE.rules.length, rulesInForce: 0 });
    show(bare);
    expect(screen.getByRole('note').textContent).toMatch(/will check posts, and it has no rules of its own\.$/);
  });

  test('a profile that extends the default counts what it adds, changes and switches off', () => {
    const doc = {
      ...acmeProfile(),
      periods: [],
      rules: [ownRule],
      overrides: { 'phone-number': { severity: 'block' }, 'link-check': { accounts: 'personal' }, 'email-address': { disabled: true } },
    };
    const total = DEFAULT_PROFILE.rules.length - 1 + 1;
    expect(summaryOf(doc)).toMatchObject({ rulesAdded: 1, rulesChanged: 2, rulesDisabled: 1, rulesDropped: 0, rulesInForce: total });
    expect(show(doc)).toBe(`1 added, 2 changed, 1 disabled compared with PostGuard’s default (${total} rules in force)`);
    expect(screen.queryByText(/built-in rules are off/)).toBeNull();
  });

  test('switching off one of its own rules is not a change to the default', () => {
    const doc = { ...acmeProfile(), rules: [ownRule], overrides: { 'acme-operation-names': { disabled: true } } };
    expect(summaryOf(doc)).toMatchObject({ rulesAdded: 0, rulesDisabled: 0, rulesInForce: DEFAULT_PROFILE.rules.length });
  });

  test('the built-in default is described as itself, not as 51 rules "added" to itself', () => {
    const s = summariseProfile(compiledDefault(), NOW);
    expect(s).toMatchObject({ isDefault: true, rulesAdded: 0, rulesDropped: 0, rulesInForce: DEFAULT_PROFILE.rules.length });
    render(<ProfileSummaryView summary={s} />);
    expect(screen.getByText(`${DEFAULT_PROFILE.rules.length} built-in rules`)).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('corporate accounts', () => {
  test('5,000 accounts: the count and the first few, not all of them', () => {
    const accounts = Array.from({ length: 5_000 }, (_, i) => ({ platform: 'facebook', handle: `Acme Service ${i}` }));
    const s = summaryOf({ ...acmeProfile(), accounts });
    expect(s.corporateAccountCount).toBe(5_000);
    expect(s.corporateAccounts).toHaveLength(SUMMARY_ACCOUNTS);
    expect(s.corporateAccounts[0]).toEqual({ platform: 'facebook', handle: 'Acme Service 0' });

    render(<ProfileSummaryView summary={s} />);
    const dd = screen.getByText('Corporate accounts').parentElement!.querySelector('dd')!;
    expect(within(dd).getAllByRole('listitem')).toHaveLength(SUMMARY_ACCOUNTS);
    expect(dd.textContent).toMatch(/^5,000 accounts: Facebook Acme Service 0/);
    expect(dd.textContent).toMatch(/and 4,980 more$/);
  });

  test('one account is named without a count', () => {
    render(<ProfileSummaryView summary={summaryOf(acmeProfile())} />);
    const dd = screen.getByText('Corporate accounts').parentElement!.querySelector('dd')!;
    expect(dd.textContent).toBe('X @AcmeCouncil');
  });
});

import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import type { LogEntry } from '../../../lib/log/entry.ts';
import { fields, fixture, logged, seed, seedFormat1, type Fixture } from '../log/helpers.ts';
import { renderPopup } from './popup-harness.tsx';

let f: Fixture | null = null;
afterEach(async () => {
  cleanup();
  await f?.db.delete();
  f = null;
});

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-entry-seq]')];
const seqs = () => rows().map((r) => Number(r.dataset.entrySeq));

async function variedLog(): Promise<Fixture> {
  f = fixture();
  await seed(f, 6, (i) => ({
    platform: (['x', 'facebook', 'linkedin'] as const)[i % 3],
    account: { handle: i % 2 ? 'jo.personal' : 'CouncilNews', kind: i % 2 ? 'personal' : 'corporate' },
    decision: i === 5 ? 'edited' : 'posted',
    reason: i === 5 ? null : `Reason number ${i + 1}`,
    approver: i === 2 ? 'Sam Jones' : null,
    findings:
      i === 2
        ? [logged({ ruleId: 'image-faces', category: 'image-faces', severity: 'confirm', clauses: ['HSS-4'], needsApprover: true })]
        : [logged({ ruleId: 'phone-number', category: 'personal-data', severity: 'confirm', clauses: ['TR-5'] })],
  }));
  return f;
}

test('an empty log says what will appear there and how', async () => {
  f = fixture();
  renderPopup('log', f);
  expect(await screen.findByText('No sign-offs yet')).toBeTruthy();
  expect(screen.getByText(/never the text itself/)).toBeTruthy();
  await waitFor(() => expect(document.querySelector('[data-integrity="ok"]')?.textContent).toContain('Nothing recorded yet.'));
  // Nothing to filter or export yet: the controls wait until there is.
  expect(screen.queryByRole('button', { name: 'Export JSON' })).toBeNull();
  expect(screen.queryByRole('search')).toBeNull();
});

test('entries newest first, each with what was decided, where, by whom and why', async () => {
  renderPopup('log', await variedLog());
  await waitFor(() => expect(seqs()).toEqual([6, 5, 4, 3, 2, 1]));
  const third = rows().find((r) => r.dataset.entrySeq === '3')!;
  const summary = third.querySelector('summary')!;
  expect(summary.textContent).toContain('Posted after sign-off');
  expect(summary.textContent).toContain('LinkedIn · @CouncilNews · corporate');
  expect(summary.textContent).toContain('“Reason number 3”');
  expect(summary.textContent).toContain('Approved by Sam Jones');
  expect(third.querySelector('[data-rule="image-faces"]')!.className).toContain('chip-confirm');
  const details = third.querySelector('.entry-details')!;
  expect(details.textContent).toContain('HSS-4');
  expect(details.textContent).toContain('a'.repeat(64));
  expect(rows()[0]!.querySelector('summary')!.textContent).toContain('Sent back to edit');
  await waitFor(() => expect(document.querySelector('[data-integrity="ok"]')?.textContent).toContain('All 6 entries verified, #1 to #6.'));
  expect(screen.getByText('6 entries')).toBeTruthy();
});

test('a decision recorded while the popup is open appears at the top', async () => {
  renderPopup('log', await variedLog());
  await waitFor(() => expect(seqs()[0]).toBe(6));
  await act(async () => {
    await f!.writer.record(fields({ reason: 'Arrived live' }));
  });
  await waitFor(() => expect(seqs()[0]).toBe(7));
  expect(rows()[0]!.textContent).toContain('Arrived live');
  await waitFor(() => expect(document.querySelector('[data-integrity="ok"]')?.textContent).toContain('All 7 entries'));
});

test('filters by platform, account kind, category and date, and searches', async () => {
  renderPopup('log', await variedLog());
  await waitFor(() => expect(seqs()).toHaveLength(6));
  const form = screen.getByRole('search');
  fireEvent.change(within(form).getByLabelText('Platform'), { target: { value: 'x' } });
  await waitFor(() => expect(seqs()).toEqual([4, 1]));
  expect(screen.getByText('2 of 6 entries match')).toBeTruthy();
  fireEvent.change(within(form).getByLabelText('Account'), { target: { value: 'personal' } });
  await waitFor(() => expect(seqs()).toEqual([4]));
  fireEvent.click(within(form).getByRole('button', { name: 'Clear filters' }));
  await waitFor(() => expect(seqs()).toHaveLength(6));

  fireEvent.change(within(form).getByLabelText('Category'), { target: { value: 'image-faces' } });
  await waitFor(() => expect(seqs()).toEqual([3]));
  fireEvent.change(within(form).getByLabelText('Category'), { target: { value: '' } });

  fireEvent.change(within(form).getByLabelText('Search the log'), { target: { value: 'sam jones' } });
  await waitFor(() => expect(seqs()).toEqual([3]));
  fireEvent.change(within(form).getByLabelText('Search the log'), { target: { value: '#5' } });
  await waitFor(() => expect(seqs()).toEqual([5]));
  fireEvent.change(within(form).getByLabelText('Search the log'), { target: { value: '' } });

  // Entries are a minute apart from 1 March 2026, 09:00 UTC; dates are the local calendar's.
  const day = (offset: number) => {
    const d = new Date(Date.UTC(2026, 2, 1, 9, 0) + offset * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  fireEvent.change(within(form).getByLabelText('To'), { target: { value: day(-1) } });
  expect(await screen.findByText('No entries match')).toBeTruthy();
  fireEvent.change(within(form).getByLabelText('To'), { target: { value: day(0) } });
  fireEvent.change(within(form).getByLabelText('From'), { target: { value: day(0) } });
  await waitFor(() => expect(seqs()).toHaveLength(6));
  fireEvent.change(within(form).getByLabelText('From'), { target: { value: day(1) } });
  expect(await screen.findByText('No entries match')).toBeTruthy();
  fireEvent.click(within(document.querySelector('[data-empty="filtered"]')!).getByRole('button', { name: 'Clear filters' }));
  await waitFor(() => expect(seqs()).toHaveLength(6));
});

test('a tampered entry: the popup says so plainly, names it, and can show it', async () => {
  renderPopup('log', await variedLog());
  await waitFor(() => expect(document.querySelector('[data-integrity="ok"]')).not.toBeNull());
  await act(async () => {
    const e = (await f!.db.entries.get(4))!;
    await f!.db.entries.put({ ...e, reason: 'Changed after the fact' } as LogEntry);
  });
  const banner = await waitFor(() => {
    const b = document.querySelector<HTMLElement>('[data-integrity="broken"]');
    expect(b).not.toBeNull();
    return b!;
  });
  expect(banner.getAttribute('role')).toBe('alert');
  expect(banner.textContent).toContain('This log has been tampered with.');
  expect(banner.textContent).toContain('Entry #4 has been changed: its content no longer matches its hash.');
  expect(banner.dataset.brokenSeq).toBe('4');
  expect(screen.getByRole('tab', { name: /Sign-off log/ }).textContent).toContain('!');
  fireEvent.click(within(banner).getByRole('button', { name: 'Show entry #4' }));
  await waitFor(() => expect(seqs()).toEqual([4]));
  expect(rows()[0]!.className).toContain('entry-broken');
});

test('a deleted entry is named too', async () => {
  renderPopup('log', await variedLog());
  await act(async () => {
    await f!.db.entries.delete(2);
  });
  await waitFor(() => expect(document.querySelector('[data-integrity="broken"]')?.textContent).toContain('Entry #2 is missing: entry #3 follows #1.'));
});

test('long logs page: 50 at a time, newest first', async () => {
  f = fixture();
  await seed(f, 62);
  renderPopup('log', f);
  await waitFor(() => expect(seqs()).toHaveLength(50));
  expect(seqs()[0]).toBe(62);
  fireEvent.click(screen.getByRole('button', { name: 'Show more (12 older)' }));
  await waitFor(() => expect(seqs()).toHaveLength(62));
  expect(seqs().at(-1)).toBe(1);
  expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
});

test('what a sign-off asked for: an override the policy allows, an approver, faces still being counted', async () => {
  f = fixture();
  await seedFormat1(f, 1);
  await f.writer.record(
    fields({
      approver: 'Sam Jones',
      consent: true,
      faces: [{ atLeast: 3 }, 1, null],
      findings: [
        logged({ ruleId: 'payment-card', category: 'personal-data', severity: 'block', clauses: ['TR-5'], overridable: true }),
        logged({ ruleId: 'image-approval', category: 'approval', severity: 'confirm', clauses: ['HSS-6'], needsApprover: true }),
      ],
    }),
  );
  renderPopup('log', f);
  await waitFor(() => expect(seqs()).toEqual([2, 1]));
  const row = rows()[0]!;
  expect([...row.querySelectorAll('.entry-findings li')].map((li) => li.textContent)).toEqual([
    'Blocked payment-card (personal-data) TR-5 · override allowed',
    'Needs sign-off image-approval (approval) HSS-6 · approver needed',
  ]);
  expect(row.querySelector('[data-field="faces"]')!.textContent).toBe('at least 3 (still being counted at sign-off), 1, not checked');
  // An entry from before findings carried these flags says nothing it did not record.
  expect(rows()[1]!.querySelector('.entry-findings li')!.textContent).toBe('Needs sign-off phone-number (personal-data) TR-5');
  expect(rows()[1]!.querySelector('[data-field="faces"]')).toBeNull();
  await waitFor(() => expect(document.querySelector('[data-integrity="ok"]')?.textContent).toContain('All 2 entries verified'));
});

test('a sign-off recorded too late and the edit that replaced it are linked both ways', async () => {
  f = fixture();
  await f.writer.recordOnce('c0ffee00-1111-4222-8333-444455556666', fields({ reason: 'Landed late' }));
  await f.writer.recordOnce('c0ffee00-1111-4222-8333-444455556666', fields({ decision: 'edited', reason: null }));
  renderPopup('log', f);
  await waitFor(() => expect(seqs()).toEqual([2, 1]));
  expect(rows()[0]!.querySelector('[data-supersedes="1"]')!.textContent).toBe(
    'Replaces #1: that sign-off was recorded after PostGuard had stopped waiting for it, so the post was not sent.',
  );
  expect(rows()[1]!.querySelector('[data-replaced-by="2"]')!.textContent).toContain('Not posted');
});

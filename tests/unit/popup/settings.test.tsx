import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { verifyChain } from '../../../lib/log/chain.ts';
import { fixture, seed, type Fixture } from '../log/helpers.ts';
import { renderPopup } from './popup-harness.tsx';

let f: Fixture | null = null;

/** The button once the log's size has loaded and it can be used. */
const enabled = (name: string) =>
  waitFor(() => {
    const b = screen.getByRole('button', { name }) as HTMLButtonElement;
    expect(b.disabled).toBe(false);
    return b;
  });
afterEach(async () => {
  cleanup();
  await f?.db.delete();
  f = null;
});

test('clearing needs a confirmation; keeping the log changes nothing', async () => {
  f = fixture();
  await seed(f, 12);
  renderPopup('settings', f);
  fireEvent.click(await enabled('Clear the log…'));
  const confirm = document.querySelector<HTMLElement>('[data-confirm-clear]')!;
  expect(confirm.textContent).toContain('Delete all 12 entries?');
  expect(document.activeElement).toBe(confirm);
  fireEvent.click(within(confirm).getByRole('button', { name: 'Keep the log' }));
  expect(document.querySelector('[data-confirm-clear]')).toBeNull();
  expect(await f.db.entries.count()).toBe(12);
});

test('a confirmed clear removes every entry, is itself logged, and the log still verifies', async () => {
  f = fixture();
  await seed(f, 12);
  renderPopup('settings', f);
  fireEvent.click(await enabled('Clear the log…'));
  fireEvent.click(screen.getByRole('button', { name: 'Delete 12 entries' }));
  await waitFor(() => expect(screen.getByText(/Log cleared: 12 entries removed/)).toBeTruthy());
  const entries = await f.db.entries.toArray();
  expect(entries).toMatchObject([{ seq: 13, type: 'cleared', removed: { count: 12, from: 1, through: 12 } }]);
  expect((await verifyChain(entries, f.witness.point)).ok).toBe(true);
  await waitFor(() => expect(document.body.textContent).toContain(`Newest entry #13, hash ${entries[0]!.hash}`));
});

test('retention: saving a shorter period logs the change and removes older entries', async () => {
  f = fixture();
  await seed(f, 5);
  f.clock.now += 100 * 86_400_000;
  await seed(f, 2);
  renderPopup('settings', f);
  const days = (await screen.findByLabelText('Days to keep entries')) as HTMLInputElement;
  await waitFor(() => expect(days.value).toBe('365'));
  fireEvent.change(days, { target: { value: '30' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(screen.getByText('Saved. 5 older entries were removed; the removal is recorded in the log.')).toBeTruthy());
  const entries = await f.db.entries.orderBy('seq').toArray();
  expect(entries.map((e) => e.type)).toEqual(['sign-off', 'sign-off', 'retention', 'pruned']);
  expect(await f.writer.retentionDays()).toBe(30);
  expect((await verifyChain(entries, f.witness.point)).ok).toBe(true);
});

test('retention: keep forever, and a bad number is refused with a clear message', async () => {
  f = fixture();
  await seed(f, 1);
  renderPopup('settings', f);
  const days = (await screen.findByLabelText('Days to keep entries')) as HTMLInputElement;
  await waitFor(() => expect(days.value).toBe('365'));
  fireEvent.change(days, { target: { value: '0' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect((await screen.findByRole('alert')).textContent).toBe('Enter a whole number of days from 1 to 3650.');
  expect(await f.writer.retentionDays()).toBe(365);
  fireEvent.click(screen.getByLabelText('Keep forever'));
  expect(days.disabled).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(screen.getByText('Saved.')).toBeTruthy());
  expect(await f.writer.retentionDays()).toBeNull();
});

test('nothing to clear: the button says so by being unavailable', async () => {
  f = fixture();
  renderPopup('settings', f);
  await waitFor(() => expect((screen.getByRole('button', { name: 'Clear the log…' }) as HTMLButtonElement).disabled).toBe(true));
  expect(screen.getByText('Nothing has been recorded yet.')).toBeTruthy();
});

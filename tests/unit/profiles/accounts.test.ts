// @vitest-environment node
// Account classification: the profile's list wins, then the user's choice, then personal;
// accounts are recorded as they are seen (cheaply), listed per platform, and the user's
// choices survive a worker restart and make open composers check again.
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ACCOUNT_KEYS, MAX_SEEN_ACCOUNTS, classify, listAccounts, setAccountKind } from '../../../entrypoints/background/accounts.ts';
import { isExtensionPage, profileHandlers } from '../../../entrypoints/background/profile.ts';
import { compileProfile, compiledDefault, profileSchema } from '../../../rules/profile.ts';
import { acmeProfile } from './sample-profiles.ts';
import { openComposerTabs, restartWorker } from './background-state.ts';

const acme = compileProfile(profileSchema.parse(acmeProfile()));

beforeEach(() => restartWorker());

describe('classifyAccount', () => {
  test('the profile names it: corporate, whatever the user chose', async () => {
    // Chosen as personal while the default profile was in force, before the profile named it.
    await setAccountKind(compiledDefault(), 'x', 'AcmeCouncil', 'personal');
    expect(await classify(compiledDefault(), 'x', 'AcmeCouncil')).toEqual({ kind: 'personal', source: 'user' });
    expect(await classify(acme, 'x', 'AcmeCouncil')).toEqual({ kind: 'corporate', source: 'profile' });
    expect(await classify(acme, 'x', ' @acmecouncil ')).toEqual({ kind: 'corporate', source: 'profile' });
  });

  test("an account the profile does not name follows the user's choice, else it is personal", async () => {
    expect(await classify(acme, 'x', 'AcmeLibraries')).toEqual({ kind: 'personal', source: 'default' });
    const r = await profileHandlers.setAccountKind({ platform: 'x', handle: '@AcmeLibraries', kind: 'corporate' });
    expect(r.ok).toBe(true);
    expect(await classify(acme, 'x', 'acmelibraries')).toEqual({ kind: 'corporate', source: 'user' });
    // Only on that platform.
    expect(await classify(acme, 'facebook', 'AcmeLibraries')).toEqual({ kind: 'personal', source: 'default' });
    // The choice is stored: a restarted worker still knows it.
    restartWorker();
    expect(await classify(acme, 'x', 'AcmeLibraries')).toEqual({ kind: 'corporate', source: 'user' });
    // And it can be taken back.
    await profileHandlers.setAccountKind({ platform: 'x', handle: 'AcmeLibraries', kind: null });
    expect(await classify(acme, 'x', 'AcmeLibraries')).toEqual({ kind: 'personal', source: 'default' });
  });

  test('no handle (the page did not show one) is personal', async () => {
    expect(await classify(acme, 'x', null)).toEqual({ kind: 'personal', source: 'default' });
    expect(await classify(acme, 'x', '@')).toEqual({ kind: 'personal', source: 'default' });
  });

  test('seeing an account writes to storage once, not on every check', async () => {
    let writes = 0;
    fakeBrowser.storage.local.onChanged.addListener((changes) => {
      if (ACCOUNT_KEYS.seen in changes) writes++;
    });
    const t0 = Date.now();
    for (let i = 0; i < 50; i++) await classify(compiledDefault(), 'linkedin', 'Jo Bloggs', t0 + i * 1000);
    await expect.poll(() => writes).toBe(1);
    // An hour later it is noted again (last seen moves on).
    await classify(compiledDefault(), 'linkedin', 'Jo Bloggs', t0 + 61 * 60 * 1000);
    await expect.poll(() => writes).toBe(2);
  });

  test('the seen list is bounded: page-supplied handles cannot fill storage', async () => {
    const t0 = Date.now();
    for (let i = 0; i < MAX_SEEN_ACCOUNTS + 20; i++) await classify(compiledDefault(), 'x', `user${i}`, t0 + i);
    const list = await profileHandlers.listAccounts(undefined);
    expect(list).toHaveLength(MAX_SEEN_ACCOUNTS);
    expect(list.some((a) => a.handle === 'user0')).toBe(false); // the longest unseen went first
    expect(list.some((a) => a.handle === `user${MAX_SEEN_ACCOUNTS + 19}`)).toBe(true);
  });
});

describe('the account list (options)', () => {
  test('lists seen accounts per platform with how each is treated and why', async () => {
    await classify(compiledDefault(), 'linkedin', 'Jo Bloggs', 1000);
    await classify(compiledDefault(), 'x', 'jo_b', 2000);
    await classify(compiledDefault(), 'facebook', 'Acme Parks', 3000);
    await profileHandlers.setAccountKind({ platform: 'facebook', handle: 'Acme Parks', kind: 'corporate' });

    const list = await profileHandlers.listAccounts(undefined);
    expect(list).toEqual([
      { platform: 'facebook', handle: 'Acme Parks', kind: 'corporate', source: 'user', userChoice: 'corporate', lastSeenAt: 3000 },
      { platform: 'x', handle: 'jo_b', kind: 'personal', source: 'default', userChoice: null, lastSeenAt: 2000 },
      { platform: 'linkedin', handle: 'Jo Bloggs', kind: 'personal', source: 'default', userChoice: null, lastSeenAt: 1000 },
    ]);
  });

  test('a profile naming 5,000 accounts: only the accounts seen or chosen are listed, the named ones marked', async () => {
    const accounts = Array.from({ length: 5_000 }, (_, i) => ({ platform: 'facebook', handle: `Acme Service ${i}` }));
    const big = compileProfile(profileSchema.parse({ ...acmeProfile(), accounts }));
    await classify(big, 'facebook', 'Acme Service 4999', 1000);
    await classify(big, 'x', 'jo_b', 2000);
    await setAccountKind(big, 'linkedin', 'Jo Bloggs', 'personal');

    expect(await listAccounts(big)).toEqual([
      { platform: 'facebook', handle: 'Acme Service 4999', kind: 'corporate', source: 'profile', userChoice: null, lastSeenAt: 1000 },
      { platform: 'x', handle: 'jo_b', kind: 'personal', source: 'default', userChoice: null, lastSeenAt: 2000 },
      { platform: 'linkedin', handle: 'Jo Bloggs', kind: 'personal', source: 'user', userChoice: 'personal', lastSeenAt: null },
    ]);
  });

  test("a profile-named account cannot be marked by the user; the profile's word stands", async () => {
    await expect(setAccountKind(acme, 'x', 'acmecouncil', 'personal')).rejects.toThrow(
      /@acmecouncil is named in the organisation's profile as a corporate account; only the profile can change that/,
    );
    expect(await classify(acme, 'x', 'AcmeCouncil')).toEqual({ kind: 'corporate', source: 'profile' });
  });

  test('changing or forgetting a classification tells open composers to check again', async () => {
    const tabs = await openComposerTabs(['https://x.com/compose/post', 'https://www.facebook.com/', 'https://news.example/']);
    await profileHandlers.setAccountKind({ platform: 'x', handle: 'jo_b', kind: 'corporate' });
    expect(tabs.rechecked).toHaveLength(2);
    const list = await profileHandlers.forgetAccount({ platform: 'x', handle: 'JO_B' });
    expect(list).toEqual([]);
    expect(tabs.rechecked).toHaveLength(4);
  });

  test('malformed requests are rejected before anything is stored', async () => {
    await expect(profileHandlers.setAccountKind({ platform: 'myspace', handle: 'x', kind: 'corporate' } as never)).rejects.toThrow();
    await expect(profileHandlers.setAccountKind({ platform: 'x', handle: 'x'.repeat(500), kind: 'corporate' })).rejects.toThrow();
    expect(await profileHandlers.listAccounts(undefined)).toEqual([]);
  });
});

describe('who may send the changing messages', () => {
  test("only the extension's own pages; a content script's sender (a web page) is refused", () => {
    const own = fakeBrowser.runtime.getURL('/options.html');
    expect(isExtensionPage({ id: fakeBrowser.runtime.id, url: own })).toBe(true);
    expect(isExtensionPage({ id: fakeBrowser.runtime.id, url: 'https://x.com/compose/post' })).toBe(false);
    expect(isExtensionPage({ id: 'another-extension', url: own })).toBe(false);
    expect(isExtensionPage({})).toBe(false);
  });
});

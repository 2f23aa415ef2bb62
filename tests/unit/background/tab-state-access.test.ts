import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabStateFor } from '../../../entrypoints/background/tab-state-access.ts';
import { readTabState, writeTabState } from '../../../entrypoints/background/tab-state.ts';
import type { TabState } from '../../../lib/messaging.ts';

const flaggedTab: TabState = {
  tabId: 3,
  url: 'https://x.com/compose/post',
  composerId: 'post-box',
  platform: 'x',
  composer: 'post',
  account: { handle: 'Jo', kind: 'corporate', source: 'profile' },
  profile: { id: 'default', version: '1' },
  findings: [{ ruleId: 'phone-number', category: 'personal-data', severity: 'confirm', message: 'A phone number', clauses: ['TR-5'] }],
  textLength: 23,
  updatedAt: 1,
};

const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html?tabId=3') });
// What a content script's message carries: the web page's tab and URL.
const contentScriptOn = (url: string) => ({ id: fakeBrowser.runtime.id, url, tab: { id: 7, url } });

beforeEach(() => writeTabState(flaggedTab));

test("the popup reads a tab's findings", async () => {
  expect(await tabStateFor({ tabId: 3 }, popup())).toEqual(flaggedTab);
  expect(await tabStateFor({ tabId: 99 }, popup())).toBeNull();
});

test("a content script (which the page can drive) cannot read any tab's findings, not even its own", async () => {
  await expect(tabStateFor({ tabId: 3 }, contentScriptOn('https://www.facebook.com/'))).rejects.toThrow(
    "getTabState is only answered for PostGuard's own pages",
  );
  await expect(tabStateFor({ tabId: 7 }, contentScriptOn('https://x.com/home'))).rejects.toThrow("PostGuard's own pages");
  // A page pretending to be the extension in its URL path is still a page.
  await expect(tabStateFor({ tabId: 3 }, contentScriptOn(`https://evil.example/${fakeBrowser.runtime.getURL('/')}`))).rejects.toThrow();
  await expect(tabStateFor({ tabId: 3 }, {})).rejects.toThrow("PostGuard's own pages");
});

test('a malformed request is refused with what is wrong, and reads nothing', async () => {
  await expect(tabStateFor({ tabId: '3' }, popup())).rejects.toThrow('getTabState: tabId:');
  await expect(tabStateFor({ tabId: -1 }, popup())).rejects.toThrow('getTabState: tabId:');
  await expect(tabStateFor({ tabId: 1.5 }, popup())).rejects.toThrow('getTabState: tabId:');
  await expect(tabStateFor(null, popup())).rejects.toThrow('getTabState:');
  expect(await readTabState(3)).toEqual(flaggedTab);
});

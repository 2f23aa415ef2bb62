import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { onMessage } from '../../lib/messaging.ts';
import { checkDraft } from './check-draft.ts';
import { registerFaces } from './faces.ts';
import { registerIgnoreList } from './ignore-list.ts';
import { registerProfiles } from './profile.ts';
import { registerSignOffLog } from './signoff-log.ts';
import { clearTabState } from './tab-state.ts';
import { tabStateFor } from './tab-state-access.ts';

// Wiring only: each service lives in its own file.
export default defineBackground({
  type: 'module',
  main() {
    onMessage('checkDraft', ({ data, sender }) => checkDraft(data, sender.tab));
    onMessage('clearDraft', ({ data, sender }) => {
      const composerId = z.string().max(64).safeParse(data?.composerId);
      if (sender.tab?.id !== undefined && composerId.success) return clearTabState(sender.tab.id, composerId.data);
    });
    onMessage('getTabState', ({ data, sender }) => tabStateFor(data, sender));
    browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
    registerProfiles();
    registerSignOffLog();
    registerFaces();
    registerIgnoreList();
  },
});

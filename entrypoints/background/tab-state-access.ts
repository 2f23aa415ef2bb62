import { z } from 'zod';
import type { TabState } from '../../lib/messaging.ts';
import { isExtensionPage } from './profile.ts';
import { readTabState } from './tab-state.ts';

const requestSchema = z.object({ tabId: z.number().int().nonnegative() });

/**
 * popup → background: the findings of one tab. Only PostGuard's own pages are answered: a
 * content script can be driven by the page it runs in, and what was flagged in one tab's
 * draft (the categories, the account, the length) is no business of another site's page.
 */
export async function tabStateFor(data: unknown, sender: { id?: string; url?: string }): Promise<TabState | null> {
  if (!isExtensionPage(sender)) throw new Error("getTabState is only answered for PostGuard's own pages");
  const parsed = requestSchema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`getTabState: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; ')}`);
  }
  return readTabState(parsed.data.tabId);
}

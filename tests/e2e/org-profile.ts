// A browser whose PostGuard runs an organisation's profile, installed the way staff install
// one: served over HTTP, previewed and installed by the real profile service from one of
// PostGuard's own pages. Tests that need an employer name, corporate accounts or periods
// start here instead of reaching into storage.
import type { Page } from 'playwright-core';
import { launch, sendFromExtensionPage, type LaunchOptions, type Session } from './harness.ts';
import { extensionWithOrigin } from './profiles-harness.ts';
import { serveJson, startProfileServer } from '../unit/profiles/profile-server.ts';

/** The organisation the adapter tests write about: "I work at PostGuard Council". */
export const POSTGUARD_COUNCIL = {
  schemaVersion: 1,
  id: 'postguard-council',
  name: 'PostGuard Council social media policy',
  version: '1',
  extends: 'default',
  organisation: { names: ['PostGuard Council'], domains: ['postguard.gov.uk'], timeZone: 'Europe/London' },
  accounts: [],
  rules: [],
};

export interface OrgSession extends Session {
  /** Stops the browser, the profile server and removes the extension copy. */
  close(): Promise<void>;
}

export async function launchWithProfile(profile: object, options: LaunchOptions = {}): Promise<OrgSession> {
  const server = await startProfileServer();
  server.route('/profile.json', serveJson(profile, { cors: false }));
  // The origin is granted in a copy of the manifest: Playwright cannot answer the browser's
  // permission prompt (see profiles-harness.ts).
  const ext = await extensionWithOrigin('http://127.0.0.1/*');
  const s = await launch({ ...options, extensionDir: ext.dir, allowOrigins: [...(options.allowOrigins ?? []), server.origin] });
  const page: Page = await s.openPopup();
  const preview = await sendFromExtensionPage<{ ok: boolean; value?: { url: string; sha256: string }; error?: unknown }>(
    page,
    'previewProfile',
    { url: server.url('/profile.json') },
  );
  if (!preview.ok || !preview.value) throw new Error(`previewProfile failed: ${JSON.stringify(preview)}`);
  const installed = await sendFromExtensionPage<{ ok: boolean }>(page, 'installProfile', {
    url: preview.value.url,
    sha256: preview.value.sha256,
  });
  if (!installed.ok) throw new Error(`installProfile failed: ${JSON.stringify(installed)}`);
  await page.close();
  const close = s.close;
  return Object.assign(s, {
    async close() {
      await close();
      await ext.remove();
      await server.close();
    },
  });
}

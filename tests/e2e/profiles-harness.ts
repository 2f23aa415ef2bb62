// What the profile e2e tests share: the built extension with the test server's origin
// granted, and reads of the background's state from inside the browser.
//
// Why the origin is granted in a copy of the manifest: chrome.permissions.request() opens
// a browser prompt that Playwright cannot answer (microsoft/playwright#32755 — extension
// permission prompts are out of its scope) and that headless Chromium leaves pending for
// ever. With http://127.0.0.1/* already granted, the options page's real request() call
// resolves true at once, as it does for a user who allowed the origin before; everything
// else (fetch, checks, install, updates) runs unchanged. Asking and denying are covered by
// the options page unit tests.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type Session } from './harness.ts';

export async function extensionWithOrigin(origin: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'postguard-ext-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push(origin);
  await writeFile(manifestPath, JSON.stringify(manifest));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

interface TabStateSeen {
  account: { handle: string | null; kind: string; source: string };
  profile: { id: string; version: string };
  findings: Array<{ ruleId: string; category: string; severity: string }>;
}

/** The tab's composer state as the background stored it (what the popup shows). */
export async function tabState(s: Session, page: Page): Promise<TabStateSeen | null> {
  const key = `tab:${await s.tabIdOf(page)}`;
  return s.worker.evaluate(async (k) => {
    const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await api.storage.session.get(k))[k] as TabStateSeen | undefined) ?? null;
  }, key);
}

/** Fires the update alarm now, keeping its six-hour period (unpacked extensions allow it). */
export async function fireUpdateAlarm(s: Session): Promise<void> {
  await s.worker.evaluate(async () => {
    const api = (globalThis as unknown as {
      chrome: { alarms: { create(name: string, info: { when: number; periodInMinutes: number }): Promise<void> } };
    }).chrome;
    await api.alarms.create('postguard-profile-update', { when: Date.now() + 50, periodInMinutes: 360 });
  });
}

export const SCREENSHOT_DIR = path.join(path.dirname(EXTENSION_DIR), 'e2e-screenshots');

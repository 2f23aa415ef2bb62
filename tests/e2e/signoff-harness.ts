// Helpers for the sign-off e2e tests and the log benchmark.
import { build } from 'esbuild';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { LogEntry } from '../../lib/log/entry.ts';
import type { Finding } from '../../rules/finding.ts';
import { ROOT, type Session } from './harness.ts';

export const SCREENSHOTS = path.join(ROOT, '.output/screenshots');

export async function screenshot(page: Page, name: string, scheme: 'light' | 'dark'): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.emulateMedia({ colorScheme: scheme });
  const file = path.join(SCREENSHOTS, `${name}-${scheme}.png`);
  await page.screenshot({ path: file });
  return file;
}

let bundle: Promise<string> | null = null;
/** The real dialog and messaging code, bundled once per run. */
export function dialogBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [path.join(ROOT, 'tests/e2e/signoff-page-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'error',
  }).then((r) => r.outputFiles[0]!.text);
  return bundle;
}

export const PHONE: Finding = {
  ruleId: 'phone-number',
  category: 'personal-data',
  severity: 'confirm',
  message: 'This looks like a phone number. Move it to a direct message or email.',
  clauses: ['TR-5'],
  start: 11,
  end: 23,
};

export const FACES: Finding = {
  ruleId: 'image-faces',
  category: 'image-faces',
  severity: 'confirm',
  message: '1 person can be identified in this photo — you need their consent',
  clauses: ['HSS-4', 'TR-6', 'HSS-6'],
  image: 0,
  needsApprover: true,
};

export const TEXT = 'Call me on 07700 900123 about the open day';

/** astronaut.png with the box the faces detector finds on it (npm run policy -- faces). */
export async function astronaut(): Promise<{ url: string; facts: object }> {
  const png = await readFile(path.join(ROOT, 'tests/fixtures/images/astronaut.png'));
  return {
    url: `data:image/png;base64,${png.toString('base64')}`,
    facts: { id: 'astronaut', name: 'astronaut.png', width: 512, height: 512, faces: [{ box: [171, 73, 106, 107], score: 0.9573 }], gps: null },
  };
}

export interface DialogOnPage {
  /** Resolves with the dialog's decision, once there is one. */
  decision(): Promise<string | null>;
}

/**
 * Renders the real dialog in a site page (the page's main world) over its real editor.
 * A content script would send the decision with runtime messaging; a page's main world
 * cannot, so each record hops through `relay` (an extension page) into the real
 * background. Everything else — DOM, focus, keyboard, the log — is the product's.
 */
export async function openDialogOnPage(
  page: Page,
  relay: Page,
  req: { findings: Finding[]; text: string; images?: object[]; thumbnails?: string[]; handle?: string },
  editorSelector: string,
): Promise<DialogOnPage> {
  const code = await dialogBundle();
  await relay.evaluate(code);
  await page.evaluate(code);
  if (!(await page.evaluate(() => '__pgRecord' in window))) {
    await page.exposeFunction('__pgRecord', (record: unknown) =>
      relay.evaluate(
        (r) => (globalThis as unknown as { __postguardSignOff: { sendMessage(t: string, d: unknown): Promise<unknown> } }).__postguardSignOff.sendMessage('recordSignOff', r),
        record,
      ),
    );
  }
  await page.evaluate(
    ({ req, editorSelector }) => {
      const w = window as unknown as {
        __postguardSignOff: { openSignOffDialog(r: unknown, d: unknown): Promise<string> };
        __pgRecord(r: unknown): Promise<unknown>;
        __pgDecision: string | null;
      };
      w.__pgDecision = null;
      void w.__postguardSignOff
        .openSignOffDialog(
          {
            findings: req.findings,
            text: req.text,
            platform: 'x',
            composer: 'post',
            account: { handle: req.handle ?? 'PostGuardDemo', kind: 'corporate', source: 'profile' },
            profile: { id: 'default', version: '0' },
            images: req.images ?? [],
            thumbnails: req.thumbnails,
            editor: document.querySelector(editorSelector),
          },
          { record: (r: unknown) => w.__pgRecord(r) },
        )
        .then((d) => (w.__pgDecision = d));
    },
    { req, editorSelector },
  );
  return { decision: () => page.evaluate(() => (window as unknown as { __pgDecision: string | null }).__pgDecision) };
}

/** The log as the extension holds it, read from an extension page's IndexedDB. */
export async function readLog(extensionPage: Page): Promise<LogEntry[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<LogEntry[]>((resolve, reject) => {
        const open = indexedDB.open('postguard-signoff-log');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('entries')) {
            db.close();
            resolve([]);
            return;
          }
          const req = db.transaction('entries').objectStore('entries').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as LogEntry[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Focus as the page sees it, through open shadow roots: the path of data-action/name/testid. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return 'none';
    return (
      el.getAttribute('data-action') ??
      el.getAttribute('data-testid') ??
      (el.hasAttribute('data-ack') ? `ack-${el.getAttribute('data-ack')}` : null) ??
      (el.hasAttribute('data-consent') ? 'consent' : null) ??
      el.getAttribute('name') ??
      el.id ??
      el.tagName.toLowerCase()
    );
  });
}

export async function waitForWorker(s: Session): Promise<void> {
  await s.worker.evaluate(() => true);
}

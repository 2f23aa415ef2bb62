import { SignOffDb } from '../../../lib/log/db.ts';
import type { LogEntry } from '../../../lib/log/entry.ts';
import { SignOffLogWriter } from '../../../lib/log/writer.ts';
import type { SignOffRecord } from '../../../lib/protocol/signoff.ts';
import { openSignOffDialog } from '../../../lib/signoff/dialog.ts';
import type { SignOffDecision, SignOffRequest } from '../../../lib/signoff/types.ts';
import type { ImageFacts } from '../../../rules/draft.ts';
import type { Finding } from '../../../rules/finding.ts';
import { clauseTexts, recordSignOff } from '../../../entrypoints/background/signoff-log.ts';
import { freshDbName, memoryWitness } from '../log/helpers.ts';
import { hartPolicy } from './policy.ts';

export const TEXT = 'Call the duty officer on 07700 900123 about Saturday’s event';

export const phone: Finding = {
  ruleId: 'phone-number',
  category: 'personal-data',
  severity: 'confirm',
  message: 'This looks like a phone number. Move it to a direct message or email.',
  clauses: ['TR-5'],
  start: 25,
  end: 37,
};
export const faces: Finding = {
  ruleId: 'image-faces',
  category: 'image-faces',
  severity: 'confirm',
  message: '2 people can be identified in this photo — you need their consent',
  clauses: ['HSS-4', 'TR-6'],
  image: 0,
  needsApprover: true,
};
export const tone: Finding = { ruleId: 'exclamations', category: 'tone', severity: 'warn', message: 'Lots of exclamation marks.', clauses: ['HSS-1'] };
/** Blocked, and the profile allows no override. */
export const password: Finding = { ruleId: 'credentials', category: 'credentials', severity: 'block', message: 'This looks like a password.', clauses: ['OP-10'] };
/** Blocked, but the profile lets the author override it. */
export const card: Finding = {
  ruleId: 'payment-card',
  category: 'personal-data',
  severity: 'block',
  message: 'This looks like a payment card number.',
  clauses: ['TR-5'],
  overridable: true,
};

export const TEAM_PHOTO: ImageFacts = {
  id: 'img1',
  name: 'team.jpg',
  width: 800,
  height: 600,
  faces: [
    { box: [80, 60, 160, 120], score: 0.98 },
    { box: [400, 300, 80, 60], score: 0.91 },
  ],
  gps: null,
};

/**
 * The dialog with the real background path behind it: the record goes through the same
 * parsing and writer the service worker runs, into fake-indexeddb. Only the extension
 * messaging hop between content script and worker is left out.
 */
export function harness(
  findings: Finding[],
  over: Partial<SignOffRequest> = {},
  options: { failRecords?: number; logExcerpt?: boolean; recordTimeoutMs?: number; holdFirstRecord?: boolean; clauses?: Record<string, string> } = {},
) {
  document.body.replaceChildren();
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.tabIndex = 0;
  editor.setAttribute('data-testid', 'editor');
  document.body.append(editor);
  const db = new SignOffDb(freshDbName());
  const writer = new SignOffLogWriter(db, memoryWitness());
  const sent: SignOffRecord[] = [];
  let failures = options.failRecords ?? 0;
  const req: SignOffRequest = {
    findings,
    text: TEXT,
    platform: 'x',
    composer: 'post',
    account: { handle: 'CouncilNews', kind: 'corporate', source: 'profile' },
    profile: { id: 'hart-dc', version: '2025.1' },
    images: [TEAM_PHOTO],
    editor,
    ...over,
  };
  let decision: SignOffDecision | null = null;
  const policy = hartPolicy({ signOff: { logExcerpt: options.logExcerpt ?? false }, ...(options.clauses ? { clauses: options.clauses } : {}) });
  // A slow log: the first record message waits at the background's door until released.
  let releaseFirst = () => {};
  const gate = new Promise<void>((resolve) => (releaseFirst = resolve));
  let held = options.holdFirstRecord ?? false;
  let firstDone: Promise<unknown> = Promise.resolve();
  const promise = openSignOffDialog(req, {
    recordTimeoutMs: options.recordTimeoutMs ?? 2000,
    async record(r) {
      sent.push(r);
      if (failures > 0) {
        failures--;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      if (held) {
        held = false;
        const late = gate.then(() => recordSignOff(writer, policy, r));
        firstDone = late.catch((e: unknown) => e);
        return late;
      }
      // What the background does with the message.
      return recordSignOff(writer, policy, r);
    },
    clauseTexts: async (ids) => clauseTexts(policy, { ids }),
  }).then((d) => (decision = d));
  const host = document.querySelector<HTMLElement>('[data-postguard-dialog]')!;
  const root = host?.shadowRoot as ShadowRoot;
  const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);
  const $$ = <T extends Element = HTMLElement>(sel: string) => [...root.querySelectorAll<T>(sel)];
  return {
    req,
    editor,
    host,
    root,
    $,
    $$,
    db,
    sent,
    promise,
    /** Lets the held first record through; resolves once the background has dealt with it. */
    releaseFirst: () => (releaseFirst(), firstDone),
    decision: () => decision,
    entries: (): Promise<LogEntry[]> => db.entries.orderBy('seq').toArray(),
    click: (sel: string) => $(sel)!.click(),
    check: (sel: string) => {
      const box = $<HTMLInputElement>(sel)!;
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    },
    type: (sel: string, value: string) => {
      const field = $<HTMLInputElement | HTMLTextAreaElement>(sel)!;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
    key: (key: string, shiftKey = false) => {
      const target = (root.activeElement as HTMLElement | null) ?? $('[role="dialog"]')!;
      target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true, cancelable: true }));
    },
  };
}

export const settle = () => new Promise((r) => setTimeout(r, 30));

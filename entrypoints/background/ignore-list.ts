import { browser } from 'wxt/browser';
import { z } from 'zod';
import { categorySchema, type Finding } from '../../rules/finding.ts';
import { onMessage, sendMessage } from '../../lib/messaging.ts';
import type { IgnoreEntry } from '../../lib/protocol/composer.ts';
import { activeProfile } from './profile.ts';

// The user's "ignore this phrase" / "not personal data" choices, one list per profile id in
// storage.local, so they survive restarts and a new profile starts clean. A `block` finding
// is never dropped: only the profile can allow those.

export const MAX_PHRASE_LENGTH = 200;
export const MAX_ENTRIES_PER_PROFILE = 1000;
const SITE_TABS = ['https://x.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*', 'https://www.instagram.com/*'];

const ignoreRequestSchema = z.object({
  ruleId: z.string().min(1).max(100),
  category: categorySchema,
  phrase: z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, 'there is no phrase to ignore')
        .max(MAX_PHRASE_LENGTH, `a phrase to ignore can be at most ${MAX_PHRASE_LENGTH} characters`),
    ),
});
const unignoreRequestSchema = z.object({ id: z.string().min(1).max(64) });

/** Case, width and spacing do not make a phrase different. */
export function normalisePhrase(phrase: string): string {
  return phrase.normalize('NFKC').toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();
}

const storageKey = (profileId: string) => `ignore:${profileId}`;
const cache = new Map<string, IgnoreEntry[]>();
let writes: Promise<unknown> = Promise.resolve();

export async function readIgnoreList(profileId: string): Promise<IgnoreEntry[]> {
  const hit = cache.get(profileId);
  if (hit) return hit;
  const got = await browser.storage.local.get(storageKey(profileId));
  const raw = got[storageKey(profileId)];
  const list = Array.isArray(raw) ? (raw as IgnoreEntry[]) : [];
  cache.set(profileId, list);
  return list;
}

/** Serialises read-modify-write on one profile's list. */
function update(profileId: string, change: (list: IgnoreEntry[]) => IgnoreEntry[]): Promise<IgnoreEntry[]> {
  const next = writes.then(async () => {
    const list = change([...(await readIgnoreList(profileId))]);
    await browser.storage.local.set({ [storageKey(profileId)]: list });
    cache.set(profileId, list);
    return list;
  });
  writes = next.catch(() => undefined);
  return next;
}

export async function addIgnore(profileId: string, raw: unknown): Promise<IgnoreEntry> {
  const req = ignoreRequestSchema.parse(raw);
  const norm = normalisePhrase(req.phrase);
  let entry: IgnoreEntry | undefined;
  await update(profileId, (list) => {
    entry = list.find((e) => e.category === req.category && normalisePhrase(e.phrase) === norm);
    if (entry) return list;
    entry = { id: crypto.randomUUID(), profileId, ruleId: req.ruleId, category: req.category, phrase: req.phrase, addedAt: Date.now() };
    // Newest first; the oldest fall off past the cap rather than refusing the user.
    return [entry, ...list].slice(0, MAX_ENTRIES_PER_PROFILE);
  });
  return entry!;
}

export async function removeIgnore(profileId: string, raw: unknown): Promise<void> {
  const { id } = unignoreRequestSchema.parse(raw);
  await update(profileId, (list) => list.filter((e) => e.id !== id));
}

/** The findings the user has not ignored, and how many were dropped. */
export async function dropIgnored(
  profileId: string,
  text: string,
  findings: Finding[],
): Promise<{ findings: Finding[]; ignored: number }> {
  const list = await readIgnoreList(profileId);
  if (!list.length) return { findings, ignored: 0 };
  const ignoredKeys = new Set(list.map((e) => `${e.category}\u0000${normalisePhrase(e.phrase)}`));
  const kept = findings.filter((f) => {
    if (f.severity === 'block' || f.start === undefined || f.end === undefined) return true;
    return !ignoredKeys.has(`${f.category}\u0000${normalisePhrase(text.slice(f.start, f.end))}`);
  });
  return { findings: kept, ignored: findings.length - kept.length };
}

/** Every open composer on the four sites checks again, so an ignore applies everywhere at once. */
async function broadcastRecheck(): Promise<void> {
  const tabs = await browser.tabs.query({ url: SITE_TABS });
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : sendMessage('recheck', undefined, t.id).catch(() => undefined))));
}

export function registerIgnoreList(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    for (const k of Object.keys(changes)) if (k.startsWith('ignore:')) cache.delete(k.slice('ignore:'.length));
  });
  onMessage('ignoreFinding', async ({ data }) => {
    const entry = await addIgnore((await activeProfile()).id, data);
    void broadcastRecheck();
    return entry;
  });
  onMessage('unignoreFinding', async ({ data }) => {
    await removeIgnore((await activeProfile()).id, data);
    void broadcastRecheck();
  });
  onMessage('listIgnored', async () => readIgnoreList((await activeProfile()).id));
}

// Handing the anonymised copy back to the composer, and saying exactly what the site did
// with it. The sites keep the photos a user picked in their own state and add every pick to
// it (X empties its file input after reading it; Facebook leaves the input as it is but still
// adds): a copy given through the file input lands beside the original, not in its place,
// and only the site's own remove button takes the original out, which PostGuard never
// presses for the user. So after giving the copy, PostGuard reads the site's previews (the
// SHA-256 of their bytes, as the ImageTracker hashes photos) and reports what is attached now.
import { sha256Hex } from '../faces/hash.ts';

export type HandOverOutcome =
  /** The copy is attached in place of the original. */
  | 'replaced'
  /** The copy is attached, and the original is still attached beside it. */
  | 'added'
  /** The site took no notice of the copy: nothing attached changed. */
  | 'not-taken'
  /** The attached photos changed in a way PostGuard cannot read or did not expect. */
  | 'unclear'
  /** The composer has no file input PostGuard could give the copy to. */
  | 'no-input';

/** A preview's fingerprint: the SHA-256 of its bytes, or null where they cannot be read. */
export type PreviewPrint = string | null;

/** How long the site gets to show the copy's preview before PostGuard says it was not taken. */
export const HAND_OVER_TIMEOUT_MS = 3000;
const POLL_MS = 50;

/** The file input PostGuard is giving a copy to right now: its change event is not the user's pick. */
let handingTo: HTMLInputElement | null = null;

/** Whether a change on `input` is PostGuard handing over a copy (the pick listener ignores it). */
export function isHandingOver(input: HTMLInputElement): boolean {
  return handingTo === input;
}

/**
 * What happened, from the previews' fingerprints before and after the hand-over, the
 * original's and the copy's. Everything attached before but the original must still be there.
 */
export function classifyHandOver(before: PreviewPrint[], after: PreviewPrint[], original: string, copy: string): HandOverOutcome {
  if (before.includes(null) || after.includes(null)) return 'unclear';
  if (!after.includes(copy)) return sameMultiset(before, after) ? 'not-taken' : 'unclear';
  if (!before.includes(original)) return 'unclear';
  const rest = withoutOne(after as string[], copy);
  if (sameMultiset(rest, withoutOne(before as string[], original))) return 'replaced';
  if (sameMultiset(rest, before)) return 'added';
  return 'unclear';
}

export interface HandOverRequest {
  /** The composer's file input, if it has one. */
  input: HTMLInputElement | null;
  /** The composer's image previews as they are now, in order. */
  previews: () => HTMLImageElement[];
  /** SHA-256 of the original photo's bytes. */
  original: string;
  copy: File;
  /** SHA-256 of the copy's bytes, when the caller has it already. */
  copyHash?: string;
  timeoutMs?: number;
}

/**
 * Gives `copy` to the composer as a new pick through its file input (DataTransfer, then the
 * input and change events a real pick fires), waits for the site's previews to change, and
 * says what is attached now. When the site took no notice, the input gets back the files it
 * had: nothing is left changed.
 */
export async function handOver(req: HandOverRequest): Promise<HandOverOutcome> {
  const { input, copy } = req;
  if (!input || !input.isConnected || input.type !== 'file' || input.disabled) return 'no-input';
  const before = req.previews();
  const beforeSrcs = before.map(srcOf);
  const [beforePrints, copyHash] = await Promise.all([prints(before), req.copyHash ?? sha256Hex(new Uint8Array(await copy.arrayBuffer()))]);
  const saved = input.files;
  try {
    const transfer = new DataTransfer();
    transfer.items.add(copy);
    input.files = transfer.files;
  } catch {
    return 'no-input';
  }
  handingTo = input;
  try {
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  } finally {
    handingTo = null;
  }
  const after = await previewsAfterChange(req.previews, beforeSrcs, req.timeoutMs ?? HAND_OVER_TIMEOUT_MS);
  const outcome = sameList(after.map(srcOf), beforeSrcs) ? 'not-taken' : classifyHandOver(beforePrints, await prints(after), req.original, copyHash);
  if (outcome === 'not-taken') restore(input, saved);
  return outcome;
}

/** What the badge says after a hand-over: what is attached now, and what the user must do. */
export function handOverMessage(outcome: HandOverOutcome, copyName: string, photo: string): string {
  switch (outcome) {
    case 'replaced':
      return `The photo now in the post is an anonymised copy (faces blurred, location removed): ${copyName}.`;
    case 'added':
      return (
        `PostGuard attached an anonymised copy (${copyName}: faces blurred, location removed), but the site kept the original beside it. ` +
        `Remove the original, ${photo}, with the site's own remove button before you post: until then it is still in the post.`
      );
    case 'not-taken':
      return `The site did not take the anonymised copy, so it was downloaded (${copyName}). Remove the original, ${photo}, from the post and attach the copy instead.`;
    case 'no-input':
      return `This site gives PostGuard no way to attach the anonymised copy, so it was downloaded (${copyName}). Remove the original, ${photo}, from the post and attach the copy instead.`;
    case 'unclear':
      return (
        `PostGuard gave the anonymised copy (${copyName}) to the site but could not confirm what the site did with it, so it was downloaded too. ` +
        `Check the photos attached: remove the original, ${photo}, and make sure the copy is there.`
      );
  }
}

/** What the badge says when Blur is pressed again while the first copy is still beside the original. */
export function copyAlreadyBesideMessage(copyName: string, photo: string): string {
  return (
    `The anonymised copy (${copyName}) is already attached beside the original, so PostGuard did not add another. ` +
    `Remove the original, ${photo}, with the site's own remove button before you post: until then it is still in the post.`
  );
}

/** Offers `file` as a download (when the site did not take the copy in place of the original). */
export function offerDownload(file: File): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  a.style.display = 'none';
  a.setAttribute('data-postguard-download', '');
  (document.body ?? document.documentElement).append(a);
  a.click();
  a.remove();
  // The download has its own reference by now; the page keeps no copy of the photo.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The previews once the site has re-rendered: the first list that differs from `before` and
 * holds still for one more poll, or the list as it is when `timeoutMs` runs out.
 */
async function previewsAfterChange(read: () => HTMLImageElement[], before: string[], timeoutMs: number): Promise<HTMLImageElement[]> {
  const deadline = performance.now() + timeoutMs;
  let last: string[] | null = null;
  for (;;) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    const now = read();
    const srcs = now.map(srcOf);
    if (!sameList(srcs, before) && last !== null && sameList(srcs, last)) return now;
    if (performance.now() >= deadline) return now;
    last = srcs;
  }
}

/** The previews' fingerprints; previews that are not local (blob:, data:) are never fetched. */
function prints(images: HTMLImageElement[]): Promise<PreviewPrint[]> {
  return Promise.all(
    images.map(async (img) => {
      const src = srcOf(img);
      if (!/^(blob|data):/i.test(src)) return null;
      try {
        return await sha256Hex(new Uint8Array(await (await fetch(src)).arrayBuffer()));
      } catch {
        return null;
      }
    }),
  );
}

function restore(input: HTMLInputElement, files: FileList | null): void {
  try {
    input.files = files ?? new DataTransfer().files;
  } catch {
    // The input went away or the site replaced it: nothing of ours is left in it anyway.
  }
}

function srcOf(img: HTMLImageElement): string {
  return img.currentSrc || img.src;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function sameMultiset(a: PreviewPrint[], b: PreviewPrint[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

function withoutOne(list: string[], value: string): string[] {
  const i = list.indexOf(value);
  return i < 0 ? list : [...list.slice(0, i), ...list.slice(i + 1)];
}

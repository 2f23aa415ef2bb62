// The images attached to one composer, in the content script: reads each File's bytes, GPS
// from its EXIF (exifr, GPS only), downscales it (createImageBitmap + canvas) and asks the
// background for faces with small pixels (extension messages are JSON). Results are cached
// by the bytes' hash, so a composer re-rendering its previews never re-runs detection.
//
// Two looks: a quick one (the whole photo at 512 px, one model run on a portrait), and when it
// says more faces may hide (a photo of people, a small face), a thorough one (tiles for small
// faces, at 1,024 px). Until the thorough one answers, the image stays `pending` with the
// faces found so far: a group photo's count is only given once it is right.
import type { ImageFacts } from '../../rules/draft.ts';
import { sendMessage } from '../messaging.ts';
import { bytesToBase64 } from '../faces/base64.ts';
import { LruCache } from '../faces/cache.ts';
import { readGps, type GpsPosition } from '../faces/gps.ts';
import { sha256Hex } from '../faces/hash.ts';
import { fitWithin, scaleBox } from '../faces/letterbox.ts';
import { anonymiseRegion, pixelateFaces } from '../faces/pixelate.ts';
import { DETECT_MAX_SIDE, REFINE_MAX_SIDE, type Box } from '../faces/pixels.ts';

/** An image attached to a composer: the File the user picked, or the preview the site shows. */
export type ImageSource = { key: string; name?: string } & ({ file: Blob } | { img: HTMLImageElement });

/** Bigger files are not read into memory: no phone photo comes near it. */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
/** A detection that has not answered by then is reported as failed, never as "no faces". */
export const DETECT_TIMEOUT_MS = 30_000;

interface Analysis {
  width: number;
  height: number;
  faces: Array<{ box: Box; score: number }>;
  gps: GpsPosition | null;
}

interface Entry {
  key: string;
  name?: string;
  source: ImageSource;
  facts: ImageFacts;
  done: Promise<void>;
  analysis?: Analysis;
  /** SHA-256 of the photo's bytes (or of its pixels, for a preview that cannot be read). */
  hash?: string;
  thumbnail?: Promise<Thumbnail>;
  thumbnailReady?: Thumbnail;
  /** No longer attached (or the tracker disposed): a thumbnail made now is revoked at once. */
  gone?: boolean;
}

/** A small JPEG of an attached photo (object URL owned by the tracker) and its size. */
export interface Thumbnail {
  url: string;
  width: number;
  height: number;
}

/** The long side of a thumbnail, in pixels: enough for a finding's picture with face boxes. */
export const THUMBNAIL_MAX_SIDE = 160;

// Shared by every composer on the page: the same photo in two composers is checked once.
const analyses = new LruCache<Promise<Analysis>>(32);

export class ImageTracker {
  private entries = new Map<string, Entry>();
  private order: string[] = [];
  private disposed = false;

  /**
   * `onChange` fires whenever an image's facts change (attached, detected, failed, removed);
   * `onThumbnail` when a thumbnail asked for with thumbnailUrl() is ready.
   */
  constructor(
    private readonly onChange: (facts: ImageFacts[]) => void,
    private readonly onThumbnail: () => void = () => undefined,
  ) {}

  /** The images attached now, in composer order; unchanged keys keep their results. */
  sync(sources: ImageSource[]): void {
    if (this.disposed) return;
    const keys = sources.map((s) => s.key);
    const changed = keys.length !== this.order.length || keys.some((k, i) => k !== this.order[i]);
    const next = new Map<string, Entry>();
    for (const source of sources) {
      const existing = this.entries.get(source.key);
      if (existing) {
        next.set(source.key, existing);
        continue;
      }
      const entry: Entry = {
        key: source.key,
        name: source.name,
        source,
        facts: { id: source.key.slice(0, 128), name: source.name?.slice(0, 300), width: 0, height: 0, pending: true, faces: null, gps: null },
        done: Promise.resolve(),
      };
      entry.done = this.analyse(entry);
      next.set(source.key, entry);
    }
    for (const [key, entry] of this.entries) if (!next.has(key)) release(entry);
    this.entries = next;
    this.order = keys;
    if (changed) this.emit();
  }

  facts(): ImageFacts[] {
    return this.order.map((k) => this.entries.get(k)!.facts);
  }

  /** Resolves when every image attached now has a result (or has failed). */
  async settled(): Promise<ImageFacts[]> {
    await Promise.all(this.order.map((k) => this.entries.get(k)!.done));
    return this.facts();
  }

  /** SHA-256 of image `index`'s bytes, once it has been read (what hand-over.ts compares previews with). */
  hashOf(index: number): string | null {
    return this.entries.get(this.order[index] ?? '')?.hash ?? null;
  }

  /**
   * A small JPEG of image `index`, for the findings about it (the badge, the sign-off
   * dialog): made once per image, revoked by the tracker when the image is removed or the
   * composer closes. The face boxes are drawn from the facts, in proportion to the photo.
   */
  thumbnail(index: number): Promise<Thumbnail> {
    const entry = this.entries.get(this.order[index] ?? '');
    if (!entry) return Promise.reject(new Error(`no image ${index} in this composer`));
    entry.thumbnail ??= makeThumbnail(entry.source).then((t) => {
      if (entry.gone) {
        URL.revokeObjectURL(t.url);
        throw new Error('the photo was removed');
      }
      entry.thumbnailReady = t;
      return t;
    });
    return entry.thumbnail;
  }

  /** The thumbnail's URL if it is made; otherwise starts making it (onThumbnail says when) and returns null. */
  thumbnailUrl(index: number): string | null {
    const entry = this.entries.get(this.order[index] ?? '');
    if (!entry) return null;
    if (entry.thumbnailReady) return entry.thumbnailReady.url;
    if (!entry.thumbnail) {
      this.thumbnail(index).then(
        () => {
          if (!this.disposed) this.onThumbnail();
        },
        () => undefined, // no picture: the finding is shown without one
      );
    }
    return null;
  }

  /**
   * An anonymised copy of image `index`: each face found (also looking harder for small
   * ones), grown by a margin, pixelated beyond recognition; re-encoded, which drops EXIF with
   * GPS. The copy is checked again: a face still found is pixelated too, and a copy that
   * still shows one is refused rather than handed back as safe.
   */
  async anonymise(index: number): Promise<File> {
    const entry = this.entries.get(this.order[index] ?? '');
    if (!entry) throw new Error(`no image ${index} in this composer`);
    await entry.done;
    if (!entry.analysis) throw new Error(`could not check ${entry.name ?? 'this photo'}, so it cannot be blurred: ${entry.facts.error ?? 'unknown error'}`);
    const bitmap = await decode(entry.source);
    try {
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('this browser cannot draw the photo');
      ctx.drawImage(bitmap, 0, 0);
      // Every face the user was told about, and any more the tiles find beside them.
      const thorough = await detectOn(canvas, { thorough: true, known: entry.analysis.faces });
      let boxes = [...entry.analysis.faces.map((f) => f.box), ...thorough.faces.map((f) => f.box)];
      for (let round = 0; round < 3 && boxes.length; round++) {
        for (const b of boxes) pixelateRegion(ctx, anonymiseRegion(b, canvas.width, canvas.height), round);
        // Checked as an attached photo is: the copy's "no faces" is cached for when it is.
        boxes = (await look(canvas)).map((f) => f.box);
      }
      if (boxes.length) throw new Error('faces were still found after blurring; this photo was not changed');
      const type = outputType(entry.source);
      const blob = await canvas.convertToBlob({ type, quality: 0.92 });
      const file = new File([blob], anonymisedName(entry.name ?? nameOf(entry.source), type), { type, lastModified: Date.now() });
      // The copy was just checked: attaching it will not run detection again.
      const hash = await sha256Hex(new Uint8Array(await file.arrayBuffer()));
      analyses.set(hash, Promise.resolve({ width: canvas.width, height: canvas.height, faces: [], gps: null }));
      return file;
    } finally {
      bitmap.close();
    }
  }

  dispose(): void {
    this.disposed = true;
    this.entries.forEach(release);
    this.entries.clear();
    this.order = [];
  }

  private emit(): void {
    if (!this.disposed) this.onChange(this.facts());
  }

  private async analyse(entry: Entry): Promise<void> {
    try {
      const bytes = await readBytes(entry.source);
      const hash = await sha256Hex(bytes ?? (await pixelsOf(entry.source)));
      entry.hash = hash;
      let analysis = analyses.get(hash);
      if (!analysis) {
        analysis = analyseImage(entry.source, bytes, hash, (quick) => {
          // The quick look's faces while the thorough one runs: still pending.
          if (this.entries.get(entry.key) !== entry) return;
          entry.facts = { id: entry.facts.id, name: entry.facts.name, width: quick.width, height: quick.height, pending: true, faces: quick.faces, gps: quick.gps };
          this.emit();
        });
        analyses.set(hash, analysis);
        analysis.catch(() => analyses.delete(hash));
      }
      const a = await analysis;
      entry.analysis = a;
      entry.facts = { id: entry.facts.id, name: entry.facts.name, width: a.width, height: a.height, faces: a.faces, gps: a.gps };
    } catch (err) {
      // Never a silent pass: the rules turn faces: null into "could not check this photo".
      const { pending: _pending, ...rest } = entry.facts;
      entry.facts = { ...rest, faces: null, error: errorText(err) };
    }
    if (this.entries.get(entry.key) === entry) this.emit();
  }
}

async function makeThumbnail(source: ImageSource): Promise<Thumbnail> {
  const full = await decode(source);
  try {
    const size = fitWithin(full.width, full.height, THUMBNAIL_MAX_SIDE);
    const small = await createImageBitmap(full, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' });
    const canvas = new OffscreenCanvas(size.width, size.height);
    canvas.getContext('2d')?.drawImage(small, 0, 0);
    small.close();
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
    return { url: URL.createObjectURL(blob), ...size };
  } finally {
    full.close();
  }
}

/** An image leaves the composer: its thumbnail's object URL goes with it. */
function release(entry: Entry): void {
  entry.gone = true;
  if (entry.thumbnailReady) URL.revokeObjectURL(entry.thumbnailReady.url);
  entry.thumbnailReady = undefined;
}

async function analyseImage(source: ImageSource, bytes: Uint8Array | null, hash: string, onQuick: (quick: Analysis) => void): Promise<Analysis> {
  const [gps, bitmap] = await Promise.all([bytes ? readGps(bytes) : Promise.resolve(null), decode(source)]);
  try {
    const { width, height } = bitmap;
    const faces = await look(bitmap, hash, (quick) => onQuick({ width, height, gps, faces: quick }));
    return { width, height, gps, faces };
  } finally {
    bitmap.close();
  }
}

type Faces = Array<{ box: Box; score: number }>;

/**
 * The faces a user is told about: the quick look, then the thorough one when the quick one
 * says more faces may hide. Boxes in `image`'s pixels.
 */
async function look(image: ImageBitmap | OffscreenCanvas, hash?: string, onQuick?: (faces: Faces) => void): Promise<Faces> {
  const quick = await detectOn(image, { hash });
  if (!quick.refine) return quick.faces;
  onQuick?.(quick.faces);
  return (await detectOn(image, { hash, thorough: true, known: quick.faces })).faces;
}

/**
 * Downscales `image` (DETECT_MAX_SIDE, or REFINE_MAX_SIDE for a thorough look), sends its
 * pixels for detection; boxes come back in `image`'s pixels. `known`: faces already
 * confirmed, in `image`'s pixels.
 */
async function detectOn(
  image: ImageBitmap | OffscreenCanvas,
  options: { thorough?: boolean; known?: Faces; hash?: string },
): Promise<{ faces: Faces; refine: boolean }> {
  const thorough = options.thorough ?? false;
  const small = fitWithin(image.width, image.height, thorough ? REFINE_MAX_SIDE : DETECT_MAX_SIDE);
  const bitmap = await createImageBitmap(image, { resizeWidth: small.width, resizeHeight: small.height, resizeQuality: 'high' });
  let rgba: Uint8ClampedArray;
  try {
    const canvas = new OffscreenCanvas(small.width, small.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('this browser cannot draw the photo');
    ctx.drawImage(bitmap, 0, 0);
    rgba = ctx.getImageData(0, 0, small.width, small.height).data;
  } finally {
    bitmap.close();
  }
  const rgb = new Uint8Array(small.width * small.height * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i]!;
    rgb[j + 1] = rgba[i + 1]!;
    rgb[j + 2] = rgba[i + 2]!;
  }
  const scale = { width: image.width, height: image.height };
  const request = sendMessage('detectFaces', {
    hash: options.hash ?? (await sha256Hex(rgb)),
    width: small.width,
    height: small.height,
    rgb: bytesToBase64(rgb),
    thorough,
    known: options.known?.map((f) => ({ box: scaleBox(f.box, scale, small), score: f.score })),
  });
  const result = await withTimeout(request, DETECT_TIMEOUT_MS, 'face detection did not answer in time');
  return { refine: result.refine, faces: result.faces.map((f) => ({ box: scaleBox(f.box, small, scale), score: f.score })) };
}

/** The photo's bytes: the File itself, or a preview whose blob: or data: URL is local. */
async function readBytes(source: ImageSource): Promise<Uint8Array | null> {
  let blob: Blob;
  if ('file' in source) blob = source.file;
  else {
    const src = source.img.currentSrc || source.img.src;
    // Anything else would be a network request: such previews are read from their pixels.
    if (!/^(blob|data):/i.test(src)) return null;
    blob = await (await fetch(src)).blob();
  }
  if (blob.size > MAX_IMAGE_BYTES) throw new Error(`the photo is over ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
  return new Uint8Array(await blob.arrayBuffer());
}

/** Decoded as the user sees it (EXIF orientation applied, as the browser does by default). */
async function decode(source: ImageSource): Promise<ImageBitmap> {
  try {
    if ('file' in source) return await createImageBitmap(source.file);
    const img = source.img;
    if (!img.complete) await img.decode();
    const bytes = await readBytes(source);
    return await createImageBitmap(bytes ? new Blob([bytes as Uint8Array<ArrayBuffer>]) : img);
  } catch (err) {
    throw new Error(`the photo could not be decoded (${errorText(err)})`);
  }
}

/** For previews without local bytes: a hash of their pixels (reading fails if the site forbids it). */
async function pixelsOf(source: ImageSource): Promise<Uint8Array> {
  const bitmap = await decode(source);
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw the photo');
    ctx.drawImage(bitmap, 0, 0);
    try {
      return new Uint8Array(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data.buffer);
    } catch {
      throw new Error('the site does not let PostGuard read this photo');
    }
  } finally {
    bitmap.close();
  }
}

/** Pixelates one region in place; later rounds use coarser cells. */
function pixelateRegion(ctx: OffscreenCanvasRenderingContext2D, region: Box, round: number): void {
  const [x, y, w, h] = region;
  if (w < 1 || h < 1) return;
  const data = ctx.getImageData(x, y, w, h);
  pixelateFaces({ width: w, height: h, channels: 4, data: data.data }, [[0, 0, w, h]], { margin: 0, cellsAcross: Math.max(3, 6 - round) });
  ctx.putImageData(data, x, y);
}

function outputType(source: ImageSource): string {
  const type = 'file' in source ? source.file.type : '';
  return type === 'image/png' || type === 'image/webp' ? type : 'image/jpeg';
}

function nameOf(source: ImageSource): string {
  return 'file' in source && source.file instanceof File ? source.file.name : 'photo';
}

function anonymisedName(name: string, type: string): string {
  const base = name.replace(/\.[^.]*$/, '') || 'photo';
  const ext = type === 'image/png' ? 'png' : type === 'image/webp' ? 'webp' : 'jpg';
  return `${base}-faces-blurred.${ext}`;
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]);
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.slice(0, 500) || 'unknown error';
}

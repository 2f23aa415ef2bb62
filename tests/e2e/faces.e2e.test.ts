// Face detection inside the built extension, in real Chromium: the bundled weights, the wasm
// backend in the offscreen document, the content-script ImageTracker, and no network.
import { build } from 'esbuild';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sha256Hex } from '../../lib/faces/hash.ts';
import { readGps } from '../../lib/faces/gps.ts';
import { iou } from '../../lib/faces/detector.ts';
import { analysePhotoBytes } from '../../lib/faces/node-facts.ts';
import type { DetectResult } from '../../lib/faces/detect-message.ts';
import type { ImageFacts } from '../../rules/draft.ts';
import type { FacesDriver } from './faces-driver.ts';
import { FACE_COUNTS, readPhoto, withGps } from '../unit/faces/photos.ts';
import { GROUP_PHOTOS, groupPhoto } from '../unit/faces/group-photo.ts';
import { evaluateInContentScript, launch, ROOT, sendFromExtensionPage, type Session } from './harness.ts';

let s: Session;
let driver: string;

beforeAll(async () => {
  s = await launch();
  const out = await build({
    entryPoints: [path.join(ROOT, 'tests/e2e/faces-driver.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'error',
  });
  driver = out.outputFiles[0]!.text;
});
afterAll(async () => {
  await s?.close();
});

async function pixelsOf(bytes: Uint8Array) {
  const { data, info } = await sharp(bytes).rotate().resize(512, 512, { fit: 'inside' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { hash: await sha256Hex(bytes), width: info.width, height: info.height, rgb: data.toString('base64') };
}

test('detectFaces counts the faces of every real photo in the offscreen document, on wasm, offline', async () => {
  const page = await s.openPopup();
  for (const [name, count] of Object.entries(FACE_COUNTS)) {
    const result = await sendFromExtensionPage<DetectResult>(page, 'detectFaces', await pixelsOf(await readPhoto(name)));
    expect({ name, faces: result.faces.length }).toEqual({ name, faces: count });
    expect(result.engine).toBe('offscreen');
    expect(result.backend).toBe('wasm');
  }
  // The weights' licences ship with them.
  const notices = await page.evaluate(async () => (await fetch('/THIRD_PARTY_NOTICES.txt')).text());
  expect(notices).toContain('MediaPipe BlazeFace');
  expect(notices).toContain('Copyright (c) Vladimir Mandic');
  expect(notices).toContain('Apache License');
  // Garbage is refused with a reason, not answered with "no faces".
  await expect(sendFromExtensionPage(page, 'detectFaces', { hash: 'x', width: 2, height: 2, rgb: 'AAAA' })).rejects.toThrow(/hash|rgb/);
  expect(s.leaks()).toEqual([]);
});

test('the ImageTracker reports faces and GPS of an attached photo, blurs it, and the copy has neither', async () => {
  const page = await s.openPopup();
  await page.evaluate(driver);
  const original = withGps(await readPhoto('obama.jpg'), 51.501364, -0.14189);
  const node = await analysePhotoBytes(original, 'obama.jpg');

  const run = await page.evaluate(async ([b64, catB64]) => {
    const pg = (globalThis as unknown as { postguardFaces: FacesDriver }).postguardFaces;
    const file = new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'obama.jpg', { type: 'image/jpeg' });
    const cat = new File([Uint8Array.from(atob(catB64), (c) => c.charCodeAt(0))], 'chelsea.png', { type: 'image/png' });
    const junk = new File(['not a photo'], 'notes.jpg', { type: 'image/jpeg' });
    const seen: ImageFacts[][] = [];
    const t0 = performance.now();
    let firstResultMs = 0;
    const tracker = new pg.ImageTracker((facts: ImageFacts[]) => {
      seen.push(structuredClone(facts));
      if (!firstResultMs && facts[0] && !facts[0].pending) firstResultMs = performance.now() - t0;
    });
    tracker.sync([{ key: 'a', name: 'obama.jpg', file }, { key: 'b', name: 'chelsea.png', file: cat }, { key: 'c', name: 'notes.jpg', file: junk }]);
    const facts = await tracker.settled();
    // A re-render hands the same files again: nothing changes, nothing is re-run.
    const before = seen.length;
    tracker.sync([{ key: 'a', name: 'obama.jpg', file }, { key: 'b', name: 'chelsea.png', file: cat }, { key: 'c', name: 'notes.jpg', file: junk }]);
    const after = seen.length;
    const thumb = await tracker.thumbnail(0);
    const thumbOk = thumb.url.startsWith('blob:') && (await (await fetch(thumb.url)).blob()).type === 'image/jpeg';
    const sameThumb = tracker.thumbnailUrl(0) === thumb.url && (await tracker.thumbnail(0)) === thumb;
    const blurred = await tracker.anonymise(0);
    const bytes = new Uint8Array(await blurred.arrayBuffer());
    let bin = '';
    for (const b of bytes) bin += String.fromCharCode(b);
    // The photo leaves the composer: its thumbnail's object URL is revoked with it.
    tracker.sync([{ key: 'b', name: 'chelsea.png', file: cat }]);
    const thumbAfter = await fetch(thumb.url).then(() => 'still there', () => 'revoked');
    return { facts, first: seen[0], before, after, firstResultMs, name: blurred.name, type: blurred.type, blurred: btoa(bin), thumb: { ...thumb, ok: thumbOk, same: sameThumb, after: thumbAfter } };
  }, [Buffer.from(original).toString('base64'), Buffer.from(await readPhoto('chelsea.png')).toString('base64')] as const);

  expect(run.first!.map((f) => f.pending)).toEqual([true, true, true]);
  const [obama, cat, junk] = run.facts;
  expect(obama).toMatchObject({ id: 'a', name: 'obama.jpg', width: 910, height: 1137 });
  // EXIF stores degrees, minutes and seconds as rationals: a metre or so of rounding.
  expect(obama!.gps!.lat).toBeCloseTo(51.501364, 4);
  expect(obama!.gps!.lon).toBeCloseTo(-0.14189, 4);
  expect(obama!.faces).toHaveLength(1);
  // The browser's downscale and sharp's differ slightly; the box is the same face.
  expect(iou(obama!.faces![0]!.box, node.faces[0]!.box)).toBeGreaterThan(0.7);
  expect(cat).toMatchObject({ name: 'chelsea.png', width: 451, height: 300, faces: [], gps: null });
  expect(junk!.faces).toBeNull();
  expect(junk!.error).toMatch(/could not be decoded/);
  expect(run.after).toBe(run.before);
  console.log(`ImageTracker: attach → first result ${run.firstResultMs.toFixed(0)} ms`);

  // The thumbnail for the finding: a JPEG 160 px on the long side, made once, gone with the photo.
  expect(run.thumb).toMatchObject({ ok: true, width: 128, height: 160, same: true, after: 'revoked' });

  expect(run.name).toBe('obama-faces-blurred.jpg');
  expect(run.type).toBe('image/jpeg');
  const copy = new Uint8Array(Buffer.from(run.blurred, 'base64'));
  expect(await readGps(copy)).toBeNull();
  expect((await sharp(copy).metadata()).exif).toBeUndefined();
  expect((await analysePhotoBytes(copy, 'blurred')).faces).toEqual([]);
  expect((await analysePhotoBytes(copy, 'blurred', { look: 'thorough' })).faces).toEqual([]);

  // A fresh page (no cache): the extension itself finds no face in the copy either.
  const fresh = await s.openPopup();
  await fresh.evaluate(driver);
  const again = await fresh.evaluate(async (b64) => {
    const pg = (globalThis as unknown as { postguardFaces: FacesDriver }).postguardFaces;
    const file = new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'copy.jpg', { type: 'image/jpeg' });
    const tracker = new pg.ImageTracker(() => undefined);
    tracker.sync([{ key: 'copy', file }]);
    return (await tracker.settled()) as ImageFacts[];
  }, run.blurred);
  expect(again[0]).toMatchObject({ width: 910, height: 1137, faces: [], gps: null });
  expect(s.leaks()).toEqual([]);
});

test('a preview <img> with a blob: URL is read from its bytes, GPS included', async () => {
  const page = await s.openPopup();
  await page.evaluate(driver);
  const photo = withGps(await readPhoto('biden.jpg'), 40.689247, -74.044502);
  const facts = await page.evaluate(async (b64) => {
    const pg = (globalThis as unknown as { postguardFaces: FacesDriver }).postguardFaces;
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/jpeg' }));
    await img.decode();
    const tracker = new pg.ImageTracker(() => undefined);
    tracker.sync([{ key: 'preview', img }]);
    return (await tracker.settled()) as ImageFacts[];
  }, Buffer.from(photo).toString('base64'));
  expect(facts[0]).toMatchObject({ id: 'preview', width: 970, height: 2204 });
  expect(facts[0]!.faces).toHaveLength(1);
  expect(facts[0]!.gps!.lat).toBeCloseTo(40.689247, 4);
  expect(s.leaks()).toEqual([]);
});

test('on the X fixture page, PostGuard’s content script checks an attached photo and blurs it', async () => {
  const page = await s.openSite('x');
  await page.waitForSelector('[data-testid="tweetTextarea_0"]');
  await evaluateInContentScript(s, page, driver);
  const photo = withGps(await readPhoto('astronaut.png').then((b) => sharp(b).jpeg().toBuffer()).then((b) => new Uint8Array(b)), 28.5729, -80.649);
  const run = await evaluateInContentScript<{ facts: ImageFacts[]; blurred: string; ms: number }>(
    s,
    page,
    `(async () => {
      const pg = globalThis.postguardFaces;
      const file = new File([Uint8Array.from(atob(${JSON.stringify(Buffer.from(photo).toString('base64'))}), (c) => c.charCodeAt(0))], 'launch.jpg', { type: 'image/jpeg' });
      const t0 = performance.now();
      const tracker = new pg.ImageTracker(() => undefined);
      tracker.sync([{ key: 'x-1', name: 'launch.jpg', file }]);
      const facts = await tracker.settled();
      const ms = performance.now() - t0;
      const copy = new Uint8Array(await (await tracker.anonymise(0)).arrayBuffer());
      let bin = '';
      for (const b of copy) bin += String.fromCharCode(b);
      return { facts, ms, blurred: btoa(bin) };
    })()`,
  );
  expect(run.facts[0]).toMatchObject({ id: 'x-1', width: 512, height: 512 });
  expect(run.facts[0]!.faces).toHaveLength(1);
  expect(run.facts[0]!.gps!.lat).toBeCloseTo(28.5729, 4);
  console.log(`X content script: attach → result ${run.ms.toFixed(0)} ms`);
  const copy = new Uint8Array(Buffer.from(run.blurred, 'base64'));
  expect(await readGps(copy)).toBeNull();
  expect((await analysePhotoBytes(copy, 'blurred', { look: 'thorough' })).faces).toEqual([]);
  expect(s.leaks()).toEqual([]);
});

test('a group photo: first the faces found at a glance, still pending, then every face', async () => {
  const page = await s.openSite('x');
  await page.waitForSelector('[data-testid="tweetTextarea_0"]');
  await evaluateInContentScript(s, page, driver);
  for (const name of ['a class photo: two rows of four', 'six small faces on grass']) {
    const g = GROUP_PHOTOS.find((p) => p.name === name)!;
    const photo = await groupPhoto(g.width, g.height, g.background, g.people);
    const run = await evaluateInContentScript<{ seen: Array<{ ms: number; facts: ImageFacts }>; facts: ImageFacts[] }>(
      s,
      page,
      `(async () => {
        const pg = globalThis.postguardFaces;
        const file = new File([Uint8Array.from(atob(${JSON.stringify(Buffer.from(photo.bytes).toString('base64'))}), (c) => c.charCodeAt(0))], 'group.jpg', { type: 'image/jpeg' });
        const seen = [];
        const t0 = performance.now();
        const tracker = new pg.ImageTracker((facts) => seen.push({ ms: performance.now() - t0, facts: structuredClone(facts[0]) }));
        tracker.sync([{ key: 'group', name: 'group.jpg', file }]);
        const facts = await tracker.settled();
        return { seen, facts };
      })()`,
    );
    const interim = run.seen.find((x) => x.facts.pending && x.facts.faces !== null);
    const final = run.seen.at(-1)!;
    // At a glance (small faces may be missed): reported, but as still being checked.
    expect(interim, name).toBeDefined();
    expect(interim!.facts.faces!.length).toBeLessThanOrEqual(g.people.length);
    expect(interim!.ms).toBeLessThan(final.ms);
    // Then the tiles: every person, each face on one of them.
    expect(final.facts.pending).toBeUndefined();
    expect(run.facts[0]!.faces).toHaveLength(g.people.length);
    for (const truth of photo.faces) expect(run.facts[0]!.faces!.filter((f) => iou(f.box, truth) > 0.25)).toHaveLength(1);
    console.log(`${name}: at a glance ${interim!.facts.faces!.length} faces after ${interim!.ms.toFixed(0)} ms, all ${g.people.length} after ${final.ms.toFixed(0)} ms`);
  }
  expect(s.leaks()).toEqual([]);
});

test('handOver says what a site did with the copy: put it in place, added it beside, ignored it, or showed something else', async () => {
  const page = await s.openPopup();
  await page.evaluate(driver);
  const result = await page.evaluate(async () => {
    const pg = (globalThis as unknown as { postguardFaces: FacesDriver }).postguardFaces;
    const bytes = (text: string) => new TextEncoder().encode(text);
    const hash = (text: string) => pg.sha256Hex(bytes(text));
    // A composer as the sites build one: a file input and a preview per attached photo.
    const site = (onPick: ((files: File[], area: HTMLElement) => void) | null) => {
      const area = document.createElement('div');
      const input = document.createElement('input');
      input.type = 'file';
      input.multiple = true;
      area.append(input);
      document.body.append(area);
      const show = (f: Blob) => area.append(Object.assign(document.createElement('img'), { src: URL.createObjectURL(f) }));
      const t = new DataTransfer();
      t.items.add(new File([bytes('original photo')], 'team.jpg', { type: 'image/jpeg' }));
      input.files = t.files;
      show(new Blob([bytes('another photo')]));
      show(input.files[0]!);
      let handingOver: boolean | null = null;
      if (onPick) {
        input.addEventListener('change', () => {
          handingOver = pg.isHandingOver(input);
          onPick([...input.files!], area);
        });
      }
      return { input, area, show, handingOver: () => handingOver };
    };
    const run = async (onPick: ((files: File[], area: HTMLElement, show: (f: Blob) => void) => void) | null) => {
      let show: (f: Blob) => void = () => undefined;
      const s = site(onPick && ((files, area) => onPick(files, area, show)));
      show = s.show;
      const outcome = await pg.handOver({
        input: s.input,
        previews: () => [...s.area.querySelectorAll('img')],
        original: await hash('original photo'),
        copy: new File([bytes('anonymised copy')], 'team-faces-blurred.jpg', { type: 'image/jpeg' }),
        timeoutMs: 600,
      });
      return { outcome, input: [...(s.input.files ?? [])].map((f) => f.name), handingOver: s.handingOver() };
    };
    return {
      // Reads its input as the list of photos: the copy takes the original's place.
      replaces: await run((files, area, show) => {
        area.querySelectorAll('img')[1]!.remove();
        files.forEach(show);
      }),
      // Adds each pick to what it shows, as X and Facebook do.
      adds: await run((files, _area, show) => files.forEach(show)),
      // Takes no notice (a site that only trusts real picks): the input gets its files back.
      ignores: await run(null),
      // Shows something PostGuard cannot recognise (a re-encoded preview).
      reencodes: await run((_files, _area, show) => show(new Blob([bytes('something else')]))),
    };
  });
  expect(result.replaces).toMatchObject({ outcome: 'replaced', handingOver: true });
  expect(result.adds).toMatchObject({ outcome: 'added', handingOver: true });
  expect(result.ignores).toEqual({ outcome: 'not-taken', input: ['team.jpg'], handingOver: null });
  expect(result.reencodes.outcome).toBe('unclear');
  expect(s.leaks()).toEqual([]);
});

// Group photos built from the real portraits: each person cut out head and shoulders (a soft
// oval, no rectangle edges), scaled to a chosen face size and placed on a plain or textured
// background, so the number of faces and where they are is known by construction.
import sharp from 'sharp';
import type { Box } from '../../../lib/faces/pixels.ts';
import { readPhoto } from './photos.ts';

/** Where each portrait's face is, in the photo's own pixels (checked by eye). */
export const PEOPLE = {
  astronaut: { file: 'astronaut.png', face: [170, 71, 108, 108] },
  obama: { file: 'obama.jpg', face: [364, 149, 262, 262] },
  biden: { file: 'biden.jpg', face: [426, 271, 288, 288] },
  camera: { file: 'camera.png', face: [186, 124, 71, 71] },
} as const satisfies Record<string, { file: string; face: Box }>;
export type Person = keyof typeof PEOPLE;

export interface Placement {
  who: Person;
  /** Centre of the face in the group photo. */
  x: number;
  y: number;
  /** Face width in the group photo's pixels. */
  face: number;
  mirror?: boolean;
}

export type Background = { colour: string } | { texture: string };

export interface GroupPhoto {
  bytes: Uint8Array;
  width: number;
  height: number;
  /** Where each placed face ended up (the truth). */
  faces: Box[];
}

/** The head and shoulders around the face: 3 faces wide, 3.4 faces tall. */
function cutout(face: Box): { left: number; top: number; width: number; height: number; faceX: number; faceY: number } {
  const [x, y, w] = face;
  const width = 3 * w;
  const height = 3.4 * w;
  const left = x + w / 2 - width / 2;
  const top = y - 0.9 * w;
  return { left, top, width, height, faceX: x + w / 2 - left, faceY: y + w / 2 - top };
}

async function person(p: Placement): Promise<{ input: Buffer; left: number; top: number; box: Box }> {
  const { file, face } = PEOPLE[p.who];
  const src = sharp(await readPhoto(file)).rotate();
  const meta = await src.metadata();
  const c = cutout(face);
  // Clip the cut-out to the photo; the oval below hides what is outside it anyway.
  const left = Math.max(0, Math.round(c.left));
  const top = Math.max(0, Math.round(c.top));
  const width = Math.min(meta.width! - left, Math.round(c.left + c.width) - left);
  const height = Math.min(meta.height! - top, Math.round(c.top + c.height) - top);
  const k = p.face / face[2];
  const w = Math.max(1, Math.round(width * k));
  const h = Math.max(1, Math.round(height * k));
  let img = sharp(await src.extract({ left, top, width, height }).toBuffer()).resize(w, h).toColourspace('srgb');
  if (p.mirror) img = img.flop();
  const oval = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><radialGradient id="g"><stop offset="80%" stop-color="#fff"/><stop offset="100%" stop-color="#fff" stop-opacity="0"/></radialGradient></defs><ellipse cx="${w / 2}" cy="${h / 2}" rx="${w / 2}" ry="${h / 2}" fill="url(#g)"/></svg>`,
  );
  const input = await img.ensureAlpha().composite([{ input: oval, blend: 'dest-in' }]).png().toBuffer();
  // The face's centre inside the cut-out, mirrored if the person is.
  const fx = (p.mirror ? width - (c.faceX - (left - c.left)) : c.faceX - (left - c.left)) * k;
  const fy = (c.faceY - (top - c.top)) * k;
  const pasteLeft = Math.round(p.x - fx);
  const pasteTop = Math.round(p.y - fy);
  return { input, left: pasteLeft, top: pasteTop, box: [p.x - p.face / 2, p.y - p.face / 2, p.face, p.face] };
}

/** A JPEG of `people` on `background`, `width`×`height`. Later people stand in front. */
export async function groupPhoto(width: number, height: number, background: Background, people: Placement[]): Promise<GroupPhoto> {
  const base =
    'colour' in background
      ? sharp({ create: { width, height, channels: 3, background: background.colour } })
      : sharp(await readPhoto(background.texture)).resize(width, height, { fit: 'cover' }).toColourspace('srgb').removeAlpha();
  const parts = await Promise.all(people.map(person));
  for (const p of parts) {
    const meta = await sharp(p.input).metadata();
    if (p.left < 0 || p.top < 0 || p.left + meta.width! > width || p.top + meta.height! > height) {
      throw new Error(`group photo: a person at ${p.left},${p.top} does not fit in ${width}×${height}`);
    }
  }
  const out = await sharp(await base.png().toBuffer())
    .composite(parts.map((p) => ({ input: p.input, left: p.left, top: p.top })))
    .jpeg({ quality: 88 })
    .toBuffer();
  return { bytes: new Uint8Array(out), width, height, faces: parts.map((p) => p.box) };
}

/**
 * Group photos with the faces at the sizes that matter: a face under about 5% of the photo's
 * long side (under 25 px when it is shrunk to 512 px) is what the whole-frame look misses.
 */
export const GROUP_PHOTOS: Array<{ name: string; width: number; height: number; background: Background; people: Placement[] }> = [
  {
    name: 'five people on grass, near and far',
    width: 2400,
    height: 1600,
    background: { texture: 'grass.png' },
    people: [
      { who: 'obama', x: 420, y: 520, face: 200 },
      { who: 'astronaut', x: 980, y: 640, face: 150 },
      { who: 'biden', x: 1500, y: 560, face: 120, mirror: true },
      { who: 'camera', x: 1950, y: 700, face: 110 },
      { who: 'obama', x: 1200, y: 1250, face: 95, mirror: true },
    ],
  },
  {
    name: 'a class photo: two rows of four',
    width: 2400,
    height: 1600,
    background: { colour: '#6b7a8f' },
    people: [
      { who: 'obama', x: 350, y: 400, face: 100 },
      { who: 'biden', x: 850, y: 400, face: 100 },
      { who: 'astronaut', x: 1350, y: 400, face: 100, mirror: true },
      { who: 'obama', x: 1850, y: 400, face: 100, mirror: true },
      { who: 'biden', x: 450, y: 1000, face: 115, mirror: true },
      { who: 'astronaut', x: 950, y: 1000, face: 115 },
      { who: 'obama', x: 1450, y: 1000, face: 115 },
      { who: 'biden', x: 1950, y: 1000, face: 115 },
    ],
  },
  {
    name: 'a portrait with three people behind, at the launch pad',
    width: 2000,
    height: 1500,
    background: { texture: 'rocket.jpg' },
    people: [
      { who: 'biden', x: 300, y: 350, face: 95 },
      { who: 'astronaut', x: 1650, y: 300, face: 90, mirror: true },
      { who: 'obama', x: 1200, y: 380, face: 100 },
      { who: 'obama', x: 700, y: 650, face: 380 },
    ],
  },
  {
    name: 'three colleagues',
    width: 1600,
    height: 1100,
    background: { colour: '#c8c2b4' },
    people: [
      { who: 'astronaut', x: 350, y: 450, face: 150 },
      { who: 'obama', x: 800, y: 420, face: 170 },
      { who: 'biden', x: 1250, y: 470, face: 140 },
    ],
  },
  {
    name: 'six small faces on grass',
    width: 2400,
    height: 1600,
    background: { texture: 'grass.png' },
    people: [
      { who: 'obama', x: 300, y: 300, face: 85 },
      { who: 'biden', x: 1000, y: 350, face: 80 },
      { who: 'astronaut', x: 1800, y: 300, face: 85 },
      { who: 'astronaut', x: 500, y: 1000, face: 80, mirror: true },
      { who: 'obama', x: 1200, y: 1050, face: 90, mirror: true },
      { who: 'biden', x: 2000, y: 1000, face: 85, mirror: true },
    ],
  },
  {
    name: 'a selfie with four people far behind',
    width: 2400,
    height: 1600,
    background: { texture: 'grass.png' },
    people: [
      { who: 'biden', x: 1400, y: 300, face: 80 },
      { who: 'astronaut', x: 1800, y: 350, face: 85, mirror: true },
      { who: 'obama', x: 2150, y: 300, face: 75 },
      { who: 'astronaut', x: 250, y: 250, face: 70 },
      { who: 'obama', x: 800, y: 700, face: 420, mirror: true },
    ],
  },
];

/**
 * `count` group photos laid out at random from `seed` (the same seed gives the same photos):
 * 3–8 people, faces 3–12% of the width, on the textures, the photos without faces, or plain.
 * The benchmark counts faces on them; nothing was tuned on them.
 */
export function randomGroupPhotos(seed: number, count: number): Array<{ width: number; height: number; background: Background; people: Placement[] }> {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const backgrounds: Background[] = [
    { texture: 'grass.png' },
    { texture: 'coffee.png' },
    { texture: 'rocket.jpg' },
    { texture: 'chelsea.png' },
    { colour: '#777777' },
    { colour: '#d9d4c7' },
  ];
  const out: Array<{ width: number; height: number; background: Background; people: Placement[] }> = [];
  while (out.length < count) {
    const width = pick([1600, 2000, 2400, 3000]);
    const height = Math.round(width * (random() < 0.5 ? 2 / 3 : 3 / 4));
    const wanted = 3 + Math.floor(random() * 6);
    const people: Placement[] = [];
    for (let tries = 0; people.length < wanted && tries < 500; tries++) {
      const face = Math.round(width * (0.03 + random() * 0.09));
      // The whole cut-out inside the photo, and no two people overlapping.
      const x = face * 1.6 + random() * (width - face * 3.2);
      const y = face * 1.5 + random() * (height - face * 3.6);
      if (people.some((p) => Math.abs(p.x - x) < (p.face + face) * 1.6 && Math.abs(p.y - y) < (p.face + face) * 1.9)) continue;
      people.push({ who: pick(Object.keys(PEOPLE) as Person[]), x, y, face, mirror: random() < 0.5 });
    }
    out.push({ width, height, background: pick(backgrounds), people });
  }
  return out;
}

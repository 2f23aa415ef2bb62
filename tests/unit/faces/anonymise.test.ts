// @vitest-environment node
// Blurring faces on real photos: the detector must find none afterwards.
import { expect, test } from 'vitest';
import { analysePhotoBytes } from '../../../lib/faces/node-facts.ts';
import { decodeFull, encodeJpeg } from '../../../lib/faces/node-image.ts';
import { anonymiseRegion, pixelateFaces } from '../../../lib/faces/pixelate.ts';
import type { Box, Pixels } from '../../../lib/faces/pixels.ts';
import { collage } from './collage.ts';
import { GROUP_PHOTOS, groupPhoto } from './group-photo.ts';
import { FACE_COUNTS, readPhoto } from './photos.ts';

async function blurred(bytes: Uint8Array): Promise<{ before: Pixels; after: Pixels; boxes: Box[]; jpeg: Uint8Array }> {
  const found = await analysePhotoBytes(bytes, 'photo', { look: 'thorough' });
  const before = await decodeFull(bytes);
  const after = { ...before, data: before.data.slice() };
  const boxes = found.faces.map((f) => f.box);
  pixelateFaces(after, boxes);
  return { before, after, boxes, jpeg: await encodeJpeg(after) };
}

const facePhotos = Object.keys(FACE_COUNTS).filter((n) => FACE_COUNTS[n]! > 0);

test.each(facePhotos)('%s: after the blur the detector finds no face', async (name) => {
  const { jpeg, boxes } = await blurred(await readPhoto(name));
  expect(boxes).toHaveLength(1);
  expect((await analysePhotoBytes(jpeg, name)).faces).toEqual([]);
  expect((await analysePhotoBytes(jpeg, name, { look: 'thorough' })).faces).toEqual([]);
});

test('a group photo: every face blurred, none found again', async () => {
  const c = await collage(['obama.jpg', 'astronaut.png', 'chelsea.png', 'biden.jpg', 'coffee.png', 'astronaut.png', 'obama.jpg', 'rocket.jpg', 'biden.jpg'], 3, 1800);
  const { jpeg, boxes } = await blurred(c.bytes);
  expect(boxes).toHaveLength(6);
  expect((await analysePhotoBytes(jpeg, 'collage', { look: 'thorough' })).faces).toEqual([]);
});

test.each(['six small faces on grass', 'a selfie with four people far behind'])('%s: every face blurred, none found again', async (name) => {
  const g = GROUP_PHOTOS.find((p) => p.name === name)!;
  const photo = await groupPhoto(g.width, g.height, g.background, g.people);
  const { jpeg, boxes } = await blurred(photo.bytes);
  expect(boxes).toHaveLength(g.people.length);
  // Checked as the extension checks an attached photo: no face at a glance, none in the tiles.
  expect((await analysePhotoBytes(jpeg, name)).faces).toEqual([]);
});

test('only the face and its margin change, into a coarse mosaic', async () => {
  const { before, after, boxes } = await blurred(await readPhoto('astronaut.png'));
  const region = anonymiseRegion(boxes[0]!, before.width, before.height);
  const [rx, ry, rw, rh] = region;
  // The margin reaches past the detector's box on every side.
  const [bx, by, bw, bh] = boxes[0]!;
  expect(rx < bx && ry < by && rx + rw > bx + bw && ry + rh > by + bh).toBe(true);
  const colours = new Set<number>();
  let changedOutside = 0;
  for (let y = 0; y < before.height; y++) {
    for (let x = 0; x < before.width; x++) {
      const i = (y * before.width + x) * 4;
      const inside = x >= rx && x < rx + rw && y >= ry && y < ry + rh;
      if (inside) colours.add((after.data[i]! << 16) | (after.data[i + 1]! << 8) | after.data[i + 2]!);
      else if (after.data[i] !== before.data[i] || after.data[i + 1] !== before.data[i + 1]) changedOutside++;
    }
  }
  expect(changedOutside).toBe(0);
  // 6 × 6 cells at most: nothing left of eyes, nose or mouth.
  expect(colours.size).toBeLessThanOrEqual(36);
});

test('boxes at the edge of the photo are clipped, not wrapped', () => {
  const img: Pixels = { width: 10, height: 10, channels: 4, data: new Uint8Array(400).map((_, i) => i % 251) };
  const copy = img.data.slice();
  pixelateFaces(img, [[-5, -5, 8, 8]]);
  expect(anonymiseRegion([-5, -5, 8, 8], 10, 10)).toEqual([0, 0, 7, 7]);
  // Row 9 is outside the region and untouched.
  expect([...img.data.subarray(9 * 40)]).toEqual([...copy.subarray(9 * 40)]);
});

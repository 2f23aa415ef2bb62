// The real photographs with known face counts (tests/fixtures/images, README there),
// and a helper that writes GPS into a JPEG's EXIF the way a phone does.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import piexif from 'piexifjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// Committed copies (licences beside them); POSTGUARD_PHOTOS points elsewhere to try others.
export const PHOTOS_DIR = process.env.POSTGUARD_PHOTOS && existsSync(process.env.POSTGUARD_PHOTOS)
  ? process.env.POSTGUARD_PHOTOS
  : path.resolve(root, 'tests/fixtures/images');

/** File name → number of faces, from the fixtures' README. */
export const FACE_COUNTS: Record<string, number> = {
  'astronaut.png': 1,
  'camera.png': 1,
  'obama.jpg': 1,
  'biden.jpg': 1,
  'coffee.png': 0,
  'rocket.jpg': 0,
  'chelsea.png': 0,
  'grass.png': 0,
};

export function photoPath(name: string): string {
  return path.join(PHOTOS_DIR, name);
}

export async function readPhoto(name: string): Promise<Uint8Array> {
  const b = await readFile(photoPath(name));
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** A copy of `jpeg` whose EXIF says it was taken at lat, lon (and by which camera). */
export function withGps(jpeg: Uint8Array, lat: number, lon: number): Uint8Array {
  const gps = {
    [piexif.GPSIFD.GPSLatitudeRef!]: lat >= 0 ? 'N' : 'S',
    [piexif.GPSIFD.GPSLatitude!]: piexif.GPSHelper.degToDmsRational(Math.abs(lat)),
    [piexif.GPSIFD.GPSLongitudeRef!]: lon >= 0 ? 'E' : 'W',
    [piexif.GPSIFD.GPSLongitude!]: piexif.GPSHelper.degToDmsRational(Math.abs(lon)),
  };
  const exif = piexif.dump({ '0th': { [piexif.ImageIFD.Make!]: 'PostGuard test phone' }, GPS: gps });
  const out = piexif.insert(exif, Buffer.from(jpeg).toString('binary'));
  return new Uint8Array(Buffer.from(out, 'binary'));
}

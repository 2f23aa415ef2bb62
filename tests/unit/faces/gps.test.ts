// @vitest-environment node
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { readGps, webpExif } from '../../../lib/faces/gps.ts';
import { decodeFull, encodeJpeg } from '../../../lib/faces/node-image.ts';
import { readPhoto, withGps } from './photos.ts';

test('GPS written by a phone into a JPEG is read back, south and west included', async () => {
  const jpeg = await readPhoto('rocket.jpg');
  expect(await readGps(jpeg)).toBeNull();
  const london = await readGps(withGps(jpeg, 51.501364, -0.14189));
  expect(london!.lat).toBeCloseTo(51.501364, 4);
  expect(london!.lon).toBeCloseTo(-0.14189, 4);
  const sydney = await readGps(withGps(jpeg, -33.856784, 151.215297));
  expect(sydney!.lat).toBeCloseTo(-33.856784, 4);
  expect(sydney!.lon).toBeCloseTo(151.215297, 4);
});

test('GPS in PNG and WebP EXIF is read too', async () => {
  const exif = { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 30/1' } };
  for (const format of ['png', 'webp'] as const) {
    const bytes = new Uint8Array(await sharp(await readPhoto('coffee.png'))[format]().withExif(exif).toBuffer());
    expect(await readGps(bytes), format).toEqual({ lat: 51.5, lon: -0.125 });
  }
  expect(webpExif(await readPhoto('coffee.png'))).toBeNull();
});

test('re-encoding the pixels (as the blur does) leaves no GPS and no EXIF', async () => {
  const withLocation = withGps(await readPhoto('obama.jpg'), 51.5, -0.12);
  expect(await readGps(withLocation)).not.toBeNull();
  const copy = await encodeJpeg(await decodeFull(withLocation));
  expect(await readGps(copy)).toBeNull();
  expect((await sharp(copy).metadata()).exif).toBeUndefined();
});

test('no GPS, broken files and impossible positions all read as no position', async () => {
  expect(await readGps(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, 4, 1, 2]))).toBeNull();
  expect(await readGps(new TextEncoder().encode('RIFF....WEBPVP8 '))).toBeNull();
  expect(await readGps(new Uint8Array())).toBeNull();
  expect(await readGps(withGps(await readPhoto('rocket.jpg'), 0, 0))).toEqual({ lat: 0, lon: 0 });
});

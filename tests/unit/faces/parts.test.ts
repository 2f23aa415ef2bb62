// @vitest-environment node
// The small pieces around the detector: cache, geometry, base64, the message schema.
import { expect, test } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../lib/faces/base64.ts';
import { LruCache } from '../../../lib/faces/cache.ts';
import { detectRequestSchema } from '../../../lib/faces/detect-message.ts';
import { sha256Hex } from '../../../lib/faces/hash.ts';
import { fitWithin, letterbox, scaleBox } from '../../../lib/faces/letterbox.ts';
import { tiles } from '../../../lib/faces/detector.ts';

test('the cache keeps the most recently used results', () => {
  const c = new LruCache<number>(2);
  c.set('a', 1);
  c.set('b', 2);
  expect(c.get('a')).toBe(1);
  c.set('c', 3);
  expect([c.get('a'), c.get('b'), c.get('c'), c.size]).toEqual([1, undefined, 3, 2]);
  expect(() => new LruCache(0)).toThrow();
});

test('letterbox, fit and box scaling', () => {
  expect(letterbox(512, 341, 256)).toEqual({ scale: 0.5, width: 256, height: 171, left: 0, top: 42 });
  expect(letterbox(100, 400, 256)).toMatchObject({ width: 64, height: 256, left: 96, top: 0 });
  expect(fitWithin(4000, 3000, 512)).toEqual({ width: 512, height: 384 });
  expect(fitWithin(300, 200, 512)).toEqual({ width: 300, height: 200 });
  expect(scaleBox([10.2, 20.7, 30, 40], { width: 512, height: 384 }, { width: 4000, height: 3000 })).toEqual([79, 161, 236, 314]);
  expect(scaleBox([500, 380, 30, 40], { width: 512, height: 384 }, { width: 1024, height: 768 })).toEqual([1000, 760, 24, 8]);
});

test('tiles cover a large photo with overlap, and none for a small one', () => {
  expect(tiles(300, 200)).toEqual([]);
  const t = tiles(512, 341);
  expect(t.map((x) => [x.x, x.y])).toEqual([[0, 0], [128, 0], [256, 0], [0, 85], [128, 85], [256, 85]]);
  expect(t.every((x) => x.x + x.side <= 512 && x.y + x.side <= 341)).toBe(true);
});

test('base64 round-trips bytes and hashes are hex SHA-256', async () => {
  const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
  expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  expect(bytesToBase64(new Uint8Array([1, 2, 3]))).toBe(Buffer.from([1, 2, 3]).toString('base64'));
  expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('detectFaces requests are checked: size, hash, and pixels that match the size', () => {
  const hash = 'a'.repeat(64);
  const rgb = bytesToBase64(new Uint8Array(4 * 3 * 3));
  expect(detectRequestSchema.parse({ hash, width: 4, height: 3, rgb })).toEqual({ hash, width: 4, height: 3, rgb, thorough: false });
  expect(() => detectRequestSchema.parse({ hash, width: 5, height: 3, rgb })).toThrow(/width × height/);
  expect(() => detectRequestSchema.parse({ hash: 'x', width: 4, height: 3, rgb })).toThrow();
  expect(() => detectRequestSchema.parse({ hash, width: 4000, height: 3, rgb })).toThrow();
  // A thorough look may start from the faces a quick one confirmed: boxes and scores only.
  const known = [{ box: [1, 1, 2, 2], score: 0.95 }];
  expect(detectRequestSchema.parse({ hash, width: 4, height: 3, rgb, thorough: true, known })).toMatchObject({ thorough: true, known });
  expect(() => detectRequestSchema.parse({ hash, width: 4, height: 3, rgb, thorough: true, known: [{ box: [1, 1, 2], score: 0.9 }] })).toThrow();
  expect(() => detectRequestSchema.parse({ hash, width: 4, height: 3, rgb, known: [{ box: [1, 1, 2, 2], score: 2 }] })).toThrow();
});

// A group-photo stand-in built from the real photographs: tiles in a grid, each whole
// (letterboxed in grey), so the faces are small and their number is known.
import sharp from 'sharp';
import { FACE_COUNTS, readPhoto } from './photos.ts';

export async function collage(names: string[], cols: number, width: number): Promise<{ bytes: Uint8Array; tile: number; faces: number }> {
  const tile = Math.floor(width / cols);
  const rows = Math.ceil(names.length / cols);
  const parts = await Promise.all(
    names.map(async (name, i) => ({
      input: await sharp(await readPhoto(name)).rotate().resize(tile, tile, { fit: 'contain', background: '#777' }).removeAlpha().png().toBuffer(),
      left: (i % cols) * tile,
      top: Math.floor(i / cols) * tile,
    })),
  );
  const out = await sharp({ create: { width: tile * cols, height: tile * rows, channels: 3, background: '#777' } })
    .composite(parts)
    .jpeg({ quality: 90 })
    .toBuffer();
  return { bytes: new Uint8Array(out), tile, faces: names.reduce((n, name) => n + FACE_COUNTS[name]!, 0) };
}

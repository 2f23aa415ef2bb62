// @vitest-environment node
// `npm run policy -- faces <image>... [--json]`: the contract in DESIGN.md.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { runFacesCommand } from '../../../lib/faces/cli.ts';
import { imageFactsFromFile } from '../../../lib/faces/node-facts.ts';
import { imageFactsSchema } from '../../../rules/draft.ts';
import { GROUP_PHOTOS, groupPhoto } from './group-photo.ts';
import { photoPath, readPhoto, withGps } from './photos.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'postguard-faces-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    return { code: await runFacesCommand(args), out, err };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

test('--json prints one line per image in the original pixels, with GPS when the photo has it', async () => {
  const located = path.join(dir, 'obama-gps.jpg');
  await writeFile(located, withGps(await readPhoto('obama.jpg'), 51.5007, -0.1246));
  const r = await run([located, photoPath('chelsea.png'), '--json']);
  expect(r.code).toBe(1);
  const [obama, cat] = r.out.map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(Object.keys(obama!)).toEqual(['image', 'width', 'height', 'faces', 'gps']);
  expect(obama).toMatchObject({ image: located, width: 910, height: 1137 });
  const faces = obama!.faces as Array<{ box: number[]; score: number }>;
  expect(faces).toHaveLength(1);
  expect(faces[0]!.box.every(Number.isInteger)).toBe(true);
  expect(faces[0]!.box[2]).toBeGreaterThan(150);
  expect((obama!.gps as { lat: number }).lat).toBeCloseTo(51.5007, 4);
  expect(cat).toEqual({ image: photoPath('chelsea.png'), width: 451, height: 300, faces: [], gps: null });
});

test('exit 0 when no image shows a face or a location; text output names what was found', async () => {
  const none = await run([photoPath('coffee.png'), photoPath('grass.png')]);
  expect(none.code).toBe(0);
  expect(none.out.join('\n')).toContain('coffee.png: 600×400, 0 faces, no GPS');
  const one = await run([photoPath('biden.jpg')]);
  expect(one.code).toBe(1);
  expect(one.out[0]).toMatch(/biden\.jpg: 970×2204, 1 face, no GPS/);
});

test('a file that is missing or not an image: exit 2 with the reason, the others still checked', async () => {
  const notes = path.join(dir, 'notes.jpg');
  await writeFile(notes, 'not a photo');
  const r = await run([path.join(dir, 'missing.jpg'), notes, photoPath('rocket.jpg'), '--json']);
  expect(r.code).toBe(2);
  expect(r.out.map((l) => JSON.parse(l))).toEqual([
    { image: path.join(dir, 'missing.jpg'), width: 0, height: 0, faces: null, gps: null, error: `cannot read ${path.join(dir, 'missing.jpg')}: no such file` },
    expect.objectContaining({ image: notes, faces: null, error: expect.stringMatching(/not an image/) }),
    { image: photoPath('rocket.jpg'), width: 640, height: 427, faces: [], gps: null },
  ]);
});

test('--blur writes a copy with the faces pixelated and no GPS, only for photos that need it', async () => {
  const located = path.join(dir, 'team.jpg');
  await writeFile(located, withGps(await readPhoto('obama.jpg'), 51.5, -0.12));
  const out = path.join(dir, 'blurred');
  const r = await run([located, photoPath('grass.png'), photoPath('astronaut.png'), '--blur', out, '--json']);
  expect(r.code).toBe(1);
  const lines = r.out.map((l) => JSON.parse(l) as { blurred?: string });
  expect(lines.map((l) => l.blurred)).toEqual([path.join(out, 'team-faces-blurred.jpg'), undefined, path.join(out, 'astronaut-faces-blurred.png')]);
  for (const copy of [lines[0]!.blurred!, lines[2]!.blurred!]) {
    const check = await run([copy, '--json', '--thorough']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out[0]!)).toMatchObject({ faces: [], gps: null });
  }
  expect((await run(['--blur'])).code).toBe(2);
});

test('a group photo: every person counted by default, fewer with --quick', async () => {
  const g = GROUP_PHOTOS.find((p) => p.name === 'a class photo: two rows of four')!;
  const file = path.join(dir, 'class.jpg');
  await writeFile(file, (await groupPhoto(g.width, g.height, g.background, g.people)).bytes);
  const given = await run([file, '--json']);
  const quick = await run([file, '--json', '--quick']);
  const faces = (r: { out: string[] }) => (JSON.parse(r.out[0]!) as { faces: unknown[] }).faces.length;
  expect(faces(given)).toBe(8);
  expect(faces(quick)).toBeLessThan(8);
  expect(given.code).toBe(1);
  // The JSON contract does not change with how hard it looked.
  expect(Object.keys(JSON.parse(quick.out[0]!) as object)).toEqual(['image', 'width', 'height', 'faces', 'gps']);
});

test('usage errors exit 2', async () => {
  expect((await run([])).code).toBe(2);
  const bad = await run(['--nope', photoPath('rocket.jpg')]);
  expect(bad.code).toBe(2);
  expect(bad.err[0]).toContain('unknown option --nope');
  const both = await run(['--quick', '--thorough', photoPath('rocket.jpg')]);
  expect(both.code).toBe(2);
  expect(both.err[0]).toContain('--quick and --thorough cannot be used together');
});

test('imageFactsFromFile gives the rules valid facts, and faces: null with the reason on failure', async () => {
  const ok = await imageFactsFromFile(photoPath('astronaut.png'));
  expect(imageFactsSchema.parse(ok)).toEqual(ok);
  expect(ok).toMatchObject({ name: 'astronaut.png', width: 512, height: 512, gps: null });
  expect(ok.faces).toHaveLength(1);
  const missing = await imageFactsFromFile(path.join(dir, 'gone.png'));
  expect(imageFactsSchema.parse(missing)).toEqual(missing);
  expect(missing).toMatchObject({ faces: null, error: expect.stringContaining('no such file') });
});

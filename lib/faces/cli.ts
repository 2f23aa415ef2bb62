// `npm run policy -- faces <image>... [--json] [--quick | --thorough] [--blur <dir>]`
//   One line per image, with the count a user of the extension is given: the quick look, and
//   the thorough one (tiles, for the small faces of group photos) when the quick look says it
//   may find more. --quick stops after the quick look; --thorough always tiles.
//   --json: {"image","width","height","faces":[{"box":[x,y,w,h],"score"}],"gps":null|{"lat","lon"}}
//   in the original image's pixels (plus "error" when the image could not be checked, and
//   "blurred" with the copy's path under --blur).
//   --blur <dir> writes an anonymised copy of each photo with faces or GPS: faces pixelated
//   (looking hard for small ones), no metadata; the copy is checked again before it is kept.
//   Exit 0: no face and no location in any image; 1: some image shows faces or a location;
//   2: usage error, or an image could not be checked (or blurred).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { analysePhotoBytes, analysePhotoFile, type LookFor, type PhotoAnalysis } from './node-facts.ts';
import { decodeFull, encodeImage } from './node-image.ts';
import { pixelateFaces } from './pixelate.ts';

const USAGE = 'usage: npm run policy -- faces <image>... [--json] [--quick | --thorough] [--blur <dir>]';

export async function runFacesCommand(args: string[]): Promise<number> {
  const files: string[] = [];
  let json = false;
  let look: LookFor = 'auto';
  let blurDir: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--thorough' || a === '--quick') {
      const want = a === '--quick' ? 'quick' : 'thorough';
      if (look !== 'auto' && look !== want) {
        console.error(`faces: --quick and --thorough cannot be used together\n${USAGE}`);
        return 2;
      }
      look = want;
    }
    else if (a === '--blur') {
      blurDir = args[++i] ?? null;
      if (!blurDir || blurDir.startsWith('-')) {
        console.error(`faces: --blur needs a folder to write the blurred copies to\n${USAGE}`);
        return 2;
      }
    }
    else if (a === '--help' || a === '-h') {
      console.log(
        `${USAGE}\n\nDetects faces on this machine (BlazeFace, bundled weights) and reads GPS from EXIF.\nBy default it looks at the whole photo, and also in tiles for small faces when the photo may\nhold more people than it found (the count the extension gives).\n--quick looks at the whole photo only; --thorough always looks in tiles too (slower).\n--blur <dir> writes a copy of each photo with faces or GPS: faces pixelated, metadata removed.`,
      );
      return 0;
    } else if (a.startsWith('-')) {
      console.error(`faces: unknown option ${a}\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (!files.length) {
    console.error(`faces: no image given\n${USAGE}`);
    return 2;
  }
  let exit = 0;
  for (const file of files) {
    let result: PhotoAnalysis;
    try {
      result = await analysePhotoFile(file, { look });
    } catch (err) {
      const message = (err as Error).message ?? String(err);
      if (json) console.log(JSON.stringify({ image: file, width: 0, height: 0, faces: null, gps: null, error: message }));
      else console.error(`faces: ${message}`);
      exit = 2;
      continue;
    }
    let blurred: string | undefined;
    if (blurDir && (result.faces.length > 0 || result.gps)) {
      try {
        blurred = await writeBlurred(file, blurDir);
      } catch (err) {
        console.error(`faces: ${(err as Error).message}`);
        exit = 2;
      }
    }
    if (json) console.log(JSON.stringify({ image: file, ...result, ...(blurred ? { blurred } : {}) }));
    else console.log(describe(file, result) + (blurred ? `\n  blurred copy: ${blurred}` : ''));
    if (exit === 0 && (result.faces.length > 0 || result.gps)) exit = 1;
  }
  return exit;
}

/** Pixelates every face (thorough search), drops all metadata, checks the copy, writes it. */
async function writeBlurred(file: string, dir: string): Promise<string> {
  const bytes = new Uint8Array(await readFile(file));
  const found = await analysePhotoBytes(bytes, file, { look: 'thorough' });
  const pixels = await decodeFull(bytes);
  pixelateFaces(pixels, found.faces.map((f) => f.box));
  const format = /\.png$/i.test(file) ? 'png' : 'jpeg';
  const out = await encodeImage(pixels, format);
  const again = await analysePhotoBytes(out, file, { look: 'thorough' });
  if (again.faces.length) throw new Error(`${file}: faces were still found after blurring; no copy written`);
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, `${path.basename(file).replace(/\.[^.]*$/, '')}-faces-blurred.${format === 'png' ? 'png' : 'jpg'}`);
  if (path.resolve(target) === path.resolve(file)) throw new Error(`${file}: the copy would overwrite the original`);
  await writeFile(target, out);
  return target;
}

function describe(file: string, r: PhotoAnalysis): string {
  const count = r.faces.length === 1 ? '1 face' : `${r.faces.length} faces`;
  const boxes = r.faces.map((f) => `  [${f.box.join(', ')}] score ${f.score.toFixed(2)}`);
  const gps = r.gps ? `taken at ${r.gps.lat}, ${r.gps.lon} (GPS in EXIF)` : 'no GPS';
  return [`${file}: ${r.width}×${r.height}, ${count}, ${gps}`, ...boxes].join('\n');
}

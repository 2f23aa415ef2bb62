// `npm run policy -- faces <image>... [--json] [--thorough]`
//   One line per image. --json: {"image","width","height","faces":[{"box":[x,y,w,h],"score"}],"gps":null|{"lat","lon"}}
//   in the original image's pixels (plus "error" when the image could not be checked).
//   Exit 0: no face and no location in any image; 1: some image shows faces or a location;
//   2: usage error, or an image could not be checked.
import { analysePhotoFile, type PhotoAnalysis } from './node-facts.ts';

const USAGE = 'usage: npm run policy -- faces <image>... [--json] [--thorough]';

export async function runFacesCommand(args: string[]): Promise<number> {
  const files: string[] = [];
  let json = false;
  let thorough = false;
  for (const a of args) {
    if (a === '--json') json = true;
    else if (a === '--thorough') thorough = true;
    else if (a === '--help' || a === '-h') {
      console.log(`${USAGE}\n\nDetects faces on this machine (BlazeFace, bundled weights) and reads GPS from EXIF.\n--thorough also looks for small faces (group photos), a few times slower.`);
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
      result = await analysePhotoFile(file, { thorough });
    } catch (err) {
      const message = (err as Error).message ?? String(err);
      if (json) console.log(JSON.stringify({ image: file, width: 0, height: 0, faces: null, gps: null, error: message }));
      else console.error(`faces: ${message}`);
      exit = 2;
      continue;
    }
    if (json) console.log(JSON.stringify({ image: file, ...result }));
    else console.log(describe(file, result));
    if (exit === 0 && (result.faces.length > 0 || result.gps)) exit = 1;
  }
  return exit;
}

function describe(file: string, r: PhotoAnalysis): string {
  const count = r.faces.length === 1 ? '1 face' : `${r.faces.length} faces`;
  const boxes = r.faces.map((f) => `  [${f.box.join(', ')}] score ${f.score.toFixed(2)}`);
  const gps = r.gps ? `taken at ${r.gps.lat}, ${r.gps.lon} (GPS in EXIF)` : 'no GPS';
  return [`${file}: ${r.width}×${r.height}, ${count}, ${gps}`, ...boxes].join('\n');
}

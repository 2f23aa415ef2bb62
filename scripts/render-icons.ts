// Renders assets/icon.svg to the PNGs browsers ask for: public/icon/<size>.png, which WXT
// lists under the manifest's `icons` (and wxt.config.ts under the toolbar button's). The
// PNGs are committed; run `npm run icons` after changing the SVG.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SVG = path.join(root, 'assets/icon.svg');
export const ICON_DIR = path.join(root, 'public/icon');
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** The PNG of the icon at `size` pixels square. */
export async function renderIcon(size: number): Promise<Buffer> {
  const svg = await readFile(ICON_SVG);
  // Rendered at the density that makes the 128-unit drawing exactly `size` pixels, rather
  // than drawn at 128 and scaled down, so small sizes stay sharp.
  return sharp(svg, { density: (72 * size) / 128 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

async function main(): Promise<void> {
  await mkdir(ICON_DIR, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(ICON_DIR, `${size}.png`);
    await writeFile(file, await renderIcon(size));
    console.log(`${path.relative(root, file)} (${size}×${size})`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();

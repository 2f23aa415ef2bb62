// What a user or a store reviewer gets: the built manifests for Chrome (built before the e2e
// run) and Firefox (built and zipped here, once), their permissions, the icons they name,
// and the sources zip a Firefox reviewer rebuilds from.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { beforeAll, expect, test } from 'vitest';
import { ICON_DIR, ICON_SIZES, renderIcon } from '../../scripts/render-icons.ts';
import { EXTENSION_DIR, ROOT } from './harness.ts';

const FIREFOX_DIR = path.join(ROOT, '.output/firefox-mv3');
const FOUR_SITES = ['https://x.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*', 'https://www.instagram.com/*'];

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string>; default_popup?: string };
  options_ui?: { page: string };
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
}

/** The file names in a zip, from its central directory (what `unzip -l` lists). */
function zipEntries(zip: Buffer): string[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const names: string[] = [];
  for (let i = 0, at = zip.readUInt32LE(eocd + 16); i < zip.readUInt16LE(eocd + 10); i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip central directory entry ${i} is malformed`);
    const [nameLength, extraLength, commentLength] = [zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32)];
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const readManifest = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** Every file a manifest points at, so a reference to a file the build left out is caught. */
function filesNamed(m: Manifest): string[] {
  return [
    ...Object.values(m.icons ?? {}),
    ...Object.values(m.action?.default_icon ?? {}),
    ...(m.action?.default_popup ? [m.action.default_popup] : []),
    ...(m.options_ui ? [m.options_ui.page] : []),
    ...(m.background?.service_worker ? [m.background.service_worker] : []),
    ...(m.background?.scripts ?? []),
    ...(m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
  ];
}

/** Each icon a manifest names is a PNG of the size it is listed under. */
async function expectIconsAtTheirSizes(dir: string, icons: Record<string, string>): Promise<void> {
  for (const [size, file] of Object.entries(icons)) {
    const meta = await sharp(path.join(dir, file)).metadata();
    expect({ file, format: meta.format, width: meta.width, height: meta.height }).toEqual({
      file,
      format: 'png',
      width: Number(size),
      height: Number(size),
    });
  }
}

let firefox: Manifest;
beforeAll(async () => {
  // One Firefox build and zip (a few seconds): what `npm run zip` packs for addons.mozilla.org.
  await promisify(execFile)('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: ROOT });
  firefox = await readManifest(FIREFOX_DIR);
}, 120_000);

test('the Chrome build has PostGuard icons for the store, the extensions page and the toolbar', async () => {
  const chrome = await readManifest(EXTENSION_DIR);
  expect(Object.keys(chrome.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
  expect(Object.keys(chrome.action?.default_icon ?? {}).sort()).toEqual(['16', '32']);
  await expectIconsAtTheirSizes(EXTENSION_DIR, chrome.icons!);
  await expectIconsAtTheirSizes(EXTENSION_DIR, chrome.action!.default_icon!);
  for (const file of filesNamed(chrome)) expect(existsSync(path.join(EXTENSION_DIR, file)), file).toBe(true);
});

test('the committed icons are what assets/icon.svg draws (run `npm run icons` after changing it)', async () => {
  for (const size of ICON_SIZES) {
    const committed = await sharp(path.join(ICON_DIR, `${size}.png`)).raw().toBuffer();
    const drawn = await sharp(await renderIcon(size)).raw().toBuffer();
    expect(committed.equals(drawn), `public/icon/${size}.png`).toBe(true);
  }
});

test('the Chrome build asks for the least it needs: storage, alarms, offscreen, and the four sites', async () => {
  const chrome = await readManifest(EXTENSION_DIR);
  expect(chrome.permissions?.sort()).toEqual(['alarms', 'offscreen', 'storage']);
  expect(chrome.host_permissions).toEqual(FOUR_SITES);
});

test('the Firefox build: its add-on id, no data collected, no offscreen permission, the four sites only, every file it names', async () => {
  expect(firefox.browser_specific_settings?.gecko?.id).toBe('postguard@postguard.dev');
  expect(firefox.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  expect(firefox.permissions?.sort()).toEqual(['alarms', 'storage']);
  expect(firefox.host_permissions).toEqual(FOUR_SITES);
  // Profile addresses are asked for one origin at a time, at install.
  expect(firefox.optional_host_permissions).toEqual(['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']);
  expect(firefox.background?.scripts).toEqual(['background.js']);
  await expectIconsAtTheirSizes(FIREFOX_DIR, firefox.icons!);
  for (const file of filesNamed(firefox)) expect(existsSync(path.join(FIREFOX_DIR, file)), file).toBe(true);
});

test('the sources zip holds what a reviewer rebuilds from, and nothing git ignores nor the deliberately leaky test extension', async () => {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const names = zipEntries(await readFile(path.join(ROOT, `.output/${pkg.name}-${pkg.version}-sources.zip`)));
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'entrypoints/background/index.ts', 'rules/check.ts', 'README.md']) {
    expect(names, needed).toContain(needed);
  }
  expect(names.filter((n) => n.startsWith('tests/fixtures/leaky-extension/'))).toEqual([]);
  expect(names.filter((n) => /^(node_modules|\.output|\.wxt|bench-results|tests\/fixtures\/dist)\//.test(n))).toEqual([]);
});

// Bundles each fixture site (tests/fixtures/sites/<name>/page.tsx, with the real editor
// library it uses) into one self-contained HTML file in tests/fixtures/dist/, which the
// e2e harness and the demo serve at the site's real URL.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sitesDir = path.join(root, 'tests/fixtures/sites');
const outDir = path.join(root, 'tests/fixtures/dist');
// Draft.js 0.11 calls findDOMNode, gone in React 19: the X fixtures get the React 18 of
// their own workspace.
const react18 = path.join(root, 'tests/fixtures/x-editor/node_modules');

/** Whether a fixture page, or a fixture file it imports (x-changed imports x's app), uses Draft.js. */
async function importsDraft(file: string, seen = new Set<string>()): Promise<boolean> {
  if (seen.has(file) || !existsSync(file)) return false;
  seen.add(file);
  const source = await readFile(file, 'utf8');
  if (source.includes("from 'draft-js'")) return true;
  for (const m of source.matchAll(/from '(\.\.?\/[^']+\.tsx?)'/g)) {
    if (await importsDraft(path.resolve(path.dirname(file), m[1]!), seen)) return true;
  }
  return false;
}

export async function buildFixtures(): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const names = (await readdir(sitesDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && existsSync(path.join(sitesDir, d.name, 'page.tsx')))
    .map((d) => d.name);
  const sharedCss = await readFile(path.join(sitesDir, 'shared/page.css'), 'utf8');
  await Promise.all(
    names.map(async (name) => {
      const usesDraft = await importsDraft(path.join(sitesDir, name, 'page.tsx'));
      const result = await build({
        entryPoints: [path.join(sitesDir, name, 'page.tsx')],
        bundle: true,
        write: false,
        format: 'iife',
        minify: true,
        jsx: 'automatic',
        loader: { '.css': 'text' },
        define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
        alias: usesDraft
          ? { react: path.join(react18, 'react'), 'react-dom': path.join(react18, 'react-dom') }
          : {},
        logLevel: 'error',
      });
      const js = result.outputFiles![0]!.text.replaceAll('</script', '<\\/script');
      const extraCss = usesDraft ? await readFile(path.join(root, 'node_modules/draft-js/dist/Draft.css'), 'utf8') : '';
      const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${name} — PostGuard fixture</title>
<style>${sharedCss}\n${extraCss}</style></head>
<body><div id="root"></div><script>${js}</script></body></html>\n`;
      await writeFile(path.join(outDir, `${name}.html`), html);
    }),
  );
  return names;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const t0 = performance.now();
  const names = await buildFixtures();
  console.log(`fixtures: ${names.join(', ')} → tests/fixtures/dist (${Math.round(performance.now() - t0)} ms)`);
}

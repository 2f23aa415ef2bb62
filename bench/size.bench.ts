// Built size of every entrypoint, raw and gzipped, from the last `npm run build`.
import { execFileSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { BenchTable } from './table.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.output/chrome-mv3');

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)])),
  );
  return files.flat();
}

export default async function sizeBench(): Promise<BenchTable[]> {
  const t0 = performance.now();
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  const buildMs = performance.now() - t0;
  const rows: BenchTable['rows'] = [];
  let total = 0;
  let totalGz = 0;
  for (const f of (await walk(out)).sort()) {
    const size = (await stat(f)).size;
    const gz = /\.(js|css|html|json|wasm)$/.test(f) ? gzipSync(await readFile(f)).length : size;
    total += size;
    totalGz += gz;
    rows.push([path.relative(out, f), (size / 1024).toFixed(1), (gz / 1024).toFixed(1)]);
  }
  rows.push(['total', (total / 1024).toFixed(1), (totalGz / 1024).toFixed(1)]);
  return [
    {
      title: `Built extension (.output/chrome-mv3), wxt build took ${(buildMs / 1000).toFixed(1)} s`,
      columns: ['file', 'KB', 'KB gzipped'],
      rows,
    },
  ];
}

// `npm run bench`: every bench/*.bench.ts in turn, each printing its tables. Benchmarks
// report numbers; nothing here passes or fails on an absolute time.
import { readdir, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printTable, type BenchTable } from './table.ts';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts')).sort();
const all: Record<string, BenchTable[]> = {};
console.log(`PostGuard benchmarks — ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
for (const f of files) {
  const name = f.replace(/\.bench\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  console.log(`\n## ${name}`);
  const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { default: () => Promise<BenchTable[]> };
  const tables = await mod.default();
  tables.forEach(printTable);
  all[name] = tables;
}
await mkdir(path.join(dir, '../bench-results'), { recursive: true });
await writeFile(path.join(dir, '../bench-results/latest.json'), JSON.stringify(all, null, 2));
console.log('\nSaved bench-results/latest.json');

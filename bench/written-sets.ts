// The written development and held-out sets in tests/data: reading them, and the table each
// family of rules reports on them (one row a file, or a `## ` group of it; each cell the share
// of posts a measure flags). Held-out files only ever print counts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchTable } from './table.ts';

export const data = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/data');

export const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}% (${n}/${d})` : '–');

/** Posts of a `.txt` set grouped under its `## <name>` headings (one unnamed group when it has none). */
export async function sections(file: string): Promise<Array<{ name: string; posts: string[] }>> {
  const out: Array<{ name: string; posts: string[] }> = [{ name: '', posts: [] }];
  for (const raw of (await readFile(path.join(data, file), 'utf8')).split('\n')) {
    const l = raw.trim();
    if (l.startsWith('## ')) out.push({ name: l.slice(3).trim(), posts: [] });
    else if (l && !l.startsWith('#')) out[out.length - 1]!.posts.push(l);
  }
  return out.filter((s) => s.posts.length);
}

export async function lines(file: string): Promise<string[]> {
  return (await sections(file)).flatMap((s) => s.posts);
}

export interface SetsTable {
  title: string;
  /** [file under tests/data, which set ("development", "held out"), what its posts are]. */
  files: ReadonlyArray<readonly [string, string, string]>;
  /** Column name, and whether that measure flags a post. */
  measures: ReadonlyArray<readonly [string, (post: string) => boolean]>;
  /** A row for each `## ` group of a file, then one for all of it. */
  byGroup?: boolean;
  /** How a post is checked (profile, account, platform) and what counts as flagged. */
  note: string;
}

const BLIND =
  'The held-out files were written blind by someone else and committed before the rules were changed for them; the texts they miss or flag are never printed.';

export async function setsTable(t: SetsTable): Promise<BenchTable> {
  const rows: BenchTable['rows'] = [];
  const cells = (posts: string[]) => t.measures.map(([, flags]) => pct(posts.filter(flags).length, posts.length));
  for (const [file, set, what] of t.files) {
    const groups = await sections(file);
    if (t.byGroup) for (const g of groups) if (g.name) rows.push([set, what, g.name, ...cells(g.posts)]);
    rows.push([set, what, ...(t.byGroup ? ['all'] : []), ...cells(groups.flatMap((g) => g.posts))]);
  }
  return {
    title: t.title,
    columns: ['set', 'what', ...(t.byGroup ? ['group'] : []), ...t.measures.map(([name]) => name)],
    rows,
    notes: [`${t.note} ${BLIND}`],
  };
}

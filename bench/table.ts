// The shape every benchmark returns, and the one way they are printed.
export interface BenchTable {
  title: string;
  columns: string[];
  rows: Array<Array<string | number>>;
  notes?: string[];
}

export function printTable(t: BenchTable): void {
  const cells = [t.columns, ...t.rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))];
  const widths = t.columns.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: Array<string | number>) => `| ${r.map((c, i) => String(c ?? '').padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n### ${t.title}\n`);
  console.log(line(cells[0]!));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  cells.slice(1).forEach((r) => console.log(line(r)));
  t.notes?.forEach((n) => console.log(`\n${n}`));
}

function fmt(n: number): string {
  if (Number.isInteger(n)) return n.toLocaleString('en-GB');
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3);
}

/** Median and a percentile of a list of samples (milliseconds). */
export function stats(samples: number[]): { median: number; p95: number; p99: number; min: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), min: s[0]!, max: s[s.length - 1]! };
}

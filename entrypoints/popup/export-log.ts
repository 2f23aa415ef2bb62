import type { SignOffDb } from '../../lib/log/db.ts';
import type { ChainPoint } from '../../lib/log/entry.ts';
import { toCsvExport, toJsonExport } from '../../lib/log/export.ts';
import verifierSource from '../../lib/log/verify-export.mjs?raw';

export type ExportKind = 'json' | 'csv';

/** The whole chain, oldest first, whatever the view's filters: a partial chain cannot be verified. */
export async function buildExport(
  db: SignOffDb,
  witness: ChainPoint | null,
  kind: ExportKind,
  now = new Date(),
): Promise<{ filename: string; text: string; type: string }> {
  const entries = await db.entries.orderBy('seq').toArray();
  const day = now.toISOString().slice(0, 10);
  return kind === 'json'
    ? { filename: `postguard-signoff-log-${day}.json`, text: toJsonExport(entries, witness, now), type: 'application/json' }
    : { filename: `postguard-signoff-log-${day}.csv`, text: toCsvExport(entries, witness), type: 'text/csv' };
}

export const verifier = { filename: 'verify-signoff-log.mjs', text: verifierSource, type: 'text/javascript' };

export function download(file: { filename: string; text: string; type: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

import path from 'node:path';
import { build } from 'esbuild';
import { expect, test } from 'vitest';

// The dialog ships inside every content script: it must not drag in React, zod or Dexie.
test('requestSignOff bundles without React, zod or Dexie', async () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const r = await build({
    entryPoints: [path.join(root, 'lib/signoff/request-sign-off.ts')],
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'error',
  });
  const inputs = Object.keys(r.metafile.inputs);
  expect(inputs.filter((i) => /node_modules\/(react|react-dom|zod|dexie)\//.test(i))).toEqual([]);
  expect(inputs).toContain('lib/signoff/dialog.ts');
  expect(r.outputFiles[0]!.contents.length).toBeLessThan(40 * 1024);
});

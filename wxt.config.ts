import { defineConfig } from 'wxt';
import path from 'node:path';
import { MODEL_DIR_IN_EXTENSION, MODEL_FILES, WASM_DIR_IN_EXTENSION, modelSourceDir, wasmSourceFiles } from './lib/faces/model-source.ts';

// The four sites PostGuard reads. Host permissions stop here: profile URLs are requested
// one origin at a time, at install (optional_host_permissions).
export const SITE_MATCHES = [
  'https://x.com/*',
  'https://www.facebook.com/*',
  'https://www.linkedin.com/*',
  'https://www.instagram.com/*',
];

export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/module-react'],
  // The cold-start benchmark's variant never overwrites the real build.
  ...(process.env.POSTGUARD_FACES_IN_WORKER === '1' ? { outDir: '.output/faces-in-worker' } : {}),
  hooks: {
    // The face model and the TensorFlow.js wasm binaries, copied from their npm packages at
    // build time (never committed, never fetched at run time).
    'build:publicAssets': (_wxt, files) => {
      for (const name of MODEL_FILES) {
        files.push({ absoluteSrc: path.join(modelSourceDir(), name), relativeDest: `${MODEL_DIR_IN_EXTENSION}/${name}` });
      }
      for (const f of wasmSourceFiles()) files.push({ absoluteSrc: f.path, relativeDest: `${WASM_DIR_IN_EXTENSION}/${f.name}` });
    },
  },
  vite: (env) => ({
    resolve: {
      alias: [
        // Where face detection runs: an offscreen document on Chrome; the background page on
        // Firefox (no offscreen API). POSTGUARD_FACES_IN_WORKER=1 builds the Chrome worker with
        // TensorFlow.js inside, for the cold-start benchmark only.
        ...(env.browser === 'firefox' || process.env.POSTGUARD_FACES_IN_WORKER === '1'
          ? [{ find: /^\.\/face-engine\.ts$/, replacement: path.resolve('entrypoints/background/face-engine-inline.ts') }]
          : []),
      ],
    },
  }),
  // The Firefox sources zip is what a reviewer rebuilds from: what git ignores (built
  // fixtures, bench results) is made again, and the harness's deliberately leaky test
  // extension (it phones home, to prove the leak check works) has no place in it.
  zip: { excludeSources: ['tests/fixtures/dist/**', 'bench-results/**', 'tests/fixtures/leaky-extension/**'] },
  // Every name's origin stays visible in the file that uses it (DESIGN.md).
  imports: false,
  // MV3 everywhere: Firefox (128+) then gets optional_host_permissions for profile URLs too.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'PostGuard',
    description:
      "Checks social-media posts against your organisation's policy while you write them. Everything stays on your device.",
    permissions: ['storage', 'alarms', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: SITE_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    content_security_policy: {
      // TensorFlow.js runs its wasm backend in extension pages; nothing else is relaxed.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    // Chrome reads enterprise policy against this schema; Firefox takes managed storage from
    // its own policies.json and has no such key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // `icons` comes from public/icon/<size>.png (WXT finds them; scripts/render-icons.ts
    // makes them from assets/icon.svg); the toolbar button gets the small ones.
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'postguard@postguard.dev',
              strict_min_version: '128.0',
              // Required for new add-ons on addons.mozilla.org: PostGuard collects nothing.
              data_collection_permissions: { required: ['none' as const] },
            },
          },
        }
      : {}),
  }),
});

import { defineConfig } from 'wxt';

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
  // Every name's origin stays visible in the file that uses it (DESIGN.md).
  imports: false,
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
    storage: { managed_schema: 'managed-schema.json' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'postguard@postguard.dev', strict_min_version: '128.0' } } }
      : {}),
  }),
});

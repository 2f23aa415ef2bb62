import { defineContentScript } from 'wxt/utils/define-content-script';

// The facebook adapter lands with the adapters issue; the entrypoint exists so the manifest
// and the build already carry it.
export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  runAt: 'document_idle',
  main() {},
});

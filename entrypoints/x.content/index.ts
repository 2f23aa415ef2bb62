import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchPage } from '../../lib/composer-kit/page-watcher.ts';
import '../../lib/composer-kit/highlights.css';
import { xAdapter } from './adapter.ts';

export default defineContentScript({
  matches: ['https://x.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    watchPage(xAdapter, ctx);
  },
});

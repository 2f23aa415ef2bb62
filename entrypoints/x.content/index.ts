import { defineContentScript } from 'wxt/utils/define-content-script';
import { runAdapter } from '../../lib/composer-kit/run-adapter.ts';
import '../../lib/composer-kit/highlights.css';
import { xAdapter } from './adapter.ts';

export default defineContentScript({
  matches: ['https://x.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runAdapter(xAdapter, ctx);
  },
});

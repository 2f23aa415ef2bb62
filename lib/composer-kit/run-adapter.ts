import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage } from './page-watcher.ts';
import { guardPosts } from './post-guard.ts';
import type { SiteAdapter } from './site-adapter.ts';

/** Everything a site's content script does: watch its composers and guard their Post. */
export function runAdapter(adapter: SiteAdapter, ctx: ContentScriptContext): void {
  const watcher = watchPage(adapter, ctx);
  guardPosts(adapter, watcher, ctx);
}

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging.ts';
import { watchPage } from './page-watcher.ts';
import { guardPosts } from './post-guard.ts';
import type { SiteAdapter } from './site-adapter.ts';
import { warmFacesWhenPicking } from './warm-faces.ts';

/** Everything a site's content script does: watch its composers, guard their Post, ready the face check. */
export function runAdapter(adapter: SiteAdapter, ctx: ContentScriptContext): void {
  const watcher = watchPage(adapter, ctx);
  guardPosts(adapter, watcher, ctx);
  warmFacesWhenPicking(ctx, () => sendMessage('warmFaces', undefined));
}

import type { SiteAdapter } from '../../lib/composer-kit/site-adapter.ts';
import { selectors } from './selectors.ts';

function queryAllWithSelf(root: ParentNode, selector: string): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  if (root instanceof HTMLElement && root.matches(selector)) found.unshift(root);
  return found;
}

export const xAdapter: SiteAdapter = {
  platform: 'x',
  watchRoot: () => document.body,
  findEditors(root) {
    for (const s of selectors.editor) {
      const found = queryAllWithSelf(root, s);
      if (found.length) return found;
    }
    return [];
  },
  composerKind: () => 'post',
  postingHandle() {
    const el = document.querySelector<HTMLElement>(selectors.accountSwitcher);
    const id = el?.dataset.testid ?? '';
    return id.startsWith('UserAvatar-Container-') ? id.slice('UserAvatar-Container-'.length) : null;
  },
};

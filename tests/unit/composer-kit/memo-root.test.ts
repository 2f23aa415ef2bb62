import { expect, test } from 'vitest';
import { memoRoot } from '../../../lib/composer-kit/dom.ts';

// The page watcher asks for every session's composer root on every batch of page changes:
// a root is remembered for a moment, unless it does not hold its Post button yet (some
// sites show it with the first character), or no longer holds its editor.
function page() {
  document.body.replaceChildren();
  const composer = document.createElement('div');
  const box = document.createElement('div');
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  box.append(editor);
  composer.append(box);
  document.body.append(composer);
  let lookups = 0;
  const hasButton = (root: Element) => root.querySelector('button') !== null;
  const root = memoRoot((e) => {
    lookups++;
    let n: Element = e.parentElement!;
    while (n.parentElement && n.parentElement !== document.body && !hasButton(n)) n = n.parentElement;
    return n;
  }, hasButton);
  return { composer, box, editor, root, lookups: () => lookups };
}

test('a root without its Post button is looked up afresh, so the button, once shown, is found in it', () => {
  const p = page();
  expect(p.root(p.editor)).toBe(p.composer);
  expect(p.root(p.editor)).toBe(p.composer);
  expect(p.lookups()).toBe(2);
  const button = document.createElement('button');
  button.textContent = 'Send';
  p.box.append(button);
  expect(p.root(p.editor)).toBe(p.box);
  expect(p.root(p.editor)).toBe(p.box);
  expect(p.lookups()).toBe(3);
});

test('a remembered root is dropped once it no longer holds its editor', () => {
  const p = page();
  p.box.append(document.createElement('button'));
  expect(p.root(p.editor)).toBe(p.box);
  const elsewhere = document.createElement('section');
  elsewhere.append(document.createElement('button'));
  document.body.append(elsewhere);
  elsewhere.prepend(p.editor);
  expect(p.root(p.editor)).toBe(elsewhere);
});

// Opening a photo picker readies the face detector (once every five seconds at most); a picker for
// other files, and clicks elsewhere, do not.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { warmFacesWhenPicking } from '../../../lib/composer-kit/warm-faces.ts';

let warmed = 0;
let listening: AbortController;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['performance'] });
  warmed = 0;
  listening = new AbortController();
  // What the kit uses of WXT's context: listeners that go when the content script does.
  const ctx = {
    addEventListener: (target: EventTarget, type: string, fn: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, fn, { ...options, signal: listening.signal }),
  } as unknown as ContentScriptContext;
  warmFacesWhenPicking(ctx, async () => {
    warmed++;
  });
});
afterEach(() => {
  listening.abort();
  vi.useRealTimers();
  document.body.replaceChildren();
});

function fileInput(accept: string): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  // Sites keep it hidden and click it from their own photo button; the browser's dialog never opens here.
  input.addEventListener('click', (e) => e.preventDefault());
  document.body.append(input);
  return input;
}

test('opening a photo picker readies the detector, at most once every five seconds', () => {
  const input = fileInput('image/jpeg,image/png,video/mp4');
  input.click();
  expect(warmed).toBe(1);
  input.click();
  vi.advanceTimersByTime(3_000);
  input.click();
  expect(warmed).toBe(1);
  vi.advanceTimersByTime(2_100);
  input.click();
  expect(warmed).toBe(2);
});

test('a picker for documents, or a click on anything else, does not', () => {
  fileInput('application/pdf').click();
  const button = document.createElement('button');
  document.body.append(button);
  button.click();
  expect(warmed).toBe(0);
});

test('dragging files over the page readies it too; dragging text does not', () => {
  const drag = (types: string[]) => {
    const e = new Event('dragenter', { bubbles: true }) as Event & { dataTransfer: { types: string[] } };
    Object.defineProperty(e, 'dataTransfer', { value: { types } });
    document.body.dispatchEvent(e);
  };
  drag(['text/plain']);
  expect(warmed).toBe(0);
  drag(['Files']);
  expect(warmed).toBe(1);
});

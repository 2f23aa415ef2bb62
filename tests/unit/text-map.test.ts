import { describe, expect, test } from 'vitest';
import { rangeFor, readText } from '../../lib/composer-kit/text-map.ts';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  return el;
}

describe('readText', () => {
  test('joins paragraphs with newlines and keeps every character', () => {
    const el = editor('<p><span>Hello</span> <b>there</b></p><p>second line</p>');
    expect(readText(el).text).toBe('Hello there\nsecond line');
  });

  test('an empty paragraph is an empty line; the placeholder <br> adds nothing', () => {
    const el = editor('<p>one</p><p><br></p><p>three</p>');
    expect(readText(el).text).toBe('one\n\nthree');
  });

  test('a <br> inside a line is a line break, the trailing one is a placeholder', () => {
    const el = editor('<p>a<br>b<br></p>');
    expect(readText(el).text).toBe('a\nb');
  });

  test('Draft.js blocks (nested divs) are one line each', () => {
    const block = (t: string) =>
      `<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">${t}</span></span></div></div>`;
    const el = editor(`<div data-contents="true">${block('first')}${block('second')}</div>`);
    expect(readText(el).text).toBe('first\nsecond');
  });

  test('skips nodes the adapter says are not draft text', () => {
    const el = editor('<p>keep<span class="cursor">\uFEFF</span> this</p>');
    expect(readText(el, '.cursor').text).toBe('keep this');
  });
});

describe('rangeFor', () => {
  test('maps offsets across paragraphs, emoji and formatting back to the DOM', () => {
    const el = editor('<p>Hi 👋🏽 <i>call</i></p><p>07700 <b>900</b>123 now</p>');
    document.body.append(el);
    const map = readText(el);
    expect(map.text).toBe('Hi 👋🏽 call\n07700 900123 now');
    const start = map.text.indexOf('07700');
    const range = rangeFor(map, start, start + '07700 900123'.length)!;
    expect(range.toString()).toBe('07700 900123');
    const wave = map.text.indexOf('👋🏽');
    expect(rangeFor(map, wave, wave + '👋🏽'.length)!.toString()).toBe('👋🏽');
    expect(rangeFor(map, map.text.indexOf('call'), map.text.indexOf('call') + 4)!.toString()).toBe('call');
    el.remove();
  });

  test('returns null for an empty or out-of-text span', () => {
    const map = readText(editor('<p>abc</p>'));
    expect(rangeFor(map, 1, 1)).toBeNull();
    expect(rangeFor(map, 2, 10)).toBeNull();
  });
});

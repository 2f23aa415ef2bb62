import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { rangeFor, readText } from '../../../lib/composer-kit/text-map.ts';

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

describe('the three editors as they render', () => {
  test('Lexical: a soft line break inside a paragraph, an empty paragraph, a trailing break', () => {
    const el = editor(
      '<p dir="auto"><span data-lexical-text="true">first</span><br><span data-lexical-text="true">soft</span></p>' +
        '<p><br></p>' +
        '<p dir="auto"><span data-lexical-text="true">ends</span><br><br></p>',
    );
    expect(readText(el).text).toBe('first\nsoft\n\nends\n');
  });

  test('Quill: paragraphs, an empty line, and its cursor blot skipped', () => {
    const el = editor('<p>one</p><p><br></p><p>tw<span class="ql-cursor">\uFEFF</span>o</p>');
    expect(readText(el, '.ql-cursor').text).toBe('one\n\ntwo');
  });

  test('Draft.js: an empty block is an empty line; a soft newline inside a block stays', () => {
    const block = (inner: string) =>
      `<div data-block="true"><div class="public-DraftStyleDefault-block"><span>${inner}</span></div></div>`;
    const el = editor(
      `<div data-contents="true">${block('<span data-text="true">a\nb</span>')}${block('<br data-text="true">')}${block('<span data-text="true">c</span>')}</div>`,
    );
    expect(readText(el).text).toBe('a\nb\n\nc');
  });
});

describe('emoji drawn as pictures', () => {
  test('an <img alt> counts as its alt text and a span over it covers the picture', () => {
    const el = editor('<p>Hi <img alt="👋🏽" src="data:,"> call 07700 900123</p>');
    document.body.append(el);
    const map = readText(el);
    expect(map.text).toBe('Hi 👋🏽 call 07700 900123');
    const wave = map.text.indexOf('👋🏽');
    const r = rangeFor(map, wave - 3, wave + '👋🏽'.length)!;
    expect(r.toString()).toBe('Hi '); // the picture has no text of its own …
    expect(r.startContainer).toBe(el.querySelector('p')!.firstChild);
    expect(r.endContainer).toBe(el.querySelector('p')); // … but the range runs past it
    expect(r.endOffset).toBe(2);
    const num = map.text.indexOf('07700');
    expect(rangeFor(map, num, num + 12)!.toString()).toBe('07700 900123');
    el.remove();
  });

  test('an image without alt text (a decoration) adds nothing', () => {
    expect(readText(editor('<p>a<img src="data:,">b</p>')).text).toBe('ab');
  });
});

describe('offsets map back to the DOM for any text', () => {
  const piece = fc.oneof(
    fc.string({ maxLength: 6 }).map((s) => s.replace(/[\n<>&]/g, '')),
    fc.constantFrom('😀', '👋🏽', '🇬🇧', 'é', '07700 900123', ' '),
  );
  const line = fc.array(piece, { minLength: 1, maxLength: 5 });

  test('every span reads back as the same characters, within and across lines', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), (lines, a, b) => {
        // Each piece in its own formatting span, as editors split bold, links and mentions.
        const html = lines.map((pieces) => `<p>${pieces.map((p) => (p ? `<span>${p}</span>` : '')).join('') || '<br>'}</p>`).join('');
        const el = editor(html);
        document.body.append(el);
        const map = readText(el);
        const text = lines.map((l) => l.join('')).join('\n');
        expect(map.text).toBe(text);
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        // Across lines the DOM has no newline characters: the blocks are the line breaks.
        const visible = text.slice(start, end).replace(/\n/g, '');
        const range = rangeFor(map, start, end);
        expect(range?.toString() ?? '').toBe(visible);
        el.remove();
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, test } from 'vitest';
import { AttachedFiles, blobPreviews, fileKey } from '../../../lib/composer-kit/image-sources.ts';

const file = (name: string) => new File([new Uint8Array(10)], name, { type: 'image/jpeg', lastModified: 1 });
const img = (src: string) => Object.assign(document.createElement('img'), { src, alt: '' });
const input = document.createElement('input');

describe('which images a composer has attached', () => {
  test('the picked Files, once the site shows one preview for each', () => {
    const a = new AttachedFiles();
    a.add({ input, files: [file('a.jpg'), file('b.jpg')] });
    expect(a.sources([]).map((s) => s.name)).toEqual(['a.jpg', 'b.jpg']); // previews not drawn yet
    const sources = a.sources([img('blob:x/1'), img('blob:x/2')]);
    expect(sources.map((s) => s.name)).toEqual(['a.jpg', 'b.jpg']);
    expect(sources[0]!.key).toBe(fileKey(file('a.jpg')));
    expect('file' in sources[0]!).toBe(true);
  });

  test('the previews, once they no longer match the picks (one was removed)', () => {
    const a = new AttachedFiles();
    a.add({ input, files: [file('a.jpg'), file('b.jpg')] });
    a.sources([img('blob:x/1'), img('blob:x/2')]);
    const left = a.sources([img('blob:x/2')]);
    expect(left).toHaveLength(1);
    expect('img' in left[0]!).toBe(true);
  });

  test('nothing, once every preview is gone', () => {
    const a = new AttachedFiles();
    a.add({ input, files: [file('a.jpg')] });
    a.sources([img('blob:x/1')]);
    expect(a.sources([])).toEqual([]);
    expect(a.files).toEqual([]);
  });

  test('picks add up (X appends), and non-images are left out', () => {
    const a = new AttachedFiles();
    a.add({ input, files: [file('a.jpg')] });
    a.add({ input, files: [file('b.jpg'), new File(['x'], 'clip.mp4', { type: 'video/mp4' })] });
    expect(a.files.map((f) => f.name)).toEqual(['a.jpg', 'b.jpg']);
  });

  test("PostGuard's anonymised copy is recorded as what the site did with it, never as the user's pick", () => {
    const a = new AttachedFiles();
    a.add({ input, files: [file('a.jpg'), file('b.jpg')] });
    const copy = file('a-faces-blurred.jpg');
    a.handedOver(0, copy, 'replaced');
    expect(a.files.map((f) => f.name)).toEqual(['a-faces-blurred.jpg', 'b.jpg']);
    a.handedOver(1, file('b-faces-blurred.jpg'), 'added');
    expect(a.files.map((f) => f.name)).toEqual(['a-faces-blurred.jpg', 'b.jpg', 'b-faces-blurred.jpg']);
    for (const outcome of ['not-taken', 'unclear', 'no-input'] as const) a.handedOver(0, file('x.jpg'), outcome);
    expect(a.files).toHaveLength(3);
  });

  test('previews are blob: or photo data: images outside the editor; avatars drawn as SVG are not', () => {
    const root = document.createElement('div');
    const editor = document.createElement('div');
    editor.append(img('blob:x/emoji'));
    root.append(editor, img('blob:x/photo'), img('data:image/svg+xml,<svg/>'), img('https://cdn/avatar.jpg'));
    expect(blobPreviews(root, editor).map((i) => i.getAttribute('src'))).toEqual(['blob:x/photo']);
  });
});

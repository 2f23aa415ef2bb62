import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Finding } from '../../../rules/finding.ts';
import type { ImageFacts } from '../../../rules/draft.ts';
import { Badge, type BadgeView } from '../../../lib/composer-kit/badge.ts';

const text = 'Ring 07700 900123. Vote for Labour.';
const phone: Finding = { ruleId: 'phone-number', category: 'personal-data', severity: 'confirm', message: 'A phone number.', clauses: ['TR-5'], start: 5, end: 17 };
const politics: Finding = { ruleId: 'political-content', category: 'political', severity: 'info', message: 'Political.', clauses: ['HT-9'], start: 19, end: 27 };
const faces: Finding = { ruleId: 'image-faces', category: 'image-faces', severity: 'confirm', message: '2 people can be identified.', clauses: ['HSS-4'], image: 1 };
const photo = (over: Partial<ImageFacts> = {}): ImageFacts => ({ id: 'a', name: 'team.jpg', width: 10, height: 10, faces: [], gps: null, ...over });
const view = (over: Partial<BadgeView> = {}): BadgeView => ({ findings: [], text, images: [], account: null, ignored: 0, error: null, notice: null, ...over });

function setup() {
  const editor = document.createElement('div');
  document.body.append(editor);
  const actions = { ignore: vi.fn(), blurFaces: vi.fn(), retry: vi.fn() };
  const badge = new Badge(editor, actions);
  const root = badge.host.shadowRoot!;
  const button = root.querySelector<HTMLButtonElement>('button.badge')!;
  const open = () => {
    if (button.getAttribute('aria-expanded') !== 'true') button.click();
    return root.querySelector<HTMLElement>('.panel')!;
  };
  return { badge, actions, button, open, root };
}

afterEach(() => {
  document.documentElement.querySelectorAll('[data-postguard-badge]').forEach((h) => h.remove());
});

describe('the badge', () => {
  test('is hidden with nothing to say, and counts the issues with the worst severity when there are some', () => {
    const { badge, button } = setup();
    badge.update(view());
    expect(button.hidden).toBe(true);
    badge.update(view({ findings: [politics, phone] }));
    expect(button.hidden).toBe(false);
    expect(button.textContent).toBe('PostGuard: 2 issues');
    expect(button.dataset.severity).toBe('confirm');
  });

  test('lists each finding with the words it is about and the clause text', () => {
    const { badge, open } = setup();
    badge.update(view({ findings: [phone] }));
    const li = open().querySelector<HTMLElement>('li[data-rule="phone-number"]')!;
    expect(li.dataset.category).toBe('personal-data');
    expect(li.querySelector('.excerpt')!.textContent).toBe('07700 900123');
    expect(li.textContent).toContain('TR-5: Do not reveal home addresses, telephone numbers or other personal information');
  });

  test('offers "Not personal data" for personal data, "Ignore this phrase" otherwise, nothing for a block', () => {
    const { badge, open, actions } = setup();
    const block: Finding = { ...politics, ruleId: 'credentials', category: 'credentials', severity: 'block', start: 0, end: 4 };
    badge.update(view({ findings: [phone, politics, block] }));
    const panel = open();
    const label = (rule: string) => panel.querySelector(`li[data-rule="${rule}"] button[data-action="ignore"]`)?.textContent ?? null;
    expect(label('phone-number')).toBe('Not personal data');
    expect(label('political-content')).toBe('Ignore this phrase');
    expect(label('credentials')).toBeNull();
    panel.querySelector<HTMLButtonElement>('li[data-rule="political-content"] button[data-action="ignore"]')!.click();
    expect(actions.ignore).toHaveBeenCalledWith(politics);
  });

  test('lists the attached images with their state, and offers Blur faces on a faces finding', () => {
    const { badge, open, actions } = setup();
    badge.update(view({ findings: [faces], images: [photo({ name: 'a.jpg' }), photo({ name: 'team.jpg', faces: [{ box: [0, 0, 1, 1], score: 0.9 }, { box: [2, 2, 1, 1], score: 0.9 }], gps: { lat: 1, lon: 2 } })] }));
    const items = [...open().querySelectorAll<HTMLElement>('[data-postguard-images] > li')];
    expect(items.map((li) => li.querySelector('strong')!.textContent)).toEqual(['a.jpg', 'team.jpg']);
    expect(items[1]!.textContent).toContain('2 faces found; it records where it was taken');
    items[1]!.querySelector<HTMLButtonElement>('button[data-action="blur"]')!.click();
    expect(actions.blurFaces).toHaveBeenCalledWith(1);
  });

  test('an image with a finding shows its thumbnail with a box on each face found, where the face is', () => {
    const { badge, open } = setup();
    const team = photo({ name: 'team.jpg', width: 400, height: 200, faces: [{ box: [40, 20, 80, 100], score: 0.9 }, { box: [300, 50, 40, 40], score: 0.9 }] });
    badge.update(view({ findings: [faces], images: [photo({ name: 'a.jpg' }), team], thumbnails: [null, 'blob:https://x.com/thumb-1'] }));
    const items = [...open().querySelectorAll<HTMLElement>('[data-postguard-images] > li')];
    expect(items[0]!.querySelector('[data-postguard-thumb]')).toBeNull();
    const thumb = items[1]!.querySelector<HTMLElement>('[data-postguard-thumb]')!;
    expect(thumb.querySelector('img')!.getAttribute('src')).toBe('blob:https://x.com/thumb-1');
    // Fitted in 120×90 with the photo's 2:1 shape; boxes in proportion to the photo.
    expect([thumb.style.width, thumb.style.height]).toEqual(['120px', '60px']);
    const boxes = [...thumb.querySelectorAll<HTMLElement>('[data-face]')];
    expect(boxes.map((b) => [b.style.left, b.style.top, b.style.width, b.style.height])).toEqual([
      ['10%', '10%', '20%', '50%'],
      ['75%', '25%', '10%', '20%'],
    ]);
  });

  test('a thumbnail that is not a blob: URL is never loaded', () => {
    const { badge, open } = setup();
    const team = photo({ faces: [{ box: [1, 1, 2, 2], score: 0.9 }] });
    badge.update(view({ findings: [{ ...faces, image: 0 }], images: [team], thumbnails: ['https://tracker.example/pixel.png'] }));
    expect(open().querySelector('[data-postguard-thumb]')).toBeNull();
  });

  test('offers Remove location on a location finding (the same anonymised copy strips EXIF)', () => {
    const { badge, open, actions } = setup();
    const gps: Finding = { ...faces, ruleId: 'image-gps', category: 'image-location', message: 'Where it was taken.', image: 0 };
    badge.update(view({ findings: [gps, politics], images: [photo({ gps: { lat: 51.2, lon: -0.8 } })] }));
    const panel = open();
    const button = panel.querySelector<HTMLButtonElement>('li[data-rule="image-gps"] button[data-action="blur"]')!;
    expect(button.textContent).toBe('Remove location');
    button.click();
    expect(actions.blurFaces).toHaveBeenCalledWith(0);
    expect(panel.querySelector('li[data-rule="political-content"] button[data-action="blur"]')).toBeNull();
  });

  test('shows itself while an image is being checked, and when its check failed', () => {
    const { badge, button, open } = setup();
    badge.update(view({ images: [photo({ pending: true })] }));
    expect(button.textContent).toBe('PostGuard: checking 1 image');
    badge.update(view({ images: [photo({ faces: null, error: 'decoder failed' })] }));
    expect(button.hidden).toBe(false);
    expect(open().textContent).toContain('could not be checked for faces (decoder failed); check it yourself');
  });

  test('says plainly when the draft could not be checked, and can try again', () => {
    const { badge, button, open, actions } = setup();
    badge.update(view({ error: 'PostGuard did not answer in time' }));
    expect(button.textContent).toBe('PostGuard: not checked');
    const panel = open();
    expect(panel.querySelector('[role="alert"]')!.textContent).toContain('PostGuard could not check this post: PostGuard did not answer in time');
    panel.querySelector<HTMLButtonElement>('button[data-action="retry"]')!.click();
    expect(actions.retry).toHaveBeenCalled();
  });

  test('renders page and profile text as text, never as markup', () => {
    const { badge, open } = setup();
    badge.update(view({ findings: [{ ...phone, message: '<img src=x onerror=alert(1)>' }], text: 'Ring <b>07700</b> 900123' }));
    const panel = open();
    expect(panel.querySelector('img')).toBeNull();
    expect(panel.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  test('Escape closes the panel', () => {
    const { badge, button, open, root } = setup();
    badge.update(view({ findings: [phone] }));
    const panel = open();
    expect(panel.hidden).toBe(false);
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(panel.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});

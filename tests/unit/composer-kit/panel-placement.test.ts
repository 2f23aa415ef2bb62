// Where the findings panel opens: under the badge as before, but never over the composer's
// Post button, which would take the author's click.
import { describe, expect, test } from 'vitest';
import { PANEL_WIDTH, placePanel, type Box, type PanelPlacement } from '../../../lib/composer-kit/panel-placement.ts';

const viewport = { width: 1280, height: 800 };

/** The box the panel covers for content of `height` px. */
function covered(p: PanelPlacement, height: number): Box {
  const h = Math.min(height, p.maxHeight);
  return { left: p.left, top: p.top ?? viewport.height - (p.bottom ?? 0) - h, width: PANEL_WIDTH, height: h };
}
const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placePanel', () => {
  // A centred post dialog: the editor, then the Post button right under the badge.
  const editor: Box = { left: 390, top: 200, width: 500, height: 120 };
  const badgeTop = editor.top + editor.height + 4;
  const post: Box = { left: 400, top: 380, width: 480, height: 36 };

  test('with nothing to avoid it opens under the badge, right-aligned with the editor, as before', () => {
    const p = placePanel(editor, badgeTop, viewport, 300, []);
    expect(p.top).toBe(badgeTop + 28);
    expect(p.bottom).toBeNull();
    expect(p.left).toBe(editor.left + editor.width - PANEL_WIDTH);
  });

  test('near the bottom of the window it opens over the badge, as before', () => {
    const low: Box = { ...editor, top: 600 };
    const p = placePanel(low, 724, viewport, 300, []);
    expect(p.top).toBeNull();
    expect(p.bottom).toBe(viewport.height - 724 + 4);
  });

  test('when under the badge would cover Post, it opens where Post stays clickable', () => {
    const usual = placePanel(editor, badgeTop, viewport, 300, []);
    expect(overlaps(covered(usual, 300), post)).toBe(true);
    const p = placePanel(editor, badgeTop, viewport, 300, [post]);
    expect(overlaps(covered(p, 300), post)).toBe(false);
    expect(p.left).toBeGreaterThanOrEqual(0);
    expect(p.left + PANEL_WIDTH).toBeLessThanOrEqual(viewport.width);
  });

  test('a short panel that clears Post stays in its usual place', () => {
    const far: Box = { ...post, top: 700 };
    const p = placePanel(editor, badgeTop, viewport, 150, [far]);
    expect(p).toEqual(placePanel(editor, badgeTop, viewport, 150, []));
  });

  test('with no free place at all it falls back to the usual place rather than vanish', () => {
    const everywhere: Box = { left: 0, top: 0, width: viewport.width, height: viewport.height };
    const p = placePanel(editor, badgeTop, viewport, 300, [everywhere]);
    expect(p).toEqual(placePanel(editor, badgeTop, viewport, 300, []));
  });

  test('the panel never reaches past the window: its height is capped to the room it has', () => {
    const p = placePanel(editor, badgeTop, viewport, 5000, [post]);
    const box = covered(p, 5000);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top + box.height).toBeLessThanOrEqual(viewport.height);
  });
});

// Where the badge's findings panel goes. It opens under the badge (or over it when there is
// more room above), but not on top of the composer's own controls: a panel over Post or
// Close means the author's click lands on PostGuard instead of the site (Facebook's centred
// post dialog puts Post right under the editor and Close right above it). When the usual
// place covers a control, the panel tries the other side of the badge, then beside the
// editor, and only when nothing is free does it take the usual place anyway.
// Pure geometry, so it is tested without a browser.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PanelPlacement {
  left: number;
  /** Exactly one of top/bottom is set: the panel grows away from the badge. */
  top: number | null;
  bottom: number | null;
  maxHeight: number;
}

export const PANEL_WIDTH = 340;
const GAP = 4;
const MIN_HEIGHT = 100;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * @param anchor the editor's box; `badgeTop` the badge's top (28 px tall, under the editor)
 * @param contentHeight how tall the panel's content is (its scrollHeight)
 * @param avoid boxes the panel should not cover (the composer's controls)
 */
export function placePanel(
  anchor: Box,
  badgeTop: number,
  viewport: { width: number; height: number },
  contentHeight: number,
  avoid: Box[],
): PanelPlacement {
  const { width: vw, height: vh } = viewport;
  const cap = Math.round(vh * 0.6);
  const alignedLeft = Math.max(GAP, Math.min(vw - PANEL_WIDTH - 10, anchor.left + anchor.width - PANEL_WIDTH));
  const below = badgeTop + 28;
  const roomBelow = vh - below - 2 * GAP;
  const roomAbove = badgeTop - 2 * GAP;

  const under = (): PanelPlacement => ({ left: alignedLeft, top: below, bottom: null, maxHeight: Math.max(MIN_HEIGHT, Math.min(cap, roomBelow)) });
  const over = (): PanelPlacement => ({ left: alignedLeft, top: null, bottom: vh - badgeTop + GAP, maxHeight: Math.max(MIN_HEIGHT, Math.min(cap, roomAbove)) });
  const beside = (left: number): PanelPlacement => {
    const maxHeight = Math.min(cap, vh - 2 * GAP);
    const height = Math.min(contentHeight, maxHeight);
    return { left, top: Math.max(GAP, Math.min(vh - height - GAP, anchor.top)), bottom: null, maxHeight };
  };

  const usual = roomBelow + 2 * GAP >= 200 || roomBelow >= roomAbove ? under() : over();
  if (avoid.length === 0) return usual;

  const box = (p: PanelPlacement): Box => {
    const height = Math.min(contentHeight, p.maxHeight);
    const top = p.top ?? vh - (p.bottom ?? 0) - height;
    return { left: p.left, top, width: PANEL_WIDTH, height };
  };
  const fits = (p: PanelPlacement) => p.maxHeight >= Math.min(contentHeight, MIN_HEIGHT) && p.left >= 0 && p.left + PANEL_WIDTH <= vw;
  const candidates = [
    usual,
    usual.top !== null ? over() : under(),
    beside(anchor.left + anchor.width + 2 * GAP),
    beside(anchor.left - PANEL_WIDTH - 2 * GAP),
  ];
  return candidates.find((p) => fits(p) && !avoid.some((a) => overlaps(box(p), a))) ?? usual;
}

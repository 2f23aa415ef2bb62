import { expect, test } from 'vitest';
import { PALETTE } from '../../../lib/signoff/dialog-style.ts';
import { contrast } from './contrast-ratio.ts';

test.each(['light', 'dark'] as const)('the dialog’s text colours pass WCAG AA (4.5:1) in %s mode', (scheme) => {
  const p = PALETTE[scheme];
  const pairs: Array<[string, string, string]> = [];
  for (const fg of ['fg', 'muted', 'info', 'warn', 'confirm', 'block', 'error'] as const) {
    for (const bg of ['bg', 'surface'] as const) pairs.push([`${fg} on ${bg}`, p[fg], p[bg]]);
  }
  pairs.push(['text on highlighted span', p.fg, p.mark]);
  pairs.push(['primary button', p.primaryFg, p.primaryBg]);
  pairs.push(['secondary button', p.secondaryFg, p.secondaryBg]);
  const failing = pairs.filter(([, a, b]) => contrast(a, b) < 4.5).map(([name, a, b]) => `${name}: ${contrast(a, b).toFixed(2)}`);
  expect(failing).toEqual([]);
});

test('the contrast check itself tells a pass from a fail', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 1);
  expect(contrast('#9ca3af', '#ffffff')).toBeLessThan(4.5);
});

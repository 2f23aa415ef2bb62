import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { contrast } from '../signoff/contrast-ratio.ts';

const css = readFileSync(path.resolve(import.meta.dirname, '../../../entrypoints/popup/popup.css'), 'utf8');

function vars(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}
const light = vars(/:root\s*\{([^}]*)\}/.exec(css)![1]!);
const dark = { ...light, ...vars(/prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)![1]!) };

// Every text colour with the backgrounds the stylesheet puts it on.
const PAIRS: Array<[string, string[]]> = [
  ['fg', ['bg', 'card', 'field', 'danger-bg']],
  ['muted', ['bg', 'card']],
  ['accent', ['bg', 'card']],
  ['info', ['bg', 'card', 'info-bg']],
  ['warn', ['bg', 'card', 'warn-bg']],
  ['confirm', ['bg', 'card', 'confirm-bg']],
  ['block', ['bg', 'card', 'block-bg']],
  ['ok', ['ok-bg', 'card']],
  ['danger', ['danger-bg', 'bg', 'card']],
  ['danger-fg', ['danger']],
];

test.each([
  ['light', light],
  ['dark', dark],
])('popup text colours pass WCAG AA (4.5:1) in %s mode', (_scheme, palette) => {
  const failing: string[] = [];
  for (const [fg, bgs] of PAIRS) {
    for (const bg of bgs) {
      expect(palette[fg], `--${fg}`).toBeDefined();
      expect(palette[bg], `--${bg}`).toBeDefined();
      const ratio = contrast(palette[fg]!, palette[bg]!);
      if (ratio < 4.5) failing.push(`--${fg} on --${bg}: ${ratio.toFixed(2)}`);
    }
  }
  expect(failing).toEqual([]);
});

test('dark mode really changes the colours', () => {
  expect(dark.bg).not.toBe(light.bg);
  expect(dark.block).not.toBe(light.block);
});

import { z } from 'zod';
import { defineDetector } from '../detector.ts';
import type { Platform } from '../draft.ts';

export const DEFAULT_LIMITS: Record<Platform, number> = { x: 280, instagram: 2200, linkedin: 3000, facebook: 63206 };

/**
 * The offset at which a post goes over its platform's limit, or -1. X counts as twitter-text
 * does: Latin and common punctuation 1, other scripts and emoji 2, every link 23.
 */
export function overflowAt(text: string, platform: Platform, limit: number, links: Array<{ start: number; end: number }>): number {
  if (platform !== 'x') {
    // The other sites count UTF-16 code units (what the composers' own counters show).
    return text.length > limit ? limit : -1;
  }
  let weight = 0;
  let i = 0;
  let link = 0;
  while (i < text.length) {
    const l = links[link];
    if (l && i === l.start) {
      weight += 23;
      if (weight > limit) return i;
      i = l.end;
      link++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const light = cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247);
    const joiner = cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff);
    weight += joiner ? 0 : light ? 1 : 2;
    if (weight > limit) return i;
    i += size;
  }
  return -1;
}

export default defineDetector({
  id: 'length-limit',
  summary: 'Longer than the platform allows: X 280 (weighted as X counts), Instagram 2,200, LinkedIn 3,000, Facebook 63,206',
  options: z.strictObject({
    limits: z
      .strictObject({
        x: z.number().int().min(1).max(100_000).optional(),
        instagram: z.number().int().min(1).max(100_000).optional(),
        linkedin: z.number().int().min(1).max(100_000).optional(),
        facebook: z.number().int().min(1).max(100_000).optional(),
      })
      .default({}),
  }),
  find(scan, options) {
    const platform = scan.context.platform;
    const limit = options.limits[platform] ?? DEFAULT_LIMITS[platform];
    const at = overflowAt(scan.text, platform, limit, scan.links());
    return at < 0 ? [] : [{ start: at, end: scan.text.length, vars: { limit: limit.toLocaleString('en-GB') } }];
  },
});

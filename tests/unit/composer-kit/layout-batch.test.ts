import { describe, expect, test } from 'vitest';
import { measureNextFrame, unqueue, type Measure } from '../../../lib/composer-kit/layout-batch.ts';

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

describe('the layout batch', () => {
  test('runs every read of a frame before any write, so N badges cost one layout', async () => {
    const log: string[] = [];
    const badge = (name: string): Measure => () => {
      log.push(`read ${name}`);
      return () => log.push(`write ${name}`);
    };
    measureNextFrame(badge('a'));
    measureNextFrame(badge('b'));
    measureNextFrame(() => void log.push('read c (nothing to write)'));
    await nextFrame();
    expect(log).toEqual(['read a', 'read b', 'read c (nothing to write)', 'write a', 'write b']);
  });

  test('a measure queued twice in a frame runs once; an unqueued one not at all', async () => {
    let reads = 0;
    const m: Measure = () => void reads++;
    measureNextFrame(m);
    measureNextFrame(m);
    await nextFrame();
    expect(reads).toBe(1);
    measureNextFrame(m);
    unqueue(m);
    await nextFrame();
    expect(reads).toBe(1);
  });

  test('a measure queued by a write runs in the next frame', async () => {
    const log: string[] = [];
    const later: Measure = () => void log.push('later');
    measureNextFrame(() => () => measureNextFrame(later));
    await nextFrame();
    expect(log).toEqual([]);
    await nextFrame();
    expect(log).toEqual(['later']);
  });
});

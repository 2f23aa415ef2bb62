import { browser } from 'wxt/browser';
import type { ChainPoint } from './entry.ts';

// A second record of the newest entry, kept outside the log's database. A hash chain alone
// cannot show that its newest entries were removed; comparing its end with this can.
const KEY = 'signoffLog.newest';

export interface Witness {
  read(): Promise<ChainPoint | null>;
  write(point: ChainPoint): Promise<void>;
}

export const storageWitness: Witness = {
  async read() {
    const got = (await browser.storage.local.get(KEY))[KEY] as ChainPoint | undefined;
    return got && Number.isSafeInteger(got.seq) && typeof got.hash === 'string' ? got : null;
  },
  async write(point) {
    await browser.storage.local.set({ [KEY]: { seq: point.seq, hash: point.hash } });
  },
};

export const WITNESS_KEY = KEY;

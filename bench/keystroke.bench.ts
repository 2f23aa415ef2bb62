// Keystroke to highlight, in real Chromium with the built extension, on each site's fixture
// composer (its real editor library): a 2,000-character draft ending in a phone number,
// then 200 keystrokes that each change the number (type its last digit, delete it again),
// so every keystroke needs a full check before the underline is right. Also the main-thread
// CPU time per keystroke, as thread time from a Chromium trace (robust to a busy machine):
// the content script's own callbacks, and everything the renderer's main thread does more
// with PostGuard than without it (the same keystrokes in a browser without the extension:
// painting the underlines, messaging, the badge). And each content script's size. Numbers
// are printed, never asserted.
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { buildFixtures } from '../scripts/build-fixtures.ts';
import { EXTENSION_DIR, ROOT, launch, launchWithoutExtension } from '../tests/e2e/harness.ts';
import { DRIVERS, type SiteDriver } from '../tests/e2e/adapters-sites.ts';
import { tracePageCpu } from './page-cpu.ts';
import { stats, type BenchTable } from './table.ts';

const KEYSTROKES = 200;
const DRAFT_LENGTH = 2000;
const SENTENCE = 'The community garden opens at nine and the volunteers bring tea, cake and spare gloves for everyone. ';
const TAIL = 'Questions? call 07700 90012';
const SHORT = '07700 90012';
const LONG = '07700 900123';
/** A person typing fast still leaves ~50 ms between keys; the next key waits for the underline. */
const GAP_MS = 50;

/** Thread CPU per keystroke on the page's main thread, while `keys` runs. */
async function traced(page: Page, keys: () => Promise<void>): Promise<{ main: number; content: number }> {
  const cpu = await tracePageCpu(page, keys);
  return { main: cpu.main / KEYSTROKES, content: cpu.content / KEYSTROKES };
}

async function prepare(d: SiteDriver, page: Page): Promise<void> {
  const editor = await d.openComposer(page);
  await editor.click();
  const filler = SENTENCE.repeat(Math.ceil(DRAFT_LENGTH / SENTENCE.length)).slice(0, DRAFT_LENGTH - TAIL.length);
  await page.keyboard.insertText(filler + TAIL);
}

const keyFor = (i: number) => (i % 2 === 0 ? '3' : 'Backspace');

/**
 * The same keystrokes at a fixed pace under a trace, nothing else running in the page: run
 * with PostGuard and without it, the difference is what PostGuard adds.
 */
async function cpuPass(d: SiteDriver, page: Page, pauseMs: number): Promise<{ main: number; content: number }> {
  await prepare(d, page);
  await page.waitForTimeout(500);
  return traced(page, async () => {
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.keyboard.press(keyFor(i));
      await page.waitForTimeout(pauseMs + GAP_MS);
    }
  });
}

async function measureSite(d: SiteDriver, page: Page) {
  await prepare(d, page);
  // Main world: note each keydown's time, and at every frame whether the underline is right.
  // (A string: tsx would wrap named functions in a helper the page does not have.)
  await page.evaluate(`(() => {
    const b = (window.__bench = { keyAt: 0, expect: null, other: '', latencies: [] });
    addEventListener('keydown', (e) => (b.keyAt = e.timeStamp), true);
    const frame = () => {
      if (b.expect !== null) {
        const marked = [];
        for (const [name, hl] of CSS.highlights) if (name.startsWith('postguard-')) for (const r of hl) marked.push(r.toString());
        if (marked.includes(b.expect) && !marked.includes(b.other)) {
          b.latencies.push(performance.now() - b.keyAt);
          b.expect = null;
        }
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })()`);
  const waitFor = async (expected: string, other: string) => {
    await page.evaluate(([e, o]) => Object.assign((window as unknown as { __bench: object }).__bench, { expect: e, other: o }), [expected, other]);
  };
  await waitFor(SHORT, LONG);
  await page.waitForFunction(() => (window as unknown as { __bench: { expect: unknown } }).__bench.expect === null, null, { timeout: 15_000 });
  await page.evaluate(() => ((window as unknown as { __bench: { latencies: number[] } }).__bench.latencies = []));

  for (let i = 0; i < KEYSTROKES; i++) {
    const typing = i % 2 === 0;
    await waitFor(typing ? LONG : SHORT, typing ? SHORT : LONG);
    await page.keyboard.press(keyFor(i));
    await page.waitForFunction(() => (window as unknown as { __bench: { expect: unknown } }).__bench.expect === null, null, {
      timeout: 15_000,
      polling: 10,
    });
    await page.waitForTimeout(GAP_MS);
  }
  const latencies = await page.evaluate(() => (window as unknown as { __bench: { latencies: number[] } }).__bench.latencies);
  const text = Object.values(await page.evaluate(() => window.__editorTexts?.() ?? {})).find((t) => t.length >= DRAFT_LENGTH - 1) ?? '';
  return {
    latencies,
    draftLength: text.length,
  };
}

export default async function keystrokeBench(): Promise<BenchTable[]> {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  await buildFixtures();
  const sites: Array<[string, SiteDriver]> = [
    ['X (Draft.js)', DRIVERS.x],
    ['Facebook (Lexical)', DRIVERS.facebook],
    ['LinkedIn (Quill, shadow root)', DRIVERS['linkedin-shadow']],
    ['Instagram caption (Lexical)', DRIVERS.instagram],
  ];
  const rows: BenchTable['rows'] = [];
  const measured: Array<{ name: string; d: SiteDriver; r: Awaited<ReturnType<typeof measureSite>>; cpu?: { main: number; content: number } }> = [];
  const s = await launch();
  try {
    for (const [name, d] of sites) {
      const page = await s.openSite(d.site, d.query ?? '');
      const r = await measureSite(d, page);
      await page.close();
      // Pause as long as a key waited for its underline above, so both passes see as many frames.
      const again = await s.openSite(d.site, d.query ?? '');
      measured.push({ name, d, r, cpu: await cpuPass(d, again, stats(r.latencies).median) });
      await again.close();
    }
  } finally {
    await s.close();
  }
  const plain = await launchWithoutExtension();
  try {
    for (const { name, d, r, cpu } of measured) {
      const page = await plain.openSite(d.site, d.query ?? '');
      const without = await cpuPass(d, page, stats(r.latencies).median);
      await page.close();
      const st = stats(r.latencies);
      rows.push([name, r.draftLength, r.latencies.length, st.median, st.p95, st.max, cpu!.content, cpu!.main - without.main, without.main]);
    }
  } finally {
    await plain.close();
  }

  const sizeRows: BenchTable['rows'] = [];
  const dir = path.join(EXTENSION_DIR, 'content-scripts');
  for (const f of (await readdir(dir)).filter((f) => f.endsWith('.js')).sort()) {
    const bytes = await readFile(path.join(dir, f));
    const gz = gzipSync(bytes).length;
    sizeRows.push([f, (bytes.length / 1024).toFixed(1), (gz / 1024).toFixed(1), gz <= 150 * 1024 ? 'yes' : 'NO']);
  }

  return [
    {
      title: `Keystroke to highlight, ${KEYSTROKES} keystrokes on a ${DRAFT_LENGTH.toLocaleString('en-GB')}-character draft (ms)`,
      columns: ['composer', 'draft chars', 'keystrokes', 'median', 'p95', 'max', 'content script CPU / key', 'main thread added / key', 'site alone / key'],
      rows,
      notes: [
        'Latency: keydown → first animation frame whose underline covers the changed number (every key needs a full check in the background).',
        'Content script CPU: thread time of the content script\'s callbacks (observer, frame, message, key), from a Chromium trace.',
        'Main thread added: thread time of all renderer main-thread tasks with PostGuard minus the same keystrokes without it (includes painting the underlines, the messaging and the badge).',
        'Site alone: the same keystrokes without PostGuard, for scale (the editor library and the fixture page).',
        `CPU passes: keys ${GAP_MS} ms + the median latency apart, no measuring script in the page.`,
      ],
    },
    {
      title: 'Content scripts (budget 150 KB gzipped each)',
      columns: ['file', 'KB', 'KB gzipped', 'within budget'],
      rows: sizeRows,
    },
  ];
}

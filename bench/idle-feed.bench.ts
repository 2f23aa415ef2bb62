// What PostGuard costs a page full of composers nobody uses: Instagram's home feed streaming
// 200 posts, each with its own comment textarea, in real Chromium with the built extension.
// Reported: the checkDraft messages the content script sent, the composers it took on (badge
// hosts in the page), and the main-thread CPU time of its callbacks while the feed streamed,
// against the same stream without the extension. Then one comment box is used, to show the
// cost arrives with the user, for that box alone. Numbers are printed, never asserted.
import { execFileSync } from 'node:child_process';
import { buildFixtures } from '../scripts/build-fixtures.ts';
import { ROOT, launch, launchWithoutExtension } from '../tests/e2e/harness.ts';
import { badgeCount, countCheckDrafts, openFeed, streamFeed, typeFast } from '../tests/e2e/adapters-sites.ts';
import { tracePageCpu } from './page-cpu.ts';
import type { BenchTable } from './table.ts';

const POSTS = 200;
const RUNS = 3;

export default async function idleFeedBench(): Promise<BenchTable[]> {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  await buildFixtures();
  const rows: BenchTable['rows'] = [];

  const plainMain: number[] = [];
  const plain = await launchWithoutExtension();
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await openFeed(plain, POSTS);
      plainMain.push((await tracePageCpu(page, () => streamFeed(page, POSTS))).main);
      await page.close();
    }
  } finally {
    await plain.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

  const s = await launch();
  try {
    const runs: Array<{ messages: number; badges: number; content: number; main: number }> = [];
    let used: { messages: number; badges: number } | null = null;
    for (let i = 0; i < RUNS; i++) {
      const page = await openFeed(s, POSTS);
      await page.waitForTimeout(500); // the content script has started and scanned the page
      const checks = await countCheckDrafts(s);
      const cpu = await tracePageCpu(page, async () => {
        await streamFeed(page, POSTS);
        await page.waitForTimeout(500); // the last sweep and any checks it started
      });
      runs.push({ messages: await checks(), badges: await badgeCount(page), ...cpu });
      if (i === RUNS - 1) {
        // The user comments on one post: that box, and only that one, is checked.
        const before = await checks();
        await page.locator('[data-fixture-feed-post="150"] textarea').click();
        await typeFast(page, 'Lovely photo');
        await page.waitForTimeout(500);
        used = { messages: (await checks()) - before, badges: await badgeCount(page) };
      }
      await page.close();
    }
    const r = {
      messages: median(runs.map((x) => x.messages)),
      badges: median(runs.map((x) => x.badges)),
      content: median(runs.map((x) => x.content)),
      main: median(runs.map((x) => x.main)),
    };
    const site = median(plainMain);
    rows.push([`idle feed, ${POSTS} posts streamed`, r.messages, r.badges, r.content, r.content / POSTS, r.main - site, site]);
    if (used) rows.push(['then one comment typed (12 keys)', used.messages, used.badges, '', '', '', '']);
  } finally {
    await s.close();
  }

  return [
    {
      title: `Idle composers: Instagram feed streaming ${POSTS} posts with a comment box each (median of ${RUNS})`,
      columns: ['case', 'checkDraft messages', 'composers held', 'content script CPU (ms)', 'per post (ms)', 'main thread added (ms)', 'site alone (ms)'],
      rows,
      notes: [
        'checkDraft messages: counted by a listener in the background while the feed streamed and for 500 ms after.',
        'Composers held: PostGuard badge hosts in the page (one per composer session).',
        'Content script CPU: thread time of the content script\'s callbacks, from a Chromium trace of the whole stream.',
        'Main thread added: all renderer main-thread task time with PostGuard minus the same stream without it (noisy on a busy machine).',
      ],
    },
  ];
}

// Main-thread CPU time of a page while something happens in it, from a Chromium trace: thread
// time, so a busy machine inflates it far less than wall time. Shared by the benches that ask
// what PostGuard's content script costs the page (keystroke, idle-feed).
import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

export interface PageCpu {
  /** Every task the renderer's main thread ran (ms). */
  main: number;
  /** The content scripts' own callbacks: observers, frames, messages, listeners (ms). */
  content: number;
}

/** Runs `during` under a trace and returns the page's main-thread CPU time in all, in ms. */
export async function tracePageCpu(page: Page, during: () => Promise<void>): Promise<PageCpu> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] },
    transferMode: 'ReportEvents',
  } as never);
  await during();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  // The page's main thread is the one running its script.
  const calls = new Map<string, number>();
  for (const e of events) if (e.name === 'FunctionCall') calls.set(`${e.pid}:${e.tid}`, (calls.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...calls].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main);
  const ms = (list: TraceEvent[]) => list.reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000;
  return {
    main: ms(onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask')),
    content: ms(onMain.filter((e) => e.name === 'FunctionCall' && e.args?.data?.url?.includes('/content-scripts/'))),
  };
}

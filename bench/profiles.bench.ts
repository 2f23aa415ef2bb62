// The profile service's cost where users feel it: the per-draft-check lookup (active profile
// + account classification), a worker waking up cold, and preview/install of profiles of
// growing size from a real HTTP server on 127.0.0.1. The extension APIs are WXT's fake
// browser (in-memory storage), so storage times here are lower than Chromium's.
import { fakeBrowser } from '@webext-core/fake-browser';
import { stats, type BenchTable } from './table.ts';

type G = { browser?: unknown; chrome?: unknown };
(globalThis as G).browser = fakeBrowser;
(globalThis as G).chrome = fakeBrowser;

function profileOfSize(bytes: number) {
  const accounts: Array<{ platform: string; handle: string }> = [{ platform: 'x', handle: 'AcmeCouncil' }];
  const base = {
    schemaVersion: 1,
    id: 'acme-council',
    name: 'Acme Council social media policy',
    version: '1',
    extends: 'default',
    organisation: { names: ['Acme Council'], domains: ['acme.gov.uk'] },
    accounts,
    periods: [{ id: 'pre-election', kind: 'pre-election', from: '2027-03-25', to: '2027-05-06' }],
    rules: [],
  };
  let length = JSON.stringify(base).length;
  while (length < bytes) {
    const a = { platform: 'facebook', handle: `Acme Service ${accounts.length}` };
    accounts.push(a);
    length += JSON.stringify(a).length + 1;
  }
  return base;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}

export default async function profilesBench(): Promise<BenchTable[]> {
  // Imported after the fake browser is global: `wxt/browser` reads it at import time.
  const { startProfileServer, serveJson } = await import('../tests/unit/profiles/profile-server.ts');
  const service = await import('../entrypoints/background/profile-service.ts');
  const { activeProfile, classifyAccount } = await import('../entrypoints/background/profile.ts');
  const { dropProfileCache } = await import('../entrypoints/background/profile-store.ts');
  const { dropAccountCache } = await import('../entrypoints/background/accounts.ts');

  const server = await startProfileServer();
  // The largest a profile may list is 5,000 accounts (LIMITS.accounts): about 265 KB of them.
  const sizes = [10 * 1024, 100 * 1024, 250 * 1024];
  const pipeline: BenchTable['rows'] = [];
  const lookup: BenchTable['rows'] = [];
  try {
    for (const size of sizes) {
      const doc = profileOfSize(size);
      const body = JSON.stringify(doc);
      server.route('/p.json', serveJson(body));
      const previews: number[] = [];
      const installs: number[] = [];
      const cold: number[] = [];
      for (let i = 0; i < 15; i++) {
        fakeBrowser.reset();
        dropProfileCache();
        dropAccountCache();
        service.dropPreviews();
        const [tp, preview] = await time(() => service.previewProfile(server.url('/p.json')));
        if (!preview.ok) throw new Error(preview.error.message);
        const [ti, installed] = await time(() => service.installProfile(preview.value.url, preview.value.sha256));
        if (!installed.ok) throw new Error(installed.error.message);
        dropProfileCache();
        const [tc] = await time(() => activeProfile());
        previews.push(tp);
        installs.push(ti);
        cold.push(tc);
      }
      const label = `${Math.round(body.length / 1024)} KB, ${doc.accounts.length} accounts`;
      pipeline.push(
        [label, 'preview: fetch + parse + schema + compile + self-test', stats(previews).median, stats(previews).p95],
        [label, 'install after preview: store + history + recheck', stats(installs).median, stats(installs).p95],
        [label, 'cold worker: first activeProfile() from storage', stats(cold).median, stats(cold).p95],
      );

      // The per-check path: memory only once warm.
      const profile = await activeProfile();
      const handles = ['AcmeCouncil', 'jo_bloggs', `Acme Service ${doc.accounts.length - 1}`];
      for (const h of handles) await classifyAccount(profile, 'x', h);
      const samples: number[] = [];
      for (let i = 0; i < 5_000; i++) {
        const t0 = performance.now();
        const p = await activeProfile();
        await classifyAccount(p, i % 2 ? 'x' : 'facebook', handles[i % handles.length]!);
        samples.push((performance.now() - t0) * 1000);
      }
      const st = stats(samples);
      lookup.push([label, st.median, st.p95, st.p99]);
    }

    // How quickly an oversized answer is cut off (the limit applies while streaming).
    server.route('/endless.json', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed) if (!res.write(chunk)) return void res.once('drain', pump);
      };
      pump();
    });
    const refusals: number[] = [];
    for (let i = 0; i < 10; i++) refusals.push((await time(() => service.previewProfile(server.url('/endless.json'))))[0]);
    pipeline.push(['endless stream', 'refused at the 1 MB limit', stats(refusals).median, stats(refusals).p95]);
  } finally {
    await server.close();
  }

  return [
    {
      title: 'Profile preview, install and cold load (ms)',
      columns: ['profile file', 'step', 'median ms', 'p95 ms'],
      rows: pipeline,
      notes: ['15 runs per size; HTTP over 127.0.0.1; in-memory fake storage (Chromium storage.local is slower).'],
    },
    {
      title: 'Per draft check: activeProfile() + classifyAccount(), warm worker (µs)',
      columns: ['profile file', 'median µs', 'p95 µs', 'p99 µs'],
      rows: lookup,
      notes: ['5,000 calls, alternating platforms and a named, an unnamed and the last-listed account.'],
    },
  ];
}

// The profile service's cost where users feel it: the per-draft-check lookup (active profile
// + account classification), a worker waking up cold, preview/install of profiles from a
// real HTTP server on 127.0.0.1 by how many accounts they name (up to LIMITS.accounts, and
// the same number with names, just under LIMITS.profileBytes), and what the options page
// is sent. The extension APIs are WXT's fake browser (in-memory storage), so storage times
// here are lower than Chromium's.
import { fakeBrowser } from '@webext-core/fake-browser';
import { LIMITS } from '../rules/profile-schema.ts';
import { stats, type BenchTable } from './table.ts';

type G = { browser?: unknown; chrome?: unknown };
(globalThis as G).browser = fakeBrowser;
(globalThis as G).chrome = fakeBrowser;

interface Account {
  platform: string;
  handle: string;
  name?: string;
}

/** A profile naming `count` accounts (the first is @AcmeCouncil on X), each with a `name` of `nameLength` if given. */
function profileWithAccounts(count: number, nameLength = 0) {
  const accounts: Account[] = Array.from({ length: count }, (_, i) =>
    i === 0 ? { platform: 'x', handle: 'AcmeCouncil' } : { platform: 'facebook', handle: `Acme Service ${i}` },
  );
  if (nameLength > 0) {
    for (const a of accounts) a.name = `${a.handle}, Acme Council `.padEnd(nameLength, 'Neighbourhood team ').slice(0, nameLength);
  }
  return {
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
}

/** The most accounts the schema allows, each with the longest name that keeps the file under the byte cap. */
function largestNamedProfile() {
  const bytes = (n: number) => Buffer.byteLength(JSON.stringify(profileWithAccounts(LIMITS.accounts, n)));
  let lo = 1;
  let hi = 200; // the schema's limit for an account's name
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (bytes(mid) <= LIMITS.profileBytes) lo = mid;
    else hi = mid - 1;
  }
  return profileWithAccounts(LIMITS.accounts, lo);
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
  const { activeProfile, classifyAccount, profileHandlers } = await import('../entrypoints/background/profile.ts');
  const { dropProfileCache } = await import('../entrypoints/background/profile-store.ts');
  const { dropAccountCache } = await import('../entrypoints/background/accounts.ts');

  const server = await startProfileServer();
  const cases = [
    { doc: profileWithAccounts(1), what: '' },
    { doc: profileWithAccounts(500), what: '' },
    { doc: profileWithAccounts(LIMITS.accounts), what: ' (the most allowed)' },
    { doc: largestNamedProfile(), what: ', named, just under the byte cap' },
  ];
  const pipeline: BenchTable['rows'] = [];
  const lookup: BenchTable['rows'] = [];
  const options: BenchTable['rows'] = [];
  try {
    for (const { doc, what } of cases) {
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
      const n = doc.accounts.length;
      const label = `${n.toLocaleString('en-GB')} account${n === 1 ? '' : 's'}${what}: ${Buffer.byteLength(body).toLocaleString('en-GB')} bytes`;
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

      // What the options page is sent: the details (with the summary) and the account list,
      // after the lookups above saw three handles on two platforms; the list is re-sent on
      // every account seen. The first call waits for the queued "seen" writes; time the next.
      await profileHandlers.listAccounts(undefined);
      const [td, details] = await time(() => profileHandlers.getProfileDetails(undefined));
      const [tl, list] = await time(() => profileHandlers.listAccounts(undefined));
      options.push([
        label,
        Buffer.byteLength(JSON.stringify(details)),
        td,
        list.length,
        Buffer.byteLength(JSON.stringify(list)),
        tl,
      ]);
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
      notes: ['15 runs per profile; HTTP over 127.0.0.1; in-memory fake storage (Chromium storage.local is slower).'],
    },
    {
      title: 'Per draft check: activeProfile() + classifyAccount(), warm worker (µs)',
      columns: ['profile file', 'median µs', 'p95 µs', 'p99 µs'],
      rows: lookup,
      notes: ['5,000 calls, alternating platforms and a named, an unnamed and the last-listed account.'],
    },
    {
      title: 'What the options page is sent (one call each, warm worker)',
      columns: ['profile file', 'details bytes', 'details ms', 'accounts listed', 'account list bytes', 'list ms'],
      rows: options,
      notes: [
        'The summary names the first 20 corporate accounts and counts the rest; the list holds the accounts seen or classified (here 3 handles on 2 platforms), not every account the profile names.',
      ],
    },
  ];
}

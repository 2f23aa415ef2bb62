// The options page as a user drives it, wired to the real background service in-process
// (its handlers called directly: the fake browser's messaging cannot carry @webext-core's
// callbacks) and a real HTTP server on 127.0.0.1. What stands in for the browser is only
// its permission store and the person answering its prompt.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/options/app.tsx';
import { ProfileCard } from '../../../components/profile-card.tsx';
import { OptionsEnvContext, browserEnv, type OptionsEnv } from '../../../entrypoints/options/options-env.ts';
import { useOptionsStore } from '../../../entrypoints/options/store.ts';
import { classify } from '../../../entrypoints/background/accounts.ts';
import { profileHandlers } from '../../../entrypoints/background/profile.ts';
import { checkForUpdate, syncManagedProfile } from '../../../entrypoints/background/profile-service.ts';
import { activeProfile } from '../../../entrypoints/background/profile.ts';
import { acmeProfile, otherProfile } from './sample-profiles.ts';
import { restartWorker } from './background-state.ts';
import { serveJson, startProfileServer, type ProfileServer } from './profile-server.ts';

let server: ProfileServer;
beforeAll(async () => {
  server = await startProfileServer();
});
afterAll(() => server.close());

/** The browser's host permissions, and what the user answers when it asks. */
const permissions = { granted: new Set<string>(), answer: true, asked: [] as string[] };

beforeEach(() => {
  restartWorker();
  useOptionsStore.setState(useOptionsStore.getInitialState());
  permissions.granted.clear();
  permissions.answer = true;
  permissions.asked = [];
  const api = fakeBrowser.permissions as unknown as Record<string, unknown>;
  api.contains = async ({ origins }: { origins: string[] }) => origins.every((o) => permissions.granted.has(o));
  api.request = async ({ origins }: { origins: string[] }) => {
    permissions.asked.push(...origins);
    if (permissions.answer) origins.forEach((o) => permissions.granted.add(o));
    return permissions.answer;
  };
  api.remove = async ({ origins }: { origins: string[] }) => {
    const had = origins.every((o) => permissions.granted.has(o));
    origins.forEach((o) => permissions.granted.delete(o));
    return had;
  };
  server.route('/acme.json', serveJson(acmeProfile('2027.1')));
  history.replaceState(null, '', '/options.html');
  releases = [];
});
afterEach(() => cleanup());

/** Every releasePreview the page sent, to wait for (a permission kept is seen only after). */
let releases: Array<Promise<void>> = [];
const env: OptionsEnv = {
  ...browserEnv,
  client: {
    ...profileHandlers,
    releasePreview: (d) => {
      const done = profileHandlers.releasePreview(d);
      releases.push(done);
      return done;
    },
  },
};

function renderPage() {
  return render(
    <OptionsEnvContext.Provider value={env}>
      <App />
    </OptionsEnvContext.Provider>,
  );
}

async function previewAndInstall(user: ReturnType<typeof userEvent.setup>, url: string) {
  await user.type(screen.getByLabelText('Profile address'), url);
  await user.click(screen.getByRole('button', { name: 'Preview' }));
  await user.click(await screen.findByRole('button', { name: 'Install this profile' }));
  await screen.findByText(/^Installed .* version /);
}

describe('install by URL', () => {
  test('paste, preview the summary, install with one click', async () => {
    const user = userEvent.setup();
    renderPage();
    expect(await screen.findByText('Built into PostGuard')).toBeTruthy();

    await user.type(screen.getByLabelText('Profile address'), server.url('/acme.json'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = await screen.findByRole('region', { name: 'Check this profile before installing it' });
    expect(permissions.asked).toEqual(['http://127.0.0.1/*']);
    const p = within(preview);
    expect(p.getByText('Acme Council social media policy')).toBeTruthy();
    expect(p.getByText('version 2027.1')).toBeTruthy();
    expect(p.getByText('Acme Council, Acme CC')).toBeTruthy();
    expect(p.getByText('X @AcmeCouncil')).toBeTruthy();
    expect(p.getByText('Pre-election period active now')).toBeTruthy();
    expect(p.getByText('23:00–06:00')).toBeTruthy();
    // Nothing has changed yet.
    expect((await activeProfile()).id).toBe('default');

    await user.click(p.getByRole('button', { name: 'Install this profile' }));
    expect(await screen.findByText('Installed Acme Council social media policy version 2027.1. Open posts are being checked again under it.')).toBeTruthy();
    expect((await activeProfile()).id).toBe('acme-council');
    const active = screen.getByRole('region', { name: 'Active profile' });
    await waitFor(() => expect(within(active).getByText(server.url('/acme.json'))).toBeTruthy());
    const history = screen.getByRole('region', { name: 'Version history' });
    expect(within(history).getByText('Installed by you')).toBeTruthy();
    // The address field is cleared for the next one.
    expect((screen.getByLabelText('Profile address') as HTMLInputElement).value).toBe('');
  });

  test('a refused profile shows what is wrong, by path, and the current profile stays', async () => {
    const user = userEvent.setup();
    server.route('/broken.json', serveJson({ ...acmeProfile('2'), version: '', accounts: [{ platform: 'x' }] }));
    renderPage();
    await user.type(screen.getByLabelText('Profile address'), server.url('/broken.json'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not installed. Your current profile is unchanged.');
    const problems = within(alert).getByRole('list', { name: 'Problems in the profile' });
    expect(problems.textContent).toMatch(/version/);
    expect(problems.textContent).toMatch(/accounts(\[0\]|\.0)\.handle/);
    expect(screen.queryByRole('button', { name: 'Install this profile' })).toBeNull();
  });

  test('the server answering 404 is said in those words', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByLabelText('Profile address'), server.url('/nope.json'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect((await screen.findByRole('alert')).textContent).toContain('the server answered 404 (Not Found)');
  });

  test('an address that is not https is refused before anything is asked or fetched', async () => {
    const user = userEvent.setup();
    renderPage();
    const before = server.requests.length;
    await user.type(screen.getByLabelText('Profile address'), 'http://intranet.example.org/profile.json');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect((await screen.findByRole('alert')).textContent).toContain('PostGuard only installs profiles over https://');
    expect(permissions.asked).toEqual([]);
    expect(server.requests.length).toBe(before);
  });
});

describe('the permission Preview asks for', () => {
  const ORIGIN = 'http://127.0.0.1/*';

  test('is given back when the user cancels the preview', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByLabelText('Profile address'), server.url('/acme.json'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = await screen.findByRole('region', { name: 'Check this profile before installing it' });
    expect(permissions.granted.has(ORIGIN)).toBe(true);
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(permissions.granted.has(ORIGIN)).toBe(false));
    expect((await activeProfile()).id).toBe('default');
  });

  test('is given back when the preview fails', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByLabelText('Profile address'), server.url('/nope.json'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('alert');
    expect(permissions.asked).toEqual([ORIGIN]);
    await waitFor(() => expect(permissions.granted.has(ORIGIN)).toBe(false));
  });

  test('is given back when the user edits the address after a preview', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByLabelText('Profile address'), server.url('/acme.json'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('region', { name: 'Check this profile before installing it' });
    await user.type(screen.getByLabelText('Profile address'), '?v=2');
    await waitFor(() => expect(permissions.granted.has(ORIGIN)).toBe(false));
  });

  test('is kept when the profile in force comes from the same site', async () => {
    server.route('/hart.json', serveJson(otherProfile('1')));
    const user = userEvent.setup();
    renderPage();
    await previewAndInstall(user, server.url('/acme.json'));
    await user.type(screen.getByLabelText('Profile address'), server.url('/hart.json'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = await screen.findByRole('region', { name: 'Check this profile before installing it' });
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    await user.type(screen.getByLabelText('Profile address'), server.url('/nope.json'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('alert');
    await waitFor(() => expect(releases).toHaveLength(2)); // the cancel and the failure
    await Promise.all(releases);
    expect(permissions.granted.has(ORIGIN)).toBe(true);
    // …and the installed profile still updates from there.
    await user.click(screen.getByRole('button', { name: 'Check for updates now' }));
    expect(await screen.findByText('Checked: Acme Council social media policy version 2027.1 is up to date.')).toBeTruthy();
  });
});

describe('install links (options.html#install=…)', () => {
  test('with the permission already granted, the page opens with the address filled in and the summary shown', async () => {
    permissions.granted.add('http://127.0.0.1/*');
    history.replaceState(null, '', `/options.html#install=${encodeURIComponent(server.url('/acme.json'))}`);
    renderPage();
    const preview = await screen.findByRole('region', { name: 'Check this profile before installing it' });
    expect(within(preview).getByText('Pre-election period active now')).toBeTruthy();
    expect((screen.getByLabelText('Profile address') as HTMLInputElement).value).toBe(server.url('/acme.json'));
    expect(permissions.asked).toEqual([]); // no prompt without a click
  });

  test('without the permission, one click asks for it and shows the summary', async () => {
    // As in Chromium: without the host permission the extension cannot read the reply;
    // once granted it can. The route plays that part of the browser.
    server.route('/private.json', (req, res) => {
      if (permissions.granted.has('http://127.0.0.1/*')) return serveJson(acmeProfile('2027.1'))(req, res);
      req.socket.destroy();
    });
    const user = userEvent.setup();
    history.replaceState(null, '', `/options.html#install=${encodeURIComponent(server.url('/private.json'))}`);
    renderPage();
    const ask = await screen.findByRole('button', { name: 'Allow and show the profile' });
    expect(screen.getByText(/needs your permission to read files from/).textContent).toContain(new URL(server.origin).host);
    await user.click(ask);
    expect(permissions.asked).toEqual(['http://127.0.0.1/*']);
    expect(await screen.findByRole('region', { name: 'Check this profile before installing it' })).toBeTruthy();
  });
});

describe('the active profile', () => {
  test('a failed update is shown with its time, and the profile stays in force', async () => {
    const user = userEvent.setup();
    renderPage();
    await previewAndInstall(user, server.url('/acme.json'));
    server.route('/acme.json', serveJson('{"schemaVersion": 1,'));
    await user.click(screen.getByRole('button', { name: 'Check for updates now' }));
    const active = screen.getByRole('region', { name: 'Active profile' });
    const alert = await within(active).findByRole('alert');
    expect(alert.textContent).toMatch(/^The last update failed \(.+\)\. Acme Council social media policy version 2027\.1 is still in force\./);
    expect(alert.textContent).toContain('this file is not valid JSON');
    expect(screen.getByText(/^The check failed: this file is not valid JSON/)).toBeTruthy();
  });

  test('an update that failed in the background is there when the page opens', async () => {
    const user = userEvent.setup();
    const { unmount } = renderPage();
    await previewAndInstall(user, server.url('/acme.json'));
    unmount();
    server.route('/acme.json', serveJson('gone', { status: 410 }));
    await checkForUpdate();
    renderPage();
    const alert = await within(screen.getByRole('region', { name: 'Active profile' })).findByRole('alert');
    expect(alert.textContent).toContain('the server answered 410 (Gone)');
  });

  test('remove asks first, then goes back to the default', async () => {
    const user = userEvent.setup();
    renderPage();
    await previewAndInstall(user, server.url('/acme.json'));
    await user.click(screen.getByRole('button', { name: 'Remove profile…' }));
    await user.click(within(screen.getByRole('group', { name: 'Confirm removal' })).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Profile removed: PostGuard is using its built-in default.')).toBeTruthy();
    expect(await screen.findByText('Built into PostGuard')).toBeTruthy();
    expect((await activeProfile()).id).toBe('default');
  });
});

describe('managed by the organisation', () => {
  test('locked: the page says so and offers no way to change or remove it', async () => {
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/acme.json'), lockProfile: true });
    await syncManagedProfile();
    renderPage();
    const notice = await screen.findByRole('region', { name: 'Managed by your organisation' });
    expect(notice.textContent).toContain('locked');
    expect(within(screen.getByRole('region', { name: 'Active profile' })).getByText('Managed by your organisation')).toBeTruthy();
    expect(screen.queryByLabelText('Profile address')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove profile…' })).toBeNull();
    expect(screen.getByText(/has locked PostGuard’s profile, so no other profile can be installed/)).toBeTruthy();
  });

  test('locked, and its server unreadable without the host permission: one click in the notice asks for it and installs it', async () => {
    // A plain intranet file server (no CORS headers): as in Chromium, the extension cannot
    // read it until the user grants its origin. IT's profile is fetched with no click, so
    // no prompt could be shown; the route plays the browser's part.
    server.route('/private.json', (req, res) => {
      if (permissions.granted.has('http://127.0.0.1/*')) return serveJson(acmeProfile('2027.1'))(req, res);
      req.socket.destroy();
    });
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/private.json'), lockProfile: true });
    expect(await syncManagedProfile()).toBe(false);

    // The popup does not claim the profile in force is IT's.
    const popupStatus = await profileHandlers.getProfileStatus(undefined);
    const popup = render(<ProfileCard status={popupStatus} error={null} onOpenOptions={() => undefined} />);
    expect(popup.container.textContent).not.toContain('Set by your IT team');
    expect(within(popup.container).getByText('Locked by your IT team, whose profile is not installed yet')).toBeTruthy();
    expect(within(popup.container).getByRole('status').textContent).toMatch(
      /^Your organisation’s profile could not be installed \(.+\): could not install your organisation's profile from 127\.0\.0\.1:\d+: .*PostGuard does not have permission to read 127\.0\.0\.1:\d+/,
    );
    popup.unmount();

    const user = userEvent.setup();
    renderPage();
    const notice = await screen.findByRole('region', { name: 'Managed by your organisation' });
    expect(notice.textContent).toContain('It is not installed yet: until it is, the profile below stays in force.');
    // Locked: the install form and "Use your organisation's profile" are not there to help.
    expect(screen.queryByLabelText('Profile address')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Use your organisation’s profile' })).toBeNull();
    const active = screen.getByRole('region', { name: 'Active profile' });
    expect(within(active).queryByText('Managed by your organisation')).toBeNull();
    expect(within(active).getByRole('alert').textContent).toMatch(/^Your organisation’s profile could not be installed \(.+\)\. PostGuard default policy version 1 is still in force\./);

    const host = new URL(server.origin).host;
    await user.click(within(notice).getByRole('button', { name: `Allow PostGuard to read ${host}` }));
    expect(permissions.asked).toEqual(['http://127.0.0.1/*']);
    expect(await screen.findByText('Installed your organisation’s profile: Acme Council social media policy version 2027.1.')).toBeTruthy();
    expect((await activeProfile()).id).toBe('acme-council');
    await waitFor(() => expect(within(active).getByText('Managed by your organisation')).toBeTruthy());
    expect(within(active).queryByRole('alert')).toBeNull();
    expect(within(notice).queryByRole('button', { name: /^Allow PostGuard/ })).toBeNull();
    expect(await profileHandlers.getProfileStatus(undefined)).toMatchObject({ managed: true, locked: true, lastError: null });
  });

  test('locked and unreadable: if the user refuses the permission, the page says so and nothing changes', async () => {
    server.route('/private.json', (req, res) => {
      if (permissions.granted.has('http://127.0.0.1/*')) return serveJson(acmeProfile('2027.1'))(req, res);
      req.socket.destroy();
    });
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/private.json'), lockProfile: true });
    await syncManagedProfile();
    permissions.answer = false;
    const user = userEvent.setup();
    renderPage();
    const host = new URL(server.origin).host;
    await user.click(await screen.findByRole('button', { name: `Allow PostGuard to read ${host}` }));
    expect(
      await screen.findByText(`PostGuard was not allowed to read ${host}, so the profile could not be fetched. Click the button again and choose Allow.`),
    ).toBeTruthy();
    expect((await activeProfile()).id).toBe('default');
    expect(screen.getByRole('button', { name: `Allow PostGuard to read ${host}` })).toBeTruthy();
  });

  test('unlocked and replaced: one click offers the organisation’s profile again', async () => {
    server.route('/hart.json', serveJson(otherProfile('1')));
    await fakeBrowser.storage.managed.set({ profileUrl: server.url('/acme.json') });
    await syncManagedProfile();
    const user = userEvent.setup();
    renderPage();
    await previewAndInstall(user, server.url('/hart.json'));
    await user.click(await screen.findByRole('button', { name: 'Use your organisation’s profile' }));
    const preview = await screen.findByRole('region', { name: 'Check this profile before installing it' });
    expect(within(preview).getByText('Acme Council social media policy')).toBeTruthy();
  });
});

describe('accounts', () => {
  test('lists the accounts seen per platform; the user marks one corporate; profile-named ones cannot be changed', async () => {
    const user = userEvent.setup();
    renderPage();
    await previewAndInstall(user, server.url('/acme.json'));
    const profile = await activeProfile();
    await classify(profile, 'x', 'AcmeCouncil');
    await classify(profile, 'x', 'AcmeLibraries');
    await classify(profile, 'linkedin', 'Jo Bloggs');

    const section = screen.getByRole('region', { name: 'Accounts' });
    const x = await within(section).findByRole('region', { name: 'X' });
    await waitFor(() => expect(within(x).getAllByRole('listitem')).toHaveLength(2));
    expect(within(section).getByRole('region', { name: 'LinkedIn' })).toBeTruthy();

    const council = x.querySelector('[data-account="x:AcmeCouncil"]') as HTMLElement;
    expect(council.querySelector('.pill')?.textContent).toBe('Corporate');
    expect(council.textContent).toContain("named in your organisation's profile");
    const personal = within(council).getByRole('radio', { name: 'Personal' });
    expect((personal.closest('fieldset') as HTMLFieldSetElement).disabled).toBe(true);
    await user.click(personal);
    expect(await classify(profile, 'x', 'AcmeCouncil')).toEqual({ kind: 'corporate', source: 'profile' });

    const libraries = x.querySelector('[data-account="x:AcmeLibraries"]') as HTMLElement;
    expect(libraries.querySelector('.pill')?.textContent).toBe('Personal');
    expect(libraries.textContent).toContain('treated as personal');
    await user.click(within(libraries).getByRole('radio', { name: 'Corporate' }));
    await waitFor(() => expect(libraries.textContent).toContain('your choice'));
    expect(libraries.querySelector('.pill')?.textContent).toBe('Corporate');
    expect(await classify(profile, 'x', 'AcmeLibraries')).toEqual({ kind: 'corporate', source: 'user' });

    await user.click(within(libraries).getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(libraries.textContent).toContain('treated as personal'));
    expect(await classify(profile, 'x', 'AcmeLibraries')).toEqual({ kind: 'personal', source: 'default' });
  });

  test('a profile naming 5,000 accounts: the preview counts them, the list shows only the accounts seen', async () => {
    const accounts = [
      { platform: 'x', handle: 'AcmeCouncil' },
      ...Array.from({ length: 4_999 }, (_, i) => ({ platform: 'facebook', handle: `Acme Service ${i}` })),
    ];
    server.route('/big.json', serveJson({ ...acmeProfile('2027.1'), accounts }));
    // Count what the page asks the background for: the summary must not come again per account seen.
    const asked = { details: 0, accounts: 0 };
    const counting: OptionsEnv = {
      ...env,
      client: {
        ...profileHandlers,
        getProfileDetails: (d) => (asked.details++, profileHandlers.getProfileDetails(d)),
        listAccounts: (d) => (asked.accounts++, profileHandlers.listAccounts(d)),
      },
    };
    const user = userEvent.setup();
    render(
      <OptionsEnvContext.Provider value={counting}>
        <App />
      </OptionsEnvContext.Provider>,
    );
    await user.type(screen.getByLabelText('Profile address'), server.url('/big.json'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = await screen.findByRole('region', { name: 'Check this profile before installing it' });
    expect(within(within(preview).getByRole('list', { name: 'Corporate accounts' })).getAllByRole('listitem')).toHaveLength(20);
    expect(within(preview).getByText(/^5,000 accounts:/)).toBeTruthy();
    expect(within(preview).getByText('and 4,980 more')).toBeTruthy();
    await user.click(within(preview).getByRole('button', { name: 'Install this profile' }));
    await screen.findByText(/^Installed .* version /);

    const section = screen.getByRole('region', { name: 'Accounts' });
    expect(await within(section).findByText(/No accounts yet/)).toBeTruthy();
    const profile = await activeProfile();
    await waitFor(() => expect(asked.details).toBeGreaterThan(0));
    const detailsBefore = asked.details;
    await classify(profile, 'x', 'AcmeCouncil');
    await classify(profile, 'facebook', 'Jo Bloggs');
    await waitFor(() => expect(section.querySelectorAll('[data-account]')).toHaveLength(2));
    expect(section.querySelector('[data-account="x:AcmeCouncil"]')!.textContent).toContain("named in your organisation's profile");
    expect(section.querySelector('[data-account="facebook:Jo Bloggs"]')!.textContent).toContain('treated as personal');
    expect(asked.details).toBe(detailsBefore);
  });

  test('no accounts yet says what to do', async () => {
    renderPage();
    expect(await screen.findByText(/No accounts yet\. Open a post composer/)).toBeTruthy();
  });
});

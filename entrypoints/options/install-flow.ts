// The steps of installing a profile from the options page. The host permission is asked
// for inside the user's click (the browser shows its prompt only during a user gesture),
// before anything is awaited; the background does the fetching and all the checking.
import { parseProfileUrl, ProfileUrlError } from '../../lib/profile-url.ts';
import type { ProfilePreview } from '../../lib/protocol/profile.ts';
import type { OptionsEnv } from './options-env.ts';
import { useOptionsStore } from './store.ts';

const store = () => useOptionsStore.getState();

function parseOrFail(url: string) {
  try {
    return parseProfileUrl(url);
  } catch (e) {
    const message = e instanceof ProfileUrlError ? e.message : String(e);
    store().setInstall({ step: 'failed', error: { message, problems: [] } });
    return null;
  }
}

/** The user clicked Preview (or "Allow and show the profile"). */
export function previewFromClick(env: OptionsEnv, url: string): Promise<void> {
  const parsed = parseOrFail(url);
  if (!parsed) return Promise.resolve();
  // First thing in the click: a prompt asked for after an await would be refused.
  const asked = env.requestOrigin(parsed.permissionPattern).catch(() => false);
  store().setInstall({ step: 'checking' });
  return asked.then(() => runPreview(env, url, parsed.host));
}

/**
 * Opened from a link (`options.html#install=…`): show the summary straight away. Without a
 * click there can be no permission prompt, so this works when the permission was granted
 * before or the server allows cross-origin reads; otherwise one click asks for it.
 */
export async function previewFromLink(env: OptionsEnv, url: string): Promise<void> {
  store().setUrl(url);
  const parsed = parseOrFail(url);
  if (!parsed) return;
  store().setInstall({ step: 'checking' });
  await runPreview(env, url, parsed.host);
}

async function runPreview(env: OptionsEnv, url: string, host: string): Promise<void> {
  try {
    const r = await env.client.previewProfile({ url });
    if (store().url.trim() !== url.trim()) {
      release(env, url); // the user has moved on to another address
      return;
    }
    if (r.ok) store().setInstall({ step: 'preview', preview: r.value });
    else if (r.error.needsPermission) store().setInstall({ step: 'needs-permission', host });
    else {
      store().setInstall({ step: 'failed', error: r.error });
      release(env, url);
    }
  } catch (e) {
    store().setInstall({ step: 'failed', error: { message: `PostGuard could not check the profile: ${(e as Error).message}`, problems: [] } });
    release(env, url);
  }
}

/**
 * A preview that will not be installed: the background forgets it and gives back the host
 * permission Preview asked for (unless a profile in use comes from that site).
 */
function release(env: OptionsEnv, url: string): void {
  void env.client.releasePreview({ url }).catch(() => undefined);
}

/** The user clicked Cancel on the summary. */
export function cancelPreview(env: OptionsEnv): void {
  const { install } = store();
  if (install.step === 'preview') release(env, install.preview.url);
  store().setInstall({ step: 'idle' });
}

/** The user edited the address: a summary of the old one is dropped, and so is its permission. */
export function changeUrl(env: OptionsEnv, url: string): void {
  const { install } = store();
  if (install.step === 'preview' && url.trim() !== store().url.trim()) release(env, install.preview.url);
  store().setUrl(url);
}

/** The user clicked Install on the summary they were shown. */
export function installPreviewed(env: OptionsEnv, preview: ProfilePreview): Promise<void> {
  // Asked again (no prompt when already granted): the scheduled updates need it too.
  let pattern: string | null = null;
  try {
    pattern = parseProfileUrl(preview.url).permissionPattern;
  } catch {
    // the background refuses it with the reason
  }
  const asked = pattern ? env.requestOrigin(pattern).catch(() => false) : Promise.resolve(false);
  store().setInstall({ step: 'installing', preview });
  return asked.then(async () => {
    try {
      const r = await env.client.installProfile({ url: preview.url, sha256: preview.sha256 });
      if (r.ok) {
        useOptionsStore.setState({ url: '', install: { step: 'installed', name: r.value.name, version: r.value.version } });
        if (location.hash.startsWith('#install=')) history.replaceState(null, '', location.pathname + location.search);
      } else {
        store().setInstall({ step: 'failed', error: r.error });
        release(env, preview.url);
      }
    } catch (e) {
      store().setInstall({ step: 'failed', error: { message: `PostGuard could not install the profile: ${(e as Error).message}`, problems: [] } });
      release(env, preview.url);
    }
  });
}

/**
 * The user clicked "Allow PostGuard to read <host>" after a fetch without the permission
 * failed (IT's profile, or an update): ask inside the click, then run the check again, which
 * applies the organisation's policy first. Says what happened in the page's notice.
 */
export function allowAndCheckAgain(env: OptionsEnv, pattern: string, host: string): Promise<void> {
  const asked = env.requestOrigin(pattern).catch(() => false);
  store().setBusy('checking-update');
  return asked.then(async (granted) => {
    try {
      const status = await env.client.checkProfileUpdate(undefined);
      if (status.lastError) {
        store().setNotice({
          tone: 'error',
          text: granted
            ? `PostGuard still could not read the profile: ${status.lastError.message}`
            : `PostGuard was not allowed to read ${host}, so the profile could not be fetched. Click the button again and choose Allow.`,
        });
      } else {
        store().setNotice({
          tone: 'ok',
          text: status.managed
            ? `Installed your organisation’s profile: ${status.name} version ${status.version}.`
            : `Checked: ${status.name} version ${status.version} is up to date.`,
        });
      }
    } catch (e) {
      store().setNotice({ tone: 'error', text: `PostGuard could not check the profile: ${(e as Error).message}` });
    } finally {
      store().setBusy(null);
    }
  });
}

/** The address from an install link, if the page was opened with one. */
export function installLinkUrl(hash: string): string | null {
  if (!hash.startsWith('#install=')) return null;
  try {
    const url = decodeURIComponent(hash.slice('#install='.length));
    return url.trim() ? url : null;
  } catch {
    return null;
  }
}

// A profile's address, checked before anything is fetched. Shared by the options page (to
// ask for the origin's permission) and the background (which does the fetching).

/** Plain http is allowed only on the machine itself, for testing a profile before publishing. */
const LOCAL_HTTP_HOSTS = new Set(['localhost', '127.0.0.1']);

export interface ProfileUrl {
  /** The address as given, normalised, with its `#sha256=` pin if it had one. */
  href: string;
  /** What is fetched: the address without its fragment (a fragment never reaches a server). */
  fetchUrl: string;
  /** The optional host permission the fetch needs: `https://intranet.example.org/*`. */
  permissionPattern: string;
  host: string;
  /** The SHA-256 the file's bytes must have (lower-case hex), or null. */
  pin: string | null;
}

export class ProfileUrlError extends Error {
  override name = 'ProfileUrlError';
}

/** True for https, and for http on localhost or 127.0.0.1. */
export function isSecureProfileUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HTTP_HOSTS.has(url.hostname));
}

/** Parses what a user pasted (or IT configured). Throws ProfileUrlError with what to fix. */
export function parseProfileUrl(input: string, extraPin?: string | null): ProfileUrl {
  const text = input.trim();
  if (!text) throw new ProfileUrlError('enter the address of the profile file (https://…)');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ProfileUrlError(`"${clip(text)}" is not a web address; it should start with https://`);
  }
  if (url.protocol === 'http:' && !LOCAL_HTTP_HOSTS.has(url.hostname)) {
    throw new ProfileUrlError(
      'PostGuard only installs profiles over https:// (plain http is allowed only for localhost, for testing)',
    );
  }
  if (!isSecureProfileUrl(url)) {
    throw new ProfileUrlError(`PostGuard only installs profiles from https:// addresses, not ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new ProfileUrlError('the address must not contain a user name or password');
  }
  const pin = combinePins(readPin(url.hash), normalisePin(extraPin ?? null, 'the sha256 setting'));
  const fetchUrl = new URL(url.href);
  fetchUrl.hash = '';
  return {
    href: pin ? `${fetchUrl.href}#sha256=${pin}` : fetchUrl.href,
    fetchUrl: fetchUrl.href,
    permissionPattern: `${url.protocol}//${url.hostname}/*`,
    host: url.host,
    pin,
  };
}

function readPin(hash: string): string | null {
  if (!hash || hash === '#') return null;
  const params = new URLSearchParams(hash.slice(1));
  return normalisePin(params.get('sha256'), 'the #sha256= pin');
}

function normalisePin(value: string | null, what: string): string | null {
  if (value === null || value === '') return null;
  const hex = value.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new ProfileUrlError(`${what} must be 64 hexadecimal characters (a SHA-256), not "${clip(value)}"`);
  }
  return hex;
}

function combinePins(a: string | null, b: string | null): string | null {
  if (a && b && a !== b) {
    throw new ProfileUrlError('the address pins one SHA-256 and the sha256 setting another; they must agree');
  }
  return a ?? b;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

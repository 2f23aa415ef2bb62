// Fetching a profile file from an untrusted server: https only, a size limit enforced as
// the bytes arrive (a hostile server can send gigabytes), one timeout for the whole
// exchange, no cookies, and the integrity pin checked before anyone reads the bytes.
import { isSecureProfileUrl, type ProfileUrl } from '../../lib/profile-url.ts';
import { LIMITS } from '../../rules/profile-schema.ts';

/** The one size limit, shared with the `policy` CLI: a file one passes, the other must too. */
export const MAX_PROFILE_BYTES = LIMITS.profileBytes;
export const FETCH_TIMEOUT_MS = 15_000;

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
}

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | { kind: 'not-modified' }
  | ({ kind: 'fetched'; bytes: Uint8Array; sha256: string } & Validators);

/** A fetch that failed; `message` says what happened and what to do, in the user's words. */
export class ProfileFetchError extends Error {
  override name = 'ProfileFetchError';
  constructor(
    message: string,
    /** The server could not be reached at all (a missing host permission looks the same). */
    readonly unreachable = false,
    /** …and PostGuard lacks the origin's host permission, which is the likely reason. */
    readonly needsPermission = false,
  ) {
    super(message);
  }
}

const DEFAULT_LIMITS: FetchLimits = { maxBytes: MAX_PROFILE_BYTES, timeoutMs: FETCH_TIMEOUT_MS };

export async function fetchProfileFile(
  url: ProfileUrl,
  validators: Validators | null = null,
  limits: FetchLimits = DEFAULT_LIMITS,
): Promise<FetchOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  try {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (validators?.etag) headers['If-None-Match'] = validators.etag;
    if (validators?.lastModified) headers['If-Modified-Since'] = validators.lastModified;
    let response: Response;
    try {
      response = await fetch(url.fetchUrl, {
        headers,
        signal: controller.signal,
        // The profile is a public file; the user's cookies for that site are not ours to send.
        credentials: 'omit',
        // Conditional headers are set by hand; the HTTP cache must not answer for the server.
        cache: 'no-store',
        redirect: 'follow',
      });
    } catch {
      if (timedOut) throw timeoutError(limits);
      throw new ProfileFetchError(
        `could not reach ${url.host}: the server did not answer or refused the connection`,
        true,
      );
    }
    // fetch() follows redirects out of sight; where they ended is what matters.
    if (response.url && !isSecureProfileUrl(new URL(response.url))) {
      void response.body?.cancel().catch(() => undefined);
      throw new ProfileFetchError(
        `the server redirected to ${response.url}, which is not https; PostGuard only accepts profiles sent over a secure connection`,
      );
    }
    if (response.status === 304 && validators) return { kind: 'not-modified' };
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw new ProfileFetchError(statusMessage(response));
    }
    const declared = Number(response.headers.get('Content-Length') ?? NaN);
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      throw tooLarge(limits);
    }
    const bytes = await readLimited(response, limits, () => timedOut);
    const sha256 = await sha256Hex(bytes);
    if (url.pin && url.pin !== sha256) {
      throw new ProfileFetchError(
        `the file's SHA-256 is ${sha256}, but the address pins ${url.pin}: the file is not the one the link was made for, so it was refused. Ask for a new link.`,
      );
    }
    return {
      kind: 'fetched',
      bytes,
      sha256,
      etag: response.headers.get('ETag'),
      lastModified: response.headers.get('Last-Modified'),
    };
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(response: Response, limits: FetchLimits, timedOut: () => boolean): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBytes) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge(limits);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof ProfileFetchError) throw e;
    if (timedOut()) throw timeoutError(limits);
    throw new ProfileFetchError('the connection broke while the file was being sent; try again');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function statusMessage(r: Response): string {
  const status = `${r.status}${r.statusText ? ` (${r.statusText})` : ''}`;
  if (r.status === 404 || r.status === 410) return `the server answered ${status}: check the address of the profile file`;
  if (r.status === 401 || r.status === 403) {
    return `the server answered ${status}: the file needs a login PostGuard does not send; publish it where staff can open it without signing in`;
  }
  if (r.status >= 500) return `the server answered ${status}: the server has a problem; try again later`;
  return `the server answered ${status}`;
}

function tooLarge(limits: FetchLimits): ProfileFetchError {
  return new ProfileFetchError(
    `the file is larger than ${formatLimit(limits.maxBytes)}, the most a profile may be: check that the address points at the profile JSON`,
  );
}

function timeoutError(limits: FetchLimits): ProfileFetchError {
  return new ProfileFetchError(
    `the server did not send the whole file within ${Math.round(limits.timeoutMs / 100) / 10} s; try again later`,
  );
}

/** "1 MB (1,000,000 bytes)": the round figure people say, and the exact one the CLI prints. */
function formatLimit(n: number): string {
  const round = n >= 1_000_000 ? `${Math.round(n / 100_000) / 10} MB` : `${Math.round(n / 1000)} KB`;
  return `${round} (${n.toLocaleString('en-GB')} bytes)`;
}

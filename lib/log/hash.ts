import { canonicalJson } from './canonical.ts';
import type { LogEntry } from './entry.ts';

const hex = (buf: ArrayBuffer) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** The hash an entry must carry: SHA-256 of its canonical JSON without `hash`. */
export function entryHash(entry: Omit<LogEntry, 'hash'> | LogEntry): Promise<string> {
  const { hash: _ignored, ...rest } = entry as LogEntry;
  return sha256Hex(canonicalJson(rest));
}

// Bytes ⇄ base64, for pixels inside JSON extension messages. Uses the built-in
// Uint8Array.toBase64/fromBase64 where the engine has them (Chromium 140+).

type WithBase64 = { toBase64?: () => string };
type FromBase64 = { fromBase64?: (s: string) => Uint8Array };

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as unknown as WithBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  const native = (Uint8Array as unknown as FromBase64).fromBase64;
  if (typeof native === 'function') return native(text);
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

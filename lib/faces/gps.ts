// GPS position from a photo's EXIF, and nothing else of its metadata. Only ever bytes:
// exifr would fetch a string it is given as a URL.
import exifr from 'exifr';

export interface GpsPosition {
  lat: number;
  lon: number;
}

/** The position a photo was taken at, or null when it carries none (or none that is sane). */
export async function readGps(bytes: Uint8Array | ArrayBuffer): Promise<GpsPosition | null> {
  const input = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let gps: { latitude?: unknown; longitude?: unknown } | undefined;
  try {
    // exifr reads JPEG, PNG, HEIC, AVIF and TIFF; a WebP's EXIF chunk is plain TIFF inside.
    gps = (await exifr.gps(webpExif(input) ?? input)) as typeof gps;
  } catch {
    // Formats exifr cannot parse (GIF, broken EXIF) carry no GPS it can read.
    return null;
  }
  const lat = Number(gps?.latitude);
  const lon = Number(gps?.longitude);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon * 1e6) / 1e6 };
}

/** The TIFF bytes of a WebP's EXIF chunk, or null for anything else. */
export function webpExif(b: Uint8Array): Uint8Array | null {
  const tag = (at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);
  if (b.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WEBP') return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let at = 12; at + 8 <= b.length; ) {
    const size = view.getUint32(at + 4, true);
    if (tag(at) === 'EXIF') {
      let chunk = b.subarray(at + 8, Math.min(b.length, at + 8 + size));
      // Some writers keep JPEG's "Exif\0\0" prefix.
      if (chunk[0] === 0x45 && chunk[1] === 0x78 && chunk[2] === 0x69 && chunk[3] === 0x66) chunk = chunk.subarray(6);
      return chunk;
    }
    at += 8 + size + (size & 1);
  }
  return null;
}

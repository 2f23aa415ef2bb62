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
    gps = (await exifr.gps(input)) as typeof gps;
  } catch {
    // Formats exifr cannot parse (WebP, GIF, broken EXIF) carry no GPS it can read.
    return null;
  }
  const lat = Number(gps?.latitude);
  const lon = Number(gps?.longitude);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon * 1e6) / 1e6 };
}

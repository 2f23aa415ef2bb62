// Bundled by the faces e2e test and evaluated in an extension page: the content-script side
// of face checks (ImageTracker) running in real Chromium against the real background.
import { ImageTracker } from '../../lib/images/image-tracker.ts';
import { handOver, isHandingOver, offerDownload } from '../../lib/images/hand-over.ts';
import { readGps } from '../../lib/faces/gps.ts';
import { sha256Hex } from '../../lib/faces/hash.ts';

const driver = { ImageTracker, handOver, isHandingOver, offerDownload, readGps, sha256Hex };
export type FacesDriver = typeof driver;

(globalThis as unknown as { postguardFaces: FacesDriver }).postguardFaces = driver;

// Bundled by the faces e2e test and evaluated in an extension page: the content-script side
// of face checks (ImageTracker) running in real Chromium against the real background.
import { ImageTracker } from '../../lib/images/image-tracker.ts';
import { offerDownload, replaceInputFile } from '../../lib/images/replace-file.ts';
import { readGps } from '../../lib/faces/gps.ts';

const driver = { ImageTracker, replaceInputFile, offerDownload, readGps };
export type FacesDriver = typeof driver;

(globalThis as unknown as { postguardFaces: FacesDriver }).postguardFaces = driver;

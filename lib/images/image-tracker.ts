// STUB: the face-detection issue implements this (downscale in the content script, EXIF GPS
// with exifr, detectFaces in the background, cache by image hash). The composer kit drives
// it through exactly this API.
import type { ImageFacts } from '../../rules/draft.ts';

/** An image attached to a composer: the File the user picked, or the preview the site shows. */
export type ImageSource = { key: string; name?: string } & ({ file: Blob } | { img: HTMLImageElement });

export class ImageTracker {
  private current: ImageFacts[] = [];

  /** `onChange` fires whenever an image's facts change (attached, detected, failed, removed). */
  constructor(private readonly onChange: (facts: ImageFacts[]) => void) {}

  /** The images attached now, in composer order; unchanged keys keep their results. */
  sync(sources: ImageSource[]): void {
    this.current = sources.map((s) => ({
      id: s.key,
      name: s.name,
      width: 0,
      height: 0,
      faces: null,
      gps: null,
      error: 'face detection is not built yet',
    }));
    this.onChange(this.current);
  }

  facts(): ImageFacts[] {
    return this.current;
  }

  /** An anonymised copy of image `index`: faces pixelated, EXIF (GPS included) stripped. */
  async anonymise(_index: number): Promise<File> {
    throw new Error('not built yet');
  }

  dispose(): void {
    this.current = [];
  }
}

// STUB: the face-detection issue implements this.
/**
 * Puts `file` in place of the image at `index` in a composer's file input (DataTransfer,
 * then a change event the site listens to). Returns false where the site does not allow it,
 * so the caller offers the file as a download instead.
 */
export function replaceInputFile(_input: HTMLInputElement, _index: number, _file: File): boolean {
  return false;
}

/** Offers `file` as a download (the fallback when a site will not take a replaced file). */
export function offerDownload(_file: File): void {}

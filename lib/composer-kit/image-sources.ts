import { isHandingOver, type HandOverOutcome } from '../images/hand-over.ts';
import type { ImageSource } from '../images/image-tracker.ts';
import { shortHash } from './dom.ts';

// Which images a composer has attached. The Files the user picked are the best source (full
// resolution, EXIF intact), but the sites keep them in JavaScript state and often clear the
// input right after reading it, so the kit records each pick as it happens. The previews the
// site shows are the fallback, and the check on the picks: when their number no longer
// matches the picks (the user removed one), the previews are what is attached.

export interface FilePick {
  input: HTMLInputElement;
  files: File[];
}

/** The Files picked for one composer, in order, and the input they came through. */
export class AttachedFiles {
  files: File[] = [];
  input: HTMLInputElement | null = null;
  private sawPreviews = false;

  add(pick: FilePick): void {
    // PostGuard's own anonymised copy is not the user's pick: handedOver records it.
    if (isHandingOver(pick.input)) return;
    const images = pick.files.filter((f) => f.type.startsWith('image/'));
    if (!images.length) return;
    this.files.push(...images);
    this.input = pick.input;
  }

  /** Records what the site did with PostGuard's anonymised copy of image `index` (hand-over.ts). */
  handedOver(index: number, copy: File, outcome: HandOverOutcome): void {
    if (outcome === 'replaced' && index < this.files.length) this.files[index] = copy;
    // The sites add a pick at the end of the photos they show.
    else if (outcome === 'added') this.files.push(copy);
  }

  /** The attached images, given the previews the composer shows now. */
  sources(previews: HTMLImageElement[]): ImageSource[] {
    if (previews.length) this.sawPreviews = true;
    else if (this.sawPreviews) {
      // Every preview is gone: the user removed the images (or posted).
      this.files = [];
      this.sawPreviews = false;
    }
    if (this.files.length && (previews.length === this.files.length || (previews.length === 0 && !this.sawPreviews))) {
      return this.files.map((file) => ({ key: fileKey(file), name: file.name, file }));
    }
    return previews.map((img, i) => ({ key: `img:${shortHash(img.currentSrc || img.src)}`, name: img.alt || `Image ${i + 1}`, img }));
  }
}

export function fileKey(file: File): string {
  return `file:${shortHash(`${file.name}\u0000${file.size}\u0000${file.lastModified}`)}:${file.size}`;
}

/** The blob: and data: image previews under `root`, outside the editor (emoji pictures). */
export function blobPreviews(root: ParentNode, editor: Element): HTMLImageElement[] {
  return [...root.querySelectorAll<HTMLImageElement>('img[src^="blob:"], img[src^="data:image/jpeg"], img[src^="data:image/png"], img[src^="data:image/webp"]')].filter(
    (img) => !editor.contains(img),
  );
}

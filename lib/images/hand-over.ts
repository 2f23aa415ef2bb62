// Handing the anonymised copy back: into the composer's file input where the site keeps the
// picked files there, otherwise as a download the user attaches by hand.

/**
 * Puts `file` in place of the image at `index` in a composer's file input (DataTransfer,
 * then the input and change events the site listens to). Returns false where the site does
 * not allow it, so the caller offers the file as a download instead.
 */
export function replaceInputFile(input: HTMLInputElement, index: number, file: File): boolean {
  const current = input.files;
  // Sites that move the picked files elsewhere and clear the input leave nothing to replace
  // in place; adding the copy there would post it next to the original.
  if (input.type !== 'file' || input.disabled || !current || index < 0 || index >= current.length) return false;
  const transfer = new DataTransfer();
  try {
    for (let i = 0; i < current.length; i++) transfer.items.add(i === index ? file : current[i]!);
    input.files = transfer.files;
  } catch {
    return false;
  }
  if (input.files?.[index] !== file && input.files?.[index]?.name !== file.name) return false;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  return true;
}

/** Offers `file` as a download (the fallback when a site will not take a replaced file). */
export function offerDownload(file: File): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  a.style.display = 'none';
  a.setAttribute('data-postguard-download', '');
  (document.body ?? document.documentElement).append(a);
  a.click();
  a.remove();
  // The download has its own reference by now; the page keeps no copy of the photo.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

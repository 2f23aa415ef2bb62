import type { Finding } from '../../rules/finding.ts';
import type { ComposerKind, ImageFacts, Platform } from '../../rules/draft.ts';
import type { CheckResult } from '../messaging.ts';

export interface SignOffRequest {
  findings: Finding[];
  text: string;
  platform: Platform;
  composer: ComposerKind;
  account: CheckResult['account'];
  /** The profile the findings came from; null when no check came back (the background logs the one in force). */
  profile: CheckResult['profile'] | null;
  images: ImageFacts[];
  /** Focus goes back here on "Edit post". */
  editor: HTMLElement;
  /**
   * Optional: a thumbnail per image, by the same index as `images` (and Finding.image).
   * Only `blob:` and `data:image/…` URLs are shown (nothing is fetched from the network);
   * without one, the dialog draws the face boxes on a blank frame of the photo's shape.
   */
  thumbnails?: Array<string | null | undefined>;
}

/** post: release the held post; edit: back to the editor; cancel: dialog dismissed. */
export type SignOffDecision = 'post' | 'edit' | 'cancel';

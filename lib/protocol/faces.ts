// The faces messages. Pixels travel as base64 RGB inside JSON (extension messages are JSON).
import type { DetectRequest, DetectResult } from '../faces/detect-message.ts';

export type { DetectRequest, DetectResult } from '../faces/detect-message.ts';

export interface FacesProtocol {
  /** content → background: faces in downscaled pixels (cached by the image's hash). */
  detectFaces(data: DetectRequest): DetectResult;
  /** background → offscreen document: the same, where TensorFlow.js runs. */
  detectFacesOffscreen(data: DetectRequest): DetectResult;
  /**
   * content → background: the user is opening a composer's file picker. The detector gets
   * ready (worker awake, document open, model loaded and run once) while they pick a photo.
   */
  warmFaces(): void;
  /** background → offscreen document: load the model and run it once on a blank frame. */
  warmFacesOffscreen(): void;
}

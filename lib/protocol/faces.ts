// The faces messages. Pixels travel as base64 RGB inside JSON (extension messages are JSON).
import type { DetectRequest, DetectResult } from '../faces/detect-message.ts';

export type { DetectRequest, DetectResult } from '../faces/detect-message.ts';

export interface FacesProtocol {
  /** content → background: faces in downscaled pixels (cached by the image's hash). */
  detectFaces(data: DetectRequest): DetectResult;
  /** background → offscreen document: the same, where TensorFlow.js runs. */
  detectFacesOffscreen(data: DetectRequest): DetectResult;
}

// STUB: the face-detection issue implements this for `check --image <file>`.
import type { ImageFacts } from '../../rules/draft.ts';

/** Runs the bundled detector on an image file on disk (Node) and returns what the rules need. */
export async function imageFactsFromFile(path: string): Promise<ImageFacts> {
  return { id: path, name: path, width: 0, height: 0, faces: null, gps: null, error: 'face detection is not built yet' };
}

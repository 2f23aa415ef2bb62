import { z } from 'zod';
import { defineDetector, type Hit } from '../detector.ts';

export default defineDetector({
  id: 'image-unchecked',
  summary: 'A photo the face detector has not checked: still running (pending) or failed (faces unknown) — never a silent pass',
  options: z.strictObject({ state: z.enum(['failed', 'pending']) }),
  find(scan, options) {
    const hits: Hit[] = [];
    scan.images.forEach((img, image) => {
      const pending = img.pending === true;
      if (options.state === 'pending' ? pending : !pending && img.faces === null) hits.push({ image });
    });
    return hits;
  },
});

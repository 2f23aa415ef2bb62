import { defineDetector, type Hit } from '../detector.ts';

export default defineDetector({
  id: 'image-attached',
  summary: 'Any photo or video attached to the post (for approval and permission rules)',
  find(scan) {
    return scan.images.map((_, image): Hit => ({ image }));
  },
});

import { defineDetector, type Hit } from '../detector.ts';

export default defineDetector({
  id: 'image-location',
  summary: 'A photo whose metadata carries the GPS position where it was taken',
  find(scan) {
    const hits: Hit[] = [];
    scan.images.forEach((img, image) => {
      if (img.gps) hits.push({ image });
    });
    return hits;
  },
});

import { defineDetector, type Hit } from '../detector.ts';

export default defineDetector({
  id: 'image-alt-text',
  summary: 'A photo whose description (alt text) the composer shows as empty; unknown alt text is not flagged',
  find(scan) {
    const hits: Hit[] = [];
    scan.images.forEach((img, image) => {
      if (img.altText !== undefined && img.altText.trim() === '' && !img.pending) hits.push({ image });
    });
    return hits;
  },
});

import { z } from 'zod';
import { defineDetector, type Hit } from '../detector.ts';

// Words that say the people in the photo are children, young people or vulnerable adults (TR-4).
export const CHILDREN =
  /(?<![\p{L}])(?:children|child|kids|kiddies|pupils?|young\s+people|youngsters|toddlers?|babies|baby|infants?|teenagers?|teens|boys\s+and\s+girls|girls\s+and\s+boys|under[\s-]?\d{1,2}s|year\s+\d{1,2}s?|reception\s+class|nursery|primary\s+school|school\s*children|schoolkids|students?\s+at\s+\p{L}+\s+(?:primary|school|academy)|scouts|cubs|beavers|brownies|guides|rainbows|juniors|our\s+young\s+people|vulnerable\s+adults?|care\s+home\s+residents|little\s+ones)(?![\p{L}])/iu;

export default defineDetector({
  id: 'image-faces',
  summary:
    'People who can be identified in an attached photo (the on-device face detector found faces); with children, only when the post mentions children, pupils, young people or vulnerable adults',
  options: z.strictObject({
    /** Only photos in a post that mentions children or vulnerable adults. */
    children: z.boolean().default(false),
  }),
  find(scan, options) {
    if (options.children && !CHILDREN.test(scan.text)) return [];
    const hits: Hit[] = [];
    scan.images.forEach((img, image) => {
      const n = img.faces?.length ?? 0;
      if (n === 0) return;
      // While the detector takes its second, closer look at a group photo, the faces found so
      // far are already a finding the user should see; the count can only go up.
      const people = n === 1 ? '1 person' : `${n} people`;
      hits.push({ image, vars: { count: n, people: img.pending ? `at least ${people}` : people } });
    });
    return hits;
  },
});

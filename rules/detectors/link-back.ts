import { defineDetector } from '../detector.ts';
import { hostIsUnder } from '../text/urls.ts';

export default defineDetector({
  id: 'link-back',
  summary: "A corporate post that links elsewhere but never to the organisation's own website",
  find(scan) {
    if (scan.org.domains.length === 0) return [];
    const links = scan.links();
    if (links.length === 0) return [];
    if (links.some((l) => scan.org.domains.some((d) => hostIsUnder(l.host, d)))) return [];
    return [{ start: links[0]!.start, end: links[0]!.end }];
  },
});

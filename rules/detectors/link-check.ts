import { z } from 'zod';
import { defineDetector, type Hit } from '../detector.ts';
import { hostIsUnder } from '../text/urls.ts';

const SHORTENERS = [
  'bit.ly', 'bitly.com', 'tinyurl.com', 't.co', 'ow.ly', 'goo.gl', 'buff.ly', 'is.gd', 'cutt.ly', 'rb.gy',
  'shorturl.at', 'tiny.cc', 'lnkd.in', 'rebrand.ly', 'bl.ink', 's.id', 'v.gd', 't.ly', 'tiny.one', 'shorte.st',
  'adf.ly', 'linktr.ee', 'shorturl.com', 'clck.ru', 'qrco.de', 'dlvr.it', 'fb.me', 'trib.al', 'ift.tt',
];
const KINDS = ['shortener', 'http', 'denied', 'ip'] as const;

export default defineDetector({
  id: 'link-check',
  summary:
    'Links to check before sharing: URL shorteners that hide where they go, plain http://, raw IP addresses, and the profile\'s denied domains',
  options: z.strictObject({
    kinds: z.array(z.enum(KINDS)).min(1).default([...KINDS]),
    /** Shorteners this organisation uses itself (its own branded short domain). */
    allowShorteners: z.array(z.string().max(253)).max(50).default([]),
  }),
  find(scan, options) {
    const kinds = new Set(options.kinds);
    const hits: Hit[] = [];
    for (const l of scan.links()) {
      const own = scan.org.domains.some((d) => hostIsUnder(l.host, d)) || options.allowShorteners.some((d) => hostIsUnder(l.host, d));
      const bad =
        (kinds.has('denied') && scan.org.deniedDomains.some((d) => hostIsUnder(l.host, d))) ||
        (!own && kinds.has('shortener') && SHORTENERS.some((d) => hostIsUnder(l.host, d))) ||
        (kinds.has('http') && l.scheme === 'http') ||
        (kinds.has('ip') && /^\d{1,3}(?:\.\d{1,3}){3}$/.test(l.host));
      if (bad) hits.push({ start: l.start, end: l.end });
    }
    return hits;
  },
});

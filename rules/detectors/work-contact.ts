import { defineDetector, type Hit } from '../detector.ts';
import { findEmails } from '../text/emails.ts';
import { findPhones } from '../text/phones.ts';
import { hostIsUnder } from '../text/urls.ts';

// Public-sector mail domains: a work address even when the profile lists no domains.
const PUBLIC_SECTOR = /(?:^|\.)(?:gov\.uk|police\.uk|pnn\.police\.uk|nhs\.uk|nhs\.net|sch\.uk|mod\.uk|parliament\.uk|gov\.scot|gov\.wales)$/;

export default defineDetector({
  id: 'work-contact',
  summary: "The organisation's own email addresses and phone numbers (or any gov.uk, police.uk, nhs.net … address) on a personal account",
  find(scan) {
    const hits: Hit[] = [];
    for (const e of scan.memo('emails', () => findEmails(scan.text))) {
      if (scan.org.domains.some((d) => hostIsUnder(e.domain, d)) || PUBLIC_SECTOR.test(e.domain)) hits.push({ start: e.start, end: e.end });
    }
    for (const p of scan.memo('phones', () => findPhones(scan.text))) {
      if (scan.org.phoneNumbers.has(p.e164)) hits.push({ start: p.start, end: p.end });
    }
    return hits.sort((a, b) => a.start! - b.start!);
  },
});

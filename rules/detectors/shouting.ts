import { defineDetector, type Hit } from '../detector.ts';

// Acronyms and initialisms a public body writes in capitals every day.
const ACRONYMS = new Set([
  'NHS', 'UK', 'GB', 'USA', 'EU', 'UN', 'BBC', 'ITV', 'MP', 'MPS', 'PCC', 'OPCC', 'CCTV', 'ANPR', 'PCSO', 'PCSOS',
  'GP', 'GPS', 'A&E', 'FAQ', 'FAQS', 'COVID', 'SEND', 'DWP', 'HMRC', 'DVLA', 'MOT', 'RTC', 'ASB', 'CSE', 'FOI',
  'GDPR', 'WCAG', 'RSVP', 'ASAP', 'TBC', 'AM', 'PM', 'BST', 'GMT', 'ID', 'PIN', 'SMS', 'URL', 'DM', 'DMS', 'RT',
  'QR', 'LED', 'EV', 'HGV', 'LGBT', 'LGBTQ', 'LGBTQIA', 'BAME', 'SOS', 'OK', 'TV', 'PC', 'IT', 'HR', 'CEO', 'VAT',
  'PDF', 'WW2', 'RIP', 'HQ', 'AGM', 'NB', 'PS', 'UKHSA', 'RSPCA', 'RNLI', 'DBS', 'CV', 'SNP', 'DUP', 'UKIP', 'ULEZ',
]);
const WORD = /[\p{L}][\p{L}'’&\d]*/gu;

export default defineDetector({
  id: 'shouting',
  summary: 'Shouting in capitals: three or more all-caps words in a row (acronyms such as NHS or CCTV don\'t count), or a post that is mostly capitals',
  find(scan) {
    const t = scan.text;
    const words: Array<{ start: number; end: number; caps: boolean; letters: number }> = [];
    let upper = 0;
    let letters = 0;
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(t)) !== null) {
      const w = m[0];
      const l = w.replace(/[^\p{L}]/gu, '');
      const u = l.replace(/[^\p{Lu}]/gu, '').length;
      letters += l.length;
      upper += u;
      const caps = l.length >= 2 && u === l.length && !ACRONYMS.has(w.toUpperCase().replace(/['’]S$/, ''));
      words.push({ start: m.index, end: m.index + w.length, caps, letters: l.length });
    }
    const hits: Hit[] = [];
    for (let i = 0; i < words.length; ) {
      if (!words[i]!.caps) {
        i++;
        continue;
      }
      let j = i;
      let run = 0;
      while (j < words.length && words[j]!.caps) run += words[j++]!.letters;
      if (j - i >= 3 && run >= 10) hits.push({ start: words[i]!.start, end: words[j - 1]!.end });
      i = j;
    }
    if (hits.length === 0 && letters >= 20 && upper / letters > 0.7) {
      const first = words.find((w) => w.caps);
      const last = [...words].reverse().find((w) => w.caps);
      if (first && last) hits.push({ start: first.start, end: last.end });
    }
    return hits;
  },
});

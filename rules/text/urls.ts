// Links in a draft: full URLs and the bare domains people type ("acme.gov.uk/bins").
import type { Span } from './regex.ts';

export interface Link extends Span {
  url: string;
  /** Lower-case host without a leading www. */
  host: string;
  scheme: 'http' | 'https' | 'none';
}

// Bare domains need a known top-level domain in lower case, so "e.g.", "3.30pm" or a
// missing space ("done.It was") never look like links. With a scheme, any host goes.
const TLDS =
  'com|org|net|uk|gov|edu|io|co|info|biz|me|ly|gl|gd|at|to|tv|eu|ie|de|fr|es|it|nl|be|us|ca|au|nz|in|app|dev|link|news|online|site|xyz|page|sh|cc|ws|ac|nhs|police|sch|mod';
const LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?';
const URL_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._-])(?:([hH][tT][tT][pP][sS]?):\/\/(${LABEL}(?:\.${LABEL}){0,8})|((?:${LABEL}\.){1,8}(?:${TLDS}))(?![a-zA-Z0-9-]))(?::\d{2,5})?(?:[\/?#][^\s<>"']*)?`,
  'gu',
);

export function findLinks(text: string, limit = 200): Link[] {
  const out: Link[] = [];
  URL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_RE.exec(text)) !== null && out.length < limit) {
    let url = m[0];
    const scheme = (m[1]?.toLowerCase() as 'http' | 'https' | undefined) ?? 'none';
    const rawHost = m[2] ?? m[3] ?? '';
    // A bare word.word with no scheme and no path must end in a real TLD (handled by TLDS);
    // trailing sentence punctuation is not part of a link.
    url = url.replace(/[.,;:!?)\]'"’]+$/u, '');
    const host = rawHost.toLowerCase().replace(/^www\./, '');
    // An email's domain is not a link.
    if (m.index > 0 && text[m.index - 1] === '@') continue;
    out.push({ start: m.index, end: m.index + url.length, url, host, scheme });
  }
  URL_RE.lastIndex = 0;
  return out;
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostIsUnder(host: string, domain: string): boolean {
  const d = domain.toLowerCase().replace(/^www\./, '');
  return host === d || host.endsWith(`.${d}`);
}

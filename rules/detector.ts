// What a built-in detector is, and what it is given. A detector is a pure function of the
// draft, the context and the compiled organisation facts; rules in a profile say which
// detector to run, with which options, at which severity.
import type { z } from 'zod';
import type { AccountKind, ComposerKind, ImageFacts, Platform } from './draft.ts';
import type { Link } from './text/urls.ts';
import type { Token } from './text/tokens.ts';
import type { TermMatcher } from './text/terms.ts';

export interface ResolvedContext {
  platform: Platform;
  account: AccountKind;
  composer: ComposerKind;
  now: Date;
  firstPostOfSession: boolean;
}

/** The organisation as the detectors need it: normalised once, when the profile compiles. */
export interface Organisation {
  names: string[];
  /** Matches any of the names (case-insensitive, whole words). */
  nameMatcher: TermMatcher | null;
  /** Lower-case, no leading www. */
  domains: string[];
  /** The organisation's own account handles, lower-case, without "@". */
  handles: string[];
  /** The organisation's own numbers in E.164, never flagged as personal data. */
  phoneNumbers: Set<string>;
  /** Local parts of shared mailboxes (enquiries@, press@) on top of the built-in list. */
  roleMailboxes: Set<string>;
  protectedNames: TermMatcher | null;
  /** The organisation's own public postcodes (offices, venues), upper-case without spaces. */
  postcodes: Set<string>;
  deniedDomains: string[];
  timeZone: string;
}

export interface ActivePeriod {
  id: string;
  kind: string;
  candidates: string[];
}

export interface Scan {
  readonly text: string;
  readonly images: readonly ImageFacts[];
  readonly context: ResolvedContext;
  readonly org: Organisation;
  readonly flags: { crisisMode: boolean; reviewBeforePosting: boolean };
  /** Minutes since midnight, local to the organisation; null when the profile sets none. */
  readonly quietHours: { from: number; to: number; fromText: string; toText: string } | null;
  tokens(): Token[];
  links(): Link[];
  /** Periods in force at context.now, in the organisation's time zone. */
  activePeriods(): ActivePeriod[];
  /** Minutes since local midnight at context.now in the organisation's time zone. */
  localMinutes(): number;
  /** Work shared between detectors in one check (phone numbers, emails …). */
  memo<T>(key: string, compute: () => T): T;
}

/** One thing a detector found: a span of the text, an image, or the post as a whole. */
export interface Hit {
  start?: number;
  end?: number;
  image?: number;
  /** Values for `{name}` placeholders in the rule's message. */
  vars?: Record<string, string | number>;
}

export interface Detector<O = Record<string, never>> {
  id: string;
  /** What it looks for, in one line (README, JSON Schema). */
  summary: string;
  /** Options a profile may pass; absent when the detector takes none. */
  options?: z.ZodType<O>;
  find(scan: Scan, options: O): Hit[];
}

export function defineDetector<O = Record<string, never>>(d: Detector<O>): Detector<O> {
  return d;
}

import type { Category, Finding } from '../../rules/finding.ts';
import type { AccountKind, ComposerKind, Platform } from '../../rules/draft.ts';
import type { DraftMessage } from '../draft-message.ts';

/** Who decided an account is corporate: the profile's list wins over the user's choice. */
export type AccountSource = 'profile' | 'user' | 'default';

/** What the background tells a composer about its draft. */
export interface CheckResult {
  findings: Finding[];
  profile: { id: string; version: string };
  account: { handle: string | null; kind: AccountKind; source: AccountSource };
  /** How many findings the user's ignore list removed from `findings`. */
  ignored?: number;
}

/**
 * "Ignore this phrase" / "Not personal data": findings of this category on this exact
 * phrase (case and spacing aside) are dropped for drafts checked under this profile.
 */
export interface IgnoreEntry {
  id: string;
  profileId: string;
  /** The finding's rule when the user ignored it; the entry matches the whole category. */
  ruleId: string;
  category: Category;
  /** The phrase as the user saw it (for lists); matching uses its normalised form. */
  phrase: string;
  addedAt: number;
}

/** The live state of one tab's composer, kept in storage.session by the background. */
export interface TabState {
  tabId: number;
  url: string;
  /** The composer this state came from: the last one the user wrote in. */
  composerId: string;
  platform: Platform;
  composer: ComposerKind;
  account: CheckResult['account'];
  profile: CheckResult['profile'];
  findings: Finding[];
  /** The draft's length only: the popup never sees the draft text. */
  textLength: number;
  updatedAt: number;
}

export interface ComposerProtocol {
  /** content → background: check the draft being written; the tab's state is updated. */
  checkDraft(draft: DraftMessage): CheckResult;
  /** content → background: the composer closed; forget this tab's findings. */
  clearDraft(data: { composerId: string }): void;
  /** popup → background: the live state of a tab (null when it has no composer open). */
  getTabState(data: { tabId: number }): TabState | null;
  /** background → content: the profile, an account's classification or the ignore list changed; check again. */
  recheck(): void;
  /** content → background: stop flagging this phrase for this category under the active profile. */
  ignoreFinding(data: { ruleId: string; category: Category; phrase: string }): IgnoreEntry;
  /** content, popup, options → background: flag it again. */
  unignoreFinding(data: { id: string }): void;
  /** popup, options → background: the active profile's ignore list, newest first. */
  listIgnored(): IgnoreEntry[];
}

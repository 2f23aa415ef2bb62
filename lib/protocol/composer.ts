import type { Finding } from '../../rules/finding.ts';
import type { AccountKind, ComposerKind, Platform } from '../../rules/draft.ts';
import type { DraftMessage } from '../draft-message.ts';

/** Who decided an account is corporate: the profile's list wins over the user's choice. */
export type AccountSource = 'profile' | 'user' | 'default';

/** What the background tells a composer about its draft. */
export interface CheckResult {
  findings: Finding[];
  profile: { id: string; version: string };
  account: { handle: string | null; kind: AccountKind; source: AccountSource };
}

/** The live state of one tab's composer, kept in storage.session by the background. */
export interface TabState {
  tabId: number;
  url: string;
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
  /** background → content: the profile or an account's classification changed; check again. */
  recheck(): void;
}

// Facebook's composer markup (SELECTORS.md). Facebook localises its aria-labels and renames
// classes constantly: first choice, then fallbacks on Lexical's own attribute, roles and
// structure; tests/fixtures/sites/facebook (and facebook-changed) prove each one.
export const selectors = {
  editor: [
    'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    // Lexical marks its root itself: it stays as long as Facebook writes with Lexical.
    '[data-lexical-editor="true"][contenteditable="true"]',
  ],
  dialog: '[role="dialog"]',
  postButton: 'div[role="button"][aria-label="Post"], div[role="button"][aria-label="Comment"]',
  /** Labels of the buttons that post, when the aria-label is gone or localised differently. */
  postLabels: new Set(['post', 'share', 'share now', 'publish', 'comment', 'reply', 'press enter to send', 'send']),
  /** A Messenger chat's send button: it tells a chat from a comment box when the editor's label is gone. */
  sendLabels: new Set(['press enter to send', 'send']),
  /** A new post's button (as opposed to a comment's). */
  newPostLabels: new Set(['post', 'share', 'share now', 'publish']),
  /** The posting identity's name in the create-post dialog's header. */
  dialogIdentity: ['a[role="link"] strong', 'a strong', 'h2 + div a[role="link"]'],
  /** The commenting identity's avatar in a comment form. */
  commentAvatar: 'img[alt]:not([alt=""]), svg[aria-label], image[aria-label]',
  /** The logged-in person: the left rail's first link. */
  person: ['[role="navigation"] a[href] span', '[role="navigation"] a[href]'],
  /** Where the logged-in person is shown. */
  personArea: ['[role="navigation"]'],
  commentLabel: /comment|reply|answer/i,
  messageLabel: /^message/i,
  mindLabel: /,\s*(.+?)\s*\?\s*$/,
  fileInput: ['input[type="file"][accept*="image"]', 'input[type="file"]'],
} as const;

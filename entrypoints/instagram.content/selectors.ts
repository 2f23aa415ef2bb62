// Instagram's composer markup (SELECTORS.md). Labels are localised and there are no test
// ids: first choice, then fallbacks on Lexical's own attribute, the dialog, the form and the
// address; tests/fixtures/sites/instagram (and instagram-changed) prove each one.
export const selectors = {
  caption: [
    'div[aria-label="Write a caption..."][contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    '[role="dialog"] [data-lexical-editor="true"][contenteditable="true"]',
  ],
  comment: ['textarea[aria-label="Add a comment…"]', 'form textarea'],
  /** A direct message box (Lexical, on /direct/t/…, not in a dialog). */
  message: 'div[aria-label="Message"][contenteditable="true"][role="textbox"]',
  lexical: '[data-lexical-editor="true"][contenteditable="true"]',
  directPath: /^\/direct\//,
  dialog: '[role="dialog"]',
  /** Share (the create dialog's header), Post (a comment form), Send (a direct message). */
  postLabels: new Set(['share', 'post', 'send']),
  navigation: ['[role="navigation"]', 'nav'],
  /** The navigation's link to the user's own profile. */
  profilePicture: /^(.+)'s profile picture$/,
  profileLinkText: new Set(['profile']),
  fileInput: ['input[type="file"][accept*="image"]', 'input[type="file"]'],
} as const;

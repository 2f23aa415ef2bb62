// LinkedIn's composer markup (SELECTORS.md). The share box may sit in an open shadow root
// (#interop-outlet); the kit looks inside those. First choice, then fallbacks that survive
// LinkedIn dropping its class names; tests/fixtures/sites/linkedin (and linkedin-changed)
// prove each one.
export const selectors = {
  editor: [
    // Quill's own class: it stays as long as LinkedIn writes with Quill.
    '.ql-editor[contenteditable="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
  /** The messaging box is LinkedIn's own contenteditable (paragraphs), not Quill. */
  messageEditor: ['.msg-form__contenteditable[contenteditable="true"]', 'form [contenteditable="true"][role="textbox"]:not(.ql-editor)'],
  messageLabel: /message/i,
  shareDialog: '[role="dialog"][aria-labelledby="share-to-linkedin-modal__header"]',
  dialog: '[role="dialog"]',
  commentBox: '.comments-comment-box',
  messageForm: '.msg-form',
  postButton: 'button.share-actions__primary-action, button.comments-comment-box__submit-button, button.msg-form__send-button',
  postLabels: new Set(['post', 'comment', 'reply', 'send', 'repost']),
  /** The author line of the share dialog's identity button (person or company Page). */
  identityButton: '.share-unified-settings-entry-button',
  /** Who is logged in: the "Me" menu's photo. */
  me: ['.global-nav__me img[alt]', 'header button img[alt]:not([alt=""])'],
  meArea: ['.global-nav', 'header'],
  fileInput: ['input[type="file"][accept*="image"]', 'input[type="file"]'],
} as const;

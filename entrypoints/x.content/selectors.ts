// X's composer markup (SELECTORS.md). First choice, then fallbacks that survive renamed test
// ids and dropped class names; tests/fixtures/sites/x (and x-changed) prove each one.
export const selectors = {
  /** Draft.js text boxes: the compose modal, the inline composer, replies, thread items. */
  editor: [
    '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    '[data-testid="dmComposerTextInput"][contenteditable="true"]',
    // Draft.js's own class: it goes only if X leaves Draft.js.
    '.public-DraftEditor-content[contenteditable="true"]',
  ],
  /** A direct-message composer. */
  dm: '[data-testid="dmComposerTextInput"], [data-testid^="dmComposer"]',
  postButton: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"], [data-testid="dmComposerSendButton"]',
  /** The Post button's label when its test id is gone. */
  postLabels: new Set(['post', 'post all', 'reply', 'tweet', 'tweet all', 'send']),
  dialog: '[role="dialog"]',
  /** The tweet being replied to, shown above a reply box. */
  repliedTweet: '[data-testid="tweet"], article',
  accountAvatar: '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]',
  /** Where the handle is written out ("@name") when the avatar's test id is gone. */
  accountButton: ['[data-testid="SideNav_AccountSwitcher_Button"]', 'header [aria-label="Account menu"]', 'header button', 'header [role="button"]'],
  /** Where the handle is shown: changes there may be an account switch. */
  identityArea: ['[data-testid="SideNav_AccountSwitcher_Button"]', 'header[role="banner"]', 'header', '[role="banner"]'],
  attachmentImages: ['[data-testid="attachments"] img'],
  fileInput: ['input[data-testid="fileInput"]', 'input[type="file"]'],
} as const;

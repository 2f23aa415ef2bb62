// X's composer markup (SELECTORS.md). First choice, then fallbacks for renamed test ids.
export const selectors = {
  editor: ['[data-testid^="tweetTextarea_"][contenteditable="true"]', '.public-DraftEditor-content[contenteditable="true"]'],
  accountSwitcher: '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]',
} as const;

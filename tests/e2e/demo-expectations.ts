/** What must happen on the project's own demo page (demo/index.html), in any browser. */
export const DEMO_APPEALS: readonly { selector: string; kinds: readonly string[] }[] = [
  { selector: '#ribbon', kinds: ['donation'] },
  { selector: '.help-strip', kinds: ['donation'] },
  { selector: '.end-appeal', kinds: ['donation'] },
  // The put-off row counts as caught with the appeal around it.
  { selector: '.end-appeal .later', kinds: ['donation', 'reminder'] },
  { selector: '.footer-promo .newsletter form', kinds: ['newsletter', 'promo'] },
  // Written as the story's last paragraphs, in its own container: collapsed as one run.
  { selector: 'h3[data-demo="closing-appeal"]', kinds: ['newsletter'] },
  { selector: 'p[data-demo="closing-appeal"] a', kinds: ['newsletter'] },
];

export const DEMO_ARTICLE = 'article .story';
/** The closing appeal inside DEMO_ARTICLE: not the story's text. */
export const DEMO_CLOSING_APPEAL = '[data-demo="closing-appeal"]';

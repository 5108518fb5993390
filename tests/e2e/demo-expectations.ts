/** What must happen on the project's own demo page (demo/index.html), in any browser. */
export const DEMO_APPEALS: readonly { selector: string; kinds: readonly string[] }[] = [
  { selector: '#ribbon', kinds: ['donation'] },
  { selector: '.help-strip', kinds: ['donation'] },
  { selector: '.end-appeal', kinds: ['donation'] },
  // The put-off row counts as caught with the appeal around it.
  { selector: '.end-appeal .later', kinds: ['donation', 'reminder'] },
  { selector: '.footer-promo .newsletter form', kinds: ['newsletter', 'promo'] },
];

export const DEMO_ARTICLE = 'article .story';

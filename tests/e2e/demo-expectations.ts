/** What must happen on the project's own demo page (demo/index.html), in any browser. */
import { expect } from 'vitest';
import { waitFor, type PageDriver } from '../support/page-checks';

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

/**
 * The reader reopens the ribbon with its line's Show, and then the site takes the help strip out of
 * the page: the badge, which read `appeals`, counts one fewer each time.
 */
export async function badgeFollowsThePage(
  page: PageDriver & { keyboard: { press(key: string): Promise<void> } },
  badge: () => Promise<string>,
  appeals: number,
): Promise<void> {
  // The line's button lies in a closed shadow root: the keyboard reaches it as a reader's does.
  const onRibbonLine = () => page.evaluate(() => document.activeElement === document.querySelector('#ribbon')!.previousElementSibling, null);
  for (let presses = 0; presses < 40 && !(await onRibbonLine()); presses++) await page.keyboard.press('Tab');
  expect(await onRibbonLine()).toBe(true);
  await page.keyboard.press('Enter');
  await waitFor(() => page.evaluate(() => document.querySelector('#ribbon')!.hasAttribute('data-unnag-revealed'), null), 3_000, 'the ribbon reopened');
  await waitFor(async () => (await badge()) === String(appeals - 1), 3_000, 'the badge counting one fewer after Show');
  await page.evaluate(() => document.querySelector('.help-strip')!.remove(), null);
  await waitFor(async () => (await badge()) === String(appeals - 2), 3_000, 'the badge counting one fewer once the site took one away');
}

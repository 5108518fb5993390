/**
 * A modal's scroll lock. A site that opens a pop-up (a newsletter sign-up, a donation wall, an
 * ad-block prompt) usually stops the page from scrolling under it: `overflow: hidden` on the root
 * element or on the body (a class such as `modal-open`, or a script's inline style). Collapsing the
 * pop-up leaves the lock, and the reader could no longer scroll the article, so Unnag lifts it.
 * Only where the page is taller than the window: a page built to fill the window and scroll
 * inside one of its boxes (an app's layout) keeps its overflow as it is.
 */

/** The elements whose overflow decides whether the window scrolls. */
export type ScrollRoot = 'html' | 'body';

/** How much taller than the window the page must be to count as stopped from scrolling. */
const TALLER_BY_PX = 1;

const stopsScrolling = (overflow: string) => overflow === 'hidden' || overflow === 'clip';

/**
 * Which of the root element and the body stop the window from scrolling a page taller than it.
 * The body's overflow reaches the window only while the root element's is `visible`. Reads layout:
 * ask it rarely (after a collapse, when the reader tries to scroll).
 */
export function lockedRoots(doc: Document): ScrollRoot[] {
  const view = doc.defaultView;
  const scroller = doc.scrollingElement ?? doc.documentElement;
  if (!view || !doc.body || scroller.scrollHeight <= view.innerHeight + TALLER_BY_PX) return [];
  const html = view.getComputedStyle(doc.documentElement).overflowY;
  if (stopsScrolling(html)) return ['html'];
  return html === 'visible' && stopsScrolling(view.getComputedStyle(doc.body).overflowY) ? ['body'] : [];
}

/** Keys that scroll the page. */
export const SCROLL_KEYS: ReadonlySet<string> = new Set([' ', 'PageDown', 'PageUp', 'ArrowDown', 'ArrowUp', 'End', 'Home']);

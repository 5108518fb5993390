/**
 * A modal's scroll lock. A site that opens a pop-up (a newsletter sign-up, a donation wall, an
 * ad-block prompt) usually stops the page from scrolling under it: `overflow: hidden` on the root
 * element or on the body (a class such as `modal-open`, or a script's inline style), or the body
 * fixed to the window at the reader's place (`position: fixed; top: -1200px`, the way that also
 * holds on phones). Collapsing the pop-up leaves the lock, and the reader could no longer scroll
 * the article, so Unnag lifts it. Only where the page is taller than the window: a page built to
 * fill the window and scroll inside one of its boxes (an app's layout) keeps its overflow as it is.
 */

/** What stops the window from scrolling: the root element's overflow, the body's, or the body fixed to the window. */
export type ScrollLock = 'root-overflow' | 'body-overflow' | 'body-fixed';

/**
 * The rule that lifts each lock. `:is(…, #…)` weighs as an id, so a site's `!important` lock by
 * class (`body.modal-open`) gives way too; an inline `!important` would not.
 */
export const LIFTS: Readonly<Record<ScrollLock, string>> = {
  'root-overflow': 'html:is(html, #unnag-unlocked) { overflow-y: auto !important; }',
  'body-overflow': 'body:is(body, #unnag-unlocked) { overflow-y: auto !important; }',
  'body-fixed': 'body:is(body, #unnag-unlocked) { position: static !important; top: auto !important; }',
};

/** How much taller than the window the page must be to count as stopped from scrolling. */
const TALLER_BY_PX = 1;

const stopsScrolling = (overflow: string) => overflow === 'hidden' || overflow === 'clip';

/**
 * The locks that stop the window from scrolling a page taller than it. The body's overflow reaches
 * the window only while the root element's is `visible`; a body fixed to the window is a lock when
 * what it holds runs past the window's bottom and it does not scroll itself. Reads layout: ask it
 * rarely (after a collapse, when the reader tries to scroll).
 */
export function scrollLocks(doc: Document): ScrollLock[] {
  const view = doc.defaultView;
  const body = doc.body;
  if (!view || !body) return [];
  const bodyStyle = view.getComputedStyle(body);
  const fixed =
    bodyStyle.position === 'fixed' &&
    !['auto', 'scroll'].includes(bodyStyle.overflowY) &&
    Math.max(body.scrollHeight, body.getBoundingClientRect().height) > view.innerHeight + TALLER_BY_PX;
  const scroller = doc.scrollingElement ?? doc.documentElement;
  if (!fixed && scroller.scrollHeight <= view.innerHeight + TALLER_BY_PX) return [];
  const locks: ScrollLock[] = fixed ? ['body-fixed'] : [];
  const html = view.getComputedStyle(doc.documentElement).overflowY;
  if (stopsScrolling(html)) locks.push('root-overflow');
  else if (html === 'visible' && stopsScrolling(bodyStyle.overflowY)) locks.push('body-overflow');
  return locks;
}

/** Where the reader was when the body was fixed to the window: the lock moved it up by as much (0: not moved). */
export function placeUnderFixedBody(doc: Document): number {
  const top = doc.body && doc.defaultView ? parseFloat(doc.defaultView.getComputedStyle(doc.body).top) : NaN;
  return top < 0 ? -top : 0;
}

/** Keys that scroll the page. */
export const SCROLL_KEYS: ReadonlySet<string> = new Set([' ', 'PageDown', 'PageUp', 'ArrowDown', 'ArrowUp', 'End', 'Home']);

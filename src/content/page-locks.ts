/**
 * What a modal does to the rest of the page to keep the reader in it, and what Unnag undoes once
 * it collapsed the modal (page-controller.ts), so the article can be read again. All of it comes
 * back when the reader reopens the modal.
 *
 * Locks, lifted by a rule in Unnag's stylesheet (page-style.ts):
 * - a scroll lock: `overflow: hidden` on the root element or on the body (a class such as
 *   `modal-open`, or a script's inline style), or the body fixed to the window at the reader's
 *   place (`position: fixed; top: -1200px`, the way that also holds on phones). Only where the
 *   page is taller than the window: a page built to fill the window and scroll inside one of its
 *   boxes (an app's layout) keeps its overflow as it is;
 * - the body's clicks turned off (`pointer-events: none`, as some component libraries do).
 *
 * Holds, taken off with attributes and the dialog API (ModalHolds):
 * - the rest of the page made `inert` (no clicks, no focus, not found by the browser's search);
 * - a `<dialog>` opened with `showModal()`, which keeps the rest of the page inert even when
 *   it is not shown.
 */

/** A lock Unnag's stylesheet lifts. */
export type PageLock = 'root-overflow' | 'body-overflow' | 'body-fixed' | 'body-unclickable';

/**
 * The rule that lifts each lock. `:is(…, #…)` weighs as an id, so a site's `!important` lock by
 * class (`body.modal-open`) gives way too; an inline `!important` would not.
 */
export const LIFTS: Readonly<Record<PageLock, string>> = {
  'root-overflow': 'html:is(html, #unnag-unlocked) { overflow-y: auto !important; }',
  'body-overflow': 'body:is(body, #unnag-unlocked) { overflow-y: auto !important; }',
  'body-fixed': 'body:is(body, #unnag-unlocked) { position: static !important; top: auto !important; }',
  'body-unclickable': 'body:is(body, #unnag-unlocked) { pointer-events: auto !important; }',
};

/** How much taller than the window the page must be to count as stopped from scrolling. */
const TALLER_BY_PX = 1;

const stopsScrolling = (overflow: string) => overflow === 'hidden' || overflow === 'clip';

/**
 * The locks on the page. The body's overflow reaches the window only while the root element's is
 * `visible`; a body fixed to the window is a lock when what it holds runs past the window's bottom
 * and it does not scroll itself. Reads layout: ask it rarely (after a collapse, when the reader
 * tries to scroll).
 */
export function pageLocks(doc: Document): PageLock[] {
  const view = doc.defaultView;
  const body = doc.body;
  if (!view || !body) return [];
  const bodyStyle = view.getComputedStyle(body);
  const locks: PageLock[] = bodyStyle.pointerEvents === 'none' ? ['body-unclickable'] : [];
  const fixed =
    bodyStyle.position === 'fixed' &&
    !['auto', 'scroll'].includes(bodyStyle.overflowY) &&
    Math.max(body.scrollHeight, body.getBoundingClientRect().height) > view.innerHeight + TALLER_BY_PX;
  const scroller = doc.scrollingElement ?? doc.documentElement;
  if (!fixed && scroller.scrollHeight <= view.innerHeight + TALLER_BY_PX) return locks;
  if (fixed) locks.push('body-fixed');
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

/**
 * The parts of the page a modal made inert: the `inert` elements beside the pop-up and beside each
 * of its containers, up to the body (where a modal library marks "everything else").
 */
export function inertAround(popUp: Element): Element[] {
  const found: Element[] = [];
  const body = popUp.ownerDocument.body;
  for (let at: Element = popUp; at.parentElement && at !== body; at = at.parentElement) {
    for (const sibling of at.parentElement.children) if (sibling !== at && sibling.hasAttribute('inert')) found.push(sibling);
  }
  return found;
}

const MODAL_DIALOG = 'dialog:modal';

/** The dialogs opened with showModal() that `popUp` is, lies in or holds. */
export function modalDialogsOf(popUp: Element): HTMLDialogElement[] {
  try {
    const around = popUp.closest(MODAL_DIALOG);
    const inside = [...popUp.querySelectorAll(MODAL_DIALOG)];
    return (around ? [around, ...inside] : inside) as HTMLDialogElement[];
  } catch {
    // A browser that does not know `:modal` has no modal to undo that Unnag could tell.
    return [];
  }
}

interface Hold {
  /** Elements made inert, with the attribute's value. */
  readonly inert: readonly (readonly [Element, string])[];
  readonly dialogs: readonly HTMLDialogElement[];
}

/**
 * The holds Unnag took off the page for collapsed pop-ups: the rest of the page made inert and
 * their modal dialogs, given back as they were when the reader reopens the pop-up.
 */
export class ModalHolds {
  readonly #held = new Map<Element, Hold>();

  /** Frees the page from the hold of the collapsed pop-up `popUp`. */
  release(popUp: Element): void {
    if (this.#held.has(popUp)) return;
    const inert = inertAround(popUp).map((el) => [el, el.getAttribute('inert') ?? ''] as const);
    const dialogs = modalDialogsOf(popUp);
    if (inert.length === 0 && dialogs.length === 0) return;
    for (const [el] of inert) el.removeAttribute('inert');
    // Closed, it lets go of the page; the site hears `close`, as when the reader closes it.
    for (const dialog of dialogs) dialog.close();
    this.#held.set(popUp, { inert, dialogs });
  }

  /** The reader reopened `popUp` (or Unnag leaves the page): its hold comes back as the site left it. */
  restore(popUp: Element): void {
    const hold = this.#held.get(popUp);
    if (!hold) return;
    this.#held.delete(popUp);
    for (const [el, value] of hold.inert) if (el.isConnected) el.setAttribute('inert', value);
    for (const dialog of hold.dialogs) {
      try {
        if (dialog.isConnected && !dialog.open) dialog.showModal();
      } catch {
        // The site made it something showModal() refuses (moved it into a popover): leave it be.
      }
    }
  }

  restoreAll(): void {
    for (const popUp of [...this.#held.keys()]) this.restore(popUp);
  }
}

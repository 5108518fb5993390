/**
 * What a modal does to the rest of the page to keep the reader in it, and what Unnag undoes once
 * it collapsed the modal (page-controller.ts), so the article can be read again. All of it comes
 * back when the reader reopens the modal.
 *
 * Locks, lifted by a rule in Unnag's stylesheet (page-style.ts; in the style attribute where that
 * does not take):
 * - a scroll lock: `overflow: hidden` on the root element or on the body (a class such as
 *   `modal-open`, or a script's inline style), or the body fixed to the window at the reader's
 *   place (`position: fixed; top: -1200px`, the way that also holds on phones). Only where the
 *   page is taller than the window: a page built to fill the window and scroll inside one of its
 *   boxes (an app's layout) keeps its overflow as it is;
 * - the body's clicks turned off (`pointer-events: none`, as some component libraries do).
 *
 * Holds, taken off with attributes, a style and the dialog API (ModalHolds):
 * - the rest of the page made `inert` (no clicks, no focus, not found by the browser's search),
 *   and the story `aria-hidden` (gone for a screen reader);
 * - the story blurred behind the pop-up;
 * - a `<dialog>` opened with `showModal()`, which keeps the rest of the page inert even when
 *   it is not shown.
 */
import { overrideInline, type InlineOverride } from './inline-override';

/** A lock Unnag's stylesheet lifts. */
export type PageLock = 'root-overflow' | 'body-overflow' | 'body-fixed' | 'body-unclickable';

/** What lifts each lock: declarations on the root element or the body. */
export const LIFTS: Readonly<Record<PageLock, { readonly on: 'html' | 'body'; readonly declarations: readonly (readonly [string, string])[] }>> = {
  'root-overflow': { on: 'html', declarations: [['overflow-y', 'auto']] },
  'body-overflow': { on: 'body', declarations: [['overflow-y', 'auto']] },
  'body-fixed': { on: 'body', declarations: [['position', 'static'], ['top', 'auto']] },
  'body-unclickable': { on: 'body', declarations: [['pointer-events', 'auto']] },
};

/**
 * The stylesheet rule that lifts `lock`, in a cascade layer of its own: an `!important` declaration
 * in a layer outweighs every unlayered one, so a site's `!important` lock gives way however
 * specific its selector (`body#site.modal-open`). A lock in a layer of the site's declared before
 * Unnag's does not give way, nor does an inline `!important`: both are outweighed in the style
 * attribute itself (page-style.ts).
 */
export function liftRule(lock: PageLock): string {
  const { on, declarations } = LIFTS[lock];
  return `@layer unnag-lifts { ${on} { ${declarations.map(([property, value]) => `${property}: ${value} !important;`).join(' ')} } }`;
}

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

/** The elements beside the pop-up and beside each of its containers, up to the body: "everything else", as a modal library marks it. */
function besidePopUp(popUp: Element): Element[] {
  const found: Element[] = [];
  const body = popUp.ownerDocument.body;
  for (let at: Element = popUp; at.parentElement && at !== body; at = at.parentElement) {
    for (const sibling of at.parentElement.children) if (sibling !== at) found.push(sibling);
  }
  return found;
}

/** The page's story, as landmarks name it. */
const STORY = 'main, article, [role="main"]';
const holdsStory = (el: Element) => el.matches(STORY) || el.querySelector(STORY) !== null;

/** An attribute a modal put on the rest of the page, and its value. */
type HeldAttribute = readonly [element: Element, name: 'inert' | 'aria-hidden', value: string];

/**
 * What a modal made of the rest of the page with attributes: `inert` beside the pop-up (no clicks,
 * no focus, not found by the browser's search), and `aria-hidden` on the part that holds the story
 * (gone for a screen reader). A decoration hidden from screen readers beside it stays hidden.
 */
export function heldAttributes(popUp: Element): HeldAttribute[] {
  const held: HeldAttribute[] = [];
  for (const el of besidePopUp(popUp)) {
    if (el.hasAttribute('inert')) held.push([el, 'inert', el.getAttribute('inert') ?? '']);
    if (el.getAttribute('aria-hidden') === 'true' && holdsStory(el)) held.push([el, 'aria-hidden', 'true']);
  }
  return held;
}

/** Words an element holds to count as something to read that a blur hides, not a blurred picture. */
const BLURRED_TEXT = 100;

/**
 * The parts of the page a modal blurred behind it (`filter: blur(…)`, as some walls do to the
 * story): elements beside the pop-up, and the story's landmarks, their containers and children,
 * that hold words to read.
 */
export function blurredBeside(popUp: Element): HTMLElement[] {
  const doc = popUp.ownerDocument;
  const view = doc.defaultView;
  if (!view) return [];
  const candidates = new Set(besidePopUp(popUp));
  for (const story of doc.querySelectorAll(STORY)) {
    for (let at: Element | null = story; at && at !== doc.body; at = at.parentElement) candidates.add(at);
    for (const child of story.children) candidates.add(child);
  }
  return [...candidates].filter(
    (el): el is HTMLElement => !popUp.contains(el) && view.getComputedStyle(el).filter.includes('blur(') && (el.textContent ?? '').trim().length >= BLURRED_TEXT,
  );
}

const MODAL_DIALOG = 'dialog:modal';

/** Whether `el` is a dialog opened with showModal(). */
export function isModalDialog(el: Element): el is HTMLDialogElement {
  try {
    return el.matches(MODAL_DIALOG);
  } catch {
    return false;
  }
}

/**
 * The last dialog opened with showModal() in `doc`, in document order (a nested one opens last);
 * null: none. Cheap enough to ask on each move of the picker: the browser keeps the list of a
 * page's dialogs, which are few.
 */
export function lastModalDialog(doc: Document): HTMLDialogElement | null {
  const dialogs = doc.getElementsByTagName('dialog');
  for (let i = dialogs.length - 1; i >= 0; i--) {
    const dialog = dialogs[i]!;
    if (isModalDialog(dialog)) return dialog;
  }
  return null;
}

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
  readonly attributes: readonly HeldAttribute[];
  /** The story's blur, taken off inline. */
  readonly blurred: readonly InlineOverride[];
  readonly dialogs: readonly HTMLDialogElement[];
}

/**
 * The holds Unnag took off the page for collapsed pop-ups (the rest of the page made inert, hidden
 * from screen readers or blurred, and their modal dialogs), given back as they were when the reader
 * reopens the pop-up.
 */
/** Times a pop-up's dialog is closed again after its site opened it again, before the pop-up is given back. */
export const MAX_RECLOSES = 3;

export class ModalHolds {
  readonly #held = new Map<Element, Hold>();
  readonly #recloses = new WeakMap<Element, number>();

  /**
   * Frees the page from the hold of the collapsed pop-up `popUp`. Its blur only when `unblur`: a
   * paywall that blurs the story it sells is no appeal's hold, and Unnag gets round no paywall.
   */
  release(popUp: Element, unblur: boolean): void {
    if (this.#held.has(popUp)) return;
    const attributes = heldAttributes(popUp);
    const blurred = (unblur ? blurredBeside(popUp) : []).map((element) => overrideInline(element, 'filter', 'none'));
    const dialogs = modalDialogsOf(popUp);
    for (const [el, name] of attributes) el.removeAttribute(name);
    // Closed, it lets go of the page; the site hears `close`, as when the reader closes it.
    for (const dialog of dialogs) dialog.close();
    if (attributes.length || blurred.length || dialogs.length) this.#held.set(popUp, { attributes, blurred, dialogs });
  }

  /**
   * The site opened `dialog`, of the collapsed `popUp`, again (a wall that reopens itself when it
   * hears `close`): closed again, MAX_RECLOSES times per pop-up (no fight without end), and given
   * back modal with the pop-up. False once the tries are spent: the caller gives the pop-up back.
   */
  closeAgain(popUp: Element, dialog: HTMLDialogElement): boolean {
    const tries = this.#recloses.get(popUp) ?? 0;
    if (tries >= MAX_RECLOSES) return false;
    this.#recloses.set(popUp, tries + 1);
    const hold = this.#held.get(popUp) ?? { attributes: [], blurred: [], dialogs: [] };
    if (!hold.dialogs.includes(dialog)) this.#held.set(popUp, { ...hold, dialogs: [...hold.dialogs, dialog] });
    dialog.close();
    return true;
  }

  /** The reader reopened `popUp` (or Unnag leaves the page): its hold comes back as the site left it. */
  restore(popUp: Element): void {
    const hold = this.#held.get(popUp);
    if (!hold) return;
    this.#held.delete(popUp);
    for (const [el, name, value] of hold.attributes) if (el.isConnected) el.setAttribute(name, value);
    for (const blur of hold.blurred) blur.undo();
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

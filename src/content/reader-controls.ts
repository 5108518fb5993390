/**
 * What the reader clicks to open something, and what they opened: a dialog the page shows or builds
 * right after such a click is theirs, never collapsed (page-controller.ts asks ReaderOpened). A
 * click on the story's text is no such request, though some sites pop a newsletter up on the
 * reader's first click anywhere.
 */
import { DIALOG } from '../detector';

/** How long after the reader's click an element the page shows counts as opened by them. */
const READER_OPENED_MS = 1000;

/**
 * Elements made to be clicked: links and buttons, a form's fields, a disclosure, anything a script
 * marks as a control. Not `tabindex="-1"`, which a skip link's target (the story's `main`) carries.
 */
const CONTROLS =
  'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="switch"], [aria-haspopup], [aria-controls], [aria-expanded], [tabindex]:not([tabindex="-1"])';

/** Words a box the page styles as clickable may hold to count as a control's label, not a paragraph. */
const LABEL_LENGTH = 80;

/**
 * Whether `target`, where a click landed, is or lies in a control, or is a short label the page
 * styles as clickable (a menu built of plain boxes with a pointer cursor; some pages give the
 * pointer to the whole body, where the story's paragraphs are no control).
 */
export function isControl(target: EventTarget | null): boolean {
  const el = target as Element | null;
  if (el?.nodeType !== 1) return false;
  if (el.closest(CONTROLS)) return true;
  return el.ownerDocument.defaultView?.getComputedStyle(el).cursor === 'pointer' && (el.textContent ?? '').trim().length <= LABEL_LENGTH;
}

/**
 * What the reader opened on this page: the time of their last click on a control (or its key), and
 * the dialogs the page built right after it. Only dialogs are noted: the same click can insert the
 * next story of an in-page navigation, or the rest of a story, whose appeals still go.
 */
export class ReaderOpened {
  readonly #now: () => number;
  #clickedAt = -Infinity;
  /** Dialogs the page inserted right after the reader's click (none yet: null). */
  #dialogs: WeakSet<Element> | null = null;

  constructor(now: () => number) {
    this.#now = now;
  }

  /** The page's click listener: a click the page's own script makes (not trusted) opens nothing of the reader's. */
  readonly onClick = (event: Event): void => {
    if (event.isTrusted && isControl(event.target)) this.#clickedAt = this.#now();
  };

  /** Whether the reader clicked a control a moment ago: what the page shows or builds now is theirs to read. */
  justClicked(): boolean {
    return this.#now() - this.#clickedAt < READER_OPENED_MS;
  }

  /** Notes the dialogs `root` is, lies in or holds, which the page inserted right after the reader's click. */
  noteInserted(root: Element): void {
    for (const dialog of dialogsOf(root)) (this.#dialogs ??= new WeakSet()).add(dialog);
  }

  /** Whether `element` is, lies in or holds a dialog the reader opened: collapsing it would shut their dialog. */
  holds(element: Element): boolean {
    const opened = this.#dialogs;
    return opened !== null && dialogsOf(element).some((dialog) => opened.has(dialog));
  }
}

/** The dialog `element` is or lies in, and the dialogs it holds. */
export function dialogsOf(element: Element): Element[] {
  const around = element.closest(DIALOG);
  const inside = [...element.querySelectorAll(DIALOG)];
  return around ? [around, ...inside] : inside;
}

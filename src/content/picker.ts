/**
 * The element picker: the reader points at something on the page (or moves a highlight with the
 * keyboard) and picks it to be collapsed. Its highlight and toolbar live in a closed shadow root,
 * on a host marked `data-unnag-placeholder`, so the page can neither restyle nor read them.
 *
 * Mouse: hover highlights, click picks. Keys: ↑ parent, ↓ first child, ← → siblings, Enter picks,
 * Esc cancels. Clicks and handled keys never reach the page's own handlers while picking.
 */
import { COLLAPSED_ATTR, PLACEHOLDER_ATTR } from '../contract/page-contract';
import type { TextLanguage } from '../ui/text-language';
import { lastModalDialog } from './page-locks';
import { openingWords } from './preview';

export interface PickerText {
  /** The toolbar's accessible name. */
  label: string;
  hint: string;
  /** "Selected: $1" */
  current: (what: string) => string;
  cancel: string;
  /** The reader's language, which need not be the page's. */
  language: TextLanguage;
}

export interface PickerOptions {
  readonly doc: Document;
  readonly text: PickerText;
  readonly onPick: (element: Element) => void;
  readonly onEnd?: () => void;
}

const STYLE = `
:host { all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; pointer-events: none !important; }
.box { position: fixed; display: none; box-sizing: border-box; border: 2px solid #1f5fa6; background: rgba(31, 95, 166, .14); box-shadow: 0 0 0 1px #fff; }
.bar {
  position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); max-width: min(640px, calc(100% - 32px));
  pointer-events: none; display: grid; gap: 4px; padding: 10px 14px; border-radius: 10px;
  font: 13px/1.45 system-ui, sans-serif; color: #1d2125; background: #fff; border: 1px solid #6b7480;
  box-shadow: 0 4px 18px rgba(0, 0, 0, .25);
}
.bar:focus-visible, button:focus-visible { outline: 2px solid #1f5fa6; outline-offset: 2px; }
.row { display: flex; gap: 12px; align-items: center; justify-content: space-between; }
.current { font-weight: 600; overflow-wrap: anywhere; }
/* Only the button takes the pointer: what lies under the bar can still be pointed at and picked. */
button { pointer-events: auto; font: inherit; color: #1d2125; background: #f3f5f7; border: 1px solid #6b7480; border-radius: 6px; padding: 3px 10px; cursor: pointer; }
@media (prefers-color-scheme: dark) {
  .bar { color: #e8eaed; background: #202124; border-color: #9aa2ad; }
  button { color: #e8eaed; background: #2b2d31; border-color: #9aa2ad; }
  .box { border-color: #8ab4f8; background: rgba(138, 180, 248, .18); box-shadow: 0 0 0 1px #000; }
}
`;

/** Events a pick must not pass on to the page (a link would follow, a button would act). */
const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'auxclick', 'dblclick'] as const;
/** Words of the highlighted element a listener hears: a short label, not a reading. */
const SPOKEN_WORDS = 8;

/** What the reader may pick: an element of the page that is shown and is not the whole page or Unnag's own. */
export function isPickable(element: Element | null): element is Element {
  if (!element) return false;
  const doc = element.ownerDocument;
  if (element === doc.documentElement || element === doc.body || element === doc.head) return false;
  if (element.closest(`[${PLACEHOLDER_ATTR}], [${COLLAPSED_ATTR}], head`)) return false;
  return element.getClientRects().length > 0;
}

/** Where each arrow key moves the highlight; null when there is nowhere to go. */
export function step(from: Element, key: string): Element | null {
  const next = (start: Element | null, move: (el: Element) => Element | null): Element | null => {
    for (let el = start; el; el = move(el)) if (isPickable(el)) return el;
    return null;
  };
  switch (key) {
    case 'ArrowUp':
      // A wrapper without a box of its own (`display: contents`) is passed over, not a dead end.
      return next(from.parentElement, (el) => el.parentElement);
    case 'ArrowDown':
      return next(from.firstElementChild, (el) => el.nextElementSibling);
    case 'ArrowLeft':
      return next(from.previousElementSibling, (el) => el.previousElementSibling);
    case 'ArrowRight':
      return next(from.nextElementSibling, (el) => el.nextElementSibling);
    default:
      return null;
  }
}

/** The focused element, inside open shadow roots too (the document names only their host). */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** "section.end-appeal — Before you go…": enough for a listener to know what is highlighted. */
export function describeElement(element: Element): string {
  const classes = [...element.classList].slice(0, 2).map((c) => `.${c}`).join('');
  const text = openingWords(element, SPOKEN_WORDS);
  return text ? `${element.localName}${classes} — ${text}` : `${element.localName}${classes}`;
}

export class ElementPicker {
  readonly #doc: Document;
  readonly #options: PickerOptions;
  readonly #host: HTMLElement;
  readonly #root: ShadowRoot;
  readonly #box: HTMLElement;
  readonly #bar: HTMLElement;
  readonly #current: HTMLElement;
  readonly #cancel: HTMLButtonElement;
  #target: Element | null = null;
  #returnFocus: Element | null = null;
  /** On from start() to stop(), whatever the page does to the host (a script may clear the page's children). */
  #on = false;

  constructor(options: PickerOptions) {
    this.#options = options;
    const doc = (this.#doc = options.doc);
    // Like the placeholders, a tag of its own so it shifts no `:nth-of-type` position.
    this.#host = doc.createElement('unnag-picker');
    this.#host.setAttribute(PLACEHOLDER_ATTR, '');
    const root = (this.#root = this.#host.attachShadow({ mode: 'closed' }));
    // A frame takes the pointer's events into its own document, out of the picker's reach: while
    // picking, the pointer passes through frames to what holds them (the keys still reach a frame).
    const framesPassThrough = doc.createElement('style');
    framesPassThrough.textContent = 'iframe, frame, embed, object { pointer-events: none !important; }';
    this.#host.append(framesPassThrough);
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.#box = doc.createElement('div');
    this.#box.className = 'box';
    this.#bar = doc.createElement('div');
    this.#bar.className = 'bar';
    this.#bar.tabIndex = -1;
    this.#bar.setAttribute('role', 'dialog');
    this.#bar.setAttribute('aria-label', options.text.label);
    this.#bar.lang = options.text.language.lang;
    this.#bar.dir = options.text.language.dir;
    const hint = doc.createElement('p');
    hint.textContent = options.text.hint;
    hint.style.margin = '0';
    this.#current = doc.createElement('p');
    this.#current.className = 'current';
    this.#current.style.margin = '0';
    this.#current.setAttribute('aria-live', 'polite');
    this.#cancel = doc.createElement('button');
    this.#cancel.type = 'button';
    this.#cancel.textContent = options.text.cancel;
    this.#cancel.addEventListener('click', () => this.stop());
    const row = doc.createElement('div');
    row.className = 'row';
    row.append(hint, this.#cancel);
    this.#bar.append(row, this.#current);
    root.append(style, this.#box, this.#bar);
  }

  get active(): boolean {
    return this.#on;
  }

  /**
   * Into a modal dialog the page keeps open, else the root: such a dialog makes everything outside
   * it inert (no focus, no clicks) and draws over it from the top layer, so a toolbar outside it
   * could be neither seen nor used. Its fixed position reads from the window, unless the dialog is
   * transformed: then from the dialog's box (see #place). Also after the page took the toolbar out,
   * or opened a dialog since.
   */
  #attach(): void {
    const parent = lastModalDialog(this.#doc) ?? this.#doc.documentElement;
    if (this.#host.parentElement === parent) return;
    // Moved, the toolbar would lose the keyboard's focus: it keeps it.
    const focused = this.#root.activeElement !== null;
    parent.append(this.#host);
    if (focused) this.#bar.focus({ preventScroll: true });
  }

  start(): void {
    if (this.#on) return;
    this.#on = true;
    const view = this.#doc.defaultView!;
    this.#attach();
    this.#returnFocus = deepActiveElement(this.#doc);
    // Keyboard users start from what is in the middle of the screen, or else from the top of the page.
    const middle = this.#doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2);
    this.#highlight(isPickable(middle) ? middle : this.#doc.body && step(this.#doc.body, 'ArrowDown'));
    view.addEventListener('mousemove', this.#onMove, true);
    view.addEventListener('keydown', this.#onKey, true);
    view.addEventListener('scroll', this.#onScroll, true);
    view.addEventListener('resize', this.#onScroll);
    for (const type of SWALLOWED) view.addEventListener(type, this.#onPointer, true);
    this.#bar.focus({ preventScroll: true });
  }

  stop(): void {
    if (!this.#on) return;
    this.#on = false;
    const view = this.#doc.defaultView!;
    view.removeEventListener('mousemove', this.#onMove, true);
    view.removeEventListener('keydown', this.#onKey, true);
    view.removeEventListener('scroll', this.#onScroll, true);
    view.removeEventListener('resize', this.#onScroll);
    for (const type of SWALLOWED) view.removeEventListener(type, this.#onPointer, true);
    this.#host.remove();
    this.#target = null;
    if (this.#returnFocus instanceof HTMLElement && this.#returnFocus.isConnected) this.#returnFocus.focus({ preventScroll: true });
    this.#returnFocus = null;
    this.#options.onEnd?.();
  }

  #pick(): void {
    const target = this.#target;
    if (!target) return;
    this.stop();
    this.#options.onPick(target);
  }

  #highlight(element: Element | null): void {
    // The page may have taken the toolbar out (a script clearing the page's children), or opened a modal dialog.
    this.#attach();
    this.#target = element;
    this.#current.textContent = element ? this.#options.text.current(describeElement(element)) : '';
    this.#place();
  }

  #place(): void {
    const element = this.#target;
    if (!element) {
      this.#box.style.display = 'none';
      return;
    }
    const rect = element.getBoundingClientRect();
    // The host covers the window, or, inside a transformed dialog (a common way to centre one), the
    // dialog's box, which its fixed children then place themselves from, at its scale (a dialog
    // that zooms in as it opens): the highlight is set from the host's corner, in the host's pixels.
    // (The bar's sizes are in percentages of the same box.)
    const origin = this.#host.getBoundingClientRect();
    const scaleX = this.#host.offsetWidth > 0 ? origin.width / this.#host.offsetWidth : 1;
    const scaleY = this.#host.offsetHeight > 0 ? origin.height / this.#host.offsetHeight : 1;
    Object.assign(this.#box.style, {
      display: 'block',
      left: `${(rect.left - origin.left) / scaleX}px`,
      top: `${(rect.top - origin.top) / scaleY}px`,
      width: `${rect.width / scaleX}px`,
      height: `${rect.height / scaleY}px`,
    });
  }

  readonly #onMove = (event: MouseEvent): void => {
    const target = event.target;
    if (target instanceof Element && target !== this.#host && target !== this.#target && isPickable(target)) this.#highlight(target);
  };

  readonly #onPointer = (event: Event): void => {
    // The toolbar's own button works as usual.
    if (event.target === this.#host) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type !== 'click') return;
    const target = event.target;
    if (target instanceof Element && isPickable(target)) this.#highlight(target);
    this.#pick();
  };

  readonly #onKey = (event: KeyboardEvent): void => {
    // A closed shadow root hides its nodes from composedPath(); the root itself still knows its focus.
    const onCancelButton = this.#root.activeElement === this.#cancel;
    if (event.key === 'Escape') {
      this.stop();
    } else if (event.key === 'Enter' && !onCancelButton) {
      this.#pick();
    } else if (event.key.startsWith('Arrow')) {
      const next = this.#target ? step(this.#target, event.key) : null;
      if (next) this.#highlight(next);
    } else {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  readonly #onScroll = (): void => this.#place();
}

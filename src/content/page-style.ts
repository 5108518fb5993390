/**
 * Unnag's one stylesheet in the page. It carries three kinds of rule:
 * - a fallback that keeps collapsed elements hidden when a site rewrites their style attribute
 *   (the inline `!important` declaration is the first line of defence, see collapse.ts);
 * - the selectors remembered from earlier visits, so an appeal is never painted while the page
 *   loads (installed at document_start, before the body exists). Each is guarded so that even a
 *   stale selector cannot hide the article's own blocks or a container of many paragraphs (a
 *   frame's box waits hidden with its size kept), and the reader's own picks for the site;
 * - once a collapsed pop-up's locks are lifted (page-locks.ts), what lets the window scroll again
 *   (the root element's or the body's overflow, or the body back in the page's flow) and the body
 *   take clicks again. Where the lift does not take (the site set the lock inline with
 *   `!important`, which no stylesheet outweighs, or in a cascade layer it declared before Unnag's,
 *   whose `!important` outweighs later layers'), it is written inline too, and taken back with the
 *   others.
 */
import { COLLAPSED_ATTR, PLACEHOLDER_ATTR, REVEALED_ATTR } from '../contract/page-contract';
import { FRAMES } from './frame-reports';
import { overrideInline, type InlineOverride } from './inline-override';
import { LIFTS, liftRule, type PageLock } from './page-locks';

const FALLBACK_RULE = `[${COLLAPSED_ATTR}]:not([${REVEALED_ATTR}]) { display: none !important; }`;
/** What a remembered selector may never hide, whatever it matches on a changed page. */
const NEVER_EARLY = 'article, main, [role="main"], p, h1, h2, h3, li, blockquote, :has(h1, article, main, p ~ p ~ p ~ p ~ p ~ p)';
/**
 * A remembered frame, or a box holding one, is hidden with its size kept, out of the page's flow:
 * the content script in the frame reads it only at an appeal's size (in-frame.ts), and its report
 * is what confirms the selector.
 */
const HOLDS_FRAME = `${FRAMES}, :has(${FRAMES})`;
const SIZE_KEPT = 'position: absolute !important; visibility: hidden !important; clip-path: inset(50%) !important; pointer-events: none !important;';
/** What the reader reopened stays open: a remembered selector hides it no more than Unnag's own collapse does. */
const REOPENED = `[${REVEALED_ATTR}]`;
/** How often a page may remove the stylesheet before Unnag stops putting it back. */
const MAX_REATTACH = 10;

/**
 * True when `selector` is one selector list the browser accepts, with nothing that could end a rule
 * or run on into the next one: querySelector closes at its end a comment, a string or a bracket
 * left open, where Unnag's stylesheet would read on and lose every rule after it.
 */
export function isUsableSelector(doc: Document, selector: string): boolean {
  if (/[{};]/.test(selector)) return false;
  try {
    doc.createDocumentFragment().querySelector(selector);
    new CSSStyleSheet().insertRule(`${selector} {}`);
    return true;
  } catch {
    return false;
  }
}

export class PageStyle {
  readonly #element: HTMLStyleElement;
  #early: readonly string[] = [];
  /** What the early rules never hide: what the reader reopened, and what their "not clutter" rules name (spare()). */
  #spared = REOPENED;
  /** The reader's own picks on this site (a selector list; null: none), hidden from document_start (hidePicked()). */
  #picked: string | null = null;
  #lifted = new Set<PageLock>();
  /** The lifts written inline, where the stylesheet's did not take. */
  #inline: InlineOverride[] = [];
  #attachments = 0;

  constructor(private readonly doc: Document) {
    this.#element = doc.createElement('style');
    this.#element.setAttribute(PLACEHOLDER_ATTR, '');
    this.#render();
  }

  /** Puts the stylesheet in the page (or back, after the page removed it: a bounded number of times). */
  attach(): void {
    if (this.#element.isConnected || this.#attachments++ > MAX_REATTACH) return;
    (this.doc.head ?? this.doc.documentElement).append(this.#element);
  }

  detach(): void {
    this.#element.remove();
    this.#attachments = 0;
    this.dropLifts();
  }

  isOwn(node: Node): boolean {
    return node === this.#element;
  }

  /** The remembered selectors that hide elements before the detector has seen them. */
  get early(): readonly string[] {
    return this.#early;
  }

  setEarly(selectors: readonly string[]): void {
    this.#early = selectors.filter((s) => isUsableSelector(this.doc, s));
    this.#render();
  }

  /**
   * The reader's "not clutter" rules (a selector list; null: none): an element they name, one inside
   * it or one holding it is never hidden early, as the controller never collapses it (so it would
   * only be hidden until the page is parsed, and then shown: a jump).
   */
  spare(notClutter: string | null): void {
    const named = notClutter && `:is(${notClutter}), :is(${notClutter}) *, :has(:is(${notClutter}))`;
    // A rule that holds :has() cannot sit in another :has(): what it names is then spared by the controller alone.
    this.#spared = named && isUsableSelector(this.doc, `:not(${named})`) ? `${REOPENED}, ${named}` : REOPENED;
    this.#render();
  }

  /**
   * The reader's picks for this site: hidden before they are painted, as the controller collapses
   * them once the page is parsed (never the page itself, whatever an imported rule names).
   */
  hidePicked(picked: string | null): void {
    this.#picked = picked;
    this.#render();
  }

  /** Whether a remembered selector hides `element` now (it waits to be confirmed). */
  hidesEarly(element: Element): boolean {
    return this.#early.length > 0 && element.matches(this.#early.join(', '));
  }

  /** Stops hiding by one remembered selector (it matched something the detector did not confirm). */
  dropEarly(selector: string): void {
    if (!this.#early.includes(selector)) return;
    this.#early = this.#early.filter((s) => s !== selector);
    this.#render();
  }

  /** Lifts the page's `locks` (until detach or dropLifts). */
  liftLocks(locks: readonly PageLock[]): void {
    const added = locks.filter((lock) => !this.#lifted.has(lock));
    if (added.length === 0) return;
    for (const lock of added) this.#lifted.add(lock);
    this.#render();
    const view = this.doc.defaultView;
    for (const lock of added) {
      const { on, declarations } = LIFTS[lock];
      const element = on === 'html' ? this.doc.documentElement : this.doc.body;
      if (!element || !view) continue;
      // Read after the sheet's lift is in: what still differs is held by something that outweighs it.
      const style = view.getComputedStyle(element);
      for (const [property, value] of declarations) {
        if (style.getPropertyValue(property) !== value) this.#inline.push(overrideInline(element, property, value));
      }
    }
  }

  /** Gives the page its own locks back (the pop-ups that set them are open again). */
  dropLifts(): void {
    if (this.#lifted.size === 0) return;
    this.#lifted.clear();
    for (const lift of this.#inline.reverse()) lift.undo();
    this.#inline = [];
    this.#render();
  }

  #render(): void {
    const early = this.#early.flatMap((s) => [
      `:is(${s}):not(${NEVER_EARLY}, ${this.#spared}, ${HOLDS_FRAME}) { display: none !important; }`,
      `:is(${s}):is(${HOLDS_FRAME}):not(${NEVER_EARLY}, ${this.#spared}) { ${SIZE_KEPT} }`,
    ]);
    const picked = this.#picked ? [`:is(${this.#picked}):not(html, body, head, ${REOPENED}) { display: none !important; }`] : [];
    this.#element.textContent = [FALLBACK_RULE, ...early, ...picked, ...[...this.#lifted].map(liftRule)].join('\n');
  }
}

/**
 * Applies the detector's verdicts to the page: hides an element (no layout box) and puts a slim
 * placeholder in its place that reopens it. Follows the page contract (src/contract/page-contract.ts).
 *
 * Hiding is an inline `display: none !important`, which outranks every rule of the site's own
 * stylesheets; when the site rewrites the style attribute or strips the contract attribute, `repair`
 * puts them back, a bounded number of times (page-style.ts keeps a stylesheet fallback beyond that).
 * Reopening gives the element back exactly as the site last left it.
 */
import type { CollapseKind } from '../contract/categories';
import { COLLAPSED_ATTR, REVEALED_ATTR } from '../contract/page-contract';
import { createPlaceholder, PLACEHOLDER_TAG, type PlaceholderText } from './placeholder';
import { previewOf } from './preview';

export interface CollapsedEntry {
  readonly id: number;
  readonly element: Element;
  readonly kind: CollapseKind;
  readonly reasons: readonly string[];
  /**
   * The element's first words, read when first asked for (by the popup), not on every collapse;
   * read again while there are none (a widget may draw its words after it was collapsed).
   */
  readonly preview: string;
  revealed: boolean;
}

class Entry implements CollapsedEntry {
  revealed = true;
  #preview: string | undefined;

  constructor(
    readonly id: number,
    readonly element: Element,
    readonly kind: CollapseKind,
    readonly reasons: readonly string[],
  ) {}

  get preview(): string {
    return (this.#preview ||= previewOf(this.element));
  }
}

interface Hidden {
  /** The style attribute as the site last set it (null: none), to give back on reveal. */
  siteStyle: string | null;
  /** The style attribute as Unnag wrote it, to tell the site's rewrites from Unnag's own. */
  ownStyle: string | null;
  placeholder: Element | null;
}

/** Repairs per element: enough to outlast a site's one-off reset, too few to fight a loop. */
export const MAX_REPAIRS = 20;

/** What the keyboard can reach in an element (a positive tabindex aside, Tab takes them in page order). */
const KEYBOARD_CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

function focusFirstControl(element: Element): void {
  for (const control of element.querySelectorAll<HTMLElement>(KEYBOARD_CONTROLS)) {
    if (control.matches(':disabled') || control.getClientRects().length === 0) continue;
    control.focus({ preventScroll: true });
    return;
  }
}

function isHiddenByUnnag(element: Element): boolean {
  const style = (element as HTMLElement).style;
  return style?.getPropertyValue('display') === 'none' && style.getPropertyPriority('display') === 'important';
}

export class Collapser {
  #nextId = 1;
  /** Entries whose element is in the page (or was, until the next sweep). */
  readonly #entries = new Map<number, CollapsedEntry>();
  /** Placeholders Unnag made (a copy the site made of one has no Show in it). */
  readonly #placeholders = new WeakSet<Element>();
  /** Every element ever collapsed, so one the site removes and puts back is recognised. */
  readonly #byElement = new WeakMap<Element, CollapsedEntry>();
  readonly #hidden = new WeakMap<CollapsedEntry, Hidden>();
  readonly #repairs = new WeakMap<CollapsedEntry, number>();
  /** Entries collapsed under another's placeholder (the rest of one appeal made of sibling elements): reopened and hidden with it. */
  readonly #followers = new WeakMap<CollapsedEntry, CollapsedEntry[]>();
  /** A run's first element the site took away, and the element that took its placeholder over. */
  readonly #heirs = new WeakMap<CollapsedEntry, CollapsedEntry>();

  constructor(
    private readonly text: (kind: CollapseKind) => PlaceholderText,
    /** An entry was reopened or collapsed again (by its placeholder, the popup, or the page going off). */
    private readonly onToggle?: (entry: CollapsedEntry) => void,
  ) {}

  entries(): CollapsedEntry[] {
    return [...this.#entries.values()];
  }

  /** One entry per appeal, as the reader sees them: a run of sibling elements under one placeholder is its first element's entry. */
  appeals(): CollapsedEntry[] {
    const entries = this.entries();
    const following = new Set(entries.flatMap((entry) => this.#followers.get(entry) ?? []));
    return entries.filter((entry) => !following.has(entry));
  }

  /** How many appeals are collapsed right now. */
  count(): number {
    return this.appeals().filter((entry) => !entry.revealed).length;
  }

  /** The elements of entry `id`'s appeal: its own, and those collapsed under its placeholder. */
  elementsOf(id: number): Element[] {
    const entry = this.#entries.get(id);
    return entry ? [entry.element, ...(this.#followers.get(entry) ?? []).map((f) => f.element)] : [];
  }

  entryOf(element: Element): CollapsedEntry | undefined {
    return this.#byElement.get(element);
  }

  /** Whether `element` is collapsed now (known and not reopened). */
  isCollapsed(element: Element): boolean {
    return this.#byElement.get(element)?.revealed === false;
  }

  /** Collapses `element` (once: an element already known, collapsed or reopened, is left as it is). */
  collapse(
    element: Element,
    kind: CollapseKind,
    reasons: readonly string[],
    withPlaceholder: boolean,
    /** The first element of the same appeal, collapsed already: this one shares its placeholder. */
    runStart?: Element,
  ): CollapsedEntry {
    const known = this.#byElement.get(element);
    if (known) return known;
    const entry = new Entry(this.#nextId++, element, kind, reasons);
    this.#entries.set(entry.id, entry);
    this.#byElement.set(element, entry);
    const leader = runStart ? this.#byElement.get(runStart) : undefined;
    const shared = leader !== undefined && !leader.revealed && this.#hidden.get(leader)?.placeholder != null;
    if (shared) this.#followers.set(leader, [...(this.#followers.get(leader) ?? []), entry]);
    this.#hide(entry, withPlaceholder && !shared);
    return entry;
  }

  reveal(id: number): boolean {
    const entry = this.#entries.get(id);
    if (!entry || entry.revealed) return false;
    this.#unhide(entry);
    entry.element.setAttribute(REVEALED_ATTR, '');
    entry.revealed = true;
    for (const follower of this.#followers.get(entry) ?? []) this.reveal(follower.id);
    this.onToggle?.(entry);
    return true;
  }

  /**
   * Moves the collapse of `element` out to `container`, a container of it that is only its frame
   * (a pop-up's overlay, backdrops.ts): the container is hidden, under a placeholder if the element
   * had one, and the element is given back as it was, not as reopened (it lies in a collapsed
   * container). Its followers go with it: those inside the container are given back, the rest
   * follow the container. Returns the container's entry (undefined: nothing moved).
   */
  widen(element: Element, container: Element): CollapsedEntry | undefined {
    const entry = this.#byElement.get(element);
    if (!entry || entry.revealed || this.#byElement.has(container) || !container.contains(element)) return undefined;
    const withPlaceholder = this.#hidden.get(entry)?.placeholder != null;
    const followers = this.#followers.get(entry) ?? [];
    const inside = followers.filter((f) => container.contains(f.element));
    for (const gone of [entry, ...inside]) this.#forget(gone);
    const wider = this.collapse(container, entry.kind, entry.reasons, withPlaceholder);
    const outside = followers.filter((f) => !inside.includes(f));
    if (outside.length > 0) this.#followers.set(wider, outside);
    return wider;
  }

  collapseAgain(id: number): boolean {
    const entry = this.#entries.get(id);
    if (!entry || !entry.revealed) return false;
    entry.element.removeAttribute(REVEALED_ATTR);
    this.#hide(entry, this.#hidden.get(entry)?.placeholder != null);
    for (const follower of this.#followers.get(entry) ?? []) this.collapseAgain(follower.id);
    this.onToggle?.(entry);
    return true;
  }

  /**
   * Collapses again the reopened appeal `element` is, or lies in: the reader picked it with the
   * picker, and their latest word wins. A run goes back under its first element's line. Returns
   * whether one did.
   */
  collapseReopenedAround(element: Element): boolean {
    const reopened = element.closest(`[${REVEALED_ATTR}]`);
    const entry = reopened ? this.#byElement.get(reopened) : undefined;
    if (!entry?.revealed) return false;
    const appeal = this.appeals().find((leader) => leader === entry || this.#followers.get(leader)?.includes(entry));
    return this.collapseAgain((appeal ?? entry).id);
  }

  /** Puts the page back as it was (the site was switched off). */
  revealAll(): void {
    for (const entry of [...this.#entries.values()]) {
      this.#forget(entry);
      entry.element.removeAttribute(REVEALED_ATTR);
    }
  }

  /**
   * After the site touched a collapsed element (rewrote its style, dropped the contract attribute,
   * moved it or put it back in the page): hides it again and puts its placeholder back before it.
   * Bounded per element; returns false once it has given up.
   */
  repair(element: Element): boolean {
    const entry = this.#byElement.get(element);
    if (!entry || entry.revealed || !element.isConnected) return true;
    this.#entries.set(entry.id, entry);
    const hidden = this.#hidden.get(entry);
    if (hidden) this.#rejoin(entry, hidden);
    const placeholderAway = hidden?.placeholder != null && hidden.placeholder.nextSibling !== element;
    const broken = !isHiddenByUnnag(element) || element.getAttribute(COLLAPSED_ATTR) !== entry.kind;
    if (!hidden || (!broken && !placeholderAway)) return true;
    const repairs = this.#repairs.get(entry) ?? 0;
    if (repairs >= MAX_REPAIRS) return false;
    this.#repairs.set(entry, repairs + 1);
    if (broken) {
      this.#noteSiteStyle(hidden, element);
      this.#applyHiding(entry, hidden);
    }
    if (placeholderAway) element.before(hidden.placeholder!);
    return true;
  }

  /** Forgets collapsed elements the site took out of the page, and removes their placeholders; true when there were any. */
  sweep(): boolean {
    let swept = false;
    for (const entry of this.#entries.values()) {
      if (entry.element.isConnected) continue;
      swept = true;
      const placeholder = this.#hidden.get(entry)?.placeholder;
      placeholder?.remove();
      // Still in #byElement: if the site puts the element back, `repair` brings the entry back.
      this.#entries.delete(entry.id);
      if (placeholder) this.#handOver(entry);
    }
    return swept;
  }

  /** The site took a run's first element away: the next one still in the page takes its placeholder and the rest of the run. */
  #handOver(leader: CollapsedEntry): void {
    const [next, ...rest] = (this.#followers.get(leader) ?? []).filter((f) => f.element.isConnected && this.#entries.has(f.id));
    this.#followers.delete(leader);
    const hidden = next && this.#hidden.get(next);
    if (!next || !hidden) return;
    hidden.placeholder = this.#placeholderFor(next);
    if (!next.revealed) next.element.before(hidden.placeholder);
    if (rest.length > 0) this.#followers.set(next, rest);
    this.#heirs.set(leader, next);
    this.#hidden.get(leader)!.placeholder = null;
  }

  /**
   * A run's first element the site puts back after its line went to the next element: it follows
   * that one again (one line, one appeal), or, with the heir gone or reopened, gets a line of its own.
   */
  #rejoin(entry: CollapsedEntry, hidden: Hidden): void {
    const heir = this.#heirs.get(entry);
    if (!heir) return;
    this.#heirs.delete(entry);
    if (this.#entries.has(heir.id) && heir.element.isConnected && !heir.revealed) this.#followers.set(heir, [...(this.#followers.get(heir) ?? []), entry]);
    else hidden.placeholder = this.#placeholderFor(entry);
  }

  #placeholderFor(entry: CollapsedEntry): Element {
    const doc = entry.element.ownerDocument;
    const placeholder = createPlaceholder(doc, this.text(entry.kind), (byKeyboard) => {
      // A reader on the keyboard keeps their place: the line they pressed goes, focus moves into what
      // it reopened. A click or tap moves nothing (a box's e-mail field would open a phone's keyboard).
      const focused = byKeyboard && doc.activeElement === placeholder;
      if (this.reveal(entry.id) && focused) focusFirstControl(entry.element);
    });
    this.#placeholders.add(placeholder);
    return placeholder;
  }

  /**
   * Copies the site made of collapsed elements (markup copied with `innerHTML +=`, a framework's
   * cache of a view put back) carry the contract attribute and Unnag's hiding, but are no element
   * Unnag collapsed: no line stands for them and switching Unnag off would not bring them back.
   * Under `root`, they are given back as plain elements, for the detector to judge afresh, and
   * copied placeholders (empty, and no Show in them) are taken away.
   */
  giveBackCopies(root: Element): void {
    // Nothing collapsed yet on this page, nothing copied: most pages' insertions look no further.
    if (this.#nextId === 1) return;
    for (const el of [root, ...root.querySelectorAll(`[${COLLAPSED_ATTR}], ${PLACEHOLDER_TAG}`)]) {
      if (el.localName === PLACEHOLDER_TAG) {
        if (!this.#placeholders.has(el)) el.remove();
      } else if (el.hasAttribute(COLLAPSED_ATTR) && !this.#byElement.has(el)) {
        el.removeAttribute(COLLAPSED_ATTR);
        if (!isHiddenByUnnag(el)) continue;
        (el as HTMLElement).style.removeProperty('display');
        if (el.getAttribute('style') === '') el.removeAttribute('style');
      }
    }
  }

  /** Gives the element back with the style the site last gave it, and takes its placeholder away. */
  #unhide(entry: CollapsedEntry): void {
    const hidden = this.#hidden.get(entry);
    const { element } = entry;
    if (hidden) {
      if (element.getAttribute('style') !== hidden.ownStyle) this.#noteSiteStyle(hidden, element);
      if (hidden.siteStyle === null) element.removeAttribute('style');
      else element.setAttribute('style', hidden.siteStyle);
      hidden.placeholder?.remove();
    }
    element.removeAttribute(COLLAPSED_ATTR);
  }

  /** Gives an element back as if it had never been collapsed (a reopened one is left as it is), and forgets it. */
  #forget(entry: CollapsedEntry): void {
    if (!entry.revealed) this.#unhide(entry);
    this.#entries.delete(entry.id);
    this.#byElement.delete(entry.element);
    this.#followers.delete(entry);
  }

  #hide(entry: CollapsedEntry, withPlaceholder: boolean): void {
    const { element } = entry;
    let placeholder: Element | null = null;
    if (withPlaceholder) {
      placeholder = this.#placeholderFor(entry);
      element.before(placeholder);
    }
    const hidden: Hidden = { siteStyle: element.getAttribute('style'), ownStyle: null, placeholder };
    this.#hidden.set(entry, hidden);
    this.#applyHiding(entry, hidden);
    entry.revealed = false;
  }

  #applyHiding(entry: CollapsedEntry, hidden: Hidden): void {
    const { element } = entry;
    (element as HTMLElement).style?.setProperty('display', 'none', 'important');
    element.setAttribute(COLLAPSED_ATTR, entry.kind);
    hidden.ownStyle = element.getAttribute('style');
  }

  /** The site rewrote the style attribute while the element was hidden: that is now the site's own. */
  #noteSiteStyle(hidden: Hidden, element: Element): void {
    const current = element.getAttribute('style');
    if (current === hidden.ownStyle) return;
    if (current === null || !isHiddenByUnnag(element)) {
      hidden.siteStyle = current;
      return;
    }
    // The site changed other properties and kept Unnag's display: keep its change, drop Unnag's part.
    const probe = element.ownerDocument.createElement('div');
    probe.setAttribute('style', current);
    const before = element.ownerDocument.createElement('div');
    if (hidden.siteStyle !== null) before.setAttribute('style', hidden.siteStyle);
    probe.style.removeProperty('display');
    const display = before.style.getPropertyValue('display');
    if (display) probe.style.setProperty('display', display, before.style.getPropertyPriority('display'));
    hidden.siteStyle = probe.getAttribute('style') || null;
  }
}

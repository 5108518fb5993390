/**
 * Applies the detector's verdicts to the page: hides an element (no layout box) and puts a slim
 * placeholder in its place that reopens it. Follows the page contract (src/contract/page-contract.ts).
 */
import type { CollapseKind } from '../contract/categories';
import { COLLAPSED_ATTR, PLACEHOLDER_ATTR, REVEALED_ATTR } from '../contract/page-contract';
import { createPlaceholder, type PlaceholderText } from './placeholder';

export interface CollapsedEntry {
  readonly id: number;
  readonly element: Element;
  readonly kind: CollapseKind;
  readonly reasons: readonly string[];
  readonly preview: string;
  revealed: boolean;
}

interface Restore {
  /** The element's own `style` attribute before Unnag touched it (null: it had none). */
  style: string | null;
  placeholder: Element | null;
}

const PREVIEW_WORDS = 12;

function previewOf(element: Element): string {
  const words = (element.textContent ?? '').trim().split(/\s+/, PREVIEW_WORDS + 1);
  return words.slice(0, PREVIEW_WORDS).join(' ') + (words.length > PREVIEW_WORDS ? '…' : '');
}

export class Collapser {
  #nextId = 1;
  readonly #entries = new Map<number, CollapsedEntry>();
  readonly #byElement = new WeakMap<Element, CollapsedEntry>();
  readonly #restore = new WeakMap<CollapsedEntry, Restore>();

  constructor(
    private readonly text: (kind: CollapseKind) => PlaceholderText,
    private readonly withPlaceholder: () => boolean,
  ) {}

  entries(): CollapsedEntry[] {
    return [...this.#entries.values()];
  }

  /** How many elements are collapsed right now. */
  count(): number {
    let n = 0;
    for (const entry of this.#entries.values()) if (!entry.revealed) n++;
    return n;
  }

  isKnown(element: Element): boolean {
    return this.#byElement.has(element);
  }

  collapse(element: Element, kind: CollapseKind, reasons: readonly string[]): CollapsedEntry {
    const known = this.#byElement.get(element);
    if (known) return known;
    const entry: CollapsedEntry = { id: this.#nextId++, element, kind, reasons, preview: previewOf(element), revealed: true };
    this.#entries.set(entry.id, entry);
    this.#byElement.set(element, entry);
    this.#hide(entry);
    return entry;
  }

  reveal(id: number): boolean {
    const entry = this.#entries.get(id);
    if (!entry || entry.revealed) return false;
    const restore = this.#restore.get(entry);
    const { element } = entry;
    if (restore) {
      if (restore.style === null) element.removeAttribute('style');
      else element.setAttribute('style', restore.style);
      restore.placeholder?.remove();
    }
    element.removeAttribute(COLLAPSED_ATTR);
    element.setAttribute(REVEALED_ATTR, '');
    entry.revealed = true;
    return true;
  }

  collapseAgain(id: number): boolean {
    const entry = this.#entries.get(id);
    if (!entry || !entry.revealed) return false;
    entry.element.removeAttribute(REVEALED_ATTR);
    this.#hide(entry);
    return true;
  }

  /** Puts the page back as it was (the site was switched off). */
  revealAll(): void {
    for (const entry of this.#entries.values()) {
      this.reveal(entry.id);
      entry.element.removeAttribute(REVEALED_ATTR);
      this.#byElement.delete(entry.element);
    }
    this.#entries.clear();
  }

  #hide(entry: CollapsedEntry): void {
    const { element } = entry;
    const style = element.getAttribute('style');
    let placeholder: Element | null = null;
    if (this.withPlaceholder()) {
      placeholder = createPlaceholder(element.ownerDocument, this.text(entry.kind), () => this.reveal(entry.id));
      element.before(placeholder);
    }
    this.#restore.set(entry, { style, placeholder });
    // An inline !important declaration outranks every rule of the site's stylesheets.
    (element as HTMLElement).style?.setProperty('display', 'none', 'important');
    element.setAttribute(COLLAPSED_ATTR, entry.kind);
    entry.revealed = false;
  }
}

export function isUnnagPlaceholder(node: Node): boolean {
  return node instanceof Element && node.hasAttribute(PLACEHOLDER_ATTR);
}

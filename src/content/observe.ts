/**
 * The content script's one MutationObserver, and the cheap first look at what it reports: which
 * subtrees were added, which elements changed their class or style (and so may have become
 * visible), which collapsed elements the site touched, and whether anything was removed.
 * Unnag's own nodes and its own writes are left out.
 */
import { COLLAPSED_ATTR, PLACEHOLDER_ATTR } from '../contract/page-contract';

/** Attributes whose change can show a hidden element, or undo a collapse; and the page's language. */
export const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'open', COLLAPSED_ATTR, 'lang'];

export interface MutationSummary {
  /** Roots of added subtrees (a changed text's element stands for its text). */
  readonly added: Element[];
  /** Elements (not collapsed) whose watched attributes changed. */
  readonly restyled: Element[];
  /** Collapsed elements the site re-styled or put (back) into the page. */
  readonly touched: Element[];
  readonly removedSomething: boolean;
  /** Unnag's own nodes (its stylesheet, a placeholder) that the page removed. */
  readonly ownRemoved: boolean;
  /** The page set or changed its language (the `lang` of its root element), as a script may after load. */
  readonly languageChanged: boolean;
  /** `<dialog>` elements the page opened (their `open` attribute set), as a wall reopening itself does. */
  readonly opened: Element[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function isOwnNode(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && (node as Element).hasAttribute(PLACEHOLDER_ATTR);
}

/**
 * Sorts a batch of records; linear in the number of records and touched nodes, no tree walks.
 * It runs on every batch a page makes, so it keeps to indexed loops and numeric node types: a
 * NodeList iterator or a lookup of the `Node` interface per node costs more than the rest.
 */
export function summarize(records: readonly MutationRecord[], isCollapsed: (el: Element) => boolean): MutationSummary {
  const added: Element[] = [];
  const restyled: Element[] = [];
  const touched: Element[] = [];
  let removedSomething = false;
  let ownRemoved = false;
  let languageChanged = false;
  const opened: Element[] = [];
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    if (record.type === 'attributes') {
      const target = record.target as Element;
      if (record.attributeName === 'open' && target.localName === 'dialog' && target.hasAttribute('open')) opened.push(target);
      if (record.attributeName === 'lang') {
        // A part of the page in another language is read with the page's packs; only the page's own language says which.
        if (target === target.ownerDocument.documentElement) languageChanged = true;
        continue;
      }
      if (isOwnNode(target)) continue;
      (isCollapsed(target) ? touched : restyled).push(target);
      continue;
    }
    const addedNodes = record.addedNodes;
    for (let i = 0; i < addedNodes.length; i++) {
      const node = addedNodes[i]!;
      const type = node.nodeType;
      if (type === ELEMENT_NODE) {
        if (isOwnNode(node)) continue;
        (isCollapsed(node as Element) ? touched : added).push(node as Element);
      } else if (type === TEXT_NODE && record.target.nodeType === ELEMENT_NODE) {
        if (!isOwnNode(record.target)) added.push(record.target as Element);
      }
    }
    const removedNodes = record.removedNodes;
    if (removedNodes.length) {
      removedSomething = true;
      for (let i = 0; i < removedNodes.length; i++) if (isOwnNode(removedNodes[i]!)) ownRemoved = true;
    }
  }
  // A class given to an element added in the same batch (a feed's new item) is no news: the element is
  // examined as added, and asking whether it became visible would lay the page out in every batch of a ticker.
  const addedNow = added.length > 0 && restyled.length > 0 ? new Set(added) : null;
  return { added, restyled: addedNow ? restyled.filter((el) => !addedNow.has(el)) : restyled, touched, removedSomething, ownRemoved, languageChanged, opened };
}

export class PageObserver {
  readonly #observer: MutationObserver;

  constructor(onBatch: (records: MutationRecord[]) => void) {
    this.#observer = new MutationObserver(onBatch);
  }

  start(root: Node): void {
    this.#observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  }

  stop(): void {
    this.#observer.disconnect();
  }

  /** Drops the records of Unnag's own writes: called at the end of every piece of its work. */
  forgetOwnWrites(): void {
    this.#observer.takeRecords();
  }
}

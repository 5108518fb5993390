/**
 * Whether a part of the page that the page's pass cannot read is, whole, one appeal:
 * - a frame (frameAppeal): a donation or subscription offer that a paywall vendor draws in its
 *   own frame, a sign-up form embedded from a newsletter service. The page around it cannot read
 *   a frame of another origin, so the frame's own content script asks this and tells the page
 *   (src/content/in-frame.ts, frame-reports.ts);
 * - a shadow root (shadowAppeal): a widget a vendor's script draws into the page inside an open
 *   shadow root, to keep the page's styles out. The page's pass reads the light DOM only.
 *
 * The detector runs with nothing to protect but the reader's typing (the story lies outside the
 * part); three limits keep what a story embeds (a post with a Follow button, a video player with
 * Subscribe, a chart, a document) out: a page-sized part is none, a part with more text than an
 * appeal box holds is none, and the appeals found must hold most of its text.
 */
import type { Category } from '../contract/categories';
import { measureText } from './dom';
import { detect } from './index';
import { createStorylessProtection } from './protection';
import type { DetectOptions } from './types';

export const ENCLOSED_LIMITS = {
  /** Elements of a part that is a page or an app of its own, never one appeal. */
  elements: 1500,
  /** Characters (whitespace excluded) an appeal box holds at most; an embedded story holds more. */
  text: 1200,
  /** Share of the part's text the appeals found must hold: the part is the appeal, not a post around a button. */
  share: 0.6,
} as const;

export interface EnclosedAppeal {
  /** The kind of the appeal holding most of the part's text. */
  readonly category: Category;
  readonly reasons: readonly string[];
}

type Options = Pick<DetectOptions, 'sensitivity' | 'categories'>;

/**
 * The text length of `container` (a frame's body, a shadow root) when its size could be an
 * appeal's (within the limits, some text), else null: cheap, so a part is sized up before
 * anything is read for it (its languages' packs, the detector's pass).
 */
export function appealSizedText(container: Element | ShadowRoot | null): number | null {
  if (!container || container.querySelectorAll('*').length > ENCLOSED_LIMITS.elements) return null;
  const total = measureText(container, ENCLOSED_LIMITS.text);
  return total.overCap || total.length === 0 ? null : total.length;
}

export function frameAppeal(doc: Document, options: Options = {}): EnclosedAppeal | null {
  const text = appealSizedText(doc.body);
  if (text === null || !typedNowhere(doc, [doc.body])) return null;
  return appealFilling(doc, text, options);
}

/**
 * `host`'s open shadow root, when what it draws is one appeal. The host's own children (shown
 * through the root's slots: a layout component around the story) count as its text too, so a
 * shell the page fills with its story is never one.
 */
export function shadowAppeal(host: Element, options: Options = {}): EnclosedAppeal | null {
  const root = host.shadowRoot;
  const text = appealSizedText(root);
  if (!root || text === null || !typedNowhere(host.ownerDocument, [...root.children])) return null;
  const own = measureText(host, ENCLOSED_LIMITS.text);
  return own.overCap ? null : appealFilling(readableCopy(root), text + own.length, options);
}

/** Whether the part's top-level `elements` hold no field the reader typed into or is typing in: the whole part is what gets collapsed. */
function typedNowhere(doc: Document, elements: readonly Element[]): boolean {
  const protection = createStorylessProtection(doc);
  return elements.every((el) => protection.allows(el));
}

/**
 * A copy of what `root` draws, in a document of its own that runs no script and loads nothing,
 * inside one element: a shadow root's top-level elements (a heading, a line, a button) have no
 * element around them for the detector to take as the block they make together.
 */
function readableCopy(root: ShadowRoot): Element {
  const inert = root.ownerDocument.implementation.createHTMLDocument('');
  const copy = inert.createElement('div');
  for (const node of root.childNodes) copy.append(inert.importNode(node, true));
  inert.body.append(copy);
  return copy;
}

/** The appeal found in `root` when it holds `share` of the part's `text`. */
function appealFilling(root: Document | Element, text: number, options: Options): EnclosedAppeal | null {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  let covered = 0;
  let main: { length: number; appeal: EnclosedAppeal } | null = null;
  // Findings never overlap: their lengths add up.
  for (const { element, category, reasons } of detect(root, { ...options, protection: createStorylessProtection(doc) })) {
    const { length } = measureText(element, ENCLOSED_LIMITS.text);
    covered += length;
    if (!main || length > main.length) main = { length, appeal: { category, reasons } };
  }
  return main && covered >= ENCLOSED_LIMITS.share * text ? main.appeal : null;
}

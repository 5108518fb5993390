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
import { measureText, OPAQUE_TAGS } from './dom';
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
  /** That appeal's element, for its first words. */
  readonly element: Element;
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
  return text === null ? null : appealFilling(doc, [doc], text, options);
}

/**
 * `host`'s open shadow root, when what it draws is one appeal. The host's own children (shown
 * through the root's slots: a layout component around the story) count as its text too, so a
 * frame the page fills with its story is never one.
 */
export function shadowAppeal(host: Element, options: Options = {}): EnclosedAppeal | null {
  const root = host.shadowRoot;
  const text = appealSizedText(root);
  if (!root || text === null) return null;
  const own = measureText(host, ENCLOSED_LIMITS.text);
  if (own.overCap) return null;
  const parts = [...root.children].filter((el) => !OPAQUE_TAGS.has(el.localName) && el.localName !== 'link');
  return appealFilling(host.ownerDocument, parts, text + own.length, options);
}

/** The appeal found in `roots` when together they hold `share` of the part's `text`. */
function appealFilling(doc: Document, roots: readonly (Document | Element)[], text: number, options: Options): EnclosedAppeal | null {
  const protection = createStorylessProtection(doc);
  // The whole part is what gets collapsed: a field typed into anywhere in it keeps it.
  for (const root of roots) if (!protection.allows(root.nodeType === 9 ? (root as Document).body : (root as Element))) return null;
  let covered = 0;
  let main: { length: number; appeal: EnclosedAppeal } | null = null;
  // Findings never overlap: their lengths add up.
  for (const { element, category, reasons } of roots.flatMap((root) => detect(root, { ...options, protection }))) {
    const { length } = measureText(element, ENCLOSED_LIMITS.text);
    covered += length;
    if (!main || length > main.length) main = { length, appeal: { category, reasons, element } };
  }
  return main && covered >= ENCLOSED_LIMITS.share * text ? main.appeal : null;
}

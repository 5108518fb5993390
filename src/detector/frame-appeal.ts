/**
 * Whether a frame's whole document is one appeal: a donation or subscription offer that a paywall
 * vendor draws in its own frame, a sign-up form embedded from a newsletter service. The page
 * around the frame cannot read it (another origin), so the frame's own content script asks this
 * and tells the page (src/content/frame-reports.ts), which collapses the frame.
 *
 * The detector runs with nothing to protect but the reader's typing (the story lies outside the
 * frame); three limits keep what a story embeds in frames (a post with a Follow button, a video
 * player with Subscribe, a chart, a document) out: a page-sized document is none, a frame with
 * more text than an appeal box holds is none, and the appeals found must hold most of its text.
 */
import type { Category } from '../contract/categories';
import { measureText } from './dom';
import { detect } from './index';
import { createStorylessProtection } from './protection';
import type { DetectOptions } from './types';

export const FRAME_LIMITS = {
  /** Elements of a document that is a page or an app of its own, never one appeal. */
  elements: 1500,
  /** Characters (whitespace excluded) an appeal box holds at most; an embedded story holds more. */
  text: 1200,
  /** Share of the frame's text the appeals found must hold: the frame is the appeal, not a post around a button. */
  share: 0.6,
} as const;

export interface FrameAppeal {
  /** The kind of the appeal holding most of the frame's text. */
  readonly category: Category;
  readonly reasons: readonly string[];
  /** That appeal's element, for its first words. */
  readonly element: Element;
}

/**
 * The frame's text length when its size could be an appeal's (within the limits, some text), else
 * null: cheap, so a frame is sized up before anything is read for it (its languages' packs).
 */
export function appealSizedText(doc: Document): number | null {
  const body = doc.body;
  if (!body || body.getElementsByTagName('*').length > FRAME_LIMITS.elements) return null;
  const total = measureText(body, FRAME_LIMITS.text);
  return total.overCap || total.length === 0 ? null : total.length;
}

export function frameAppeal(doc: Document, options: Pick<DetectOptions, 'sensitivity' | 'categories'> = {}): FrameAppeal | null {
  const text = appealSizedText(doc);
  if (text === null) return null;
  const protection = createStorylessProtection(doc);
  // The whole frame is what gets collapsed: a field typed into anywhere in it keeps it.
  if (!protection.allows(doc.body)) return null;
  const findings = detect(doc, { ...options, protection });
  let covered = 0;
  let main: { length: number; appeal: FrameAppeal } | null = null;
  // Findings never overlap: their lengths add up.
  for (const { element, category, reasons } of findings) {
    const { length } = measureText(element, FRAME_LIMITS.text);
    covered += length;
    if (!main || length > main.length) main = { length, appeal: { category, reasons, element } };
  }
  return main && covered >= FRAME_LIMITS.share * text ? main.appeal : null;
}

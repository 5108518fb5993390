/**
 * The content script inside a frame (an iframe of the page the reader reads): it collapses nothing
 * itself. Once the frame has loaded, and again while its scripts draw it (a paywall vendor renders
 * its offer after load), it asks whether the frame's whole document is one appeal, and says so
 * once to the page around it (frame-reports.ts there collapses the frame). Bounded
 * (drawing-watch.ts), and nothing is read for frames too small or too large to hold an appeal box.
 */
import { appealSizedText, frameAppeal } from '../detector/enclosed-appeal';
import type { FrameReport } from '../messaging/messages';
import { watchDrawing } from './drawing-watch';

/** A frame smaller than this (CSS pixels) is a pixel, a hidden helper or a button, never an appeal box. */
const MIN_WIDTH = 160;
const MIN_HEIGHT = 60;

/** Reasons whose words are the phrase packs' own: the rest (a price, a class name) would hand the frame's text to the page. */
const PACK_WORDED = /^(?:(?:phrase|button|label|heading):[a-z-]+:[A-Za-z-]+ "[^"]{1,80}"|(?:form|link|role|position):[a-z-]+)$/;

/** What the page around the frame is told of its appeal: never the frame's own text. */
export function reportOf(doc: Document): FrameReport | null {
  const appeal = frameAppeal(doc);
  return appeal && { category: appeal.category, reasons: appeal.reasons.filter((r) => PACK_WORDED.test(r)) };
}

export interface FrameWatch {
  /** Makes the detector ready for the frame's languages (its phrase packs). */
  prepare(): Promise<unknown>;
  report(report: FrameReport): void;
}

export function watchFrame(win: Window, watch: FrameWatch): void {
  const doc = win.document;
  const look = async (): Promise<boolean> => {
    if (win.innerWidth < MIN_WIDTH || win.innerHeight < MIN_HEIGHT || appealSizedText(doc.body) === null) return false;
    await watch.prepare();
    const report = reportOf(doc);
    if (report) watch.report(report);
    return report !== null;
  };
  const start = () => {
    const drawing = watchDrawing(doc, look, () => win.removeEventListener('resize', drawing.poke));
    // A frame the page kept hidden, or too small, gets its size when the page shows it.
    win.addEventListener('resize', drawing.poke);
    drawing.poke();
  };
  if (doc.readyState === 'complete') start();
  else win.addEventListener('load', start, { once: true });
}

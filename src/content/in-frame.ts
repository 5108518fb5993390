/**
 * The content script inside a frame (an iframe of the page the reader reads): it collapses nothing
 * itself. Once the frame has loaded, and again while its scripts draw it (a paywall vendor renders
 * its offer after load), it asks whether the frame's whole document is one appeal, and says so
 * once to the page around it (frame-reports.ts there collapses the frame). Bounded: a few looks
 * in the first seconds, none for frames too small to hold an appeal.
 */
import { appealSizedText, frameAppeal } from '../detector/frame-appeal';
import type { FrameReport } from '../messaging/messages';

/** How long after its load a frame is watched for an appeal its scripts draw late. */
const WATCH_MS = 10_000;
/** Quiet time after the frame's last change before it is read: scripts render in bursts. */
const SETTLE_MS = 300;
/** Looks at one frame at most, however often its scripts change it (an ad's animation). */
const MAX_LOOKS = 5;
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
  let looks = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const finish = () => {
    done = true;
    observer.disconnect();
    win.removeEventListener('resize', schedule);
    clearTimeout(timer);
  };
  const look = async () => {
    timer = undefined;
    if (done || ++looks > MAX_LOOKS) return finish();
    if (win.innerWidth < MIN_WIDTH || win.innerHeight < MIN_HEIGHT || appealSizedText(doc) === null) return;
    await watch.prepare();
    const report = done ? null : reportOf(doc);
    if (!report) return;
    watch.report(report);
    finish();
  };
  const schedule = () => {
    if (!done && timer === undefined) timer = setTimeout(() => void look().catch(finish), SETTLE_MS);
  };
  const observer = new MutationObserver(schedule);
  const start = () => {
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    // A frame the page kept hidden, or too small, gets its size when the page shows it.
    win.addEventListener('resize', schedule);
    schedule();
    setTimeout(finish, WATCH_MS);
  };
  if (doc.readyState === 'complete') start();
  else win.addEventListener('load', start, { once: true });
}

/**
 * The page's side of frames (in-frame.ts is the frame's): a report that a frame of this page is one
 * appeal, told apart from the page's own messages, and the frame it came from (only a frame of this
 * document, found by its window: a report names no element, so none can be pointed at story text).
 */
import { parseFrameReport, type FrameReport } from '../messaging/messages';

export const FRAMES = 'iframe, frame';
/** Wrappers climbed above a frame: the box a site draws around it (a border, a margin) goes with it. */
const MAX_WRAPPERS = 3;
const NEVER_A_BOX = new Set(['body', 'html', 'main', 'article']);

/** Calls `onReport` with each frame of `win`'s document that reports an appeal. */
export function listenToFrameReports(win: Window, onReport: (frame: Element, report: FrameReport) => void): void {
  win.addEventListener('message', (event: MessageEvent) => {
    const report = parseFrameReport(event.data);
    const frame = report && event.source ? frameOf(win.document, event.source as Window) : null;
    if (frame) onReport(frame, report!);
  });
}

function frameOf(doc: Document, source: Window): Element | null {
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>(FRAMES)) if (frame.contentWindow === source) return frame;
  return null;
}

/**
 * The frame and the wrappers that hold nothing else (no text, no other element): what stands for
 * the appeal in the page, so no empty bordered box is left where it was.
 */
export function frameBox(frame: Element): Element {
  let box = frame;
  for (let i = 0; i < MAX_WRAPPERS; i++) {
    const parent = box.parentElement;
    if (!parent || NEVER_A_BOX.has(parent.localName) || parent.childElementCount !== 1 || parent.getAttribute('role') === 'main') break;
    if ([...parent.childNodes].some((node) => node.nodeType === 3 && /\S/.test(node.nodeValue ?? ''))) break;
    box = parent;
  }
  return box;
}

/** Whether `element` is what frameBox gives for the frame it is or holds: a frame and the wrappers that hold only it. */
export function isFrameBox(element: Element): boolean {
  const frame = element.matches(FRAMES) ? element : element.querySelector(FRAMES);
  return frame !== null && frameBox(frame) === element;
}

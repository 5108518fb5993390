/**
 * Looks again at a part of the page a script is still drawing (a frame's document, a widget's
 * shadow root) when it changes, until a look finds what it wants: a few looks, in the part's first
 * seconds, each once the script has paused. Bounded, so a part that never stops changing (an ad's
 * animation) costs a few looks, not one per frame.
 */
import { WATCHED_ATTRIBUTES } from './observe';

export const DRAWING = {
  /** How long after the watch starts a part is looked at again. */
  watchMs: 10_000,
  /** Quiet time after the part's last change before it is looked at: scripts render in bursts. */
  settleMs: 300,
  /** Looks at one part at most, however often it changes. */
  maxLooks: 5,
} as const;

export interface DrawingWatch {
  /** Asks for a look once the part is quiet (as a change of the part does). */
  poke(): void;
  stop(): void;
}

/** Watches `target` (a document, a shadow root); `look` returns true when nothing more is wanted. */
export function watchDrawing(target: Node, look: () => boolean | Promise<boolean>, onStop: () => void = () => {}): DrawingWatch {
  let looks = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const stop = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(deadline);
    onStop();
  };
  const run = async () => {
    timer = undefined;
    if (done) return;
    if (++looks > DRAWING.maxLooks) return stop();
    if (await look()) stop();
  };
  const poke = () => {
    if (!done && timer === undefined) timer = setTimeout(() => void run().catch(stop), DRAWING.settleMs);
  };
  const observer = new MutationObserver(poke);
  // Attributes too: a widget shows its drawn box by a class or a style.
  observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  const deadline = setTimeout(stop, DRAWING.watchMs);
  return { poke, stop };
}

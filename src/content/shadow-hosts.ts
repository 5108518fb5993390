/**
 * Widgets a script draws inside an open shadow root (a vendor's sign-up or donation box that keeps
 * the page's styles out): the page's pass reads the light DOM only. Its walk tells the hosts it
 * meets (DetectOptions.onShadowHost: the whole page once, then what the page adds or shows), and
 * once the pass is done they are judged on their own (shadowAppeal, by the controller), a few per
 * step of the time slicer, as a page of a thousand components must not get one long task; one
 * still drawing is judged again as it draws. Closed shadow roots stay unread: nothing outside them
 * can read them.
 */
import { watchDrawing, type DrawingWatch } from './drawing-watch';
import { isShown } from './hidden-findings';
import type { Job } from './scheduler';

/** Hosts judged per step: each judgement reads at most an appeal box's worth of text. */
const JUDGED_PER_STEP = 4;
/** Hosts watched at once while they draw; a page of many empty components gets no more. */
const MAX_WATCHES = 32;

export class ShadowHosts implements Job {
  /** Hosts met by passes, waiting to be judged. */
  readonly #met = new Set<Element>();
  #queued = false;
  /** Hosts watched while they draw (each once). */
  readonly #watched = new WeakSet<Element>();
  readonly #watches = new Set<DrawingWatch>();

  /**
   * `judge` returns true when the host needs no more looks (collapsed, gone, or not to be
   * collapsed). `urgent`: judged before the next paint, as the insertions that met the hosts are
   * (scheduler.ts); else after the work queued before them.
   */
  constructor(
    private readonly judge: (host: Element) => boolean,
    readonly urgent: boolean,
  ) {}

  /** For DetectOptions.onShadowHost. */
  readonly meet = (host: Element): void => {
    this.#met.add(host);
  };

  /** True when hosts wait and this job is not queued: the caller hands it to the slicer now. */
  takeTurn(): boolean {
    if (this.#queued || this.#met.size === 0) return false;
    this.#queued = true;
    return true;
  }

  step(): boolean {
    let judged = 0;
    for (const host of this.#met) {
      this.#met.delete(host);
      this.#judge(host);
      if (++judged >= JUDGED_PER_STEP) break;
    }
    if (this.#met.size > 0) return false;
    this.#queued = false;
    return true;
  }

  stop(): void {
    this.#met.clear();
    this.#queued = false;
    for (const watch of this.#watches) watch.stop();
  }

  #judge(host: Element): void {
    if (this.judge(host) || this.#watched.has(host) || !host.shadowRoot || this.#watches.size >= MAX_WATCHES) return;
    this.#watched.add(host);
    const watch = watchDrawing(host.shadowRoot, () => this.judge(host), () => this.#watches.delete(watch));
    this.#watches.add(watch);
  }
}

/** Whether what `host`'s open shadow root draws shows (a widget may keep its box hidden inside a shown host). */
export function drawsShown(host: Element): boolean {
  return [...(host.shadowRoot?.children ?? [])].some(isShown);
}

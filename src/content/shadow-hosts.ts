/**
 * Widgets a script draws inside an open shadow root (a vendor's sign-up or donation box that keeps
 * the page's styles out): the page's pass reads the light DOM only. Its walk tells the hosts it
 * meets (DetectOptions.onShadowHost: the whole page once, then what the page adds or shows), and
 * each is judged on its own once the pass is done (shadowAppeal, by the controller), and again
 * while its script draws it. Closed shadow roots stay unread: nothing outside them can read them.
 */
import { watchDrawing, type DrawingWatch } from './drawing-watch';

export class ShadowHosts {
  /** Hosts met by a pass, to judge when it is done. */
  #met = new Set<Element>();
  /** Hosts watched while they draw (each once). */
  readonly #watched = new WeakSet<Element>();
  readonly #watches = new Set<DrawingWatch>();

  /** `judge` returns true when the host needs no more looks (collapsed, gone, or not to be collapsed). */
  constructor(private readonly judge: (host: Element) => boolean) {}

  /** For DetectOptions.onShadowHost. */
  readonly meet = (host: Element): void => {
    this.#met.add(host);
  };

  /** Judges the hosts met since the last call; one still drawing is watched and judged again as it changes. */
  judgeMet(): void {
    if (this.#met.size === 0) return;
    const met = this.#met;
    this.#met = new Set();
    for (const host of met) {
      if (this.judge(host) || this.#watched.has(host) || !host.shadowRoot) continue;
      this.#watched.add(host);
      const watch = watchDrawing(host.shadowRoot, () => this.judge(host), () => this.#watches.delete(watch));
      this.#watches.add(watch);
    }
  }

  stop(): void {
    this.#met.clear();
    for (const watch of this.#watches) watch.stop();
  }
}

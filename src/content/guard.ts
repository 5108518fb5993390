/**
 * Every entry point of the content script (observer callback, slice task, event listener, message)
 * goes through `guarded`: an error on a strange page is swallowed rather than thrown into the
 * page's console, and a meter (only the benchmark passes one) can time each piece of work.
 */
export interface Meter {
  /** One entry point ran for `ms`. */
  record(ms: number): void;
  error(error: unknown): void;
}

export function guarded<A extends unknown[]>(fn: (...args: A) => void, meter?: Meter): (...args: A) => void {
  if (!meter) {
    return (...args) => {
      try {
        fn(...args);
      } catch {
        // Nothing to report to: the page's console is not ours to fill.
      }
    };
  }
  return (...args) => {
    const start = performance.now();
    try {
      fn(...args);
    } catch (error) {
      meter.error(error);
    } finally {
      meter.record(performance.now() - start);
    }
  };
}

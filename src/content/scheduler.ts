/**
 * Runs the content script's work in short slices so that no task of ours is long, and caps the
 * share of the main thread Unnag may take over any second: on a page that mutates without pause,
 * Unnag falls behind rather than slowing the page down. Past that share it still works in the
 * page's idle time, which no task of the page waits for: a heavy page that has gone quiet is
 * finished at once, not over the seconds the share would stretch it to.
 */

/** Work done in steps; `step` returns true when the job is finished. */
export interface Job {
  step(): boolean;
  /** A late insertion, to finish before the next paint; it goes before long jobs (the first full pass). */
  readonly urgent?: boolean;
}

export interface Clock {
  now(): number;
  /** Calls `fn` as a new task after `ms` (0: as soon as the page has had its turn). */
  later(fn: () => void, ms: number): void;
  /**
   * Calls `fn` once the page is idle (its tasks and its next frame done), `timeoutMs` at the
   * latest, with the idle time left then (0 after the timeout). A clock without it waits out the timeout.
   */
  whenIdle?(fn: (idleMs: number) => void, timeoutMs: number): void;
}

/** Longest stretch of work in one task. */
export const SLICE_MS = 8;
/** At most `budgetMs` of work in any `windowMs`. */
export const DUTY = { windowMs: 1000, budgetMs: 200 } as const;

export class TimeSlicer {
  #queue: Job[] = [];
  #scheduled = false;
  #windowStart = -Infinity;
  #spent = 0;

  constructor(
    private readonly clock: Clock,
    /** Called at the end of each slice task (the observer drops the records of Unnag's own writes). */
    private readonly afterSlice: () => void = () => {},
    /**
     * Whether the page has stopped changing: only then is its idle time taken past the budget (a
     * browser may call idle callbacks between the tasks of a page that mutates without pause).
     */
    private readonly pageQuiet: () => boolean = () => true,
  ) {}

  get pending(): number {
    return this.#queue.length;
  }

  add(job: Job): void {
    if (job.urgent) this.#queue.unshift(job);
    else this.#queue.push(job);
  }

  clear(): void {
    this.#queue = [];
  }

  /**
   * Runs queued steps for up to `ms` (less if the duty budget is spent), only the urgent jobs if
   * asked; true when work remains.
   */
  run(ms: number, urgentOnly = false): boolean {
    const start = this.clock.now();
    if (start - this.#windowStart >= DUTY.windowMs) {
      this.#windowStart = start;
      this.#spent = 0;
    }
    this.#work(start + Math.min(ms, DUTY.budgetMs - this.#spent), urgentOnly);
    this.#spent += this.clock.now() - start;
    return this.#queue.length > 0;
  }

  /** Makes sure a slice task is coming while work remains. */
  schedule(): void {
    if (this.#scheduled || !this.#queue.length) return;
    this.#scheduled = true;
    const slice = (work: () => void) => () => {
      this.#scheduled = false;
      work();
      this.afterSlice();
      this.schedule();
    };
    const nextWindow = this.#spent < DUTY.budgetMs ? 0 : Math.max(0, this.#windowStart + DUTY.windowMs - this.clock.now());
    if (nextWindow === 0 || !this.clock.whenIdle || !this.pageQuiet()) return this.clock.later(slice(() => this.run(SLICE_MS)), nextWindow);
    // Past the budget on a quiet page: its idle time, uncounted, or the next window, whichever comes first.
    this.clock.whenIdle((idleMs) => slice(() => (idleMs > 0 ? this.#work(this.clock.now() + Math.min(SLICE_MS, idleMs), false) : this.run(SLICE_MS)))(), nextWindow);
  }

  /** Runs queued steps until `deadline`, only the urgent jobs if asked. */
  #work(deadline: number, urgentOnly: boolean): void {
    while (this.#queue.length && this.clock.now() < deadline) {
      const job = this.#queue[0]!;
      if (urgentOnly && !job.urgent) break;
      let done = true;
      try {
        done = job.step();
      } catch {
        // A job that throws is dropped, not retried: the page may have changed under it.
      }
      if (done && this.#queue[0] === job) this.#queue.shift();
    }
  }
}

type YieldingScheduler = { yield?: () => Promise<void> };
type IdleWindow = { requestIdleCallback?: (fn: (deadline: { timeRemaining(): number }) => void, options: { timeout: number }) => number };

/** The browser's clock: `scheduler.yield()` where there is one (it lets input and paint go first), else a timer; idle callbacks where there are. */
export const browserClock: Clock = {
  now: () => performance.now(),
  later(fn, ms) {
    const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
    if (ms <= 0 && typeof scheduler?.yield === 'function') {
      scheduler.yield().then(fn, () => setTimeout(fn, 0));
    } else {
      setTimeout(fn, ms);
    }
  },
  whenIdle(fn, timeoutMs) {
    const idleWindow = globalThis as IdleWindow;
    if (typeof idleWindow.requestIdleCallback === 'function') idleWindow.requestIdleCallback((deadline) => fn(deadline.timeRemaining()), { timeout: timeoutMs });
    else setTimeout(() => fn(0), timeoutMs);
  },
};

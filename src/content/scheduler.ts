/**
 * Runs the content script's work in short slices so that no task of ours is long, and caps the
 * share of the main thread Unnag may take over any second: on a page that mutates without pause,
 * Unnag falls behind rather than slowing the page down.
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
    const deadline = start + Math.min(ms, DUTY.budgetMs - this.#spent);
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
    this.#spent += this.clock.now() - start;
    return this.#queue.length > 0;
  }

  /** Makes sure a slice task is coming while work remains. */
  schedule(): void {
    if (this.#scheduled || !this.#queue.length) return;
    this.#scheduled = true;
    const overBudget = this.#spent >= DUTY.budgetMs;
    const wait = overBudget ? Math.max(0, this.#windowStart + DUTY.windowMs - this.clock.now()) : 0;
    this.clock.later(() => {
      this.#scheduled = false;
      this.run(SLICE_MS);
      this.afterSlice();
      this.schedule();
    }, wait);
  }
}

type YieldingScheduler = { yield?: () => Promise<void> };

/** The browser's clock: `scheduler.yield()` where there is one (it lets input and paint go first), else a timer. */
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
};

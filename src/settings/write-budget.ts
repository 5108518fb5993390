import { SYNC_LIMITS } from './quota';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Keeps sync writes under Chrome's per-minute and per-hour caps. Going over makes the browser
 * refuse writes for up to an hour, so the store waits instead of trying.
 */
export class WriteBudget {
  #writes: number[] = [];

  /** Milliseconds from `now` until one more write is allowed; 0 when it is allowed now. */
  waitBefore(now: number): number {
    this.#forget(now);
    const waits = [
      this.#waitFor(now, MINUTE, SYNC_LIMITS.writesPerMinute),
      this.#waitFor(now, HOUR, SYNC_LIMITS.writesPerHour),
    ];
    return Math.max(...waits);
  }

  spend(now: number): void {
    this.#writes.push(now);
  }

  #waitFor(now: number, window: number, limit: number): number {
    const inWindow = this.#writes.filter((time) => time > now - window);
    const oldest = inWindow[inWindow.length - limit];
    return oldest === undefined ? 0 : oldest + window - now;
  }

  #forget(now: number): void {
    this.#writes = this.#writes.filter((time) => time > now - HOUR);
  }
}

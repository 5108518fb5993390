import { describe, expect, it } from 'vitest';
import { DUTY, SLICE_MS, TimeSlicer, type Clock, type Job } from '../../../src/content/scheduler';

/**
 * A clock the test moves by hand; `later` callbacks run when the test says so. `idleMs`: the idle
 * time a page leaves (undefined: a clock with no idle callbacks; 0: a page never idle).
 */
function fakeClock(idleMs?: number) {
  let now = 0;
  const tasks: { at: number; fn: () => void }[] = [];
  const clock: Clock & { advance(ms: number): void; runTasks(): number } = {
    now: () => now,
    later: (fn, ms) => void tasks.push({ at: now + ms, fn }),
    ...(idleMs !== undefined && {
      whenIdle: (fn: (idle: number) => void, timeoutMs: number) => void tasks.push(idleMs > 0 ? { at: now, fn: () => fn(idleMs) } : { at: now + timeoutMs, fn: () => fn(0) }),
    }),
    advance: (ms) => void (now += ms),
    runTasks() {
      let ran = 0;
      while (tasks.length) {
        tasks.sort((a, b) => a.at - b.at);
        const task = tasks.shift()!;
        now = Math.max(now, task.at);
        task.fn();
        ran++;
      }
      return ran;
    },
  };
  return clock;
}

/** A job of `steps` steps, each costing `cost` ms on the fake clock. */
function job(clock: ReturnType<typeof fakeClock>, steps: number, cost: number, urgent = false, log: string[] = [], name = 'job'): Job {
  let left = steps;
  return {
    urgent,
    step() {
      clock.advance(cost);
      log.push(name);
      return --left === 0;
    },
  };
}

describe('TimeSlicer', () => {
  it('cuts long work into slices no longer than SLICE_MS (plus one step)', () => {
    const clock = fakeClock();
    const slicer = new TimeSlicer(clock);
    slicer.add(job(clock, 100, 1));
    const slices: number[] = [];
    const original = clock.later;
    clock.later = (fn, ms) =>
      original(() => {
        const start = clock.now();
        fn();
        slices.push(clock.now() - start);
      }, ms);
    slicer.schedule();
    clock.runTasks();
    expect(slicer.pending).toBe(0);
    expect(Math.max(...slices)).toBeLessThanOrEqual(SLICE_MS + 1);
    expect(slices.length).toBeGreaterThanOrEqual(100 / (SLICE_MS + 1));
  });

  it('runs urgent jobs first, and only those when asked', () => {
    const clock = fakeClock();
    const slicer = new TimeSlicer(clock);
    const log: string[] = [];
    slicer.add(job(clock, 3, 1, false, log, 'long'));
    slicer.add(job(clock, 1, 1, true, log, 'late insert'));
    expect(slicer.run(100, true)).toBe(true);
    expect(log).toEqual(['late insert']);
    slicer.run(100);
    expect(log).toEqual(['late insert', 'long', 'long', 'long']);
  });

  it('never takes more than its duty budget in a window, then waits for the next one', () => {
    const clock = fakeClock();
    const slicer = new TimeSlicer(clock);
    slicer.add(job(clock, 10_000, 1));
    const start = clock.now();
    let worked = 0;
    const original = clock.later;
    clock.later = (fn, ms) =>
      original(() => {
        const before = clock.now();
        fn();
        if (clock.now() - start < DUTY.windowMs) worked += clock.now() - before;
      }, ms);
    slicer.schedule();
    clock.runTasks();
    expect(worked).toBeLessThanOrEqual(DUTY.budgetMs + SLICE_MS);
  });

  it('past its budget, works on in the idle time a quiet page leaves, in slices no longer than SLICE_MS', () => {
    const clock = fakeClock(50);
    const slicer = new TimeSlicer(clock);
    slicer.add(job(clock, 500, 1));
    const slices: number[] = [];
    const { whenIdle } = clock;
    clock.whenIdle = (fn, ms) => whenIdle!((idle) => {
      const start = clock.now();
      fn(idle);
      slices.push(clock.now() - start);
    }, ms);
    slicer.schedule();
    clock.runTasks();
    // 500 ms of work done in the first window, where the budget alone allows 200.
    expect([slicer.pending, clock.now() < DUTY.windowMs]).toEqual([0, true]);
    expect(slices.length).toBeGreaterThan(0);
    expect(Math.max(...slices)).toBeLessThanOrEqual(SLICE_MS + 1);
  });

  it.each([
    ['is never idle', 0, true],
    ['leaves idle time but keeps changing', 50, false],
  ])('keeps to its budget on a page that %s', (_, idleMs, quiet) => {
    const clock = fakeClock(idleMs);
    const slicer = new TimeSlicer(clock, undefined, () => quiet);
    slicer.add(job(clock, 500, 1));
    // Work done in each window of DUTY.windowMs.
    const worked: number[] = [];
    const wrap = (fn: () => void) => () => {
      const before = clock.now();
      fn();
      const window = Math.floor(before / DUTY.windowMs);
      worked[window] = (worked[window] ?? 0) + clock.now() - before;
    };
    const { later, whenIdle } = clock;
    clock.later = (fn, ms) => later(wrap(fn), ms);
    clock.whenIdle = (fn, ms) => whenIdle!((idle) => wrap(() => fn(idle))(), ms);
    slicer.schedule();
    clock.runTasks();
    expect(slicer.pending).toBe(0);
    expect(worked.length).toBeGreaterThan(2);
    expect(Math.max(...worked)).toBeLessThanOrEqual(DUTY.budgetMs + SLICE_MS);
  });

  it('drops a job that throws instead of retrying it forever', () => {
    const clock = fakeClock();
    const slicer = new TimeSlicer(clock);
    slicer.add({ step: () => { clock.advance(1); throw new Error('page changed'); } });
    expect(slicer.run(5)).toBe(false);
  });
});

/**
 * The subtrees the page added or revealed, waiting for the detector, as one urgent job for the
 * time slicer: one queue for all of them rather than a job and its closures per root. A small
 * subtree (the usual inserted card or banner) is examined whole in one step, so a step started in
 * the observer callback always ends before the page can paint, however slow that moment is (a
 * garbage collection, a busy machine). A large one (an app rendering a whole new page) gets a
 * detectInSlices pass that takes as many slices as it needs, so no task of Unnag's grows long.
 */
import { detect, detectInSlices } from '../detector';
import type { DetectOptions, Finding } from '../detector/types';
import type { Job } from './scheduler';

/**
 * Elements a subtree may have to be examined in one step: about a millisecond of the detector's
 * work on a warm page, a few on a cold one, far below a long task.
 */
export const SMALL_ROOT_ELEMENTS = 1000;

/**
 * Stops counting past the limit, so sizing up a huge subtree costs no more than a small one. Plain
 * element links rather than a TreeWalker: a storm inserts thousands of small roots, and a walker
 * for each is an allocation the count does not need.
 */
function isSmall(root: Element): boolean {
  let count = 0;
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (++count > SMALL_ROOT_ELEMENTS) return false;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el !== root && !el.nextElementSibling) el = el.parentElement!;
    el = el === root ? null : el.nextElementSibling;
  }
  return true;
}

export interface ExamineCallbacks {
  /** The options for a pass starting now (the current policy and article protection). */
  options(): DetectOptions;
  /** The findings of one root's pass. */
  found(findings: readonly Finding[]): void;
}

export class ExamineQueue implements Job {
  readonly urgent = true;
  #roots: Element[] = [];
  #next = 0;
  /** The pass over the root being examined, when it did not finish in one step. */
  #pass: Generator<void, Finding[], void> | null = null;

  constructor(private readonly callbacks: ExamineCallbacks) {}

  get pending(): number {
    return this.#roots.length - this.#next + (this.#pass ? 1 : 0);
  }

  /** Queues `root`; true when the queue was empty, so the caller hands the job to the slicer. */
  add(root: Element): boolean {
    const wasEmpty = this.pending === 0;
    this.#roots.push(root);
    return wasEmpty;
  }

  clear(): void {
    this.#roots = [];
    this.#next = 0;
    this.#pass = null;
  }

  /** One step of one root's pass; true when no root is left. Never throws, so the slicer never drops the queue. */
  step(): boolean {
    try {
      if (!this.#pass) this.#startNext();
      const next = this.#pass?.next();
      if (next?.done) {
        this.#pass = null;
        this.callbacks.found(next.value);
      }
    } catch {
      // That root is given up (the page may have changed under it); the queue goes on.
      this.#pass = null;
    }
    return this.#finished();
  }

  /** Examines the next root whole when it is small, else starts its sliced pass. */
  #startNext(): void {
    const root = this.#roots[this.#next++];
    if (!root?.isConnected) return;
    if (isSmall(root)) this.callbacks.found(detect(root, this.callbacks.options()));
    else this.#pass = detectInSlices(root, this.callbacks.options());
  }

  #finished(): boolean {
    if (this.pending > 0) return false;
    this.clear();
    return true;
  }
}

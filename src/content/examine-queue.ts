/**
 * The subtrees the page added or revealed, waiting for the detector, as one urgent job for the
 * time slicer: one queue for all of them rather than a job and its closures per root. Each root
 * gets its own detectInSlices pass: a small subtree (the usual inserted card or banner) finishes
 * within its first step, a large one (an app rendering a whole new page) takes as many slices as
 * it needs, so no task of Unnag's grows long.
 */
import { detectInSlices } from '../detector';
import type { DetectOptions, Finding } from '../detector/types';
import type { Job } from './scheduler';

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
      if (!this.#pass) {
        const root = this.#roots[this.#next++];
        if (root?.isConnected) this.#pass = detectInSlices(root, this.callbacks.options());
      }
      const next = this.#pass?.next();
      if (next?.done) {
        this.#pass = null;
        this.callbacks.found(next.value);
      }
    } catch {
      // That root is given up (the page may have changed under it); the queue goes on.
      this.#pass = null;
    }
    if (this.pending > 0) return false;
    this.clear();
    return true;
  }
}

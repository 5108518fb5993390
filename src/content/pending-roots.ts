/**
 * The subtrees one batch of mutations asks Unnag to examine, reduced to the outermost ones that are
 * still in the page: a container added together with its children is examined once, not once per
 * child. The ancestor check is bounded, so a 5,000-deep page costs no more than a shallow one (a
 * nested root it misses is only examined twice; collapsing is idempotent).
 */
const MAX_ANCESTOR_STEPS = 32;

export class PendingRoots {
  #roots = new Set<Element>();

  get size(): number {
    return this.#roots.size;
  }

  add(element: Element): void {
    this.#roots.add(element);
  }

  /** The outermost connected roots, in the order they were added; empties the set. */
  drain(): Element[] {
    const roots = this.#roots;
    this.#roots = new Set();
    const out: Element[] = [];
    // Siblings share their ancestors: a parent found uncovered once answers for the next sibling
    // (a feed appends its cards side by side, one batch after another).
    let clearParent: Element | null = null;
    for (const root of roots) {
      if (!root.isConnected) continue;
      const parent = root.parentElement;
      if (parent !== null && parent === clearParent) {
        out.push(root);
        continue;
      }
      let covered = false;
      let ancestor = parent;
      for (let step = 0; ancestor && step < MAX_ANCESTOR_STEPS; step++, ancestor = ancestor.parentElement) {
        if (roots.has(ancestor)) {
          covered = true;
          break;
        }
      }
      if (covered) continue;
      out.push(root);
      clearParent = parent;
    }
    return out;
  }
}

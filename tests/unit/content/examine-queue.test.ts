import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Passes of a chosen length: a sliced pass over a root with `data-steps="n"` yields n − 1 times
 * before its findings; the whole pass (detect) never yields, whatever the root says.
 */
vi.mock('../../../src/detector', () => {
  const findings = (root: Element) => {
    if (root.hasAttribute('data-throws')) throw new Error('hostile node');
    return root.classList.contains('appeal') ? [{ element: root, category: 'donation', score: 5, reasons: [] }] : [];
  };
  return {
    detect: findings,
    *detectInSlices(root: Element) {
      const steps = Number(root.getAttribute('data-steps') ?? 1);
      for (let i = 1; i < steps; i++) yield;
      return findings(root);
    },
  };
});

const { ExamineQueue, SMALL_ROOT_ELEMENTS } = await import('../../../src/content/examine-queue');

/** SMALL_ROOT_ELEMENTS elements, nested three deep (the count climbs back out of each branch). */
const AT_LIMIT = '<div><p><span></span><span></span></p></div>'.repeat(SMALL_ROOT_ELEMENTS / 4);
/** A root too large to examine in one step: an app rendering a whole new page. */
const LARGE = `${AT_LIMIT}<span></span>`;

function roots(html: string): Element[] {
  document.body.innerHTML = html;
  return [...document.body.children];
}

describe('ExamineQueue', () => {
  let found: string[];
  let queue: InstanceType<typeof ExamineQueue>;
  beforeEach(() => {
    found = [];
    queue = new ExamineQueue({ options: () => ({}), found: (findings) => findings.forEach((f) => found.push(f.element.id)) });
  });

  const drain = () => {
    let steps = 1;
    while (!queue.step()) steps++;
    return steps;
  };

  it('is one urgent job for every queued root, asking to be scheduled only when it was empty', () => {
    const [a, b] = roots('<p id="a" class="appeal"></p><p id="b"></p>');
    expect(queue.urgent).toBe(true);
    expect(queue.add(a!)).toBe(true);
    expect(queue.add(b!)).toBe(false);
    expect(drain()).toBe(2);
    expect(found).toEqual(['a']);
    expect(queue.pending).toBe(0);
    expect(queue.add(b!)).toBe(true);
  });

  it('examines a small root whole in one step, however long its sliced pass would be', () => {
    const [small] = roots(`<div id="small" class="appeal" data-steps="3">${AT_LIMIT}</div>`);
    queue.add(small!);
    expect(queue.step()).toBe(true);
    expect(found).toEqual(['small']);
  });

  it('tells small from large by the elements under the root, whatever their shape', () => {
    // Random trees (a fixed seed): each new element goes under a random earlier one.
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 16807) % 2147483647) % n);
    const tree = (elements: number) => {
      const root = document.createElement('div');
      root.setAttribute('data-steps', '3');
      const all: Element[] = [root];
      for (let i = 0; i < elements; i++) all.push(all[random(all.length)]!.appendChild(document.createElement('div')));
      return root;
    };
    for (let shape = 0; shape < 5; shape++) {
      for (const [elements, steps] of [[SMALL_ROOT_ELEMENTS, 1], [SMALL_ROOT_ELEMENTS + 1, 3]] as const) {
        const root = document.body.appendChild(tree(elements));
        queue.add(root);
        expect(drain(), `${elements} elements, shape ${shape}`).toBe(steps);
        root.remove();
      }
    }
  });

  it('takes a large root in several steps, in order with the others', () => {
    const [a, big, c] = roots(`<p id="a" class="appeal"></p><div id="big" class="appeal" data-steps="3">${LARGE}</div><p id="c" class="appeal"></p>`);
    for (const root of [a!, big!, c!]) queue.add(root);
    expect(drain()).toBe(5);
    expect(found).toEqual(['a', 'big', 'c']);
  });

  it('skips a root the page took out again, and goes on past one whose pass throws', () => {
    const [gone, hostile, c] = roots('<p id="gone" class="appeal"></p><p id="hostile" class="appeal" data-throws></p><p id="c" class="appeal"></p>');
    for (const root of [gone!, hostile!, c!]) queue.add(root);
    gone!.remove();
    expect(() => drain()).not.toThrow();
    expect(found).toEqual(['c']);
  });

  it('forgets everything on clear', () => {
    const [big, b] = roots(`<div id="big" class="appeal" data-steps="3">${LARGE}</div><p id="b" class="appeal"></p>`);
    queue.add(big!);
    queue.add(b!);
    expect(queue.step()).toBe(false);
    queue.clear();
    expect(queue.pending).toBe(0);
    expect(queue.step()).toBe(true);
    expect(found).toEqual([]);
  });
});

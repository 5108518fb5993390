import { measureText } from './dom';
import type { Protection } from './types';
import type { Verdict } from './score';

/** How many levels a chosen block may be widened to a wrapper that adds no text. */
const MAX_LIFT = 2;

/**
 * Picks the blocks to report among passing verdicts: the best-scoring block of each nested
 * chain (size penalties make a wrapper with extra text lose to the appeal inside it), never two
 * that overlap, and never a wrapper around two separate complete appeals (each is reported).
 * On equal scores the outer block wins (it holds the heading and blurb around the evidence),
 * unless it is much bigger than the inner one.
 */
export function chooseElements(passing: readonly Verdict[], protection: Protection): Verdict[] {
  const ordered = [...passing].sort((a, b) => b.score - a.score || b.candidate.text.length - a.candidate.text.length);
  const chosen: Verdict[] = [];
  for (const verdict of ordered) {
    const el = verdict.candidate.element;
    if (chosen.some((c) => overlaps(c.candidate.element, el))) continue;
    if (wrapsSeparateAppeals(verdict, passing) || dwarfsEqualAppeal(verdict, passing)) continue;
    chosen.push(verdict);
  }
  return chosen.map((v) => widen(v, chosen, protection));
}

function overlaps(a: Element, b: Element): boolean {
  return a === b || a.contains(b) || b.contains(a);
}

/** Two disjoint passing blocks of different categories inside, each with its own offer, are two appeals, not one. */
function wrapsSeparateAppeals(verdict: Verdict, passing: readonly Verdict[]): boolean {
  const el = verdict.candidate.element;
  const complete = passing.filter(
    (v) => v !== verdict && v.category !== 'reminder' && v.candidate.offers > 0 && el.contains(v.candidate.element),
  );
  return complete.some((a) =>
    complete.some((b) => a.category !== b.category && !overlaps(a.candidate.element, b.candidate.element)),
  );
}

/** Text an outer block may add to an equally scored inner one and still count as the same appeal. */
const SAME_APPEAL_SLACK = 200;

function dwarfsEqualAppeal(verdict: Verdict, passing: readonly Verdict[]): boolean {
  const { element, text } = verdict.candidate;
  return passing.some(
    (v) =>
      v !== verdict &&
      v.score >= verdict.score &&
      element.contains(v.candidate.element) &&
      text.length > 2 * v.candidate.text.length + SAME_APPEAL_SLACK,
  );
}

/** A box's wrapper that holds nothing else (same text) is the box as the reader sees it. */
function widen(verdict: Verdict, chosen: readonly Verdict[], protection: Protection): Verdict {
  let el = verdict.candidate.element;
  for (let i = 0; i < MAX_LIFT; i++) {
    const parent = el.parentElement;
    if (!parent || parent.childElementCount > 3 || !protection.allows(parent)) break;
    if (chosen.some((c) => c !== verdict && parent.contains(c.candidate.element))) break;
    if (measureText(parent, verdict.candidate.text.length + 1).length !== verdict.candidate.text.length) break;
    el = parent;
  }
  return el === verdict.candidate.element ? verdict : { ...verdict, candidate: { ...verdict.candidate, element: el } };
}

import { HEADINGS, precedes, readerText } from './dom';
import type { Verdict } from './score';
import { findPitch } from './signals/phrases';

const HEADING = [...HEADINGS, '[role="heading"]'].join(', ');

/**
 * Picks the blocks to report among passing verdicts: the best-scoring block of each nested
 * chain (size penalties make a wrapper with extra text lose to the appeal inside it), never two
 * that overlap, and never a wrapper around two separate complete appeals (each is reported).
 * On equal scores the outer block wins (it holds the heading and blurb around the evidence),
 * unless it is much bigger than the inner one; with the same text too, only if it shows more.
 */
export function chooseElements(passing: readonly Verdict[]): Verdict[] {
  const ordered = [...passing].sort(
    (a, b) => b.score - a.score || b.candidate.text.length - a.candidate.text.length || outerShowingMore(a.candidate.element, b.candidate.element),
  );
  const chosen: Verdict[] = [];
  for (const verdict of ordered) {
    const el = verdict.candidate.element;
    if (chosen.some((c) => overlaps(c.candidate.element, el))) continue;
    if (wrapsSeparateAppeals(verdict, passing) || dwarfsEqualAppeal(verdict, passing)) continue;
    chosen.push(verdict);
  }
  return chosen;
}

/** What a box shows besides text: an embedded sign-up form, a banner, a video. */
const MEDIA = 'iframe, img, picture, video, svg, canvas, object, embed';

/**
 * Of two nested blocks with the same score and text, the outer one first (as a sort comparator)
 * when it also shows something the inner one does not, as a newsletter's embedded form under its
 * heading: nothing of the appeal is left showing.
 */
function outerShowingMore(a: Element, b: Element): number {
  if (a !== b && a.contains(b)) return showsMore(a, b) ? -1 : 0;
  if (a !== b && b.contains(a)) return showsMore(b, a) ? 1 : 0;
  return 0;
}

function showsMore(outer: Element, inner: Element): boolean {
  return outer.querySelectorAll(MEDIA).length > inner.querySelectorAll(MEDIA).length + (inner.matches(MEDIA) ? 1 : 0);
}

function overlaps(a: Element, b: Element): boolean {
  return a === b || a.contains(b) || b.contains(a);
}

/**
 * Two disjoint passing blocks of different categories inside, each with its own offer, are two
 * appeals, not one; unless the block's own heading, above them, offers them as one ("Follow us"
 * over its e-mail, its networks and its apps).
 */
function wrapsSeparateAppeals(verdict: Verdict, passing: readonly Verdict[]): boolean {
  const el = verdict.candidate.element;
  const complete = passing.filter(
    (v) => v !== verdict && v.category !== 'reminder' && v.candidate.offers > 0 && el.contains(v.candidate.element),
  );
  const separate = complete.some((a) =>
    complete.some((b) => a.category !== b.category && !overlaps(a.candidate.element, b.candidate.element)),
  );
  return separate && !headsAsOne(el, complete);
}

/** Characters of a heading read for its words. */
const MAX_HEADING_TEXT = 200;

/** Whether the first heading of `el`, outside the appeals `inside` and before them, pitches. */
function headsAsOne(el: Element, inside: readonly Verdict[]): boolean {
  const heading = el.querySelector(HEADING);
  if (heading === null) return false;
  for (const { candidate } of inside) {
    const appeal = candidate.element;
    if (appeal.contains(heading) || !precedes(heading, appeal)) return false;
  }
  return findPitch(readerText(heading, MAX_HEADING_TEXT)).length > 0;
}

/** Text an outer block may add to an equally scored inner one and still count as the same appeal. */
const SAME_APPEAL_SLACK = 200;

/** What a wrapper's own role or class may add to its score and still lose to the appeal inside it. */
const STRUCTURE_SLACK = 1;

/**
 * An outer block is only the appeal if it adds a little text and no other links to the block
 * inside it; else the inner one is reported, unless the outer scores clearly better.
 */
function dwarfsEqualAppeal(verdict: Verdict, passing: readonly Verdict[]): boolean {
  const { element, text } = verdict.candidate;
  return passing.some(
    (v) =>
      v !== verdict &&
      element.contains(v.candidate.element) &&
      ((v.score >= verdict.score && text.length > 2 * v.candidate.text.length + SAME_APPEAL_SLACK) ||
        (v.score >= verdict.score - STRUCTURE_SLACK && verdict.plainLinks > v.plainLinks)),
  );
}

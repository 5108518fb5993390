import { countNonSpace, precedes, textBefore, textOutside } from './dom';
import { OWN_TOKEN_BONUS, type Verdict } from './score';
import { findPitch } from './signals/phrases';

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
  return chosen.map((verdict) => withTitle(verdict, passing, chosen));
}

/** Characters a box's title line ("Support the Gazette") may add above the appeal it heads. */
const MAX_TITLE_TEXT = 80;

/**
 * The box around a chosen block when all it adds is a title line above it: left showing, the
 * title would head a collapsed line. The box may score lower by what the inner block's own class
 * earned it (its "promo-text" class), not by more.
 */
function withTitle(verdict: Verdict, passing: readonly Verdict[], chosen: readonly Verdict[]): Verdict {
  const { element } = verdict.candidate;
  let best = verdict;
  for (const box of passing) {
    const outer = box.candidate.element;
    if (box === verdict || !outer.contains(element) || box.category !== verdict.category) continue;
    if (box.score < verdict.score - OWN_TOKEN_BONUS || box.plainLinks !== verdict.plainLinks) continue;
    if (chosen.some((c) => c !== verdict && overlaps(c.candidate.element, outer))) continue;
    if (best !== verdict && !best.candidate.element.contains(outer)) continue;
    if (addsOnlyTitle(box, verdict)) best = box;
  }
  return best;
}

function addsOnlyTitle(box: Verdict, inner: Verdict): boolean {
  const added = box.candidate.text.length - inner.candidate.text.length;
  if (added <= 0 || added > MAX_TITLE_TEXT || box.candidate.text.overCap) return false;
  return countNonSpace(textBefore(box.candidate.element, inner.candidate.element, MAX_TITLE_TEXT)) === added;
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
 * appeals, not one; unless the box's own words above them, its heading or blurb, offer them as
 * one ("Follow us" over its e-mail, its networks and its apps).
 */
function wrapsSeparateAppeals(verdict: Verdict, passing: readonly Verdict[]): boolean {
  const el = verdict.candidate.element;
  const complete = passing.filter(
    (v) => v !== verdict && v.category !== 'reminder' && v.candidate.offers > 0 && el.contains(v.candidate.element),
  );
  const separate = complete.some((a) =>
    complete.some((b) => a.category !== b.category && !overlaps(a.candidate.element, b.candidate.element)),
  );
  return separate && !opensAsOne(el, complete);
}

/** Characters of a box's opening words (its heading and blurb) read for a pitch. */
const MAX_OPENING_TEXT = 400;

/**
 * Whether the words of `el` above the appeals `inside` (its heading, its blurb: "Follow us",
 * "Want more? Try our daily email") pitch, offering what follows as one.
 */
function opensAsOne(el: Element, inside: readonly Verdict[]): boolean {
  let first = inside[0]?.candidate.element;
  for (const { candidate } of inside) if (first && precedes(candidate.element, first)) first = candidate.element;
  return first !== undefined && findPitch(textBefore(el, first, MAX_OPENING_TEXT)).length > 0;
}

/** Text an outer block may add to an equally scored inner one and still count as the same appeal. */
const SAME_APPEAL_SLACK = 200;

/** What a wrapper's own role or class may add to its score and still lose to the appeal inside it. */
const STRUCTURE_SLACK = 1;

/**
 * An outer block is only the appeal if it adds a little text, no other links and none of the
 * site's own lines to the block inside it; else the inner one is reported, unless the outer
 * scores clearly better.
 */
function dwarfsEqualAppeal(verdict: Verdict, passing: readonly Verdict[]): boolean {
  const { element, text } = verdict.candidate;
  return passing.some(
    (v) =>
      v !== verdict &&
      element.contains(v.candidate.element) &&
      ((v.score >= verdict.score && (text.length > 2 * v.candidate.text.length + SAME_APPEAL_SLACK || addsSiteLines(element, v.candidate.element))) ||
        (v.score >= verdict.score - STRUCTURE_SLACK && verdict.plainLinks > v.plainLinks)),
  );
}

/**
 * The site's own lines, its postal address and its copyright ("52 Harbour Road", "© 2026 The
 * Gazette"), in `outer` beside `inner`: a footer's row around its follow links, not their box.
 */
function addsSiteLines(outer: Element, inner: Element): boolean {
  for (const address of outer.querySelectorAll('address')) if (!inner.contains(address)) return true;
  return textOutside(outer, (parent) => inner.contains(parent)).includes('©');
}

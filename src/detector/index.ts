import { CATEGORIES, type Category } from '../contract/categories';
import { gatherCandidates, measure } from './candidates';
import { chooseElements } from './choose-element';
import { precedes } from './dom';
import { createProtection, fieldsInUse } from './protection';
import { scoreCandidate, scoreContext, THRESHOLDS, type Verdict } from './score';
import { siblingRuns } from './sibling-run';
import { formOf } from './signals/forms';
import { startPass } from './signals/phrases';
import { placementReason } from './signals/placement';
import { plugVerdicts } from './story-plugs';
import type { DetectOptions, Finding, Protection } from './types';
import { walk, type Seed } from './walk';

export type { DetectOptions, Finding, Protection, Sensitivity } from './types';
export { createProtection } from './protection';
export { DIALOG } from './dom';
export type { LanguagePhrases } from './phrases/types';
export { loadedLanguages, resetPhrases, usePhrases } from './signals/phrases';

/** Work between yields in detectInSlices: well under one 50 ms task on a slow machine. */
const SLICE_MS = 8;
/** Blocks this far below the threshold are worth asking the (costly) computed style. */
const PLACEMENT_MARGIN = 1.5;
const PLACEMENT_BONUS = 1;
const MAX_PLACEMENT_QUERIES = 24;

/** Full pass over root (a Document or an Element subtree, e.g. a node just inserted): findings, outermost-first, never overlapping. */
export function detect(root: Document | Element, options: DetectOptions = {}): Finding[] {
  const pass = run(root, options, () => false);
  for (let step = pass.next(); ; step = pass.next()) if (step.done) return step.value;
}

/** The same pass, cut into slices: yields between chunks of work so a caller can give the main thread back; returns the same findings as detect(). */
export function* detectInSlices(root: Document | Element, options: DetectOptions = {}): Generator<void, Finding[], void> {
  const now = typeof performance === 'object' ? () => performance.now() : () => Date.now();
  let sliceStart = now();
  const shouldYield = () => {
    if (now() - sliceStart < SLICE_MS) return false;
    sliceStart = now();
    return true;
  };
  return yield* run(root, options, shouldYield);
}

function* run(root: Document | Element, options: DetectOptions, shouldYield: () => boolean): Generator<void, Finding[], void> {
  try {
    const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
    if (!doc) return [];
    startPass();
    const protection = options.protection ?? createProtection(doc);
    if (options.protection === undefined && shouldYield()) yield;
    const budget = { shouldYield };
    const lengths = new Map<Element, number>();
    const { seeds, fields } = yield* walk(root, protection, budget, lengths, options.onShadowHost);
    if (seeds.length === 0) return []; // most inserted subtrees: nothing to climb from
    const inUse = root.nodeType === 9 ? fieldsInUse(doc, fields) : undefined;
    const candidates = yield* gatherCandidates(seeds, protection, budget, lengths, inUse);
    // Links that carry any signal (an offer, a put-off, a log-in) are not plain menu or article links.
    const signalledLinks = new Set(seeds.filter((s) => s.kind === 'action').map((s) => s.element));
    const threshold = THRESHOLDS[options.sensitivity ?? 'balanced'];
    const wanted = new Set<Category>(options.categories ?? CATEGORIES);
    const context = scoreContext(signalledLinks, threshold - PLACEMENT_MARGIN, protection.article);

    const verdicts: Verdict[] = [];
    for (const candidate of candidates) {
      if (shouldYield()) yield;
      verdicts.push(scoreCandidate(candidate, context));
    }
    addPlacement(verdicts, threshold, root.nodeType === 9);
    const passes = (v: Verdict) => v.eligible && v.score >= threshold;
    const isWall = (box: Element) => verdicts.some((v) => v.candidate.element === box && passes(v));
    const accounts = accountBoxes(seeds, protection, lengths, isWall);
    const passing = verdicts.filter((v) => passes(v) && !accounts.some((box) => box.contains(v.candidate.element)));
    const plugs = plugVerdicts(protection.plugs ?? [], root, context, threshold);
    // A plug is reported whole: a block found inside it alone gives way to it.
    const inPlug = (el: Element) => plugs.some((v) => v.candidate.element.contains(el));
    const chosen = chooseElements(passing).filter((v) => protection.allows(v.candidate.element) && !inPlug(v.candidate.element));
    const runs = siblingRuns(verdicts, [...chosen, ...plugs], protection, threshold, context);
    return [...chosen, ...plugs, ...runs]
      .filter((v) => wanted.has(v.category) && protection.allows(v.candidate.element))
      .sort((a, b) => documentOrder(a.candidate.element, b.candidate.element))
      .map((v) => ({
        element: v.candidate.element,
        category: v.category,
        score: v.score,
        reasons: v.reasons,
        ...(v.runStart ? { runStart: v.runStart } : {}),
      }));
  } catch {
    return [];
  }
}

/**
 * Fixed or sticky placement tips blocks just under the threshold; asked of a few blocks only.
 * Computed style forces the browser's style work on a page that has just changed: on an inserted
 * subtree (`wholePage` false) only inline styles are read, and only of blocks the bonus would
 * make pass.
 */
function addPlacement(verdicts: Verdict[], threshold: number, wholePage: boolean): void {
  const near = verdicts
    .filter((v) => v.eligible && v.score >= threshold - PLACEMENT_MARGIN)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_PLACEMENT_QUERIES);
  for (const verdict of near) {
    if (!wholePage && verdict.score >= threshold) continue;
    const reason = placementReason(verdict.candidate.element, wholePage);
    if (reason) {
      verdict.score += PLACEMENT_BONUS;
      verdict.reasons.push(reason);
    }
  }
}

/**
 * The boxes around log-in and password forms (or the blocks a page's script sends as one, formOf):
 * nothing inside one is clutter, as its wording ("Enter your e-mail address", "No account yet?
 * Sign up") is the reader's own account speaking.
 * The box of an e-mail-first step is one unless it is itself found, as a registration wall is
 * (`isWall`). A box larger than one appeal or holding the article (a page wrapped whole in a form)
 * sets no such bound.
 */
function accountBoxes(seeds: readonly Seed[], protection: Protection, lengths: Map<Element, number>, isWall: (box: Element) => boolean): Element[] {
  const boxes: Element[] = [];
  for (const seed of seeds) {
    const login = seed.signals.some((s) => s.evidence === 'form-login');
    if (!login && !seed.signals.some((s) => s.evidence === 'form-login-step')) continue;
    const form = formOf(seed.element);
    const box = form?.parentElement ?? form;
    if (!box || (!login && isWall(box))) continue;
    if (measure(box, lengths, 0, protection.large) >= 0 && protection.allows(box)) boxes.push(box);
  }
  return boxes;
}

function documentOrder(a: Element, b: Element): number {
  return precedes(a, b) ? -1 : 1;
}

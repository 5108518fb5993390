import { countNonSpace, OPAQUE_TAGS, type TextMeasure } from './dom';
import type { Signal } from './signals/signal';
import type { Protection } from './types';
import type { Seed } from './walk';

/** A block around one or more seeds, with all the evidence found inside it. */
export interface Candidate {
  readonly element: Element;
  /** Distinct signals inside, by reason. */
  readonly signals: Map<string, Signal>;
  /** Buttons and links inside that offer something (not counting put-off controls). */
  offers: number;
  /** Blocks of plain text inside that carry appeal wording (link labels not counted). */
  wordedTexts: number;
  readonly text: TextMeasure;
}

/** A button or link that offers something (to give, subscribe, install, follow) rather than to put it off or log in. */
export function isOffer(seed: Seed): boolean {
  return seed.kind === 'action' && seed.signals.some((s) => s.category !== null && s.evidence !== 'action-put-off');
}

/** How far above a seed a block may start: appeals are compact. */
const MAX_CLIMB = 12;
/** Characters (whitespace excluded) beyond which a block is too big to be one appeal. */
export const MAX_APPEAL_TEXT = 2500;
const STOP_TAGS = new Set(['body', 'html', 'main']);
/** Nesting below a block beyond which it is taken as too big (no appeal is that deep). */
const MAX_DEPTH = 200;
const OVER = -1;

export interface GatherBudget {
  shouldYield(): boolean;
}

/** Builds the candidate blocks: each seed and its ancestors, up to the first one too big or protected. */
export function* gatherCandidates(
  seeds: readonly Seed[],
  protection: Protection,
  budget: GatherBudget,
  lengths: Map<Element, number> = new Map(),
  /** fieldsInUse() of the document, for a whole-page pass (else each block is asked on its own). */
  inUse?: readonly Element[],
): Generator<void, Candidate[], void> {
  const byElement = new Map<Element, Candidate | null>();
  for (const seed of seeds) {
    if (budget.shouldYield()) yield;
    const offers = isOffer(seed) ? 1 : 0;
    const worded = seed.kind === 'text' || isSentenceLink(seed) ? 1 : 0;
    let el: Element | null = seed.element;
    for (let level = 0; el && level < MAX_CLIMB; level++, el = el.parentElement) {
      let candidate = byElement.get(el);
      if (candidate === undefined) {
        candidate = open(el, protection, lengths, inUse);
        byElement.set(el, candidate);
      }
      if (candidate === null) break; // too big or protected, and so is every ancestor
      for (const signal of seed.signals) candidate.signals.set(signal.reason, signal);
      candidate.offers += offers;
      candidate.wordedTexts += worded;
    }
  }
  return [...byElement.values()].filter((c): c is Candidate => c !== null);
}

function open(el: Element, protection: Protection, lengths: Map<Element, number>, inUse: readonly Element[] | undefined): Candidate | null {
  if (STOP_TAGS.has(el.localName)) return null;
  const length = measure(el, lengths, 0, protection.large);
  if (length === OVER) return null;
  const allowed = protection.allowsMeasured ? protection.allowsMeasured(el, length, inUse) : protection.allows(el);
  if (!allowed) return null;
  return { element: el, signals: new Map(), offers: 0, wordedTexts: 0, text: { length, overCap: false } };
}

/**
 * Visible characters of `el` (whitespace excluded), or OVER (-1) past MAX_APPEAL_TEXT. `lengths`
 * remembers every element measured in a pass: an ancestor adds up its children's. `large`
 * (the page's Protection.large) remembers the blocks found OVER across passes.
 */
export function measure(el: Element, lengths: Map<Element, number>, depth = 0, large?: WeakSet<Element>): number {
  const known = lengths.get(el);
  if (known !== undefined) return known;
  if (large?.has(el)) return OVER;
  let length = 0;
  if (depth > MAX_DEPTH) length = OVER;
  else {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) length += countNonSpace((node as Text).data);
      else if (node.nodeType === 1 && !OPAQUE_TAGS.has((node as Element).localName)) {
        const inner = measure(node as Element, lengths, depth + 1, large);
        if (inner === OVER) {
          length = OVER;
          break;
        }
        length += inner;
      }
      if (length > MAX_APPEAL_TEXT) {
        // Remembered only when its own text is too much (not when a deep nesting stopped the count).
        large?.add(el);
        length = OVER;
        break;
      }
    }
  }
  lengths.set(el, length);
  return length;
}

/** Words beyond which a link's label reads as a sentence rather than a menu entry. */
export const SENTENCE_WORDS = 6;

/** A link or button whose label is a whole sentence that pitches ("Click here to receive … updates on …") carries wording of its own. */
function isSentenceLink(seed: Seed): boolean {
  if (seed.kind !== 'action' || !seed.signals.some((s) => s.evidence.startsWith('pitch-'))) return false;
  return (seed.element.textContent ?? '').trim().split(/\s+/).length > SENTENCE_WORDS;
}

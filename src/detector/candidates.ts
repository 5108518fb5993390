import { measureText, type TextMeasure } from './dom';
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

export interface GatherBudget {
  shouldYield(): boolean;
}

/** Builds the candidate blocks: each seed and its ancestors, up to the first one too big or protected. */
export function* gatherCandidates(
  seeds: readonly Seed[],
  protection: Protection,
  budget: GatherBudget,
): Generator<void, Candidate[], void> {
  const byElement = new Map<Element, Candidate | null>();
  for (const seed of seeds) {
    if (budget.shouldYield()) yield;
    const offers = isOffer(seed) ? 1 : 0;
    const worded = seed.kind === 'text' ? 1 : 0;
    let el: Element | null = seed.element;
    for (let level = 0; el && level < MAX_CLIMB; level++, el = el.parentElement) {
      let candidate = byElement.get(el);
      if (candidate === undefined) {
        candidate = open(el, protection);
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

function open(el: Element, protection: Protection): Candidate | null {
  if (STOP_TAGS.has(el.localName)) return null;
  const text = measureText(el, MAX_APPEAL_TEXT);
  if (text.overCap || !protection.allows(el)) return null;
  return { element: el, signals: new Map(), offers: 0, wordedTexts: 0, text };
}

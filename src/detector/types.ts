import type { Category } from '../contract/categories';
import type { StoryPlug } from './story-plugs';

export type Sensitivity = 'cautious' | 'balanced' | 'thorough';

export interface DetectOptions {
  sensitivity?: Sensitivity;
  /** Only these categories are reported (all by default). */
  categories?: readonly Category[];
  /**
   * Protection computed earlier for the same document (see createProtection). Pass it when
   * scanning inserted nodes so the main article is not searched for again on every mutation.
   */
  protection?: Protection;
  /**
   * Called for each element of the pass that hosts an open shadow root, whose content the pass
   * does not read (a widget drawn there, enclosed-appeal.ts). The caller judges them once the pass
   * is done, never from inside the call: a pass does not nest.
   */
  onShadowHost?: (host: Element) => void;
}

export interface Finding {
  element: Element;
  category: Category;
  score: number;
  /** Signals that fired, as short stable strings (shown in the popup). */
  reasons: readonly string[];
  /**
   * For an appeal made of sibling elements (a heading, then its button row), the run's first
   * element, reported just before: collapsed together, under its one placeholder.
   */
  runStart?: Element;
}

export interface Protection {
  /** False for elements that must never be hidden (checked at call time for focus and typed fields). */
  allows(element: Element): boolean;
  /** The element holding the main article's paragraphs, if one was found. */
  readonly article: Element | null;
  /**
   * allows() for a block whose visible text length (whitespace excluded) the caller measured just
   * now: the same verdict without measuring again. `inUse` (fieldsInUse() of the pass's root)
   * spares a query per block. Optional: callers fall back to allows().
   */
  allowsMeasured?(element: Element, textLength: number, inUse?: readonly Element[]): boolean;
  /** Children of the article's paragraph holders that are not its text (a box between paragraphs). */
  readonly asides?: readonly Element[];
  /** The publication's plugs written as the article's own paragraphs (see story-plugs.ts). */
  readonly plugs?: readonly StoryPlug[];
  /**
   * Blocks found too large to be one appeal, remembered for the page's later passes (a feed
   * that cards are added to is not measured again for each card). A live page's blocks mostly
   * grow; one that shrank and is still counted large is only never hidden, which is safe.
   */
  readonly large?: WeakSet<Element>;
  /** True for the article's own text blocks and anything inside them (its paragraphs, headings, lists…). */
  isArticleText(element: Element): boolean;
}

/**
 * Bundled by the evaluation and injected into each corpus page: scores the page as a reader sees it.
 */
import { scorePage, type CorpusLabel, type PageScore } from './score';

/** Shown means a reader could see it: it has a layout box and is not made invisible. */
function isShown(el: Element): boolean {
  if (el.getClientRects().length === 0) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.opacity !== '0';
}

export interface InPageResult extends PageScore {
  /** Collapsed elements that still have a layout box: the page contract says they must not. */
  notReallyHidden: string[];
}

function evaluate(label: CorpusLabel): InPageResult {
  // Labels were written against the page as saved: a placeholder Unnag put before an element would
  // break sibling selectors such as `h5 + .row`. The page is thrown away after this, so they go.
  for (const el of document.querySelectorAll('[data-unnag-placeholder]:not(style)')) el.remove();
  const notReallyHidden = [...document.querySelectorAll('[data-unnag]')]
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60));
  return { ...scorePage(document, label, isShown), notReallyHidden };
}

(globalThis as unknown as { __unnagEval: typeof evaluate }).__unnagEval = evaluate;

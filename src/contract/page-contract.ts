/**
 * The page contract: the attributes Unnag leaves on a page. Tests, the evaluation and the
 * benchmark read them, so they are stable API (documented in the README).
 *
 * - `data-unnag="<kind>"` sits on every element Unnag has collapsed, for as long as it is collapsed.
 * - `data-unnag-placeholder` sits on every element Unnag inserts into the page.
 * - `data-unnag-revealed` replaces `data-unnag` when the reader reopens an element.
 */
export const COLLAPSED_ATTR = 'data-unnag';
export const PLACEHOLDER_ATTR = 'data-unnag-placeholder';
export const REVEALED_ATTR = 'data-unnag-revealed';

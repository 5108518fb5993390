/**
 * The kinds of clutter Unnag collapses. The same words are used by the corpus labels
 * (../shared/corpus/FORMAT.md), the page contract, the settings and the UI.
 */
export const CATEGORIES = ['donation', 'reminder', 'newsletter', 'promo'] as const;

export type Category = (typeof CATEGORIES)[number];

/** What a collapsed element can be: a detected category, or an element the reader picked. */
export type CollapseKind = Category | 'custom';

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

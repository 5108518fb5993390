declare const selectorBrand: unique symbol;

/**
 * A CSS selector a reader picked. Only its shape is checked here (settings are pure logic, without
 * a DOM): the content script must still guard `querySelectorAll` against selectors the page's
 * engine rejects.
 */
export type Selector = string & { readonly [selectorBrand]: true };

/** Picker-made selectors are well under this; the bound keeps one site's record small enough to sync. */
export const MAX_SELECTOR_LENGTH = 300;
export const MAX_SELECTORS_PER_LIST = 50;

/** The per-site rule lists the reader fills from the page itself. */
export const RULE_LISTS = ['alwaysCollapse', 'notClutter'] as const;
export type RuleList = (typeof RULE_LISTS)[number];

/** Whether another selector still fits a site's list of rules (picks, or "not clutter"). */
export function canAddSelector(list: readonly string[]): boolean {
  return list.length < MAX_SELECTORS_PER_LIST;
}

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

export function isSelector(value: unknown): value is Selector {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_SELECTOR_LENGTH &&
    value === value.trim() &&
    !CONTROL_CHARACTER.test(value)
  );
}

export function toSelector(raw: string): Selector | undefined {
  const trimmed = raw.trim();
  return isSelector(trimmed) ? trimmed : undefined;
}

/**
 * Every message that crosses a context boundary, typed, and a validator for each direction.
 * A message is data from another process: nothing is trusted until `parse…` says so.
 */
import { isCategory, type CollapseKind } from '../contract/categories';
import { isSelector, type Selector } from '../settings/selector';

/** The reason the content script gives an element the reader picked; the popup words it. */
export const PICKED_REASON = 'picked:reader';

/** One collapsed element as the popup lists it. */
export interface CollapsedItem {
  id: number;
  kind: CollapseKind;
  /** The first words of the element's text. */
  preview: string;
  reasons: readonly string[];
  revealed: boolean;
}

export interface PageState {
  hostname: string;
  enabled: boolean;
  items: readonly CollapsedItem[];
}

/** The per-site rule lists the reader fills from the page itself. */
export const RULE_LISTS = ['alwaysCollapse', 'notClutter'] as const;
export type RuleList = (typeof RULE_LISTS)[number];

/**
 * Content script → background. `add-rule` asks the one settings writer to save a rule for the
 * sender's site: the background takes the site from the sender, never from the message.
 */
export type ToBackground =
  | { type: 'collapsed-count'; count: number }
  | { type: 'add-rule'; list: RuleList; selector: Selector };

/**
 * Popup → content script. `not-clutter` reopens an item and saves a rule that keeps it open on the
 * site; `start-picker` lets the reader pick an element on the page to collapse.
 */
export type ToContent =
  | { type: 'get-page-state' }
  | { type: 'reveal'; id: number }
  | { type: 'collapse-again'; id: number }
  | { type: 'not-clutter'; id: number }
  | { type: 'start-picker' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1_000_000;

const isRuleList = (value: unknown): value is RuleList => (RULE_LISTS as readonly unknown[]).includes(value);

export function parseToBackground(message: unknown): ToBackground | null {
  if (!isRecord(message)) return null;
  if (message.type === 'collapsed-count' && isCount(message.count)) return { type: 'collapsed-count', count: message.count };
  if (message.type === 'add-rule' && isRuleList(message.list) && isSelector(message.selector)) {
    return { type: 'add-rule', list: message.list, selector: message.selector };
  }
  return null;
}

export function parseToContent(message: unknown): ToContent | null {
  if (!isRecord(message)) return null;
  switch (message.type) {
    case 'get-page-state':
    case 'start-picker':
      return { type: message.type };
    case 'reveal':
    case 'collapse-again':
    case 'not-clutter':
      return isCount(message.id) ? { type: message.type, id: message.id } : null;
    default:
      return null;
  }
}

function isCollapseKind(value: unknown): value is CollapseKind {
  return value === 'custom' || isCategory(value);
}

/** The popup checks the content script's answer too: the tab's page may have been replaced. */
export function parsePageState(value: unknown): PageState | null {
  if (!isRecord(value) || typeof value.hostname !== 'string' || typeof value.enabled !== 'boolean') return null;
  if (!Array.isArray(value.items)) return null;
  const items: CollapsedItem[] = [];
  for (const item of value.items) {
    if (!isRecord(item) || !isCount(item.id) || !isCollapseKind(item.kind) || typeof item.preview !== 'string') return null;
    if (typeof item.revealed !== 'boolean' || !Array.isArray(item.reasons)) return null;
    items.push({
      id: item.id,
      kind: item.kind,
      preview: item.preview,
      revealed: item.revealed,
      reasons: item.reasons.filter((r): r is string => typeof r === 'string'),
    });
  }
  return { hostname: value.hostname, enabled: value.enabled, items };
}

/**
 * Every message that crosses a context boundary, typed, and a validator for each direction.
 * A message is data from another process: nothing is trusted until `parse…` says so.
 */
import { isCategory, type Category, type CollapseKind } from '../contract/categories';
import { isSelector, RULE_LISTS, type RuleList, type Selector } from '../settings/selector';

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
  /** A pick or "not clutter" made on this page could not be saved: it holds on this page only. */
  unsavedChoice: boolean;
  /** The page could not read the synced settings: it follows this device's copies alone. */
  syncUnread: boolean;
}

/**
 * Content script → background. `add-rule` asks the one settings writer to save a rule for the
 * sender's site: the background takes the site from the sender, never from the message, and
 * answers with a `RuleSaved`.
 */
export type ToBackground =
  | { type: 'collapsed-count'; count: number }
  | { type: 'add-rule'; list: RuleList; selector: Selector };

export interface RuleSaved {
  saved: boolean;
}

/** Only a plain yes counts: no answer (a background restarting) or anything else is not saved. */
export function parseRuleSaved(value: unknown): boolean {
  return isRecord(value) && value.saved === true;
}

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

/**
 * A frame's content script → the content script of the page around it, by `postMessage` (the only
 * way between the two that names the sending frame): the frame's whole document is one appeal. The
 * page's own scripts see it too and can send one: the worst a forged report does is collapse one of
 * the page's own frames, under a placeholder that reopens it.
 */
export interface FrameReport {
  category: Category;
  /**
   * Only reasons worded by the phrase packs (in-frame.ts): no words of the frame's own, which the
   * page, of another origin, must not learn through Unnag.
   */
  reasons: readonly string[];
}

/** Marks Unnag's frame reports among the page's own messages. */
const FRAME_REPORT_PREFIX = 'unnag:frame-appeal:';
const MAX_FRAME_REASONS = 24;
const MAX_FRAME_TEXT = 200;

/** A string, which crosses every browser's boundary between worlds unchanged. */
export function frameReportMessage(report: FrameReport): string {
  return FRAME_REPORT_PREFIX + JSON.stringify(report);
}

const isShortText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_FRAME_TEXT;

export function parseFrameReport(data: unknown): FrameReport | null {
  if (typeof data !== 'string' || !data.startsWith(FRAME_REPORT_PREFIX) || data.length > 10_000) return null;
  let value: unknown;
  try {
    value = JSON.parse(data.slice(FRAME_REPORT_PREFIX.length));
  } catch {
    return null;
  }
  if (!isRecord(value) || !isCategory(value.category) || !Array.isArray(value.reasons)) return null;
  if (value.reasons.length > MAX_FRAME_REASONS || !value.reasons.every(isShortText)) return null;
  return { category: value.category, reasons: value.reasons };
}

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
  if (typeof value.unsavedChoice !== 'boolean' || typeof value.syncUnread !== 'boolean') return null;
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
  return { hostname: value.hostname, enabled: value.enabled, items, unsavedChoice: value.unsavedChoice, syncUnread: value.syncUnread };
}

/**
 * What the popup shows, worked out from the page's state and the site's settings. Pure, so the
 * counting and ordering are unit-tested without a browser.
 */
import { CATEGORIES, type Category } from '../contract/categories';
import type { CollapsedItem, PageState } from '../messaging/messages';
import type { EffectiveSiteSettings } from '../settings/model';
import { canAddSelector } from '../settings/selector';
import type { StorageStatus } from '../settings/status';

export interface CategoryRow {
  readonly category: Category;
  readonly on: boolean;
  /** Elements of this category collapsed on the page right now (reopened ones not counted). */
  readonly collapsed: number;
}

export interface PopupModel {
  readonly enabled: boolean;
  readonly collapsed: number;
  readonly categories: readonly CategoryRow[];
  /** Still-collapsed items first, then reopened ones, each group in page order. */
  readonly items: readonly CollapsedItem[];
  /** The site keeps no more picks, or no more "not clutter" marks: a new one holds on this page only. */
  readonly rulesFull: boolean;
  /** A pick or "not clutter" made on the page could not be saved: it holds on that page only. */
  readonly unsavedChoice: boolean;
  /**
   * The page could not read the synced settings, which hold some of the site's: it may not follow a
   * rule made on another device.
   */
  readonly pageMissesSync: boolean;
}

/**
 * Whether `status` says some settings live in sync, where a page that could not read it misses
 * them. Kept on this device only, or unread by the popup too (which says so), there is nothing more
 * to tell; after a refused edit the status says only that, and the notice waits for the next.
 */
function syncHoldsSettings(status: StorageStatus): boolean {
  return status.where === 'sync' || status.where === 'mixed';
}

export function popupModel(page: PageState, site: EffectiveSiteSettings, status: StorageStatus): PopupModel {
  const hidden = page.items.filter((item) => !item.revealed);
  const categories = CATEGORIES.map((category) => ({
    category,
    on: site.categories[category],
    collapsed: hidden.filter((item) => item.kind === category).length,
  }));
  const byId = (a: CollapsedItem, b: CollapsedItem) => a.id - b.id;
  const shown = page.items.filter((item) => item.revealed);
  const rulesFull = !canAddSelector(site.alwaysCollapse) || !canAddSelector(site.notClutter);
  return {
    enabled: site.enabled,
    collapsed: hidden.length,
    categories,
    items: [...hidden.sort(byId), ...shown.sort(byId)],
    rulesFull,
    unsavedChoice: page.unsavedChoice,
    pageMissesSync: page.syncUnread && syncHoldsSettings(status),
  };
}

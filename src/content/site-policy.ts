/**
 * The one door from the content script to the reader's settings: what Unnag should do on this site,
 * told again whenever it changes (in the popup, the options page, another tab or another device),
 * and the two rules the reader teaches from the page itself. Settings are only read here; the rules
 * go to the background, the one context that writes settings.
 */
import { CATEGORIES, type Category } from '../contract/categories';
import type { Sensitivity } from '../detector/types';
import { parseRuleSaved, type ToBackground } from '../messaging/messages';
import type { StorageAreaLike } from '../settings/areas';
import { toHostname } from '../settings/hostname';
import type { SiteSettings } from '../settings/model';
import { toSelector, type RuleList } from '../settings/selector';
import { openSiteSettings } from '../settings/site-reader';
import { extensionApi } from './extension-api';

export interface SitePolicy {
  readonly enabled: boolean;
  readonly categories: readonly Category[];
  /** 'placeholder': a "… hidden · Show" line stands in; 'no-trace': the element just goes. */
  readonly display: 'placeholder' | 'no-trace';
  readonly sensitivity: Sensitivity;
  /** Selectors the reader picked to collapse on this site. */
  readonly alwaysCollapse: readonly string[];
  /** Selectors the reader said are not clutter on this site. */
  readonly notClutter: readonly string[];
}

export interface SitePolicySource {
  /** The policy now (kept current, also before anyone watches). */
  readonly current: SitePolicy;
  /** The synced settings could not be read: the policy follows this device's copies alone. */
  readonly syncUnread: boolean;
  watch(listener: (policy: SitePolicy) => void): void;
  /** Tries the synced settings again when they could not be read; watchers hear what that changes. */
  rereadSync(): Promise<void>;
  /** Calls `listener` each time the synced settings, unread until then, have been read. */
  watchSyncRead(listener: () => void): void;
}

function toPolicy(site: SiteSettings): SitePolicy {
  return {
    enabled: site.enabled,
    categories: CATEGORIES.filter((category: Category) => site.categories[category]),
    display: site.display,
    sensitivity: site.sensitivity,
    alwaysCollapse: site.alwaysCollapse,
    notClutter: site.notClutter,
  };
}

/**
 * A page whose name the settings cannot hold (rare: an odd host) follows the global settings and
 * keeps no rules. `local` stands in for storage.local (the start's merged read, one-read.ts).
 */
export async function openSitePolicy(hostname: string, local: StorageAreaLike = extensionApi().storage.local): Promise<SitePolicySource> {
  const { sync, onChanged } = extensionApi().storage;
  const reader = await openSiteSettings({ sync, local, onChanged }, toHostname(hostname));
  return {
    get current() {
      return toPolicy(reader.settings);
    },
    get syncUnread() {
      return reader.syncUnread;
    },
    watch: (listener) => reader.watch((settings) => listener(toPolicy(settings))),
    rereadSync: () => reader.rereadSync(),
    watchSyncRead: (listener) => reader.watchSyncRead(listener),
  };
}

/**
 * Asks the background to save a rule for this page's site (it takes the site from the sender, and
 * saves nothing for a page without a site name); nothing is sent for an unusable selector.
 * Resolves true once the rule is saved; false when it was not (storage refused it, or the
 * background could not be reached).
 */
async function remember(list: RuleList, selector: string): Promise<boolean> {
  const rule = toSelector(selector);
  if (!rule) return false;
  const message: ToBackground = { type: 'add-rule', list, selector: rule };
  try {
    return parseRuleSaved(await extensionApi().runtime.sendMessage(message));
  } catch {
    return false;
  }
}

/** The reader picked an element to collapse on this site from now on. */
export function rememberPicked(selector: string): Promise<boolean> {
  return remember('alwaysCollapse', selector);
}

/** The reader said an element is not clutter on this site: it stays open from now on. */
export function rememberNotClutter(selector: string): Promise<boolean> {
  return remember('notClutter', selector);
}

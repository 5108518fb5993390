/**
 * The one door from the content script to the reader's settings: what Unnag should do on this site,
 * told again whenever it changes (in the popup, the options page, another tab or another device),
 * and the two rules the reader teaches from the page itself.
 */
import { CATEGORIES, type Category } from '../contract/categories';
import type { Sensitivity } from '../detector/types';
import { toHostname } from '../settings/hostname';
import { effectiveSiteSettings, EMPTY_OVERRIDE, type EffectiveSiteSettings } from '../settings/model';
import { toSelector } from '../settings/selector';
import { openSettingsStore, type SettingsStore } from '../settings/store';
import { addAlwaysCollapse, addNotClutter } from '../settings/updates';
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

let store: Promise<SettingsStore> | undefined;

/** One store per page, opened on first use. */
function settingsStore(): Promise<SettingsStore> {
  const { sync, local, onChanged } = extensionApi().storage;
  return (store ??= openSettingsStore({ sync, local, onChanged }));
}

function toPolicy(site: Omit<EffectiveSiteSettings, 'hostname'>): SitePolicy {
  return {
    enabled: site.enabled,
    categories: CATEGORIES.filter((category: Category) => site.categories[category]),
    display: site.display,
    sensitivity: site.sensitivity,
    alwaysCollapse: site.alwaysCollapse,
    notClutter: site.notClutter,
  };
}

export async function loadSitePolicy(hostname: string): Promise<SitePolicy> {
  const { settings } = await settingsStore();
  const site = toHostname(hostname);
  // A page whose name the settings cannot hold (rare: an odd host) follows the global settings and keeps no rules.
  return toPolicy(site ? effectiveSiteSettings(settings, site) : { ...EMPTY_OVERRIDE, ...settings.global });
}

export function onSitePolicyChange(hostname: string, listener: (policy: SitePolicy) => void): void {
  const site = toHostname(hostname);
  if (site) void settingsStore().then((opened) => opened.watchSite(site, (settings) => listener(toPolicy(settings))));
}

const ADD_RULE = { alwaysCollapse: addAlwaysCollapse, notClutter: addNotClutter } as const;

/** Saves a rule for the site (nothing is saved for a page without a site name or an unusable selector). */
async function remember(hostname: string, selector: string, list: keyof typeof ADD_RULE): Promise<void> {
  const site = toHostname(hostname);
  const rule = toSelector(selector);
  if (!site || !rule) return;
  await (await settingsStore()).update((settings) => ADD_RULE[list](settings, site, rule));
}

/** The reader picked an element to collapse on this site from now on. */
export function rememberPicked(hostname: string, selector: string): Promise<void> {
  return remember(hostname, selector, 'alwaysCollapse');
}

/** The reader said an element is not clutter on this site: it stays open from now on. */
export function rememberNotClutter(hostname: string, selector: string): Promise<void> {
  return remember(hostname, selector, 'notClutter');
}

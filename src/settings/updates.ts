/**
 * Immutable edits for the popup, the options page and the element picker. Each returns the same
 * object when nothing changes, so callers and the store can skip needless writes.
 */
import type { Category } from '../contract/categories';
import type { Hostname } from './hostname';
import {
  DEFAULT_SETTINGS,
  EMPTY_OVERRIDE,
  isEmptyOverride,
  sameGlobal,
  sameOverride,
  type Display,
  type GlobalSettings,
  type Sensitivity,
  type Settings,
  type SiteOverride,
} from './model';
import { canAddSelector, type RuleList, type Selector } from './selector';

export function setGlobalCategory(settings: Settings, category: Category, on: boolean): Settings {
  return editGlobal(settings, (global) => ({ ...global, categories: { ...global.categories, [category]: on } }));
}

export function setDisplay(settings: Settings, display: Display): Settings {
  return editGlobal(settings, (global) => ({ ...global, display }));
}

export function setSensitivity(settings: Settings, sensitivity: Sensitivity): Settings {
  return editGlobal(settings, (global) => ({ ...global, sensitivity }));
}

export function setSiteEnabled(settings: Settings, hostname: Hostname, enabled: boolean): Settings {
  return editSite(settings, hostname, (site) => ({ ...site, enabled }));
}

export function toggleSite(settings: Settings, hostname: Hostname): Settings {
  return editSite(settings, hostname, (site) => ({ ...site, enabled: !site.enabled }));
}

/** A switch equal to the global one is dropped, so the site follows later global changes. */
export function setSiteCategory(settings: Settings, hostname: Hostname, category: Category, on: boolean): Settings {
  return editSite(settings, hostname, (site) => {
    const { [category]: _previous, ...others } = site.categories;
    const follows = settings.global.categories[category] === on;
    return { ...site, categories: follows ? others : { ...others, [category]: on } };
  });
}

export function toggleSiteCategory(settings: Settings, hostname: Hostname, category: Category): Settings {
  const current = settings.sites.get(hostname)?.categories[category] ?? settings.global.categories[category];
  return setSiteCategory(settings, hostname, category, !current);
}

/** Picking an element to collapse overrules an earlier "not clutter here" for it, and vice versa. */
export function addAlwaysCollapse(settings: Settings, hostname: Hostname, selector: Selector): Settings {
  return editSite(settings, hostname, (site) => moveRule(site, 'alwaysCollapse', 'notClutter', selector));
}

export function removeAlwaysCollapse(settings: Settings, hostname: Hostname, selector: Selector): Settings {
  return editSite(settings, hostname, (site) => ({ ...site, alwaysCollapse: withoutItem(site.alwaysCollapse, selector) }));
}

export function addNotClutter(settings: Settings, hostname: Hostname, selector: Selector): Settings {
  return editSite(settings, hostname, (site) => moveRule(site, 'notClutter', 'alwaysCollapse', selector));
}

export function removeNotClutter(settings: Settings, hostname: Hostname, selector: Selector): Settings {
  return editSite(settings, hostname, (site) => ({ ...site, notClutter: withoutItem(site.notClutter, selector) }));
}

export function resetSite(settings: Settings, hostname: Hostname): Settings {
  return editSite(settings, hostname, () => EMPTY_OVERRIDE);
}

export function resetAll(settings: Settings): Settings {
  return settings.sites.size === 0 && sameGlobal(settings.global, DEFAULT_SETTINGS.global) ? settings : DEFAULT_SETTINGS;
}

function editGlobal(settings: Settings, edit: (global: GlobalSettings) => GlobalSettings): Settings {
  const global = edit(settings.global);
  return sameGlobal(global, settings.global) ? settings : { ...settings, global };
}

function editSite(settings: Settings, hostname: Hostname, edit: (site: SiteOverride) => SiteOverride): Settings {
  const before = settings.sites.get(hostname);
  const after = edit(before ?? EMPTY_OVERRIDE);
  if (sameOverride(after, before ?? EMPTY_OVERRIDE)) return settings;
  const sites = new Map(settings.sites);
  if (isEmptyOverride(after)) sites.delete(hostname);
  else sites.set(hostname, after);
  return { ...settings, sites };
}

/**
 * Puts `selector` on the list `to` and takes it off `from`. A full list takes no more, and then the
 * other list keeps it too: a rule is never half moved (the popup says the site is full).
 */
function moveRule(site: SiteOverride, to: RuleList, from: RuleList, selector: Selector): SiteOverride {
  const list = site[to];
  if (list.includes(selector)) return { ...site, [from]: withoutItem(site[from], selector) };
  if (!canAddSelector(list)) return site;
  return { ...site, [to]: [...list, selector], [from]: withoutItem(site[from], selector) };
}

function withoutItem(list: readonly Selector[], item: Selector): readonly Selector[] {
  return list.includes(item) ? list.filter((entry) => entry !== item) : list;
}

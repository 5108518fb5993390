import { CATEGORIES, type Category } from '../contract/categories';
import type { Hostname } from './hostname';
import type { Selector } from './selector';

/** Bump together with a new step in migrations.ts. */
export const SETTINGS_VERSION = 2;

export const DISPLAYS = ['placeholder', 'no-trace'] as const;
export type Display = (typeof DISPLAYS)[number];

export const SENSITIVITIES = ['cautious', 'balanced', 'thorough'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export type CategorySwitches = Readonly<Record<Category, boolean>>;

export interface GlobalSettings {
  readonly categories: CategorySwitches;
  readonly display: Display;
  readonly sensitivity: Sensitivity;
}

/**
 * What a reader changed for one site. Category switches are sparse so that a site without its own
 * choice keeps following the global one.
 */
export interface SiteOverride {
  readonly enabled: boolean;
  readonly categories: Readonly<Partial<Record<Category, boolean>>>;
  readonly alwaysCollapse: readonly Selector[];
  readonly notClutter: readonly Selector[];
}

/** A Map, not an object: hostnames such as `__proto__` are legal names and must stay plain keys. */
export type SiteOverrides = ReadonlyMap<Hostname, SiteOverride>;

export interface Settings {
  readonly version: typeof SETTINGS_VERSION;
  readonly global: GlobalSettings;
  /** Holds only sites that differ from an empty override. */
  readonly sites: SiteOverrides;
}

/** What the content script applies on one site. */
export interface SiteSettings {
  readonly enabled: boolean;
  readonly categories: CategorySwitches;
  readonly display: Display;
  readonly sensitivity: Sensitivity;
  readonly alwaysCollapse: readonly Selector[];
  readonly notClutter: readonly Selector[];
}

export interface EffectiveSiteSettings extends SiteSettings {
  readonly hostname: Hostname;
}

export const DEFAULT_GLOBAL: GlobalSettings = {
  categories: { donation: true, reminder: true, newsletter: true, promo: true },
  display: 'placeholder',
  sensitivity: 'balanced',
};

export const EMPTY_OVERRIDE: SiteOverride = {
  enabled: true,
  categories: {},
  alwaysCollapse: [],
  notClutter: [],
};

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  global: DEFAULT_GLOBAL,
  sites: new Map(),
};

export function effectiveSiteSettings(settings: Settings, hostname: Hostname): EffectiveSiteSettings {
  return { hostname, ...applyOverride(settings.global, settings.sites.get(hostname) ?? EMPTY_OVERRIDE) };
}

/** A site's own choices over the global ones. */
export function applyOverride(global: GlobalSettings, site: SiteOverride): SiteSettings {
  return {
    enabled: site.enabled,
    categories: { ...global.categories, ...site.categories },
    display: global.display,
    sensitivity: global.sensitivity,
    alwaysCollapse: site.alwaysCollapse,
    notClutter: site.notClutter,
  };
}

export function isEmptyOverride(site: SiteOverride): boolean {
  return sameOverride(site, EMPTY_OVERRIDE);
}

export function sameOverride(a: SiteOverride | undefined, b: SiteOverride | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.enabled === b.enabled &&
    CATEGORIES.every((category) => a.categories[category] === b.categories[category]) &&
    sameList(a.alwaysCollapse, b.alwaysCollapse) &&
    sameList(a.notClutter, b.notClutter)
  );
}

export function sameGlobal(a: GlobalSettings, b: GlobalSettings): boolean {
  return (
    a.display === b.display &&
    a.sensitivity === b.sensitivity &&
    CATEGORIES.every((category) => a.categories[category] === b.categories[category])
  );
}

export function sameSettings(a: Settings, b: Settings): boolean {
  if (a === b) return true;
  if (!sameGlobal(a.global, b.global) || a.sites.size !== b.sites.size) return false;
  for (const [hostname, site] of a.sites) {
    if (!sameOverride(site, b.sites.get(hostname))) return false;
  }
  return true;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

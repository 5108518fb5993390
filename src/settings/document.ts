/**
 * The readable form of the settings: what export writes and import reads, and what migrations
 * lift from one version to the next. Storage uses the compact records in records.ts instead.
 */
import { CATEGORIES, type Category } from '../contract/categories';
import type { Hostname } from './hostname';
import {
  DEFAULT_GLOBAL,
  DISPLAYS,
  isEmptyOverride,
  SENSITIVITIES,
  SETTINGS_VERSION,
  type GlobalSettings,
  type Settings,
  type SiteOverride,
} from './model';
import {
  childPath,
  readBoolean,
  readCategoryMap,
  readHostnameKey,
  readObject,
  readOneOf,
  readOptional,
  readSelectorList,
} from './validation';

export interface SiteDocument {
  enabled?: false;
  categories?: Partial<Record<Category, boolean>>;
  alwaysCollapse?: string[];
  notClutter?: string[];
}

export interface SettingsDocument {
  version: typeof SETTINGS_VERSION;
  global: { categories: Record<Category, boolean>; display: string; sensitivity: string };
  sites: Record<string, SiteDocument>;
}

const FULL_NAMES = Object.fromEntries(CATEGORIES.map((category) => [category, category])) as Record<Category, Category>;

export function toDocument(settings: Settings): SettingsDocument {
  const { categories, display, sensitivity } = settings.global;
  return {
    version: SETTINGS_VERSION,
    global: { categories: { ...categories }, display, sensitivity },
    // fromEntries, not assignment: a site named `__proto__` must stay a plain key.
    sites: Object.fromEntries([...settings.sites].map(([hostname, site]) => [hostname, toSiteDocument(site)])),
  };
}

function toSiteDocument(site: SiteOverride): SiteDocument {
  const entry: SiteDocument = {};
  if (!site.enabled) entry.enabled = false;
  if (Object.keys(site.categories).length > 0) entry.categories = { ...site.categories };
  if (site.alwaysCollapse.length > 0) entry.alwaysCollapse = [...site.alwaysCollapse];
  if (site.notClutter.length > 0) entry.notClutter = [...site.notClutter];
  return entry;
}

/** Reads a current-version document; missing fields take their defaults. Throws `InvalidEntry`. */
export function readDocument(raw: unknown): Settings {
  const document = readObject(raw, '', ['version', 'global', 'sites']);
  const global = document.global === undefined ? DEFAULT_GLOBAL : readGlobal(document.global, 'global');
  const sites = new Map<Hostname, SiteOverride>();
  if (document.sites !== undefined) {
    for (const [key, value] of Object.entries(readObject(document.sites, 'sites'))) {
      const hostname = readHostnameKey(key, 'sites');
      const site = readSite(value, childPath('sites', key));
      if (!isEmptyOverride(site)) sites.set(hostname, site);
    }
  }
  return { version: SETTINGS_VERSION, global, sites };
}

function readGlobal(raw: unknown, path: string): GlobalSettings {
  const global = readObject(raw, path, ['categories', 'display', 'sensitivity']);
  const categories = readOptional(global, 'categories', path, readFullCategories, {});
  return {
    categories: { ...DEFAULT_GLOBAL.categories, ...categories },
    display: readOptional(global, 'display', path, (value, at) => readOneOf(value, at, DISPLAYS), DEFAULT_GLOBAL.display),
    sensitivity: readOptional(
      global,
      'sensitivity',
      path,
      (value, at) => readOneOf(value, at, SENSITIVITIES),
      DEFAULT_GLOBAL.sensitivity,
    ),
  };
}

function readSite(raw: unknown, path: string): SiteOverride {
  const site = readObject(raw, path, ['enabled', 'categories', 'alwaysCollapse', 'notClutter']);
  return {
    enabled: readOptional(site, 'enabled', path, readBoolean, true),
    categories: readOptional(site, 'categories', path, readFullCategories, {}),
    alwaysCollapse: readOptional(site, 'alwaysCollapse', path, readSelectorList, []),
    notClutter: readOptional(site, 'notClutter', path, readSelectorList, []),
  };
}

export function readFullCategories(raw: unknown, path: string): Partial<Record<Category, boolean>> {
  return readCategoryMap(raw, path, FULL_NAMES, readBoolean);
}

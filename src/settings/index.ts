/**
 * What the rest of Unnag uses from settings. Background, popup and options also import
 * `browserSettingsAreas` from './browser-areas'; it is kept out of here so pure code and unit
 * tests never load webextension-polyfill.
 */
export type { Logger, SettingsAreas, StorageAreaLike, StorageChangeSource } from './areas';
export { toHostname, type Hostname } from './hostname';
export {
  DEFAULT_SETTINGS,
  DISPLAYS,
  effectiveSiteSettings,
  SENSITIVITIES,
  type Display,
  type EffectiveSiteSettings,
  type GlobalSettings,
  type Sensitivity,
  type Settings,
  type SiteOverride,
} from './model';
export type { SyncProblem } from './quota';
export { MAX_SELECTOR_LENGTH, MAX_SELECTORS_PER_LIST, toSelector, type Selector } from './selector';
export type { StorageStatus } from './status';
export { openSettingsStore, type SettingsStore, type SettingsStoreOptions, type SyncUsage } from './store';
export { exportSettings, parseImport, type ImportError, type ImportErrorCode, type ImportResult } from './transfer';
export {
  addAlwaysCollapse,
  addNotClutter,
  canAddSelector,
  removeAlwaysCollapse,
  removeNotClutter,
  resetAll,
  resetSite,
  setDisplay,
  setGlobalCategory,
  setSensitivity,
  setSiteCategory,
  setSiteEnabled,
  toggleSite,
  toggleSiteCategory,
} from './updates';

/**
 * The one door from the content script to the reader's settings: what Unnag should do on this site.
 * Today it reads the interim per-site switch and gives defaults for the rest; when the settings
 * store (src/settings) lands, only this module changes.
 */
import { CATEGORIES, type Category } from '../contract/categories';
import type { Sensitivity } from '../detector/types';
import { isSiteEnabled, onSiteEnabledChange } from '../interim-site-switch';

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

const DEFAULTS: Omit<SitePolicy, 'enabled'> = {
  categories: CATEGORIES,
  display: 'placeholder',
  sensitivity: 'balanced',
  alwaysCollapse: [],
  notClutter: [],
};

export async function loadSitePolicy(hostname: string): Promise<SitePolicy> {
  return { ...DEFAULTS, enabled: await isSiteEnabled(hostname) };
}

export function onSitePolicyChange(hostname: string, listener: (policy: SitePolicy) => void): void {
  onSiteEnabledChange(hostname, (enabled) => listener({ ...DEFAULTS, enabled }));
}

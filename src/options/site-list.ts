/** The options page's view of customised sites and rules: search and ordering, pure. */
import type { Hostname } from '../settings/hostname';
import type { Settings, SiteOverride } from '../settings/model';
import type { Selector } from '../settings/selector';

export interface SiteEntry {
  readonly hostname: Hostname;
  readonly site: SiteOverride;
}

/** Sites whose name contains the query (any case, `www.` ignored), in alphabetical order. */
export function findSites(settings: Settings, query: string): SiteEntry[] {
  const needle = query.trim().toLowerCase().replace(/^www\./, '');
  return [...settings.sites]
    .filter(([hostname]) => hostname.includes(needle))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([hostname, site]) => ({ hostname, site }));
}

export type RuleKind = 'alwaysCollapse' | 'notClutter';

export interface RuleEntry {
  readonly hostname: Hostname;
  readonly kind: RuleKind;
  readonly selector: Selector;
}

/** Every rule the reader made, by site in alphabetical order, picks before "not clutter". */
export function listRules(settings: Settings): RuleEntry[] {
  return findSites(settings, '').flatMap(({ hostname, site }) => [
    ...site.alwaysCollapse.map((selector) => ({ hostname, kind: 'alwaysCollapse' as const, selector })),
    ...site.notClutter.map((selector) => ({ hostname, kind: 'notClutter' as const, selector })),
  ]);
}

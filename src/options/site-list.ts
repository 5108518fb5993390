/** The options page's view of customised sites and rules: search and ordering, pure. */
import type { Hostname } from '../settings/hostname';
import type { Settings, SiteOverride } from '../settings/model';
import type { RuleList, Selector } from '../settings/selector';

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

export interface RuleEntry {
  readonly hostname: Hostname;
  readonly kind: RuleList;
  readonly selector: Selector;
}

/**
 * The id of one of a site's controls. Distinct sites get distinct ids (the page finds the focused
 * control again by id after each redraw): every character outside [a-z0-9-] is written as `_` and
 * its two-digit code, so `a.b.example` (`a_2eb…`) and `a_b.example` (`a_5fb…`) never meet.
 */
export function siteControlId(hostname: Hostname, part: string): string {
  return `site-${hostname.replace(/[^a-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}-${part}`;
}

/** Every rule the reader made, by site in alphabetical order, picks before "not clutter". */
export function listRules(settings: Settings): RuleEntry[] {
  return findSites(settings, '').flatMap(({ hostname, site }) => [
    ...site.alwaysCollapse.map((selector) => ({ hostname, kind: 'alwaysCollapse' as const, selector })),
    ...site.notClutter.map((selector) => ({ hostname, kind: 'notClutter' as const, selector })),
  ]);
}

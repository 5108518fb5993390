/**
 * What Unnag collapsed on a site, remembered as selectors so the next visit can hide it before the
 * first paint (see early-style.ts). Kept in `storage.local`, one key per site plus a small index for
 * the global cap; bounded per site and in total, least recently used sites go first, and a selector
 * is forgotten after a few visits on which it was not confirmed by the detector.
 */
import { isCategory, type CollapseKind } from '../contract/categories';
import { MAX_SELECTOR_LENGTH } from './selector-for';

export const LIMITS = {
  selectorsPerSite: 30,
  sites: 200,
  /** Visits in a row without a confirmed match after which a selector is dropped. */
  forgetAfterMisses: 3,
} as const;

export interface RememberedSelector {
  readonly selector: string;
  readonly kind: CollapseKind;
  /** Visits in a row on which it matched nothing the detector confirmed. */
  readonly misses: number;
}

export interface SiteMemory {
  /** When the site was last written (ms since epoch): the LRU order of the global cap. */
  readonly used: number;
  readonly selectors: readonly RememberedSelector[];
}

/** What one visit taught: which remembered selectors matched a confirmed collapse, and new ones. */
export interface VisitOutcome {
  readonly hits: ReadonlySet<string>;
  readonly learned: readonly { selector: string; kind: CollapseKind }[];
}

/** The part of `storage.local` used here (the webextension-polyfill area satisfies it). */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Storage key of every remembered site → when it was last written. */
const INDEX_KEY = 'remembered-index';
export const siteKey = (host: string) => `remembered:${host.toLowerCase()}`;

const EMPTY: SiteMemory = { used: 0, selectors: [] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Storage is data from an earlier version or another context: nothing is trusted unchecked. */
export function parseSiteMemory(value: unknown): SiteMemory {
  if (!isRecord(value) || typeof value.used !== 'number' || !Array.isArray(value.selectors)) return EMPTY;
  const selectors: RememberedSelector[] = [];
  for (const item of value.selectors) {
    if (!isRecord(item) || typeof item.selector !== 'string' || typeof item.misses !== 'number') continue;
    const kind = item.kind;
    if (kind !== 'custom' && !isCategory(kind)) continue;
    if (!item.selector || item.selector.length > MAX_SELECTOR_LENGTH) continue;
    selectors.push({ selector: item.selector, kind, misses: item.misses });
    if (selectors.length === LIMITS.selectorsPerSite) break;
  }
  return { used: value.used, selectors };
}

/**
 * The site's memory after a visit, computed from what was loaded at the start of it (so saving the
 * same visit twice gives the same result). Confirmed and new selectors come first, then the rest by
 * their old order; the list is cut at the per-site limit.
 */
export function afterVisit(before: SiteMemory, visit: VisitOutcome, now: number): SiteMemory {
  const kept: RememberedSelector[] = [];
  const seen = new Set<string>();
  const add = (entry: RememberedSelector) => {
    if (seen.has(entry.selector) || kept.length >= LIMITS.selectorsPerSite) return;
    seen.add(entry.selector);
    kept.push(entry);
  };
  for (const { selector, kind } of visit.learned) add({ selector, kind, misses: 0 });
  for (const entry of before.selectors) if (visit.hits.has(entry.selector)) add({ ...entry, misses: 0 });
  for (const entry of before.selectors) {
    if (entry.misses + 1 < LIMITS.forgetAfterMisses) add({ ...entry, misses: entry.misses + 1 });
  }
  return { used: now, selectors: kept };
}

/** The sites (index keys) to drop so that at most `cap` remain, least recently used first. */
export function sitesToEvict(index: Readonly<Record<string, number>>, cap: number): string[] {
  const sites = Object.keys(index);
  if (sites.length <= cap) return [];
  return sites.sort((a, b) => (index[a] ?? 0) - (index[b] ?? 0)).slice(0, sites.length - cap);
}

function sameSelectors(a: SiteMemory, b: SiteMemory): boolean {
  return JSON.stringify(a.selectors) === JSON.stringify(b.selectors);
}

/** One site's memory for the length of a page visit. */
export class RememberedSelectors {
  #loaded: SiteMemory = EMPTY;
  #written: SiteMemory = EMPTY;

  constructor(
    private readonly area: StorageArea,
    private readonly host: string,
  ) {}

  async load(): Promise<readonly RememberedSelector[]> {
    const key = siteKey(this.host);
    this.#loaded = parseSiteMemory((await this.area.get(key))[key]);
    this.#written = this.#loaded;
    return this.#loaded.selectors;
  }

  /** Writes the visit's outcome when it changes what is stored; keeps the global cap. */
  async save(visit: VisitOutcome, now = Date.now()): Promise<void> {
    const next = afterVisit(this.#loaded, visit, now);
    if (sameSelectors(next, this.#written)) return;
    this.#written = next;
    const key = siteKey(this.host);
    const index = (await this.area.get(INDEX_KEY))[INDEX_KEY];
    const sites: Record<string, number> = isRecord(index)
      ? Object.fromEntries(Object.entries(index).filter((e): e is [string, number] => typeof e[1] === 'number'))
      : {};
    if (next.selectors.length === 0) {
      delete sites[key];
      await this.area.remove(key);
    } else {
      sites[key] = now;
      await this.area.set({ [key]: next });
    }
    const evicted = sitesToEvict(sites, LIMITS.sites);
    for (const site of evicted) delete sites[site];
    if (evicted.length) await this.area.remove(evicted);
    await this.area.set({ [INDEX_KEY]: sites });
  }
}

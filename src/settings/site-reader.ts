/**
 * The content script's read-only view of one site's settings. Four storage items decide them: the
 * global item and the site's entry, each in sync (the site sits in its hash bucket) and in local
 * (this device's copy, possibly newer than sync). The reader reads those, keeps the newer copy of
 * each entry as the store does, and hears when they change; it never writes, so it needs none of
 * the store's writer, quota or merge-everything machinery. Edits go to the background, the one
 * writer (see messages.ts).
 *
 * A version 1 profile (the `settings` sync item) is not read here: the background lifts it to this
 * layout the first time it starts, which the update that brings this version does at once.
 */
import type { Logger, StorageAreaLike, StorageChange, StorageChangeSource } from './areas';
import type { Hostname } from './hostname';
import { bucketKey, GLOBAL_KEY, siteKey } from './layout';
import { applyOverride, DEFAULT_GLOBAL, EMPTY_OVERRIDE, sameGlobal, sameOverride, type SiteSettings } from './model';
import {
  decodeGlobalRecord,
  decodeSiteRecord,
  encodeGlobalRecord,
  encodeSiteRecord,
  isNewer,
  type GlobalRecord,
  type SiteRecord,
} from './records';
import { childPath, readObject, readOrWarn, type InvalidEntry } from './validation';

export interface ReadOnlyAreas {
  readonly sync: Pick<StorageAreaLike, 'get'> | undefined;
  readonly local: Pick<StorageAreaLike, 'get'>;
  readonly onChanged: Pick<StorageChangeSource, 'addListener'>;
}

export interface SiteSettingsReader {
  /** What applies on the site now; defaults for whatever storage cannot give. */
  readonly settings: SiteSettings;
  /**
   * Sync exists but could not be read: what applies comes from this device's copies alone, and a
   * rule made on another device may be missing.
   */
  readonly syncUnread: boolean;
  /** Calls `listener` whenever what applies on the site changes, from now on. */
  watch(listener: (settings: SiteSettings) => void): void;
  /** Tries sync again when it could not be read; `listener` hears what that changes. */
  rereadSync(): Promise<void>;
  /** Calls `listener` each time sync, unread until then, has been read (by whatever asked it again). */
  watchSyncRead(listener: () => void): void;
}

type Area = 'sync' | 'local';

/** One area's copies of the two entries. */
interface Copies {
  global?: GlobalRecord;
  site?: SiteRecord;
}

/**
 * Reads the settings of `hostname` (of the global entry alone for a page without a site name) and
 * keeps them current. Damaged entries are reported to `logger` and read as defaults.
 */
export async function openSiteSettings(
  areas: ReadOnlyAreas,
  hostname: Hostname | undefined,
  logger: Logger = console,
): Promise<SiteSettingsReader> {
  const reader = new Reader(areas, hostname, logger);
  await reader.load();
  return reader;
}

class Reader implements SiteSettingsReader {
  readonly #areas: ReadOnlyAreas;
  readonly #hostname: Hostname | undefined;
  readonly #logger: Logger;
  /** The item key that holds the site's entry, per area. */
  readonly #siteKeys: Readonly<Record<Area, string | undefined>>;
  readonly #copies: Record<Area, Copies> = { sync: {}, local: {} };
  /** 'absent': the browser offers no sync storage; 'unread': it does, and the last read failed. */
  #sync: 'read' | 'unread' | 'absent';
  #rereading: Promise<void> | undefined;
  /** Changes that arrive while a read is out are newer than it, so they are applied after it. */
  #queued: [Record<string, StorageChange>, string][] | undefined = [];
  #settings: SiteSettings = applyOverride(DEFAULT_GLOBAL, EMPTY_OVERRIDE);
  #listener: ((settings: SiteSettings) => void) | undefined;
  #syncReadListener: (() => void) | undefined;

  constructor(areas: ReadOnlyAreas, hostname: Hostname | undefined, logger: Logger) {
    this.#areas = areas;
    this.#hostname = hostname;
    this.#logger = logger;
    this.#siteKeys = { sync: hostname && bucketKey(hostname), local: hostname && siteKey(hostname) };
    this.#sync = areas.sync === undefined ? 'absent' : 'read';
    areas.onChanged.addListener((changes, areaName) => {
      if (this.#queued) this.#queued.push([changes, areaName]);
      else this.#apply(changes, areaName);
    });
  }

  get settings(): SiteSettings {
    return this.#settings;
  }

  get syncUnread(): boolean {
    return this.#sync === 'unread';
  }

  watch(listener: (settings: SiteSettings) => void): void {
    this.#listener = listener;
  }

  watchSyncRead(listener: () => void): void {
    this.#syncReadListener = listener;
  }

  async load(): Promise<void> {
    const [sync, local] = await Promise.all([this.#read('sync'), this.#read('local')]);
    for (const [key, value] of Object.entries(sync ?? {})) this.#applyItem('sync', key, value);
    for (const [key, value] of Object.entries(local ?? {})) this.#applyItem('local', key, value);
    this.#applyQueued();
  }

  rereadSync(): Promise<void> {
    if (this.#sync !== 'unread' || this.#queued) return this.#rereading ?? Promise.resolve();
    this.#queued = [];
    this.#rereading = this.#read('sync').then((sync) => {
      if (sync) {
        this.#sync = 'read';
        for (const [key, value] of Object.entries(sync)) this.#applyItem('sync', key, value);
      }
      this.#rereading = undefined;
      this.#applyQueued();
      if (sync) this.#syncReadListener?.();
    });
    return this.#rereading;
  }

  #applyQueued(): void {
    const queued = this.#queued ?? [];
    this.#queued = undefined;
    for (const [changes, areaName] of queued) this.#apply(changes, areaName);
    this.#refresh();
  }

  /** The area's items for this site; undefined when it could not be read. */
  async #read(area: Area): Promise<Record<string, unknown> | undefined> {
    const storage = this.#areas[area];
    if (!storage) return undefined;
    const siteKey = this.#siteKeys[area];
    try {
      return await storage.get(siteKey ? [GLOBAL_KEY, siteKey] : [GLOBAL_KEY]);
    } catch (error) {
      // Sync may be switched off by policy, or broken for a while: until a read succeeds its
      // changes are not applied, as the store does (a change tells only of the items it names).
      // Said once: a page whose sync stays unreadable tries again each time the popup asks.
      const again = area === 'sync' && this.#sync === 'unread';
      if (area === 'sync') this.#sync = 'unread';
      if (!again) this.#logger.warn(`Unnag settings: could not read storage.${area}; its entries fall back to defaults`, error);
      return undefined;
    }
  }

  #apply(changes: Record<string, StorageChange>, areaName: string): void {
    if (areaName !== 'sync' && areaName !== 'local') return;
    if (areaName === 'sync' && this.#sync !== 'read') {
      // A change in sync says sync works again: read what it holds for this site.
      if (this.#sync === 'unread') void this.rereadSync();
      return;
    }
    let relevant = false;
    for (const [key, change] of Object.entries(changes)) relevant = this.#applyItem(areaName, key, change.newValue) || relevant;
    if (relevant) this.#refresh();
  }

  /** False when the item decides nothing on this site. */
  #applyItem(area: Area, key: string, value: unknown): boolean {
    const copies = this.#copies[area];
    const path = childPath(area, key);
    const warn = (problem: InvalidEntry): void =>
      this.#logger.warn(`Unnag settings: ${problem.path} is ${problem.problem}; that entry falls back to defaults`, problem);
    if (key === GLOBAL_KEY) {
      copies.global = value === undefined ? undefined : readOrWarn(() => decodeGlobalRecord(value, path, warn), warn);
      return true;
    }
    if (key !== this.#siteKeys[area] || !this.#hostname) return false;
    copies.site = value === undefined ? undefined : readOrWarn(() => decodeSite(area, this.#hostname!, value, path), warn);
    return true;
  }

  #refresh(): void {
    const { sync, local } = this.#copies;
    const global = newer(local.global, sync.global, encodeGlobalRecord)?.global ?? DEFAULT_GLOBAL;
    const site = newer(local.site, sync.site, encodeSiteRecord)?.site ?? EMPTY_OVERRIDE;
    const before = this.#settings;
    const settings = applyOverride(global, site);
    // SiteSettings carries a global's fields and an override's: equal as both, nothing changed.
    if (sameGlobal(before, settings) && sameOverride(before, settings)) return;
    this.#settings = settings;
    this.#listener?.(settings);
  }
}

/** The site's record: its own item in local; in sync, its entry among its bucket's. Throws `InvalidEntry`. */
function decodeSite(area: Area, hostname: Hostname, value: unknown, path: string): SiteRecord | undefined {
  if (area === 'local') return decodeSiteRecord(value, path);
  const bucket = readObject(value, path);
  // hasOwn: a site named like an Object.prototype member must not read the prototype.
  return Object.hasOwn(bucket, hostname) ? decodeSiteRecord(bucket[hostname], childPath(path, hostname)) : undefined;
}

/** The later of two copies of one entry, by the store's rule (so both agree on the winner). */
function newer<R extends { readonly t: number }>(a: R | undefined, b: R | undefined, encode: (record: R) => unknown): R | undefined {
  if (!a) return b;
  return isNewer(a, b, encode) ? a : b;
}

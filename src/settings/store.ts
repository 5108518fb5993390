/**
 * The settings store: one per extension context, over injected storage areas.
 *
 * Every context writes its own edits to storage.local at once, one item per site, so a popup that
 * closes right after a click loses nothing. Exactly one context, the background, is the sync
 * writer: it forwards newer entries to storage.sync in coalesced, rate-limited writes, keeps what
 * does not fit in local, repairs buckets another device overwrote, and publishes the outcome as a
 * status every context can read. An edit storage.local refuses is taken back, and the context that
 * made it says so in its own status (see UnsavedStatus).
 */
import type { StorageAreaLike, SettingsAreas, StorageChange, StorageChangeListener, Logger } from './areas';
import type { Hostname } from './hostname';
import { GLOBAL_KEY, LEGACY_KEY, siteKey, STATUS_KEY } from './layout';
import {
  effectiveSiteSettings,
  sameGlobal,
  sameOverride,
  sameSettings,
  type EffectiveSiteSettings,
  type Settings,
} from './model';
import { itemBytes, planSyncWrite, SYNC_LIMITS, syncProblemOf, type SyncProblem } from './quota';
import { encodeGlobalRecord, encodeSiteRecord, isNewer, type GlobalRecord, type SiteRecord } from './records';
import {
  decodeStatus,
  encodeStatus,
  sameStatus,
  SYNCED,
  type PublishedStatus,
  type StorageStatus,
  type UnsavedStatus,
} from './status';
import { readOrWarn, type InvalidEntry } from './validation';
import {
  applyLocalItem,
  applySyncItem,
  emptyView,
  mergeViews,
  newerSyncItems,
  tooLargeForSync,
  toSettings,
  type AreaView,
} from './views';
import { WriteBudget } from './write-budget';

export interface SettingsStoreOptions {
  /** True in the background only: one writer per browser keeps sync writes inside the rate caps. */
  readonly syncWriter?: boolean;
  readonly logger?: Logger;
  readonly now?: () => number;
  /** How long edits gather before one sync write. */
  readonly flushDelayMs?: number;
}

export interface SyncUsage {
  readonly bytesInUse: number;
  readonly quotaBytes: number;
  readonly items: number;
  readonly maxItems: number;
}

export interface SettingsStore {
  readonly settings: Settings;
  readonly status: StorageStatus;
  /**
   * How many stored items could not be read in full (damaged, or written by a newer Unnag): what
   * they held follows the defaults. Told with the status (`watchStatus`).
   */
  readonly damagedItems: number;
  /**
   * Applies an edit such as `(s) => toggleSite(s, host)`. Resolves true once it is safe in
   * storage.local, false when it could not be saved: the edit is then taken back and `status` says why.
   */
  update(edit: (settings: Settings) => Settings): Promise<boolean>;
  /** Called on every change after subscribing, whether made here, in another tab or on another device. */
  subscribe(listener: (settings: Settings) => void): () => void;
  /** Like `subscribe`, but only when what applies to `hostname` changes. */
  watchSite(hostname: Hostname, listener: (site: EffectiveSiteSettings) => void): () => void;
  watchStatus(listener: (status: StorageStatus) => void): () => void;
  /**
   * In a window that could not read sync while the background can, reads it again (a change in sync
   * or an edit does so too). Resolves true when this window can read sync, or had no such trouble.
   */
  retrySync(): Promise<boolean>;
  /** undefined where sync storage is unavailable. */
  usage(): Promise<SyncUsage | undefined>;
  /** Writes pending edits now instead of after the delay (still within the rate caps). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Opens a store. Call it synchronously at the top level of a background script, so the change listener exists when an event wakes it. */
export async function openSettingsStore(
  areas: SettingsAreas,
  options: SettingsStoreOptions = {},
): Promise<SettingsStore> {
  const store = new Store(areas, options);
  await store.load();
  return store;
}

const DEFAULT_FLUSH_DELAY_MS = 1_000;
/** A reset must reach every device before it is forgotten; one that stays offline longer may bring the site back. */
const RESET_MEMORY_MS = 90 * 24 * 60 * 60 * 1_000;
const RATE_LIMIT_RETRY_MS = 60_000;
/** The background reads sync again this long after a failed read, then twice as long each time, up to the last. */
const READ_RETRY_MS = [60_000, 120_000, 300_000, 900_000, 1_800_000];
const LAST_EDIT_REFUSED: UnsavedStatus = { where: 'nowhere', reason: 'local-write' };
const SYNC_UNREADABLE: UnsavedStatus = { where: 'nowhere', reason: 'sync-unreadable' };

/** The local copies one write replaced, so that a write storage.local refuses can be taken back. */
interface LocalWrite {
  readonly sites: Map<Hostname, { readonly written: SiteRecord; readonly before: SiteRecord | undefined }>;
  global?: { readonly written: GlobalRecord; readonly before: GlobalRecord | undefined };
}

class Store implements SettingsStore {
  readonly #local: StorageAreaLike;
  readonly #sync: StorageAreaLike | undefined;
  readonly #areas: SettingsAreas;
  readonly #writer: boolean;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #flushDelayMs: number;
  readonly #budget = new WriteBudget();

  #syncUsable: boolean;
  readonly #views = { legacy: emptyView(), sync: emptyView(), local: emptyView(), mine: emptyView() };
  #merged: AreaView = emptyView();
  #settings: Settings = toSettings(emptyView());
  readonly #syncBytes = new Map<string, number>();
  #publishedStatus: PublishedStatus | undefined;
  #writerStatus: PublishedStatus = SYNCED;
  /** The stored items (area and key) that could not be read in full. */
  readonly #damaged = new Set<string>();
  #lastEditRefused = false;
  /** A read of sync tried again in a window that could not read it, while it is out. */
  #syncReread: Promise<boolean> | undefined;
  /** Changes to sync heard while that read is out: newer than what it reads, so applied after it. */
  readonly #heardDuringReread: Record<string, StorageChange>[] = [];
  /** The background's next read of sync, after one failed; and how many have failed in a row. */
  #readRetry: ReturnType<typeof setTimeout> | undefined;
  #failedReads = 0;

  #loaded = false;
  readonly #queued: [Record<string, StorageChange>, string][] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flushing: Promise<void> = Promise.resolve();
  #localWrites: Promise<void> = Promise.resolve();
  readonly #listeners = new Set<(settings: Settings) => void>();
  readonly #statusListeners = new Set<(status: StorageStatus) => void>();

  constructor(areas: SettingsAreas, options: SettingsStoreOptions) {
    this.#areas = areas;
    this.#local = areas.local;
    this.#sync = areas.sync;
    this.#syncUsable = areas.sync !== undefined;
    this.#writer = options.syncWriter ?? false;
    this.#logger = options.logger ?? console;
    this.#now = options.now ?? Date.now;
    this.#flushDelayMs = options.flushDelayMs ?? DEFAULT_FLUSH_DELAY_MS;
    areas.onChanged.addListener(this.#onChanged);
  }

  get settings(): Settings {
    return this.#settings;
  }

  get damagedItems(): number {
    return this.#damaged.size;
  }

  get status(): StorageStatus {
    if (this.#lastEditRefused) return LAST_EDIT_REFUSED;
    if (this.#writer) return this.#writerStatus;
    if (this.#syncHiddenHere()) return SYNC_UNREADABLE;
    return this.#publishedStatus ?? (this.#syncUsable ? SYNCED : { where: 'local', reason: 'sync-unavailable' });
  }

  async load(): Promise<void> {
    const [syncItems, localItems] = await Promise.all([this.#readSync(), this.#readLocal()]);
    for (const [key, value] of Object.entries(syncItems ?? {})) this.#applyItem('sync', key, value);
    for (const [key, value] of Object.entries(localItems)) this.#applyItem('local', key, value);
    this.#loaded = true;
    const queued = this.#queued.splice(0);
    for (const [changes, areaName] of queued) this.#applyChanges(changes, areaName);
    this.#refresh();
    if (queued.some(([, areaName]) => areaName === 'sync')) this.#syncChanged();
    if (this.#writer) {
      if (!this.#syncUsable) this.#writerCannotRead();
      else if (!this.#hasSyncWork()) this.#setWriterStatus(SYNCED);
      this.#forgetOldResets();
    }
    void this.#reconcile();
  }

  async update(edit: (settings: Settings) => Settings): Promise<boolean> {
    // What another device saved may be in sync only; an edit made without it could overwrite it.
    if (this.#syncHiddenHere() && !(await this.#readSyncAgain())) return false;
    const before = this.#settings;
    const after = edit(before);
    if (sameSettings(before, after)) return true;
    const mine = this.#views.mine;
    if (!sameGlobal(before.global, after.global)) {
      mine.global = { t: this.#stampAfter(this.#merged.global?.t), global: after.global };
    }
    for (const hostname of new Set([...before.sites.keys(), ...after.sites.keys()])) {
      const site = after.sites.get(hostname);
      if (!sameOverride(before.sites.get(hostname), site)) {
        mine.sites.set(hostname, { t: this.#stampAfter(this.#merged.sites.get(hostname)?.t), site });
      }
    }
    this.#refresh();
    const saved = await this.#reconcile();
    await this.#localWrites;
    if (saved !== !this.#lastEditRefused) {
      this.#lastEditRefused = !saved;
      this.#emitStatus();
    }
    return saved;
  }

  subscribe(listener: (settings: Settings) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  watchSite(hostname: Hostname, listener: (site: EffectiveSiteSettings) => void): () => void {
    let last = this.#settings;
    return this.subscribe((settings) => {
      const unchanged =
        sameGlobal(last.global, settings.global) && sameOverride(last.sites.get(hostname), settings.sites.get(hostname));
      last = settings;
      if (!unchanged) listener(effectiveSiteSettings(settings, hostname));
    });
  }

  watchStatus(listener: (status: StorageStatus) => void): () => void {
    this.#statusListeners.add(listener);
    return () => this.#statusListeners.delete(listener);
  }

  retrySync(): Promise<boolean> {
    return this.#syncHiddenHere() ? this.#readSyncAgain() : Promise.resolve(true);
  }

  async usage(): Promise<SyncUsage | undefined> {
    if (!this.#sync || !this.#syncUsable) return undefined;
    try {
      const items = await this.#sync.get(null);
      const bytesInUse = this.#sync.getBytesInUse
        ? await this.#sync.getBytesInUse(null)
        : Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
      return { bytesInUse, quotaBytes: SYNC_LIMITS.quotaBytes, items: Object.keys(items).length, maxItems: SYNC_LIMITS.maxItems };
    } catch (error) {
      this.#logger.warn('Unnag settings: could not measure sync storage', error);
      return undefined;
    }
  }

  async flush(): Promise<void> {
    await this.#localWrites;
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#runFlush();
    }
    await this.#flushing;
  }

  async close(): Promise<void> {
    await this.flush();
    this.#areas.onChanged.removeListener(this.#onChanged);
    clearTimeout(this.#timer);
    this.#timer = undefined;
    clearTimeout(this.#readRetry);
    this.#listeners.clear();
    this.#statusListeners.clear();
  }

  readonly #onChanged: StorageChangeListener = (changes, areaName) => {
    if (!this.#loaded) {
      this.#queued.push([changes, areaName]);
      return;
    }
    if (areaName === 'sync') this.#syncChanged(changes);
    if (this.#applyChanges(changes, areaName)) {
      this.#refresh();
      void this.#reconcile();
    }
  };

  #applyChanges(changes: Record<string, StorageChange>, areaName: string): boolean {
    let relevant = false;
    for (const [key, change] of Object.entries(changes)) {
      if (areaName === 'sync' && this.#syncUsable) relevant = this.#applyItem('sync', key, change.newValue) || relevant;
      if (areaName === 'local') relevant = this.#applyItem('local', key, change.newValue) || relevant;
    }
    return relevant;
  }

  #applyItem(area: 'sync' | 'local', key: string, value: unknown): boolean {
    let damaged = false;
    const warn = (problem: InvalidEntry): void => {
      damaged = true;
      this.#logger.warn(`Unnag settings: ${problem.path} is ${problem.problem}; that entry falls back to defaults`, problem);
    };
    const relevant = this.#applyValid(area, key, value, warn);
    const item = `${area}:${key}`;
    // The published status is no setting of the reader's; the background writes it again.
    if (key !== STATUS_KEY && damaged !== this.#damaged.has(item)) {
      if (damaged) this.#damaged.add(item);
      else this.#damaged.delete(item);
      if (this.#loaded) this.#emitStatus();
    }
    return relevant;
  }

  #applyValid(area: 'sync' | 'local', key: string, value: unknown, warn: (problem: InvalidEntry) => void): boolean {
    if (area === 'sync') {
      if (value === undefined) this.#syncBytes.delete(key);
      else this.#syncBytes.set(key, itemBytes(key, value));
      return applySyncItem(this.#views.sync, this.#views.legacy, key, value, warn);
    }
    if (key === STATUS_KEY) {
      this.#publishedStatus = value === undefined ? undefined : readOrWarn(() => decodeStatus(value, 'local.status'), warn);
      if (!this.#writer) {
        // The background reads sync again, where it could not: so may this window, which could not either.
        if (this.#loaded) this.#syncChanged();
        this.#emitStatus();
      }
      return false;
    }
    return applyLocalItem(this.#views.local, key, value, warn);
  }

  #refresh(): void {
    const { legacy, sync, local, mine } = this.#views;
    this.#merged = mergeViews([legacy, sync, local, mine], this.#now() - RESET_MEMORY_MS);
    const settings = toSettings(this.#merged);
    if (sameSettings(settings, this.#settings)) return;
    this.#settings = settings;
    for (const listener of this.#listeners) this.#guard(() => listener(settings));
  }

  /**
   * Brings the areas up to the merged view: local copies of the entries this context edited (and,
   * for the writer, every local copy) must not lag behind, and the writer schedules sync writes.
   * Resolves false when storage.local refused the copies; they are then taken back.
   */
  #reconcile(): Promise<boolean> {
    const { local, mine } = this.#views;
    const items: Record<string, unknown> = {};
    const write: LocalWrite = { sites: new Map() };
    for (const [hostname, record] of this.#merged.sites) {
      const copy = local.sites.get(hostname);
      const tracked = mine.sites.has(hostname) || (this.#writer && copy !== undefined);
      if (tracked && isNewer(record, copy, encodeSiteRecord)) {
        items[siteKey(hostname)] = encodeSiteRecord(record);
        write.sites.set(hostname, { written: record, before: copy });
        local.sites.set(hostname, record);
      }
    }
    const global = this.#merged.global;
    if (global && (mine.global || (this.#writer && local.global)) && isNewer(global, local.global, encodeGlobalRecord)) {
      items[GLOBAL_KEY] = encodeGlobalRecord(global);
      write.global = { written: global, before: local.global };
      local.global = global;
    }
    if (this.#writer && this.#syncUsable && this.#hasSyncWork()) this.#schedule(this.#flushDelayMs);
    if (Object.keys(items).length === 0) return Promise.resolve(true);
    return this.#writeLocal(items).then((saved) => {
      if (!saved) this.#takeBack(write);
      return saved;
    });
  }

  /**
   * Undoes a refused local write in this context's views, unless a later copy has replaced it
   * meanwhile: the reader then sees the settings storage still holds, not an edit that is lost
   * when the window closes.
   */
  #takeBack(write: LocalWrite): void {
    const { local, mine } = this.#views;
    for (const [hostname, { written, before }] of write.sites) {
      if (mine.sites.get(hostname) === written) mine.sites.delete(hostname);
      if (local.sites.get(hostname) !== written) continue;
      if (before) local.sites.set(hostname, before);
      else local.sites.delete(hostname);
    }
    if (write.global) {
      const { written, before } = write.global;
      if (mine.global === written) mine.global = undefined;
      if (local.global === written) local.global = before;
    }
    this.#refresh();
  }

  /** Items to write, or a site too large for sync that the status has to name (a flush writes nothing for it, and says so). */
  #hasSyncWork(): boolean {
    return (
      Object.keys(newerSyncItems(this.#merged, this.#views.sync)).length > 0 ||
      this.#views.legacy.global !== undefined ||
      tooLargeForSync(this.#merged).length > 0
    );
  }

  #schedule(delay: number): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#runFlush();
    }, delay);
  }

  #runFlush(): void {
    this.#flushing = this.#flushing.then(() => this.#flushNow());
  }

  async #flushNow(): Promise<void> {
    const sync = this.#sync;
    if (!sync || !this.#syncUsable) return;
    const wait = this.#budget.waitBefore(this.#now());
    if (wait > 0) {
      this.#setWriterStatus({ where: 'mixed', reason: 'rate-limit' });
      this.#schedule(wait);
      return;
    }
    const { accepted, refused } = planSyncWrite(this.#syncBytes, newerSyncItems(this.#merged, this.#views.sync));
    if (Object.keys(accepted).length > 0) {
      this.#budget.spend(this.#now());
      try {
        await sync.set(accepted);
      } catch (error) {
        this.#syncFailed(error);
        return;
      }
      for (const [key, value] of Object.entries(accepted)) this.#applyItem('sync', key, value);
    }
    if (refused.size === 0 && this.#views.legacy.global) await this.#dropLegacyItem(sync);
    const [refusedFor] = refused.values();
    const reason = refusedFor ?? (tooLargeForSync(this.#merged).length > 0 ? 'quota-item' : undefined);
    this.#setWriterStatus(reason ? { where: 'mixed', reason } : SYNCED);
  }

  /** The v1 item goes only once everything it held is safely in the v2 layout. */
  async #dropLegacyItem(sync: StorageAreaLike): Promise<void> {
    if (this.#budget.waitBefore(this.#now()) > 0) return;
    this.#budget.spend(this.#now());
    try {
      await sync.remove(LEGACY_KEY);
      this.#applyItem('sync', LEGACY_KEY, undefined);
    } catch (error) {
      this.#logger.warn('Unnag settings: could not remove the version 1 item', error);
    }
  }

  #syncFailed(error: unknown): void {
    const reason: SyncProblem = syncProblemOf(error);
    this.#logger.warn(`Unnag settings: sync write failed (${reason}); those settings stay on this device`, error);
    this.#setWriterStatus({ where: 'mixed', reason });
    if (reason === 'rate-limit') this.#schedule(RATE_LIMIT_RETRY_MS);
  }

  /** Resolves false when storage.local refused the items (full, or broken). */
  #writeLocal(items: Record<string, unknown>): Promise<boolean> {
    const written = this.#localWrites
      .then(() => this.#local.set(items))
      .then(
        () => true,
        (error: unknown) => {
          this.#logger.warn('Unnag settings: could not write storage.local', error);
          return false;
        },
      );
    this.#localWrites = written.then(() => undefined);
    return written;
  }

  #forgetOldResets(): void {
    const before = this.#now() - RESET_MEMORY_MS;
    const keys = [...this.#views.local.sites]
      .filter(([, record]) => !record.site && record.t < before)
      .map(([hostname]) => siteKey(hostname));
    if (keys.length === 0) return;
    this.#localWrites = this.#localWrites
      .then(() => this.#local.remove(keys))
      .catch((error: unknown) => this.#logger.warn('Unnag settings: could not forget old resets', error));
  }

  #setWriterStatus(status: PublishedStatus): void {
    if (sameStatus(status, this.#writerStatus) && this.#publishedStatus && sameStatus(status, this.#publishedStatus)) return;
    this.#writerStatus = status;
    this.#publishedStatus = status;
    void this.#writeLocal({ [STATUS_KEY]: encodeStatus(status) });
    this.#emitStatus();
  }

  #emitStatus(): void {
    const status = this.status;
    for (const listener of this.#statusListeners) this.#guard(() => listener(status));
  }

  /** A stamp later than the copy the reader saw, even when another device's clock runs ahead. */
  #stampAfter(seen: number | undefined): number {
    return Math.max(this.#now(), (seen ?? -1) + 1);
  }

  /** undefined when there is no sync storage or reading it failed. */
  async #readSync(): Promise<Record<string, unknown> | undefined> {
    if (!this.#sync) return undefined;
    try {
      return await this.#sync.get(null);
    } catch (error) {
      this.#syncUsable = false;
      this.#logger.warn('Unnag settings: sync storage is unavailable; settings stay on this device', error);
      return undefined;
    }
  }

  /**
   * True when this context could not read sync while the writer can. Where no context can read
   * it, every edit stays on this device alike and is safe to make.
   */
  #syncHiddenHere(): boolean {
    const published = this.#publishedStatus;
    return !this.#writer && this.#sync !== undefined && !this.#syncUsable && published !== undefined && published.where !== 'local';
  }

  /**
   * The background could not read sync, which the browser offers: every context's edits stay on
   * this device meanwhile (published, so windows allow them), and sync is read again a minute later,
   * then less and less often, or at once when a change there shows it works.
   */
  #writerCannotRead(): void {
    if (!this.#sync) {
      this.#setWriterStatus({ where: 'local', reason: 'sync-unavailable' });
      return;
    }
    this.#setWriterStatus({ where: 'local', reason: 'sync-error' });
    clearTimeout(this.#readRetry);
    const delay = READ_RETRY_MS[Math.min(this.#failedReads++, READ_RETRY_MS.length - 1)]!;
    this.#readRetry = setTimeout(() => void this.#readSyncAgain(), delay);
  }

  /**
   * A change in sync says it works again where this context could not read it: the change names
   * only some items, so all of sync is read again (or, while such a read is out, the change waits for it).
   */
  #syncChanged(changes?: Record<string, StorageChange>): void {
    if (!this.#syncHiddenHere() && !(this.#writer && this.#sync && !this.#syncUsable)) return;
    if (this.#syncReread && changes) this.#heardDuringReread.push(changes);
    else void this.#readSyncAgain();
  }

  /** One read at a time: an edit that asks while a change's read is out waits for that read. */
  #readSyncAgain(): Promise<boolean> {
    this.#syncReread ??= this.#readSync().then((items) => {
      this.#syncReread = undefined;
      const heard = this.#heardDuringReread.splice(0);
      if (!items) {
        if (this.#writer) this.#writerCannotRead();
        return false;
      }
      this.#syncUsable = true;
      for (const [key, value] of Object.entries(items)) this.#applyItem('sync', key, value);
      for (const changes of heard) this.#applyChanges(changes, 'sync');
      this.#refresh();
      if (this.#writer) {
        // What was edited meanwhile goes to sync now.
        clearTimeout(this.#readRetry);
        this.#failedReads = 0;
        if (!this.#hasSyncWork()) this.#setWriterStatus(SYNCED);
        void this.#reconcile();
      }
      this.#emitStatus();
      return true;
    });
    return this.#syncReread;
  }

  async #readLocal(): Promise<Record<string, unknown>> {
    try {
      return await this.#local.get(null);
    } catch (error) {
      this.#logger.warn('Unnag settings: could not read storage.local', error);
      return {};
    }
  }

  #guard(call: () => void): void {
    try {
      call();
    } catch (error) {
      this.#logger.warn('Unnag settings: a listener failed', error);
    }
  }
}

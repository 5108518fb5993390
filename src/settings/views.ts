/**
 * What the store knows each storage area to hold, decoded and validated entry by entry, and how
 * those copies merge into the settings the reader sees.
 */
import { isHostname, type Hostname } from './hostname';
import { readDocument } from './document';
import { GLOBAL_KEY, bucketKey, isBucketKey, LEGACY_KEY, siteKeyName } from './layout';
import { upgradeDocument } from './migrations';
import { itemBytes, SYNC_LIMITS } from './quota';
import { DEFAULT_GLOBAL, SETTINGS_VERSION, type Settings, type SiteOverride } from './model';
import {
  decodeGlobalRecord,
  decodeSiteRecord,
  encodeGlobalRecord,
  encodeSiteRecord,
  isNewer,
  type GlobalRecord,
  type SiteRecord,
} from './records';
import { childPath, InvalidEntry, readHostnameKey, readObject, readOrWarn } from './validation';

export interface AreaView {
  readonly sites: Map<Hostname, SiteRecord>;
  global: GlobalRecord | undefined;
}

export type Warn = (problem: InvalidEntry) => void;

/** A record of a v1 profile predates every v2 edit, so any later edit wins over it. */
const LEGACY_STAMP = 0;

export function emptyView(): AreaView {
  return { sites: new Map(), global: undefined };
}

/** Applies one changed sync item; false when the key is not Unnag's. */
export function applySyncItem(view: AreaView, legacy: AreaView, key: string, value: unknown, warn: Warn): boolean {
  const path = childPath('sync', key);
  if (key === GLOBAL_KEY) {
    view.global = decodeGlobal(value, path, warn);
  } else if (isBucketKey(key)) {
    for (const hostname of view.sites.keys()) {
      if (bucketKey(hostname) === key) view.sites.delete(hostname);
    }
    if (value !== undefined) {
      for (const [hostname, record] of decodeBucket(value, key, warn)) view.sites.set(hostname, record);
    }
  } else if (key === LEGACY_KEY) {
    // Document paths start at the document; the warning should say where it lives.
    const inItem: Warn = (problem) => warn(new InvalidEntry(`${path}.${problem.path}`, problem.problem));
    const settings = value === undefined ? undefined : readOrWarn(() => readDocument(upgradeDocument(value)), inItem);
    legacy.sites.clear();
    legacy.global = settings && { t: LEGACY_STAMP, global: settings.global };
    for (const [hostname, site] of settings?.sites ?? []) legacy.sites.set(hostname, { t: LEGACY_STAMP, site });
  } else {
    return false;
  }
  return true;
}

/** Applies one changed local item; false when the key is not a settings entry. */
export function applyLocalItem(view: AreaView, key: string, value: unknown, warn: Warn): boolean {
  const path = childPath('local', key);
  if (key === GLOBAL_KEY) {
    view.global = decodeGlobal(value, path, warn);
    return true;
  }
  const name = siteKeyName(key);
  if (name === undefined) return false;
  if (!isHostname(name)) {
    warn(new InvalidEntry(path, 'invalid-value'));
    return true;
  }
  const record = value === undefined ? undefined : readOrWarn(() => decodeSiteRecord(value, path), warn);
  if (record) view.sites.set(name, record);
  else view.sites.delete(name);
  return true;
}

/**
 * Keeps, per entry, the newest copy among the views. A reset whose stamp is older than
 * `forgetResetsBefore` has done its job on every device that synced in time and is dropped.
 */
export function mergeViews(views: readonly AreaView[], forgetResetsBefore: number): AreaView {
  const merged = emptyView();
  for (const view of views) {
    if (view.global && isNewer(view.global, merged.global, encodeGlobalRecord)) merged.global = view.global;
    for (const [hostname, record] of view.sites) {
      if (isNewer(record, merged.sites.get(hostname), encodeSiteRecord)) merged.sites.set(hostname, record);
    }
  }
  for (const [hostname, record] of merged.sites) {
    if (!record.site && record.t < forgetResetsBefore) merged.sites.delete(hostname);
  }
  return merged;
}

export function toSettings(view: AreaView): Settings {
  const sites = new Map<Hostname, SiteOverride>();
  for (const [hostname, { site }] of view.sites) {
    if (site) sites.set(hostname, site);
  }
  return { version: SETTINGS_VERSION, global: view.global?.global ?? DEFAULT_GLOBAL, sites };
}

/**
 * The sync items `source` holds newer entries for than `target`; a bucket is written whole. A site
 * too large for a sync item on its own (tooLargeForSync) is left out: it stays on this device, and
 * the sites that share its bucket still sync.
 */
export function newerSyncItems(source: AreaView, target: AreaView): Record<string, unknown> {
  const syncable = [...source.sites].filter(([hostname, record]) => !isTooLargeForSync(hostname, record));
  const dirty = new Set<string>();
  for (const [hostname, record] of syncable) {
    if (isNewer(record, target.sites.get(hostname), encodeSiteRecord)) dirty.add(bucketKey(hostname));
  }
  const buckets = new Map<string, [Hostname, unknown][]>([...dirty].map((key) => [key, []]));
  for (const [hostname, record] of syncable) {
    buckets.get(bucketKey(hostname))?.push([hostname, encodeSiteRecord(record)]);
  }
  // fromEntries, not assignment: a site named `__proto__` must stay a plain key.
  const items: Record<string, unknown> = Object.fromEntries(
    [...buckets].map(([key, entries]) => [key, Object.fromEntries(entries)]),
  );
  if (source.global && isNewer(source.global, target.global, encodeGlobalRecord)) {
    items[GLOBAL_KEY] = encodeGlobalRecord(source.global);
  }
  return items;
}

/** The sites of `view` whose entry alone is larger than a sync item may be: they are kept on this device only. */
export function tooLargeForSync(view: AreaView): Hostname[] {
  return [...view.sites].filter(([hostname, record]) => isTooLargeForSync(hostname, record)).map(([hostname]) => hostname);
}

function isTooLargeForSync(hostname: Hostname, record: SiteRecord): boolean {
  const bucket = bucketKey(hostname);
  return itemBytes(bucket, Object.fromEntries([[hostname, encodeSiteRecord(record)]])) > SYNC_LIMITS.quotaBytesPerItem;
}

function decodeGlobal(value: unknown, path: string, warn: Warn): GlobalRecord | undefined {
  return value === undefined ? undefined : readOrWarn(() => decodeGlobalRecord(value, path, warn), warn);
}

/** Each site in a bucket stands alone: one bad entry is dropped, its neighbours are kept. */
function decodeBucket(raw: unknown, key: string, warn: Warn): Map<Hostname, SiteRecord> {
  const records = new Map<Hostname, SiteRecord>();
  const path = childPath('sync', key);
  const bucket = readOrWarn(() => readObject(raw, path), warn) ?? {};
  for (const [name, value] of Object.entries(bucket)) {
    const record = readOrWarn(() => {
      const hostname = readHostnameKey(name, path);
      if (bucketKey(hostname) !== key) throw new InvalidEntry(childPath(path, name), 'invalid-value');
      return [hostname, decodeSiteRecord(value, childPath(path, name))] as const;
    }, warn);
    if (record) records.set(...record);
  }
  return records;
}

/**
 * Where each entry lives.
 *
 * storage.sync allows only 512 items, so one item per site would cap Unnag near 500 customised
 * sites. Sites are therefore spread over 256 buckets by a hash of the hostname (`b:3f`); two
 * devices that edit different sites of one bucket are reconciled by the store, which merges
 * entries by their stamps and writes the union back. storage.local has no item limit, so there
 * each site keeps its own item (`s:example.com`) and tabs of one browser never share an item.
 */
import type { Hostname } from './hostname';

export const GLOBAL_KEY = 'g';
/** storage.local only: the sync writer's last outcome, for the popup and options page. */
export const STATUS_KEY = 'status';
/** Where version 1 kept its single sync item (migrations.ts lifts it). */
export const LEGACY_KEY = 'settings';

const BUCKET_PREFIX = 'b:';
const SITE_PREFIX = 's:';

/** Part of the stored format: changing the count or the hash needs a migration. */
const BUCKET_COUNT = 256;

export function bucketKey(hostname: Hostname): string {
  return BUCKET_PREFIX + (fnv1a(hostname) % BUCKET_COUNT).toString(16).padStart(2, '0');
}

export function isBucketKey(key: string): boolean {
  return /^b:[0-9a-f]{2}$/.test(key);
}

export function siteKey(hostname: Hostname): string {
  return SITE_PREFIX + hostname;
}

/** The raw name after `s:`; the caller validates it. */
export function siteKeyName(key: string): string | undefined {
  return key.startsWith(SITE_PREFIX) ? key.slice(SITE_PREFIX.length) : undefined;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

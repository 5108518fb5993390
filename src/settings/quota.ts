/** storage.sync's limits (Chrome's figures; Firefox's are the same or looser) and how to live inside them. */

export const SYNC_LIMITS = {
  quotaBytes: 102_400,
  quotaBytesPerItem: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

/** Why some settings could not be written to sync. */
export type SyncProblem = 'sync-unavailable' | 'quota-bytes' | 'quota-item' | 'max-items' | 'rate-limit' | 'sync-error';

/** How Chrome counts an item: the key's length plus its value's JSON length, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value));
}

export interface SyncPlan {
  readonly accepted: Readonly<Record<string, unknown>>;
  readonly refused: ReadonlyMap<string, SyncProblem>;
}

/**
 * Chooses which items of a write fit, given the bytes each key holds now. A `set` that breaks a
 * quota fails as a whole, so whatever would break it is left out up front and stays local.
 * Items that shrink go first: they make room for the ones that grow.
 */
export function planSyncWrite(stored: ReadonlyMap<string, number>, items: Readonly<Record<string, unknown>>): SyncPlan {
  let total = [...stored.values()].reduce((sum, bytes) => sum + bytes, 0);
  let count = stored.size;
  const accepted: Record<string, unknown> = {};
  const refused = new Map<string, SyncProblem>();
  const growth = Object.entries(items)
    .map(([key, value]) => ({ key, value, bytes: itemBytes(key, value), before: stored.get(key) }))
    .sort((a, b) => a.bytes - (a.before ?? 0) - (b.bytes - (b.before ?? 0)));
  for (const { key, value, bytes, before } of growth) {
    const problem =
      bytes > SYNC_LIMITS.quotaBytesPerItem
        ? 'quota-item'
        : total - (before ?? 0) + bytes > SYNC_LIMITS.quotaBytes
          ? 'quota-bytes'
          : before === undefined && count + 1 > SYNC_LIMITS.maxItems
            ? 'max-items'
            : undefined;
    if (problem) {
      refused.set(key, problem);
      continue;
    }
    accepted[key] = value;
    total += bytes - (before ?? 0);
    if (before === undefined) count += 1;
  }
  return { accepted, refused };
}

/** Reads the browser's error text: Chrome names the quota (`QUOTA_BYTES_PER_ITEM quota exceeded`), Firefox says "quota". */
export function syncProblemOf(error: unknown): SyncProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('QUOTA_BYTES_PER_ITEM')) return 'quota-item';
  if (message.includes('MAX_ITEMS')) return 'max-items';
  if (message.includes('MAX_WRITE_OPERATIONS') || message.includes('MAX_SUSTAINED_WRITE')) return 'rate-limit';
  if (/quota/i.test(message)) return 'quota-bytes';
  return 'sync-error';
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

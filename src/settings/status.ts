import type { SyncProblem } from './quota';
import { readObject, readOneOf } from './validation';

/**
 * Where the settings live now, as the sync writer (the background) publishes it for every context.
 * `mixed`: some settings did not fit in sync and are kept on this device only.
 */
export interface PublishedStatus {
  readonly where: 'sync' | 'local' | 'mixed';
  readonly reason?: SyncProblem;
}

/**
 * A context's own trouble, which no other context can see and which outranks what was published:
 * edits made here are saved nowhere. `local-write`: storage.local refused the last edit, which was
 * taken back. `sync-unreadable`: this context could not read sync while the background can, so an
 * edit here could overwrite what another device saved; edits are refused until a read succeeds.
 */
export interface UnsavedStatus {
  readonly where: 'nowhere';
  readonly reason: 'local-write' | 'sync-unreadable';
}

export type StorageStatus = PublishedStatus | UnsavedStatus;

export const SYNCED: PublishedStatus = { where: 'sync' };

const WHERE = ['sync', 'local', 'mixed'] as const;
const PROBLEMS: readonly SyncProblem[] = ['sync-unavailable', 'quota-bytes', 'quota-item', 'max-items', 'rate-limit', 'sync-error'];

export function encodeStatus(status: PublishedStatus): Record<string, unknown> {
  return status.reason ? { w: status.where, r: status.reason } : { w: status.where };
}

/** Throws `InvalidEntry`. */
export function decodeStatus(raw: unknown, path: string): PublishedStatus {
  const status = readObject(raw, path, ['w', 'r']);
  const where = readOneOf(status.w, `${path}.w`, WHERE);
  return status.r === undefined ? { where } : { where, reason: readOneOf(status.r, `${path}.r`, PROBLEMS) };
}

export function sameStatus(a: StorageStatus, b: StorageStatus): boolean {
  return a.where === b.where && a.reason === b.reason;
}

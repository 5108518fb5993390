import type { SyncProblem } from './quota';
import { readObject, readOneOf } from './validation';

/** Where the settings live now, for the popup and options page to show. */
export interface StorageStatus {
  /** `mixed`: some settings did not fit in sync and are kept on this device only. */
  readonly where: 'sync' | 'local' | 'mixed';
  readonly reason?: SyncProblem;
}

export const SYNCED: StorageStatus = { where: 'sync' };

const WHERE = ['sync', 'local', 'mixed'] as const;
const PROBLEMS: readonly SyncProblem[] = ['sync-unavailable', 'quota-bytes', 'quota-item', 'max-items', 'rate-limit', 'sync-error'];

export function encodeStatus(status: StorageStatus): Record<string, unknown> {
  return status.reason ? { w: status.where, r: status.reason } : { w: status.where };
}

/** Throws `InvalidEntry`. */
export function decodeStatus(raw: unknown, path: string): StorageStatus {
  const status = readObject(raw, path, ['w', 'r']);
  const where = readOneOf(status.w, `${path}.w`, WHERE);
  return status.r === undefined ? { where } : { where, reason: readOneOf(status.r, `${path}.r`, PROBLEMS) };
}

export function sameStatus(a: StorageStatus, b: StorageStatus): boolean {
  return a.where === b.where && a.reason === b.reason;
}

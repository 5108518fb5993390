/**
 * The part of `browser.storage` the store uses, so tests can hand it in-memory areas and only
 * browser-areas.ts touches the real API.
 */

export interface StorageAreaLike {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  getBytesInUse?(keys?: null | string | string[]): Promise<number>;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export type StorageChangeListener = (changes: Record<string, StorageChange>, areaName: string) => void;

export interface StorageChangeSource {
  addListener(listener: StorageChangeListener): void;
  removeListener(listener: StorageChangeListener): void;
}

export interface SettingsAreas {
  /** Absent where the browser offers no sync storage; settings then stay on this device. */
  readonly sync: StorageAreaLike | undefined;
  readonly local: StorageAreaLike;
  readonly onChanged: StorageChangeSource;
}

export interface Logger {
  warn(message: string, ...details: unknown[]): void;
}

/**
 * In-memory storage areas that behave like Chrome's: values are stored as JSON, storage.sync's
 * quotas and write caps are enforced with Chrome's error messages, and changes reach onChanged
 * listeners asynchronously. A device is a sync + local pair with one onChanged source; `relay`
 * plays the sync server between two devices.
 */
import type { SettingsAreas, StorageAreaLike, StorageChange, StorageChangeListener, StorageChangeSource } from '../../../src/settings/areas';

export interface Quotas {
  readonly quotaBytes: number;
  readonly quotaBytesPerItem: number;
  readonly maxItems: number;
  readonly writesPerMinute: number;
  readonly writesPerHour: number;
}

/** Chrome's storage.sync limits, written out here rather than imported so the fake checks the code, not itself. */
export const CHROME_SYNC_QUOTAS: Quotas = {
  quotaBytes: 102_400,
  quotaBytesPerItem: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
};

type Changes = Record<string, StorageChange>;

export class FakeChangeSource implements StorageChangeSource {
  readonly #listeners = new Set<StorageChangeListener>();

  addListener(listener: StorageChangeListener): void {
    this.#listeners.add(listener);
  }

  removeListener(listener: StorageChangeListener): void {
    this.#listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }

  emit(changes: Changes, areaName: string): void {
    // Browsers deliver change events as a task of their own, after the write's promise settles.
    setTimeout(() => {
      for (const listener of this.#listeners) listener(structuredClone(changes), areaName);
    }, 0);
  }
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export class FakeStorageArea implements StorageAreaLike {
  readonly #items = new Map<string, string>();
  readonly #writeTimes: number[] = [];
  readonly #localWriteListeners = new Set<(changes: Changes) => void>();
  /** Every successful set/remove call, for tests that count writes. */
  readonly writeLog: { time: number; kind: 'set' | 'remove'; keys: string[] }[] = [];
  /** When set, every call rejects with this error (sync turned off, browser broken). */
  failure: Error | undefined;
  /** Firefox reports every item a `set` names as changed, even one written with the value it had. */
  reportsUnchangedSets = false;

  constructor(
    readonly areaName: 'sync' | 'local',
    readonly changes: FakeChangeSource,
    readonly quotas: Quotas | undefined,
    readonly now: () => number = Date.now,
  ) {}

  async get(keys?: null | string | string[]): Promise<Record<string, unknown>> {
    this.#failIfBroken();
    const wanted = keys === null || keys === undefined ? [...this.#items.keys()] : typeof keys === 'string' ? [keys] : keys;
    const result: Record<string, unknown> = {};
    for (const key of wanted) {
      const json = this.#items.get(key);
      if (json !== undefined) Object.defineProperty(result, key, { value: JSON.parse(json), enumerable: true });
    }
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.#failIfBroken();
    this.#spendWrite();
    const next = new Map(this.#items);
    for (const [key, value] of Object.entries(items)) {
      const json = JSON.stringify(value);
      if (this.quotas && bytes(key) + bytes(json) > this.quotas.quotaBytesPerItem) {
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
      next.set(key, json);
    }
    if (this.quotas && totalBytes(next) > this.quotas.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
    if (this.quotas && next.size > this.quotas.maxItems) throw new Error('MAX_ITEMS quota exceeded');
    this.#commit(next, 'set', Object.keys(items));
  }

  async remove(keys: string | string[]): Promise<void> {
    this.#failIfBroken();
    this.#spendWrite();
    const next = new Map(this.#items);
    for (const key of typeof keys === 'string' ? [keys] : keys) next.delete(key);
    this.#commit(next, 'remove', typeof keys === 'string' ? [keys] : keys);
  }

  async getBytesInUse(keys?: null | string | string[]): Promise<number> {
    this.#failIfBroken();
    const wanted = keys === null || keys === undefined ? [...this.#items.keys()] : typeof keys === 'string' ? [keys] : keys;
    return wanted.reduce((sum, key) => {
      const json = this.#items.get(key);
      return json === undefined ? sum : sum + bytes(key) + bytes(json);
    }, 0);
  }

  /** Another device's write arriving through the sync server: no quota checks, no write counted, not relayed back. */
  applyRemote(changes: Changes): void {
    const next = new Map(this.#items);
    for (const [key, { newValue }] of Object.entries(changes)) {
      if (newValue === undefined) next.delete(key);
      else next.set(key, JSON.stringify(newValue));
    }
    this.#commit(next, undefined, []);
  }

  /** Plants a raw value, as a damaged profile or an older version would have left it. */
  plant(key: string, value: unknown): void {
    this.#items.set(key, JSON.stringify(value));
  }

  peek(key: string): unknown {
    const json = this.#items.get(key);
    return json === undefined ? undefined : JSON.parse(json);
  }

  keys(): string[] {
    return [...this.#items.keys()];
  }

  onLocalWrite(listener: (changes: Changes) => void): void {
    this.#localWriteListeners.add(listener);
  }

  #commit(next: Map<string, string>, kind: 'set' | 'remove' | undefined, keys: string[]): void {
    const changes: Changes = {};
    for (const key of new Set([...this.#items.keys(), ...next.keys()])) {
      const before = this.#items.get(key);
      const after = next.get(key);
      // Chrome reports only items whose value really changed.
      if (before === after && !(this.reportsUnchangedSets && kind === 'set' && keys.includes(key))) continue;
      changes[key] = {
        ...(before === undefined ? {} : { oldValue: JSON.parse(before) }),
        ...(after === undefined ? {} : { newValue: JSON.parse(after) }),
      };
    }
    this.#items.clear();
    for (const [key, json] of next) this.#items.set(key, json);
    if (kind) {
      this.writeLog.push({ time: this.now(), kind, keys });
      for (const listener of this.#localWriteListeners) listener(changes);
    }
    if (Object.keys(changes).length > 0) this.changes.emit(changes, this.areaName);
  }

  #spendWrite(): void {
    if (!this.quotas) return;
    const now = this.now();
    const inLast = (window: number): number => this.#writeTimes.filter((time) => time > now - window).length;
    if (inLast(MINUTE) >= this.quotas.writesPerMinute) {
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    }
    if (inLast(HOUR) >= this.quotas.writesPerHour) {
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    }
    this.#writeTimes.push(now);
  }

  #failIfBroken(): void {
    if (this.failure) throw this.failure;
  }
}

export interface FakeDevice {
  readonly sync: FakeStorageArea;
  readonly local: FakeStorageArea;
  readonly onChanged: FakeChangeSource;
  readonly areas: SettingsAreas;
}

export function createDevice(now: () => number = Date.now): FakeDevice {
  const onChanged = new FakeChangeSource();
  const sync = new FakeStorageArea('sync', onChanged, CHROME_SYNC_QUOTAS, now);
  // Chrome's local area allows 10 MB; the tests never come near it.
  const local = new FakeStorageArea('local', onChanged, undefined, now);
  return { sync, local, onChanged, areas: { sync, local, onChanged } };
}

/**
 * Connects two devices' sync areas like the sync server does: each write reaches the other device
 * after `latencyMs`, and the later arrival simply overwrites the item (last writer wins per item).
 */
export function relay(a: FakeDevice, b: FakeDevice, latencyMs = 50): void {
  a.sync.onLocalWrite((changes) => setTimeout(() => b.sync.applyRemote(changes), latencyMs));
  b.sync.onLocalWrite((changes) => setTimeout(() => a.sync.applyRemote(changes), latencyMs));
}

function bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

function totalBytes(items: Map<string, string>): number {
  let sum = 0;
  for (const [key, json] of items) sum += bytes(key) + bytes(json);
  return sum;
}

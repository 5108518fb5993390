/**
 * Readers for values that come from storage or from an imported file. They throw `InvalidEntry`
 * naming the exact spot, and the caller decides how large the entry is that gets reset or refused.
 */
import { CATEGORIES, type Category } from '../contract/categories';
import { isHostname, type Hostname } from './hostname';
import { isSelector, MAX_SELECTOR_LENGTH, MAX_SELECTORS_PER_LIST, type Selector } from './selector';

export type EntryProblem = 'wrong-type' | 'unknown-key' | 'invalid-value' | 'too-large';

export class InvalidEntry extends Error {
  constructor(
    readonly path: string,
    readonly problem: EntryProblem,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'InvalidEntry';
  }
}

/** `sites["example.com"].alwaysCollapse[2]`: the notation a reader of the file would use. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/** Without `knownKeys` any key is accepted (maps keyed by hostname). */
export function readObject(
  raw: unknown,
  path: string,
  knownKeys?: readonly string[],
): Readonly<Record<string, unknown>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InvalidEntry(path, 'wrong-type');
  const unknownKey = knownKeys && Object.keys(raw).find((key) => !knownKeys.includes(key));
  if (unknownKey !== undefined) throw new InvalidEntry(childPath(path, unknownKey), 'unknown-key');
  return raw as Readonly<Record<string, unknown>>;
}

export function readBoolean(raw: unknown, path: string): boolean {
  if (typeof raw !== 'boolean') throw new InvalidEntry(path, 'wrong-type');
  return raw;
}

/** Compact storage writes flags as 0/1 to save bytes in the sync quota. */
export function readBit(raw: unknown, path: string): boolean {
  if (raw !== 0 && raw !== 1) throw new InvalidEntry(path, typeof raw === 'number' ? 'invalid-value' : 'wrong-type');
  return raw === 1;
}

export function readOneOf<T extends string>(raw: unknown, path: string, values: readonly T[]): T {
  if (typeof raw !== 'string') throw new InvalidEntry(path, 'wrong-type');
  if (!(values as readonly string[]).includes(raw)) throw new InvalidEntry(path, 'invalid-value');
  return raw as T;
}

/** A millisecond timestamp; it orders concurrent edits of one entry. */
export function readStamp(raw: unknown, path: string): number {
  if (typeof raw !== 'number') throw new InvalidEntry(path, 'wrong-type');
  if (!Number.isSafeInteger(raw) || raw < 0) throw new InvalidEntry(path, 'invalid-value');
  return raw;
}

export function readHostnameKey(key: string, path: string): Hostname {
  if (!isHostname(key)) throw new InvalidEntry(childPath(path, key), 'invalid-value');
  return key;
}

export function readSelectorList(raw: unknown, path: string): readonly Selector[] {
  if (!Array.isArray(raw)) throw new InvalidEntry(path, 'wrong-type');
  if (raw.length > MAX_SELECTORS_PER_LIST) throw new InvalidEntry(path, 'too-large');
  const list = raw.map((item: unknown, i) => {
    const itemPath = childPath(path, i);
    if (typeof item !== 'string') throw new InvalidEntry(itemPath, 'wrong-type');
    if (item.length > MAX_SELECTOR_LENGTH) throw new InvalidEntry(itemPath, 'too-large');
    if (!isSelector(item)) throw new InvalidEntry(itemPath, 'invalid-value');
    return item;
  });
  return [...new Set(list)];
}

/** Reads a sparse category map whose keys are spelled by `names` (full names in files, letters in storage). */
export function readCategoryMap(
  raw: unknown,
  path: string,
  names: Readonly<Record<Category, string>>,
  readFlag: (raw: unknown, path: string) => boolean,
): Partial<Record<Category, boolean>> {
  const object = readObject(raw, path, Object.values(names));
  const map: Partial<Record<Category, boolean>> = {};
  for (const category of CATEGORIES) {
    const name = names[category];
    if (object[name] !== undefined) map[category] = readFlag(object[name], childPath(path, name));
  }
  return map;
}

/** Reads `object[key]` when present; an absent field takes its default. */
export function readOptional<T>(
  object: Readonly<Record<string, unknown>>,
  key: string,
  path: string,
  reader: (raw: unknown, path: string) => T,
  fallback: T,
): T {
  return object[key] === undefined ? fallback : reader(object[key], childPath(path, key));
}

/** Runs one entry's reader; a bad entry is reported and comes back as undefined, other errors still throw. */
export function readOrWarn<T>(read: () => T, warn: (problem: InvalidEntry) => void): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof InvalidEntry)) throw error;
    warn(error);
    return undefined;
  }
}

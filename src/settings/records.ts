/**
 * The compact form settings take in storage: short keys, defaults left out, and a time stamp on
 * each entry so that two copies of one entry (sync vs local, this device vs another) can be merged
 * by keeping the later edit.
 */
import { CATEGORIES, type Category } from '../contract/categories';
import {
  DEFAULT_GLOBAL,
  DISPLAYS,
  isEmptyOverride,
  SENSITIVITIES,
  SETTINGS_VERSION,
  type GlobalSettings,
  type SiteOverride,
} from './model';
import {
  childPath,
  InvalidEntry,
  readBit,
  readCategoryMap,
  readObject,
  readOneOf,
  readOptional,
  readOrWarn,
  readSelectorList,
  readStamp,
} from './validation';

/** `site` is undefined once a site has been reset: the stamp must outlive it so the reset wins merges. */
export interface SiteRecord {
  readonly t: number;
  readonly site: SiteOverride | undefined;
}

export interface GlobalRecord {
  readonly t: number;
  readonly global: GlobalSettings;
}

const CATEGORY_CODES: Readonly<Record<Category, string>> = { donation: 'd', reminder: 'r', newsletter: 'n', promo: 'p' };

export function encodeSiteRecord({ t, site }: SiteRecord): Record<string, unknown> {
  const encoded: Record<string, unknown> = { t };
  if (!site) return encoded;
  if (!site.enabled) encoded.e = 0;
  if (Object.keys(site.categories).length > 0) encoded.c = encodeCategories(site.categories);
  if (site.alwaysCollapse.length > 0) encoded.a = site.alwaysCollapse;
  if (site.notClutter.length > 0) encoded.n = site.notClutter;
  return encoded;
}

/** Throws `InvalidEntry`: a site entry is valid as a whole or not at all. */
export function decodeSiteRecord(raw: unknown, path: string): SiteRecord {
  const record = readObject(raw, path, ['t', 'e', 'c', 'a', 'n']);
  const site: SiteOverride = {
    enabled: readOptional(record, 'e', path, readBit, true),
    categories: readOptional(record, 'c', path, readCompactCategories, {}),
    alwaysCollapse: readOptional(record, 'a', path, readSelectorList, []),
    notClutter: readOptional(record, 'n', path, readSelectorList, []),
  };
  return { t: readStamp(record.t, childPath(path, 't')), site: isEmptyOverride(site) ? undefined : site };
}

export function encodeGlobalRecord({ t, global }: GlobalRecord): Record<string, unknown> {
  const encoded: Record<string, unknown> = { v: SETTINGS_VERSION, t };
  const changed = Object.fromEntries(
    Object.entries(global.categories).filter(([category, on]) => DEFAULT_GLOBAL.categories[category as Category] !== on),
  );
  if (Object.keys(changed).length > 0) encoded.c = encodeCategories(changed);
  if (global.display !== DEFAULT_GLOBAL.display) encoded.d = global.display;
  if (global.sensitivity !== DEFAULT_GLOBAL.sensitivity) encoded.s = global.sensitivity;
  return encoded;
}

/**
 * The global item is one entry per field: a bad `display` resets the display alone and is reported
 * through `warn`. Throws `InvalidEntry` only when the item cannot be placed in time or version.
 */
export function decodeGlobalRecord(raw: unknown, path: string, warn: (problem: InvalidEntry) => void): GlobalRecord {
  const record = readObject(raw, path);
  // A newer Unnag may mean something else by the same letters.
  if (record.v !== SETTINGS_VERSION) {
    throw new InvalidEntry(childPath(path, 'v'), typeof record.v === 'number' ? 'invalid-value' : 'wrong-type');
  }
  const t = readStamp(record.t, childPath(path, 't'));

  for (const key of Object.keys(record)) {
    if (!['v', 't', 'c', 'd', 's'].includes(key)) warn(new InvalidEntry(childPath(path, key), 'unknown-key'));
  }
  const field = <T>(key: string, reader: (raw: unknown, path: string) => T, fallback: T): T =>
    readOrWarn(() => readOptional(record, key, path, reader, fallback), warn) ?? fallback;
  return {
    t,
    global: {
      categories: { ...DEFAULT_GLOBAL.categories, ...field('c', readCompactCategories, {}) },
      display: field('d', (value, at) => readOneOf(value, at, DISPLAYS), DEFAULT_GLOBAL.display),
      sensitivity: field('s', (value, at) => readOneOf(value, at, SENSITIVITIES), DEFAULT_GLOBAL.sensitivity),
    },
  };
}

/**
 * Orders two copies of one entry: the later stamp wins, and equal stamps fall back to comparing
 * the encodings, so every device picks the same winner and merges settle instead of ping-ponging.
 */
export function isNewer<R extends { readonly t: number }>(
  candidate: R,
  current: R | undefined,
  encode: (record: R) => unknown,
): boolean {
  if (!current) return true;
  if (candidate.t !== current.t) return candidate.t > current.t;
  return JSON.stringify(encode(candidate)) > JSON.stringify(encode(current));
}

/**
 * In the one order decoding rebuilds, whatever order the edits left: an entry read back must encode
 * as it was written, or `isNewer` finds the copy in memory newer than the same entry in storage, and
 * writes it again (for ever in Firefox, which reports a write of an unchanged value as a change).
 */
function encodeCategories(categories: Partial<Record<Category, boolean>>): Record<string, 0 | 1> {
  const encoded: Record<string, 0 | 1> = {};
  for (const category of CATEGORIES) {
    const on = categories[category];
    if (on !== undefined) encoded[CATEGORY_CODES[category]] = on ? 1 : 0;
  }
  return encoded;
}

function readCompactCategories(raw: unknown, path: string): Partial<Record<Category, boolean>> {
  return readCategoryMap(raw, path, CATEGORY_CODES, readBit);
}

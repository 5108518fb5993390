/**
 * Earlier versions of the settings, and one step to lift each to the next. Adding v3 means one
 * `fromV2` here, a `3` in UPGRADES and SETTINGS_VERSION = 3; import and storage both go through
 * `upgradeDocument`, so an old export and an old profile are lifted the same way.
 */
import { toHostname } from './hostname';
import { SETTINGS_VERSION } from './model';
import { childPath, InvalidEntry, readObject } from './validation';
import { readFullCategories } from './document';

/** Version 1 kept everything in one sync item: global switches and the sites Unnag was off on. */
export interface SettingsV1 {
  version: 1;
  categories: Partial<Record<string, boolean>>;
  disabledSites: string[];
}

type Upgrade = (document: Readonly<Record<string, unknown>>) => Record<string, unknown>;

const UPGRADES: ReadonlyMap<number, Upgrade> = new Map([[1, fromV1]]);

export class UnsupportedVersion extends Error {
  constructor(readonly version: number) {
    super(`unsupported settings version ${version}`);
    this.name = 'UnsupportedVersion';
  }
}

/**
 * Lifts a document of any known version to the current one (still unvalidated for the last step).
 * Throws `InvalidEntry` for a bad field of an old version, `UnsupportedVersion` for one from the future.
 */
export function upgradeDocument(raw: unknown): Readonly<Record<string, unknown>> {
  let document = readObject(raw, '');
  let version = document.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw new InvalidEntry('version', typeof version === 'number' ? 'invalid-value' : 'wrong-type');
  }
  while (version < SETTINGS_VERSION) {
    const upgrade = UPGRADES.get(version);
    if (!upgrade) throw new UnsupportedVersion(version);
    document = upgrade(document);
    version += 1;
  }
  if (version > SETTINGS_VERSION) throw new UnsupportedVersion(version);
  return document;
}

function fromV1(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const v1 = readObject(raw, '', ['version', 'categories', 'disabledSites']);
  const categories = v1.categories === undefined ? {} : readFullCategories(v1.categories, 'categories');
  const disabled = v1.disabledSites ?? [];
  if (!Array.isArray(disabled)) throw new InvalidEntry('disabledSites', 'wrong-type');
  const sites = disabled.map((entry: unknown, i) => {
    // v1 stored names as the page reported them, `www.` and all.
    const hostname = typeof entry === 'string' ? toHostname(entry) : undefined;
    if (!hostname) throw new InvalidEntry(childPath('disabledSites', i), typeof entry === 'string' ? 'invalid-value' : 'wrong-type');
    return [hostname, { enabled: false }] as const;
  });
  // fromEntries, not assignment: a site named `__proto__` must stay a plain key.
  return { version: 2, global: { categories }, sites: Object.fromEntries(sites) };
}

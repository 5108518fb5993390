import { afterEach, describe, expect, it } from 'vitest';
import { loadedLanguages, resetPhrases } from '../../../src/detector';
import { LANGUAGES } from '../../../src/detector/phrases';
import { findPitch } from '../../../src/detector/signals/phrases';
import { mergedReads } from '../../../src/content/one-read';
import { catchUp, loadMore, loadPacks } from '../../../src/content/phrase-loader';
import { RememberedSelectors } from '../../../src/content/remembered-selectors';
import { openSitePolicy } from '../../../src/content/site-policy';
import { packKey, PACKS_VERSION_KEY } from '../../../src/packs/phrase-packs';
import type { StorageChangeListener } from '../../../src/settings/areas';
import type { StorageAreaLike } from '../../../src/settings/areas';

/** storage.local in memory, recording each read's keys. */
function area(items: Record<string, unknown>, fail = false) {
  const reads: string[][] = [];
  const storage: StorageAreaLike = {
    async get(keys) {
      const list = typeof keys === 'string' ? [keys] : (keys ?? Object.keys(items));
      reads.push(list);
      if (fail) throw new Error('storage gone');
      return Object.fromEntries(list.filter((k) => k in items).map((k) => [k, items[k]]));
    },
    async set() {},
    async remove() {},
  };
  return { storage, reads };
}

afterEach(() => resetPhrases());

describe('the start’s merged read', () => {
  it('asks storage once for what several callers ask in the same task, each getting its own keys', async () => {
    const { storage, reads } = area({ a: 1, b: 2, c: 3 });
    const merged = mergedReads(storage);
    const [first, second, third] = await Promise.all([merged.get(['a', 'b']), merged.get('c'), merged.get(['b', 'missing'])]);
    expect(reads).toEqual([['a', 'b', 'c', 'missing']]);
    expect(first).toEqual({ a: 1, b: 2 });
    expect(second).toEqual({ c: 3 });
    expect(third).toEqual({ b: 2 });
    // A later task's read is a read of its own.
    await merged.get('a');
    expect(reads).toHaveLength(2);
  });

  it('rejects every caller of a failed read', async () => {
    const merged = mergedReads(area({}, true).storage);
    const results = await Promise.allSettled([merged.get('a'), merged.get('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});

describe('the content script’s start', () => {
  it('reads the settings, the remembered selectors and the reader’s packs in one storage.local read', async () => {
    const local = area({ [packKey('de')]: LANGUAGES.de });
    const sync = area({});
    const scope = globalThis as { chrome?: unknown };
    scope.chrome = { storage: { local: local.storage, sync: sync.storage, onChanged: { addListener() {}, removeListener() {} } } };
    try {
      // As src/content/index.ts starts.
      const merged = mergedReads(local.storage);
      const memory = new RememberedSelectors(merged, 'news.example');
      await Promise.all([openSitePolicy('news.example', merged), memory.load(), loadPacks(merged, ['de'])]);
    } finally {
      delete scope.chrome;
    }
    expect(local.reads).toHaveLength(1);
    expect(local.reads[0]).toContain(packKey('de'));
    expect(local.reads[0]).toContain('remembered:news.example');
    expect(loadedLanguages()).toEqual(['en', 'de']);
  });
});

describe('loading the phrase packs', () => {
  it('reads the packs of languages not loaded yet, and nothing when there are none', async () => {
    const { storage, reads } = area({ [packKey('de')]: LANGUAGES.de, [packKey('ru')]: LANGUAGES.ru });
    expect(await loadPacks(storage, ['en', 'de'])).toEqual([]);
    expect(reads).toEqual([[packKey('de')]]);
    expect(loadedLanguages()).toEqual(['en', 'de']);
    await loadPacks(storage, ['en', 'de']);
    await loadPacks(storage, ['lv']);
    expect(reads).toHaveLength(1);
  });

  it('leaves out a damaged or missing pack: English is still read, nothing is thrown', async () => {
    const { storage } = area({ [packKey('de')]: { pitch: { donation: 17 }, actions: {} }, [packKey('ru')]: LANGUAGES.ru });
    await expect(loadPacks(storage, ['de', 'ru', 'fr'])).resolves.toEqual(['de', 'fr']);
    expect(loadedLanguages()).toEqual(['en', 'ru']);
    expect(findPitch('Please support independent journalism').length).toBeGreaterThan(0);
  });

  it('goes on with English when storage cannot be read', async () => {
    await expect(loadPacks(area({}, true).storage, ['de'])).resolves.toEqual(['de']);
    expect(loadedLanguages()).toEqual(['en']);
  });
});

describe('a page that started before the packs were stored', () => {
  /** storage.onChanged, by hand. */
  function changes() {
    const listeners = new Set<StorageChangeListener>();
    return {
      addListener: (l: StorageChangeListener) => void listeners.add(l),
      removeListener: (l: StorageChangeListener) => void listeners.delete(l),
      fire: (keys: string[], areaName = 'local') => listeners.forEach((l) => l(Object.fromEntries(keys.map((k) => [k, { newValue: 1 }])), areaName)),
      get size() {
        return listeners.size;
      },
    };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('reads the missing packs once the background writes their version, and reads the page again once', async () => {
    const items: Record<string, unknown> = {};
    const { storage, reads } = area(items);
    const events = changes();
    let rereads = 0;
    catchUp(storage, events, await loadPacks(storage, ['de', 'ru']), () => rereads++);
    expect(reads).toHaveLength(1);
    // Other writes (settings, remembered selectors, another area) are not the packs arriving.
    events.fire(['remembered:news.example']);
    events.fire([PACKS_VERSION_KEY], 'sync');
    await settle();
    expect(reads).toHaveLength(1);
    Object.assign(items, { [packKey('de')]: LANGUAGES.de, [packKey('ru')]: LANGUAGES.ru, [PACKS_VERSION_KEY]: 'v1' });
    events.fire([packKey('de'), packKey('ru'), PACKS_VERSION_KEY]);
    await settle();
    expect(loadedLanguages()).toEqual(['en', 'ru', 'de']);
    expect(rereads).toBe(1);
    expect(events.size).toBe(0);
  });

  it('does nothing when no pack was missing, or when the write brings none of them', async () => {
    const events = changes();
    let rereads = 0;
    catchUp(area({}).storage, events, [], () => rereads++);
    expect(events.size).toBe(0);
    catchUp(area({ [packKey('de')]: 'still damaged' }).storage, events, ['de'], () => rereads++);
    events.fire([PACKS_VERSION_KEY]);
    await settle();
    expect(rereads).toBe(0);
    expect(events.size).toBe(1);
  });
});

describe('a page that navigated in place', () => {
  it('reads the packs of the languages it is now in, and is read again only when one came', async () => {
    const { storage, reads } = area({ [packKey('de')]: LANGUAGES.de, [packKey('fr')]: 'damaged' });
    let rereads = 0;
    await loadMore(storage, ['en', 'de'], () => rereads++);
    expect(loadedLanguages()).toEqual(['en', 'de']);
    expect(rereads).toBe(1);
    // Already loaded: no read, no second pass; a damaged pack brings nothing to read again with.
    await loadMore(storage, ['de'], () => rereads++);
    await loadMore(storage, ['fr'], () => rereads++);
    expect(reads).toEqual([[packKey('de')], [packKey('fr')]]);
    expect(rereads).toBe(1);
  });
});

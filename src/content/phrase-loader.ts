/**
 * The detector's languages on this page: English is bundled; the packs of the reader's languages
 * are read at start, those the page declares or is written in once it is parsed, each from the
 * `storage.local` items the background keeps (src/packs/phrase-packs.ts). A pack that is missing
 * or damaged is left out: the detector goes on with the languages it has.
 */
import { loadedLanguages, usePhrases } from '../detector';
import { packKey, packsFrom, packsToRead, PACKS_VERSION_KEY } from '../packs/phrase-packs';
import type { StorageChangeListener, StorageChangeSource } from '../settings/areas';

export interface PackReader {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
}

/**
 * Reads and loads the packs of `langs` not loaded yet (no read when there are none). Never
 * rejects; resolves to those of `langs` still without a pack (missing or damaged in storage).
 */
export async function loadPacks(area: PackReader, langs: readonly string[]): Promise<string[]> {
  const wanted = packsToRead(langs, loadedLanguages());
  if (wanted.length > 0) {
    try {
      usePhrases(packsFrom(await area.get(wanted.map(packKey)), wanted));
    } catch {
      // Storage unreadable (a context going away): the languages loaded so far.
    }
  }
  return packsToRead(langs, loadedLanguages());
}

/**
 * Loads the packs of `langs` not loaded yet (a page that navigated in place may now be written in
 * another language) and calls `reread` if any came. Never rejects.
 */
export async function loadMore(area: PackReader, langs: readonly string[], reread: () => void): Promise<void> {
  const before = loadedLanguages().length;
  await loadPacks(area, langs);
  if (loadedLanguages().length > before) reread();
}

/**
 * A page can start before the background has stored the packs (the moment the extension is
 * installed: Firefox runs the content script in the tabs already open). When the background then
 * writes the packs' version, the `missing` ones are read, and `reread` is called if any came.
 */
export function catchUp(area: PackReader, events: Pick<StorageChangeSource, 'addListener' | 'removeListener'>, missing: readonly string[], reread: () => void): void {
  if (missing.length === 0) return;
  let still = missing;
  const listener: StorageChangeListener = (changes, areaName) => {
    if (areaName !== 'local' || !Object.hasOwn(changes, PACKS_VERSION_KEY)) return;
    void loadPacks(area, still).then((left) => {
      if (left.length === still.length) return;
      still = left;
      if (left.length === 0) events.removeListener(listener);
      reread();
    });
  };
  events.addListener(listener);
}

/**
 * The detector's languages on this page: English is bundled; the packs of the reader's languages
 * are read at start, those the page declares or is written in once it is parsed, each from the
 * `storage.local` items the background keeps (src/packs/phrase-packs.ts). A pack that is missing
 * or damaged is left out: the detector goes on with the languages it has.
 */
import { loadedLanguages, usePhrases } from '../detector';
import { packKey, packsFrom, packsToRead } from '../packs/phrase-packs';

export interface PackReader {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
}

/** Reads and loads the packs of `langs` not loaded yet (no read when there are none). Never rejects. */
export async function loadPacks(area: PackReader, langs: readonly string[]): Promise<void> {
  const wanted = packsToRead(langs, loadedLanguages());
  if (wanted.length === 0) return;
  try {
    usePhrases(packsFrom(await area.get(wanted.map(packKey)), wanted));
  } catch {
    // Storage unreadable (a context going away): English alone, as before the packs.
  }
}

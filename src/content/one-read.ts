/**
 * One storage read for the content script's start: the settings reader, the remembered selectors
 * and the phrase packs each ask `storage.local` for their items in the same task, and this merges
 * what they ask in that task into one `get` (each caller still receives only its own keys).
 */
import type { StorageAreaLike } from '../settings/areas';

type Keys = null | string | string[] | undefined;

interface Waiting {
  keys: string[];
  resolve: (items: Record<string, unknown>) => void;
  reject: (error: unknown) => void;
}

export function mergedReads(area: StorageAreaLike): StorageAreaLike {
  let waiting: Waiting[] = [];
  const flush = () => {
    const batch = waiting;
    waiting = [];
    const keys = [...new Set(batch.flatMap((w) => w.keys))];
    let read: Promise<Record<string, unknown>>;
    try {
      read = area.get(keys);
    } catch (error) {
      read = Promise.reject(error);
    }
    read.then(
      (items) => {
        for (const w of batch) w.resolve(Object.fromEntries(w.keys.filter((k) => Object.hasOwn(items, k)).map((k) => [k, items[k]])));
      },
      (error: unknown) => {
        for (const w of batch) w.reject(error);
      },
    );
  };
  return {
    get(keys?: Keys) {
      // All items (null) are not merged: nothing at the start asks for them.
      if (keys === null || keys === undefined) return area.get(keys);
      return new Promise((resolve, reject) => {
        if (waiting.length === 0) queueMicrotask(flush);
        waiting.push({ keys: typeof keys === 'string' ? [keys] : [...keys], resolve, reject });
      });
    },
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
  };
}

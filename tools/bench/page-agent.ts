/**
 * Bundled by run.ts (esbuild, IIFE) and injected into each benchmark page: the real detector and
 * the real content-script controller (PageController, the same modules as the built content
 * script, without the extension wiring), Readability, and the measurements, all run inside the
 * page so every figure of one page comes from the same document and run. The detector reads the
 * page in the languages the content script would load for it (phrase-loader.ts: the reader's and
 * the page's), from the bundled phrases instead of storage.
 */
import { Readability } from '@mozilla/readability';
import { guarded, type Meter } from '../../src/content/guard';
import { WATCHED_ATTRIBUTES } from '../../src/content/observe';
import { PageController } from '../../src/content/page-controller';
import { CATEGORIES } from '../../src/contract/categories';
import { detect, loadedLanguages, usePhrases } from '../../src/detector';
import { LANGUAGES } from '../../src/detector/phrases';
import { pageLanguages, packsToRead, readerLanguages } from '../../src/packs/phrase-packs';

const placeholderText = () => ({ label: 'Appeal hidden', show: 'Show', language: { lang: 'en', dir: 'ltr' } as const });

function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Every piece of the content script's work, timed by its own entry points (guard.ts). */
class BenchMeter implements Meter {
  total = 0;
  longest = 0;
  entries = 0;
  errors = 0;
  record(ms: number): void {
    this.total += ms;
    this.entries++;
    if (ms > this.longest) this.longest = ms;
  }
  error(): void {
    this.errors++;
  }
  reset(): void {
    this.total = this.longest = this.entries = this.errors = 0;
  }
}

/** The packs the content script reads for this page, before any figure is taken. */
function loadLanguages(): void {
  const wanted = packsToRead([...readerLanguages(navigator.languages), ...pageLanguages(document)], loadedLanguages());
  usePhrases(Object.fromEntries(wanted.map((lang) => [lang, LANGUAGES[lang]])));
}

loadLanguages();
const meter = new BenchMeter();
const longTasks: number[] = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
} catch {
  // No Long Tasks API: only the meter's figures.
}

/**
 * Resolves once the content script has done nothing for `quietMs`: longer than the scheduler's
 * duty window, so a pause for its budget (scheduler.ts DUTY) is not taken for the end.
 */
function settled(quietMs = 1_100): Promise<void> {
  return new Promise((resolve) => {
    let last = meter.entries;
    let quietSince = performance.now();
    const poll = () => {
      if (meter.entries !== last) {
        last = meter.entries;
        quietSince = performance.now();
      }
      if (performance.now() - quietSince >= quietMs) resolve();
      else setTimeout(poll, 20);
    };
    poll();
  });
}

let controller: PageController | undefined;

const bench = {
  elements: () => document.getElementsByTagName('*').length,
  languages: () => loadedLanguages(),
  /**
   * Changes the page and undoes it (call untimed, before a timed run): a first pass on a loading
   * page never finds the browser's tag lists and query results cached, a repeat on an unchanged
   * page would.
   */
  touch: () => {
    const mark = document.createElement('i');
    document.body.append(mark);
    mark.remove();
  },
  /** (a) the detector's full first pass, as the content script runs it on a fresh page. */
  firstPass: () => timed(() => detect(document)),
  findings: () => detect(document).length,
  /** (b) the floor: visiting every element once with a TreeWalker. */
  floor: () =>
    timed(() => {
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT);
      let n = 0;
      while (walker.nextNode()) n++;
      return n;
    }),
  /** (c) Readability's parse of a clone of the same document (the clone is not timed). */
  readability: () => {
    const clone = document.cloneNode(true) as Document;
    return timed(() => new Readability(clone).parse());
  },
  /** The content script's own work on this page, from start to settled (its first pass in slices). */
  async contentScript() {
    meter.reset();
    longTasks.length = 0;
    controller = new PageController({ doc: document, policy: { enabled: true, categories: CATEGORIES, display: 'placeholder', sensitivity: 'balanced', alwaysCollapse: [], notClutter: [] }, remembered: [], placeholderText, meter });
    const start = performance.now();
    const startEntry = timed(() => controller!.start());
    meter.record(startEntry);
    await settled();
    return { totalMs: meter.total, longestMs: meter.longest, entries: meter.entries, errors: meter.errors, wallMs: performance.now() - start - 1_100, longTasks: [...longTasks], collapsed: controller.collapser.count() };
  },
  /**
   * The storm's floor, in place of the content script: one MutationObserver with the content
   * script's options whose callback visits every added element once with a TreeWalker (what any
   * observer that looks at what a page adds must pay; b is the same for a first pass).
   */
  bareObserver() {
    meter.reset();
    const visit = guarded((records: MutationRecord[]) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType !== 1) continue;
          const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
          while (walker.nextNode());
        }
      }
    }, meter);
    new MutationObserver(visit).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  },
  /**
   * (d) A storm of `batches` × `perBatch` inserted feed cards, one batch per task, watched by the
   * content script (or the bare observer). Returns the storm's own script time (measured around its
   * insertions, which is where the page's own work ends: the observer's callbacks run after it)
   * and the watcher's time meanwhile.
   */
  async storm(cards: string[], perBatch: number) {
    await settled();
    meter.reset();
    const feed = document.querySelector('.feed')!;
    let stormMs = 0;
    for (let b = 0; b * perBatch < cards.length; b++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const start = performance.now();
      const holder = document.createElement('div');
      holder.innerHTML = cards.slice(b * perBatch, (b + 1) * perBatch).join('');
      feed.append(...holder.childNodes);
      stormMs += performance.now() - start;
    }
    await settled();
    return { stormMs, contentMs: meter.total, longestMs: meter.longest, entries: meter.entries, collapsed: controller?.collapser.count() ?? 0, errors: meter.errors };
  },
};

(window as unknown as { unnagBench: typeof bench }).unnagBench = bench;

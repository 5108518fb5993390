/**
 * What the browser tests ask of a page, written once for both browsers. The functions passed to
 * `evaluate` run inside the page, so they are self-contained and read only the page contract.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Category } from '../../src/contract/categories';
import { sharedCorpusDir } from './paths';

/** The common ground of Playwright's and Puppeteer's pages. */
export interface PageDriver {
  // Playwright's and Puppeteer's `evaluate` differ in their generic signatures; both run fn(arg) in the page.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  evaluate(fn: (arg: any) => unknown, arg: any): Promise<any>;
}

export interface CollapsedSnapshot {
  kind: string;
  text: string;
  /** true when the element has no layout box */
  hidden: boolean;
}

export function collapsedOnPage(page: PageDriver): Promise<CollapsedSnapshot[]> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('[data-unnag]')].map((el) => ({
        kind: el.getAttribute('data-unnag') ?? '',
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
        hidden: el.getClientRects().length === 0,
      })),
    null,
  );
}

/** The category Unnag gave the element at `selector` or its nearest collapsed ancestor (null: not collapsed). */
export function collapsedKindOf(page: PageDriver, selector: string): Promise<string | null> {
  return page.evaluate((sel) => document.querySelector(sel)?.closest('[data-unnag]')?.getAttribute('data-unnag') ?? null, selector);
}

/** Placeholders on the page: one per collapsed appeal (a run of sibling elements shares its first element's). */
export function placeholdersOnPage(page: PageDriver): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-unnag-placeholder]:not(style)').length, null);
}

/**
 * Paragraph-level text of `selector` that a reader could not see (empty: the article is whole),
 * leaving out what matches `appeal` (an appeal written inside the article's container).
 */
export function hiddenArticleText(page: PageDriver, selector: string, appeal?: string): Promise<string[]> {
  return page.evaluate(([sel, except]) => {
    const root = document.querySelector(sel);
    if (!root) return [`no element matches ${sel}`];
    return [...root.querySelectorAll('p, h2, h3, li, blockquote')]
      .filter((el) => !(except && el.closest(except)))
      .filter((el) => (el.textContent ?? '').trim() && (el.getClientRects().length === 0 || el.closest('[data-unnag]')))
      .map((el) => (el.textContent ?? '').trim().slice(0, 60));
  }, [selector, appeal ?? ''] as const);
}

export interface CorpusLabel {
  page: string;
  clutter: { selector: string; category: Category; text: string }[];
  keep: { selector: string; text: string }[];
}

export async function readLabel(name: string): Promise<CorpusLabel> {
  return JSON.parse(await readFile(path.join(sharedCorpusDir, 'labels', `${name}.json`), 'utf8')) as CorpusLabel;
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function waitFor(predicate: () => Promise<boolean>, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const poll = async () => {
      if (await predicate()) return resolve();
      if (Date.now() > deadline) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(poll, 50);
    };
    void poll();
  });
}

/** The collapsed elements once their number has held still for `quietMs` (late inserts and slices done). */
export async function collapsedWhenSettled(page: PageDriver, quietMs = 400, timeoutMs = 10_000): Promise<CollapsedSnapshot[]> {
  const deadline = Date.now() + timeoutMs;
  let last = await collapsedOnPage(page);
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = await collapsedOnPage(page);
    if (now.length !== last.length) quietSince = Date.now();
    last = now;
  }
  return last;
}

/**
 * Quick dev loop: runs the detector over the corpus in jsdom and prints recall per category,
 * pages with content loss and extra collapses.
 *
 *   npx tsx tools/eval/jsdom.ts [--corpus DIR] [--page SUBSTRING] [--verbose] [--all-languages]
 *
 * Each page is read in the languages the content script would load for it (English, the languages
 * the page declares or is written in: src/packs/phrase-packs.ts; the reader's languages are taken
 * as English alone); --all-languages reads every page in every language, as Unnag did before its
 * phrase packs.
 *
 * The corpus (third-party pages) is read at run time from ../shared/corpus by default and never
 * copied into the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { CATEGORIES } from '../../src/contract/categories';
import { COLLAPSED_ATTR } from '../../src/contract/page-contract';
import { detect, resetPhrases, usePhrases } from '../../src/detector';
import { LANGUAGES } from '../../src/detector/phrases';
import { pageLanguages } from '../../src/packs/phrase-packs';
import { scorePage, type CorpusLabel, type PageScore } from './score';

const HIDDEN_CONTAINERS = 'noscript, template, script, style';

/** Shown unless it or an ancestor is hidden by attribute, inline style, or the page's own <style> rules. */
export function isShownInJsdom(el: Element): boolean {
  if (el.closest(HIDDEN_CONTAINERS)) return false;
  const view = el.ownerDocument.defaultView;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return false;
    const style = (e as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
    if (view) {
      const computed = view.getComputedStyle(e);
      if (computed.display === 'none' || computed.visibility === 'hidden') return false;
    }
  }
  return true;
}

interface Args {
  corpus: string;
  page: string;
  verbose: boolean;
  allLanguages: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const args: Args = { corpus: path.resolve(here, '../../../shared/corpus'), page: '', verbose: false, allLanguages: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--corpus') args.corpus = path.resolve(argv[++i] ?? '');
    else if (argv[i] === '--page') args.page = argv[++i] ?? '';
    else if (argv[i] === '--verbose') args.verbose = true;
    else if (argv[i] === '--all-languages') args.allLanguages = true;
  }
  return args;
}

/** The languages the content script would read the page in (all of them with --all-languages). */
function loadLanguages(doc: Document, all: boolean): string[] {
  resetPhrases();
  const langs = all ? Object.keys(LANGUAGES) : pageLanguages(doc);
  usePhrases(Object.fromEntries(langs.map((lang) => [lang, LANGUAGES[lang as keyof typeof LANGUAGES]])));
  return langs;
}

function evaluatePage(corpus: string, label: CorpusLabel, args: Args): { score: PageScore; ms: number } {
  const { verbose } = args;
  const html = fs.readFileSync(path.join(corpus, label.page), 'utf8');
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), pretendToBeVisual: true });
  const doc = dom.window.document;
  const langs = loadLanguages(doc, args.allLanguages);
  if (verbose) console.log(`    languages: en${langs.filter((l) => l !== 'en').map((l) => ' ' + l).join('')}`);
  const started = performance.now();
  const findings = detect(doc);
  const ms = performance.now() - started;
  for (const f of findings) {
    f.element.setAttribute(COLLAPSED_ATTR, f.category);
    if (verbose) {
      const text = (f.element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 70);
      console.log(`    found ${f.category} ${f.score} <${f.element.localName}.${f.element.getAttribute('class') ?? ''}> "${text}"`);
      console.log(`          ${f.reasons.join(' | ')}`);
    }
  }
  const score = scorePage(doc, label, isShownInJsdom);
  dom.window.close();
  return { score, ms };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const labelsDir = path.join(args.corpus, 'labels');
  if (!fs.existsSync(labelsDir)) {
    console.log(`skipped: no corpus at ${args.corpus}`);
    return;
  }
  const perCategory = new Map(CATEGORIES.map((c) => [c, { caught: 0, missed: 0, excluded: 0 }]));
  const lossPages: string[] = [];
  let pages = 0;
  let extras = 0;
  let totalMs = 0;

  for (const file of fs.readdirSync(labelsDir).filter((f) => f.endsWith('.json') && f.includes(args.page)).sort()) {
    const label = JSON.parse(fs.readFileSync(path.join(labelsDir, file), 'utf8')) as CorpusLabel;
    const { score, ms } = evaluatePage(args.corpus, label, args);
    pages++;
    totalMs += ms;
    const lines: string[] = [];
    for (const result of score.labels) {
      const counts = perCategory.get(result.category as (typeof CATEGORIES)[number]);
      if (counts) counts[result.status]++;
      if (result.status === 'missed') lines.push(`  MISSED ${result.category} ${result.selector}${result.note ? ` (${result.note})` : ''}`);
      if (result.status === 'excluded' && args.verbose) lines.push(`  excluded ${result.category} ${result.selector}`);
    }
    for (const loss of score.contentLoss) lines.push(`  LOSS ${loss.keepSelector}: ${loss.lostChars} chars "${loss.preview}"`);
    for (const extra of score.extras) lines.push(`  EXTRA ${extra.kind}: "${extra.preview}"`);
    if (score.contentLoss.length > 0) lossPages.push(file);
    extras += score.extras.length;
    if (lines.length > 0 || args.verbose) console.log(`${file} (${ms.toFixed(0)} ms)\n${lines.join('\n')}`);
  }

  console.log('\ncategory     caught/counted  recall  (excluded)');
  let caught = 0;
  let counted = 0;
  for (const [category, c] of perCategory) {
    const n = c.caught + c.missed;
    caught += c.caught;
    counted += n;
    console.log(`${category.padEnd(12)} ${`${c.caught}/${n}`.padStart(14)}  ${pct(c.caught, n).padStart(6)}  (${c.excluded})`);
  }
  console.log(`${'all'.padEnd(12)} ${`${caught}/${counted}`.padStart(14)}  ${pct(caught, counted).padStart(6)}`);
  console.log(`pages ${pages}, content-loss pages ${lossPages.length}${lossPages.length ? ` (${lossPages.join(', ')})` : ''}`);
  console.log(`extra collapses ${extras} (${(extras / Math.max(pages, 1)).toFixed(2)} per page), detect ${(totalMs / Math.max(pages, 1)).toFixed(1)} ms per page`);
}

function pct(a: number, b: number): string {
  return b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`;
}

main();

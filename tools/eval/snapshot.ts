/**
 * Every finding of the detector on the corpus, as text, for checking that a change meant to be
 * behaviour-neutral (a speed-up, a refactor) finds exactly what it found before. Records the
 * whole-page pass of each page and the passes over its subtrees (up to --subtrees per page, the
 * way the content script examines what a page inserts: with the page's article protection).
 * Every page is read in all thirty-nine languages, so that two checkouts are compared on their
 * detector alone, whatever languages each would choose for a page.
 *
 *   npx tsx tools/eval/snapshot.ts [--root CHECKOUT] [--corpus DIR] [--subtrees N] > before.txt
 *   (change the detector, or point --root at a `git archive` of another commit)
 *   npx tsx tools/eval/snapshot.ts > after.txt && diff before.txt after.txt
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import type * as Detector from '../../src/detector';
import type * as Phrases from '../../src/detector/phrases';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
const root = path.resolve(option('--root', path.resolve(here, '../..')));
const corpus = path.resolve(option('--corpus', path.resolve(here, '../../../shared/corpus')));
const maxSubtrees = Number(option('--subtrees', '200'));

const { detect, createProtection, usePhrases } = (await import(pathToFileURL(path.join(root, 'src/detector/index.ts')).href)) as Partial<typeof Detector> &
  Pick<typeof Detector, 'detect' | 'createProtection'>;
const { LANGUAGES } = (await import(pathToFileURL(path.join(root, 'src/detector/phrases/index.ts')).href)) as typeof Phrases;
// A checkout from before the phrase packs has every language built in.
usePhrases?.(LANGUAGES);

/** A path from the body that names the element whatever changed in the detector. */
function pathOf(el: Element): string {
  const steps: string[] = [];
  for (let e: Element | null = el; e && e.localName !== 'html'; e = e.parentElement) {
    const index = e.parentElement ? Array.prototype.indexOf.call(e.parentElement.children, e) : 0;
    steps.push(`${e.localName}[${index}]`);
  }
  return steps.reverse().join('>');
}

const line = (f: Detector.Finding) => `${pathOf(f.element)} ${f.category} ${f.score.toFixed(2)} ${f.reasons.join(' | ')}`;

const pages = fs.existsSync(corpus) ? fs.readdirSync(path.join(corpus, 'pages')).filter((f) => f.endsWith('.html')).sort() : [];
if (pages.length === 0) console.error(`no corpus pages at ${corpus}`);
for (const page of pages) {
  const dom = new JSDOM(fs.readFileSync(path.join(corpus, 'pages', page), 'utf8'), { virtualConsole: new VirtualConsole(), pretendToBeVisual: true });
  const doc = dom.window.document;
  console.log(`# ${page}`);
  for (const f of detect(doc)) console.log(`page ${line(f)}`);
  const protection = createProtection(doc);
  // Spread over the page: the boxes a site inserts late are of every size and every place.
  const boxes = [...doc.body.querySelectorAll('div, section, aside, form, footer, li, p')];
  const stride = Math.max(1, Math.floor(boxes.length / maxSubtrees));
  for (let i = 0; i < boxes.length; i += stride) {
    for (const f of detect(boxes[i]!, { protection })) console.log(`sub ${pathOf(boxes[i]!)}: ${line(f)}`);
  }
  dom.window.close();
}

/**
 * The content script's cost, side by side with a bare DOM walk and Readability, measured inside
 * headless Chromium on every corpus page (../shared/corpus/pages), on generated pages of 5k, 15k
 * and 100k elements and 5,000-deep nesting, and during a mutation storm.
 *   npm run bench            (builds first: the bundle size is read from dist/chrome)
 * Prints figures and targets; never fails on a slow machine.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/chromium';
import { distChrome, hasSharedCorpus, repoRoot, sharedCorpusDir } from '../../tests/support/paths';
import { ISOLATED, serveStatic } from '../../tests/support/server';
import { deepPage, newsPage, stormCard, stormPage } from './generated-pages';

const REPEATS = 5;
const STORM = { cards: 1000, perBatch: 10, repeats: 5 };

interface StormFigures {
  stormMs: number;
  contentMs: number;
  collapsed: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const ratio = (n: number) => `${n.toFixed(2)}×`;

async function agentBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(repoRoot, 'tools/bench/page-agent.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

interface PassFigures {
  name: string;
  elements: number;
  findings: number;
  detector: number;
  /** The first pass on the page, cold: it also compiles the detector's code and expressions, as each page load does. */
  cold: number;
  floor: number;
  readability: number;
}

async function measurePage(page: Page, url: string, agent: string, name: string, repeats: number): Promise<PassFigures> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.addScriptTag({ content: agent });
  // Each timed run starts as a first pass on a loading page does (not timed): on a collected heap
  // (otherwise whichever runs after Readability pays for the garbage of its parse), and after a
  // change to the page, which makes the browser's cached tag lists and query results stale.
  const cdp = await page.context().newCDPSession(page);
  const timed = async (run: () => number) => {
    await page.evaluate(() => (window as any).unnagBench.touch());
    await cdp.send('HeapProfiler.collectGarbage');
    return page.evaluate(run);
  };
  const cold = await timed(() => (window as any).unnagBench.firstPass());
  const runs = { detector: [] as number[], floor: [] as number[], readability: [] as number[] };
  for (let i = 0; i < repeats; i++) {
    // Interleaved, so a slow moment of the machine touches all three alike.
    runs.floor.push(await timed(() => (window as any).unnagBench.floor()));
    runs.detector.push(await timed(() => (window as any).unnagBench.firstPass()));
    runs.readability.push(await timed(() => (window as any).unnagBench.readability()));
  }
  await cdp.detach();
  return {
    name,
    elements: await page.evaluate(() => (window as any).unnagBench.elements()),
    findings: await page.evaluate(() => (window as any).unnagBench.findings()),
    detector: median(runs.detector),
    cold,
    floor: median(runs.floor),
    readability: median(runs.readability),
  };
}

function printRow(f: PassFigures): void {
  console.log(
    `  ${f.name.padEnd(44).slice(0, 44)} ${String(f.elements).padStart(7)} el  a ${ms(f.detector).padStart(10)} (cold ${ms(f.cold).padStart(8)})  b ${ms(f.floor).padStart(9)}  c ${ms(f.readability).padStart(10)}  a/b ${ratio(f.detector / f.floor).padStart(7)}  c/a ${ratio(f.readability / f.detector).padStart(7)}  found ${f.findings}`,
  );
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'unnag-bench-'));
const generated: Record<string, string> = {
  'generated-5k.html': newsPage(5_000),
  'generated-15k.html': newsPage(15_000),
  'generated-100k.html': newsPage(100_000),
  'generated-deep-5000.html': deepPage(),
  'storm.html': stormPage(),
};
for (const [file, html] of Object.entries(generated)) await writeFile(path.join(tmp, file), html);
const server = await serveStatic({
  '/generated/': tmp,
  ...(hasSharedCorpus ? { '/corpus/': path.join(sharedCorpusDir, 'pages') } : {}),
}, 0, ISOLATED);
const browser = await launchChromium({ extension: null });
try {
  const agent = await agentBundle();
  const page = await browser.context.newPage();
  console.log('Unnag benchmark: headless Chromium, the detector and content-script modules injected into each page (esbuild IIFE).');
  console.log(`Medians of ${REPEATS} interleaved runs. a = detect(document), the detector's full first pass; b = a TreeWalker visit of every`);
  console.log('element (the floor); c = Readability.parse() of a clone of the same document (cloning not timed).');
  console.log("cold = the page's first pass, before the repeats: it also compiles the detector's code, as each page load does.");
  console.log('Before every timed run (untimed) the page is touched, so no run finds the browser\'s tag lists cached, and the heap');
  console.log('is collected, so no run pays for the garbage of another: each runs as a first pass on a loading page does.\n');

  console.log('Generated pages:');
  const genFigures: PassFigures[] = [];
  const corpus: PassFigures[] = [];
  for (const name of ['generated-5k.html', 'generated-15k.html', 'generated-100k.html', 'generated-deep-5000.html']) {
    const figures = await measurePage(page, server.url(`/generated/${name}`), agent, name, name.includes('100k') ? 3 : REPEATS);
    genFigures.push(figures);
    printRow(figures);
  }

  if (hasSharedCorpus) {
    console.log('\nCorpus pages (../shared/corpus/pages):');
    for (const file of readdirSync(path.join(sharedCorpusDir, 'pages')).filter((f) => f.endsWith('.html')).sort()) {
      try {
        const figures = await measurePage(page, server.url(`/corpus/${file}`), agent, file, REPEATS);
        corpus.push(figures);
        printRow(figures);
      } catch (error) {
        console.log(`  ${file}: skipped (${(error as Error).message.split('\n')[0]})`);
      }
    }
    if (corpus.length) {
      console.log(
        `  corpus median over ${corpus.length} pages: a ${ms(median(corpus.map((f) => f.detector)))} (cold ${ms(median(corpus.map((f) => f.cold)))}), b ${ms(median(corpus.map((f) => f.floor)))}, c ${ms(median(corpus.map((f) => f.readability)))}, ` +
          `a/b ${ratio(median(corpus.map((f) => f.detector / f.floor)))}, c/a ${ratio(median(corpus.map((f) => f.readability / f.detector)))}`,
      );
    }
  } else {
    console.log('\nCorpus pages: skipped (../shared/corpus is not beside this checkout).');
  }

  console.log('\nThe content script on a page, start to settled (its own entry points timed; its first pass in slices):');
  let longest100k = NaN;
  for (const name of ['generated-15k.html', 'generated-100k.html', 'generated-deep-5000.html']) {
    await page.goto(server.url(`/generated/${name}`), { waitUntil: 'load', timeout: 60_000 });
    await page.addScriptTag({ content: agent });
    const run = await page.evaluate(() => (window as any).unnagBench.contentScript());
    if (name.includes('100k')) longest100k = run.longestMs;
    const pageLong = run.longTasks.length ? `page long tasks meanwhile: ${run.longTasks.map((t: number) => ms(t)).join(', ')}` : 'no long task on the page meanwhile';
    console.log(`  ${name.padEnd(26)} total ${ms(run.totalMs)} in ${run.entries} pieces, longest piece ${ms(run.longestMs)}, collapsed ${run.collapsed}; ${pageLong}`);
  }

  console.log(`\nMutation storms: ${STORM.cards} feed cards inserted in ${STORM.cards / STORM.perBatch} batches, one batch per task; an ordinary feed, and one where 1 card in 10 is an appeal.`);
  console.log("  storm = the page's own script time for its insertions (innerHTML + append); ours = every content-script entry point meanwhile");
  console.log('  (observer callbacks and slices, until it has been idle for 1.1 s); floor = a bare observer visiting each added element once.');
  console.log('  Style and layout the browser does for any of them are not in any figure.');
  const storm = async (appealEvery: number, watcher: 'contentScript' | 'bareObserver') => {
    await page.goto(server.url('/generated/storm.html'));
    await page.addScriptTag({ content: agent });
    await page.evaluate(`window.unnagBench.${watcher}()`);
    const cards = Array.from({ length: STORM.cards }, (_, i) => stormCard(i, appealEvery));
    return page.evaluate(({ cards, perBatch }) => (window as any).unnagBench.storm(cards, perBatch), { cards, perBatch: STORM.perBatch }) as Promise<StormFigures>;
  };
  const storms = { ordinary: [] as StormFigures[], floor: [] as StormFigures[], appeals: [] as StormFigures[] };
  for (let i = 0; i < STORM.repeats; i++) {
    storms.ordinary.push(await storm(0, 'contentScript'));
    storms.floor.push(await storm(0, 'bareObserver'));
    storms.appeals.push(await storm(10, 'contentScript'));
  }
  const share = (runs: StormFigures[]) => median(runs.map((r) => r.contentMs / r.stormMs));
  const stormLine = (label: string, runs: StormFigures[], collapsed: boolean) =>
    console.log(
      `  ${label.padEnd(34)} storm ${ms(median(runs.map((r) => r.stormMs))).padStart(9)}  ours ${ms(median(runs.map((r) => r.contentMs))).padStart(9)}  = ${(share(runs) * 100).toFixed(1)}% of the storm` +
        (collapsed ? ` (collapsed: ${runs.map((r) => r.collapsed).join(', ')})` : ''),
    );
  stormLine('ordinary feed, content script', storms.ordinary, false);
  stormLine('ordinary feed, bare observer', storms.floor, false);
  stormLine('1 in 10 an appeal, content script', storms.appeals, true);
  const stormShare = share(storms.ordinary);
  const appealShare = share(storms.appeals);
  console.log(`  d = ${(stormShare * 100).toFixed(1)}% (ordinary feed), ${(appealShare * 100).toFixed(1)}% with appeals to collapse; the bare observer alone ${(share(storms.floor) * 100).toFixed(1)}% (medians of ${STORM.repeats} per-run shares)`);

  const bundle = path.join(distChrome, 'src/content/index.js');
  let bundleKb = NaN;
  if (existsSync(bundle)) {
    const code = readFileSync(bundle);
    bundleKb = code.length / 1024;
    console.log(`\nContent script bundle (dist/chrome/src/content/index.js): ${bundleKb.toFixed(1)} KB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzipped.`);
  } else {
    console.log('\nContent script bundle: dist/chrome is not built (npm run build).');
  }

  const g15 = genFigures.find((f) => f.name.includes('15k'))!;
  console.log('\nTargets:');
  const target = (ok: boolean, text: string) => console.log(`  ${ok ? 'met    ' : 'MISSED '} ${text}`);
  target(g15.detector / g15.floor <= 3, `detector first pass ≤ 3× the bare traversal on the 15k page: ${ratio(g15.detector / g15.floor)}`);
  const allPages = [...genFigures, ...corpus];
  const fasterThanReadability = median(allPages.map((f) => f.readability / f.detector));
  target(fasterThanReadability >= 20, `≥ 20× faster than Readability (median c/a over all ${allPages.length} pages): ${ratio(fasterThanReadability)}`);
  target(stormShare <= 0.05, `storm overhead ≤ 5% of the storm's own script time: ${(stormShare * 100).toFixed(1)}% (ordinary feed; ${(appealShare * 100).toFixed(1)}% when 1 card in 10 is an appeal)`);
  target(bundleKb <= 30, `content script ≤ 30 KB minified: ${bundleKb.toFixed(1)} KB`);
  target(longest100k <= 50, `no content-script task longer than 50 ms on the 100k page: longest ${ms(longest100k)}`);
} finally {
  await browser.close();
  await server.close();
  await rm(tmp, { recursive: true, force: true });
}

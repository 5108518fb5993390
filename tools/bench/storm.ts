/**
 * The mutation storm alone (the last part of `npm run bench`), for a quick loop on the content
 * script's reaction to page mutations; with --profile, also where the content script spends its
 * time during the storm (CDP sampling profile, self time per function).
 *   npx tsx tools/bench/storm.ts [--runs N] [--plain] [--profile] [--stub-detector] [--against DIR]
 * --plain inserts ordinary feed cards only (no appeal among them).
 * --stub-detector swaps the detector for a stand-in that knows the storm's appeals by their class:
 * what remains is the content script's own cost around the detector (never a figure to report as d).
 * --against DIR runs another checkout's content script (e.g. a `git archive` of an earlier commit)
 * in turns with this one, in the same browser: on a busy machine, only paired figures compare.
 */
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../tests/support/chromium';
import { repoRoot } from '../../tests/support/paths';
import { ISOLATED, serveStatic } from '../../tests/support/server';
import { stormCard, stormPage } from './generated-pages';

const STORM = { cards: 1000, perBatch: 10 };
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs') ?? 5);
const profiling = args.includes('--profile');
const stubbed = args.includes('--stub-detector');
const against = option('--against');
const plain = args.includes('--plain');

/** The detector's entry points, answering at once: the storm's appeal cards are findings, nothing else is. */
const stubDetector = (root: string) => `
export { createProtection } from '${path.join(root, 'src/detector/protection')}';
const find = (root) => (root.nodeType === 1 && root.matches('.promo-slot') ? [{ element: root, category: 'promo', score: 5, reasons: ['stub'] }] : []);
export function detect(root) { return find(root); }
export function* detectInSlices(root) { return find(root); }
`;

async function agentOf(root: string): Promise<string> {
  const stub = {
    name: 'stub-detector',
    setup(b: any) {
      b.onResolve({ filter: /\/detector$/ }, (a: any) => (a.importer.includes('/src/content/') ? { path: 'stub-detector', namespace: 'stub' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: stubDetector(root), loader: 'js', resolveDir: root }));
    },
  };
  const result = await build({
    entryPoints: [path.join(root, 'tools/bench/page-agent.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: !profiling,
    keepNames: profiling,
    write: false,
    logLevel: 'silent',
    plugins: stubbed ? [stub] : [],
  });
  return result.outputFiles[0]!.text;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

interface StormRun {
  stormMs: number;
  contentMs: number;
  longestMs: number;
  entries: number;
  collapsed: number;
  errors: number;
}

const variants = [{ name: 'this checkout', agent: await agentOf(repoRoot), runs: [] as StormRun[] }];
if (against) variants.push({ name: against, agent: await agentOf(path.resolve(against)), runs: [] });
const tmp = await mkdtemp(path.join(os.tmpdir(), 'unnag-storm-'));
await writeFile(path.join(tmp, 'storm.html'), stormPage());
const server = await serveStatic({ '/generated/': tmp }, 0, ISOLATED);
const browser = await launchChromium({ extension: null });
try {
  const page = await browser.context.newPage();
  const cards = Array.from({ length: STORM.cards }, (_, i) => stormCard(i, plain ? 0 : 10));
  for (let i = 0; i < runs; i++) {
    for (const variant of variants) {
      await page.goto(server.url('/generated/storm.html'));
      await page.addScriptTag({ content: variant.agent });
      await page.evaluate(() => (window as any).unnagBench.contentScript());
      const cdp = profiling && i === runs - 1 ? await browser.context.newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
        await cdp.send('Profiler.start');
      }
      const run: StormRun = await page.evaluate(({ cards, perBatch }) => (window as any).unnagBench.storm(cards, perBatch), { cards, perBatch: STORM.perBatch });
      variant.runs.push(run);
      console.log(`  ${variant.name} run ${i + 1}: storm ${run.stormMs.toFixed(1)} ms, ours ${run.contentMs.toFixed(2)} ms, d ${((run.contentMs / run.stormMs) * 100).toFixed(1)}%, collapsed ${run.collapsed}, errors ${run.errors}, ${run.entries} entries, longest ${run.longestMs.toFixed(2)} ms`);
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        printProfile(profile, modulesOf(variant.agent));
      }
    }
  }
  for (const { name, runs: done } of variants) {
    const stormMs = median(done.map((r) => r.stormMs));
    const contentMs = median(done.map((r) => r.contentMs));
    console.log(
      `${name}: storm ${stormMs.toFixed(1)} ms, ours ${contentMs.toFixed(2)} ms (lowest ${Math.min(...done.map((r) => r.contentMs)).toFixed(2)}): ` +
        `d = ${((contentMs / stormMs) * 100).toFixed(1)}% (medians of ${done.length}; appeals collapsed: ${done.map((r) => r.collapsed).join(', ')})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  await rm(tmp, { recursive: true, force: true });
}

/** The source module of each line of the (unminified) bundle, from esbuild's `// path` markers. */
function modulesOf(bundle: string): (line: number) => string {
  const starts: [number, string][] = [];
  bundle.split('\n').forEach((text, line) => {
    const m = /^\s*\/\/ ((?:src|tools|node_modules)\/\S+\.[jt]s)$/.exec(text);
    if (m) starts.push([line, m[1]!]);
  });
  return (line) => {
    let found = '';
    for (const [start, file] of starts) if (start <= line) found = file;
    return found;
  };
}

/**
 * Self time per function of the content script's work outside the detector (samples with a
 * src/content frame and no src/detector frame), and how the content script's time splits
 * between the detector and the rest.
 */
function printProfile(profile: any, moduleAt: (line: number) => string): void {
  const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const detectorSelf = new Map<string, number>();
  const split = { detector: 0, content: 0 };
  const dt: number[] = profile.timeDeltas ?? [];
  const fileOf = (n: any) => (n.callFrame.url ? '' : moduleAt(n.callFrame.lineNumber));
  (profile.samples ?? []).forEach((id: number, i: number) => {
    const us = dt[i + 1] ?? 0;
    let inDetector = false;
    let inContent = false;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const file = fileOf(byId.get(cur));
      if (file.startsWith('src/detector')) inDetector = true;
      if (file.startsWith('src/content')) inContent = true;
    }
    if (!inContent) return;
    if (inDetector) {
      split.detector += us;
      const n = byId.get(id);
      const k = `${n.callFrame.functionName || '(anon)'} ${fileOf(n)}:${n.callFrame.lineNumber}`;
      detectorSelf.set(k, (detectorSelf.get(k) ?? 0) + us);
      return;
    }
    split.content += us;
    const n = byId.get(id);
    const k = `${n.callFrame.functionName || '(anon)'} ${fileOf(n)}:${n.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + us);
  });
  console.log(`  profile: detector ${(split.detector / 1000).toFixed(2)} ms, content script outside the detector ${(split.content / 1000).toFixed(2)} ms; the latter by self time:`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`    ${(v / 1000).toFixed(2).padStart(8)}  ${k}`);
  console.log('  inside the detector, by self time:');
  for (const [k, v] of [...detectorSelf].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`    ${(v / 1000).toFixed(2).padStart(8)}  ${k}`);
}

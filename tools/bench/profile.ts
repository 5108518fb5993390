/**
 * Where the detector's first pass spends its time on one page: a CPU profile (CDP sampling) of
 * repeated detect() calls in headless Chromium, self time per function; with a function name,
 * also who calls it. The profiler slows everything down: compare shares, not times.
 *   npx tsx tools/bench/profile.ts [generated-15k | <corpus page file>] [repeats] [function] [--gc]
 */
import { build } from 'esbuild';
import { writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../tests/support/chromium';
import { repoRoot, sharedCorpusDir } from '../../tests/support/paths';
import { serveStatic } from '../../tests/support/server';
import { newsPage } from './generated-pages';

const target = process.argv[2] ?? 'generated-15k';
const focus = process.argv[4]?.startsWith('--') ? undefined : process.argv[4];
const repeats = Number(process.argv[3] ?? 30);
const tmp = await mkdtemp(path.join(os.tmpdir(), 'unnag-prof-'));
await writeFile(path.join(tmp, 'generated-15k.html'), newsPage(15_000));
const server = await serveStatic({ '/generated/': tmp, '/corpus/': path.join(sharedCorpusDir, 'pages') });
const agent = (await build({ entryPoints: [path.join(repoRoot, 'tools/bench/page-agent.ts')], bundle: true, format: 'iife', target: 'es2022', write: false, logLevel: 'silent', minify: false, keepNames: true })).outputFiles[0]!.text;
const browser = await launchChromium({ extension: null });
const page = await browser.context.newPage();
const url = target.startsWith('generated') ? server.url(`/generated/${target}.html`) : server.url(`/corpus/${target}`);
await page.goto(url, { waitUntil: 'load' });
await page.addScriptTag({ content: agent });
const cdp = await browser.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const first = await page.evaluate(() => (window as any).unnagBench.firstPass());
// Each pass after a touch of the page, as in the benchmark (page-agent.ts touch).
// With --gc, each pass also starts on a collected heap, exactly as the benchmark times it.
const times: number[] = [];
if (process.argv.includes('--gc')) {
  for (let i = 0; i < repeats; i++) {
    await page.evaluate(() => (window as any).unnagBench.touch());
    await cdp.send('HeapProfiler.collectGarbage');
    times.push(await page.evaluate(() => (window as any).unnagBench.firstPass()));
  }
} else {
  times.push(
    ...(await page.evaluate((n) => {
      const bench = (window as any).unnagBench;
      const t: number[] = [];
      for (let i = 0; i < n; i++) {
        bench.touch();
        t.push(bench.firstPass());
      }
      return t;
    }, repeats)),
  );
}
const { profile } = await cdp.send('Profiler.stop');
const floor = await page.evaluate(() => (window as any).unnagBench.floor());
const self = new Map<string, number>();
const dt = profile.timeDeltas ?? [];
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const hits = new Map<number, number>();
(profile.samples ?? []).forEach((id: number, i: number) => hits.set(id, (hits.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, us] of hits) {
  const n: any = byId.get(id);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + us);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
times.sort((a, b) => a - b);
console.log(`first call ${first.toFixed(1)} ms; median ${times[times.length >> 1]!.toFixed(2)} ms; floor ${floor.toFixed(2)} ms`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(v / 1000 / repeats).toFixed(3).padStart(8)} ms/run ${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
if (focus) {
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const callers = new Map<string, number>();
  for (const [id, us] of hits) {
    for (let cur: number | undefined = id; cur !== undefined; cur = parentOf.get(cur)) {
      const n: any = byId.get(cur);
      if (n.callFrame.functionName !== focus) continue;
      const chain: string[] = [];
      for (let p = parentOf.get(cur), k = 0; p !== undefined && k < 3; p = parentOf.get(p), k++) chain.push((byId.get(p) as any).callFrame.functionName);
      callers.set(chain.join(' < '), (callers.get(chain.join(' < ')) ?? 0) + us);
      break;
    }
  }
  for (const [k, v] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${(v / 1000 / repeats).toFixed(3)} ms/run  ${focus} < ${k}`);
}
await browser.close();
await server.close();

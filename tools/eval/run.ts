/**
 * The evaluation: the BUILT extension (dist/chrome) in headless Chromium, on every page of a labelled
 * corpus (FORMAT.md layout: pages/NAME.html + labels/NAME.json), served on 127.0.0.1 with every other
 * host blocked. Reads the page contract once each page has settled and prints recall per category,
 * pages with content loss, and extra collapses.
 *
 *   npm run eval [-- --corpus DIR] [-- --json FILE] [-- --fail-on-content-loss]
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../tests/support/chromium';
import { collapsedWhenSettled } from '../../tests/support/page-checks';
import { distChrome, repoRoot, sharedCorpusDir } from '../../tests/support/paths';
import { serveStatic } from '../../tests/support/server';
import type { InPageResult } from './in-page';
import type { CorpusLabel } from './score';

const CATEGORIES = ['donation', 'reminder', 'newsletter', 'promo'] as const;
const SETTLE_QUIET_MS = 700;
const SETTLE_MAX_MS = 8_000;

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: sharedCorpusDir },
    json: { type: 'string' },
    'fail-on-content-loss': { type: 'boolean', default: false },
  },
});
const corpusDir = path.resolve(args.corpus!);

if (!existsSync(path.join(corpusDir, 'labels'))) {
  console.log(`eval skipped: no labelled corpus at ${corpusDir} (pass --corpus DIR)`);
  process.exit(0);
}
if (!existsSync(path.join(distChrome, 'manifest.json'))) {
  console.error('eval: dist/chrome is missing; run `npm run build` first');
  process.exit(2);
}

const scorer = await build({
  entryPoints: [path.join(repoRoot, 'tools/eval/in-page.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
});
const scorerSource = scorer.outputFiles[0]!.text;

interface PageReport extends InPageResult {
  name: string;
  error?: string;
}

const labelFiles = (await readdir(path.join(corpusDir, 'labels'))).filter((f) => f.endsWith('.json')).sort();
const server = await serveStatic({ '/': corpusDir });
const browser = await launchChromium();
const reports: PageReport[] = [];
try {
  for (const file of labelFiles) {
    const name = file.slice(0, -'.json'.length);
    const label = JSON.parse(await readFile(path.join(corpusDir, 'labels', file), 'utf8')) as CorpusLabel;
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url('/' + label.page), { waitUntil: 'domcontentloaded', timeout: 20_000 });
      await page.waitForLoadState('load', { timeout: 5_000 }).catch(() => {});
      await collapsedWhenSettled(page, SETTLE_QUIET_MS, SETTLE_MAX_MS);
      await page.addScriptTag({ content: scorerSource });
      const result = await page.evaluate((l) => (globalThis as any).__unnagEval(l) as InPageResult, label);
      reports.push({ name, ...result });
    } catch (error) {
      reports.push({ name, labels: [], contentLoss: [], extras: [], notReallyHidden: [], error: String(error) });
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// ---- report ----
const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const tally = Object.fromEntries(CATEGORIES.map((c) => [c, { caught: 0, counted: 0, excluded: 0 }])) as Record<string, { caught: number; counted: number; excluded: number }>;
console.log(`Unnag evaluation on ${corpusDir} (${reports.length} pages, dist/chrome in Chromium)\n`);
console.log('page'.padEnd(44) + 'caught/labels  loss  extra');
for (const r of reports) {
  let caught = 0;
  let counted = 0;
  for (const l of r.labels) {
    const t = (tally[l.category] ??= { caught: 0, counted: 0, excluded: 0 });
    if (l.status === 'excluded') t.excluded++;
    else {
      t.counted++;
      counted++;
      if (l.status === 'caught') (t.caught++, caught++);
    }
  }
  const flag = r.error ? `  ERROR ${r.error.slice(0, 80)}` : '';
  console.log(`${r.name.padEnd(44)}${`${caught}/${counted}`.padStart(13)}  ${String(r.contentLoss.length).padStart(4)}  ${String(r.extras.length).padStart(5)}${flag}`);
}

const all = Object.values(tally).reduce((a, t) => ({ caught: a.caught + t.caught, counted: a.counted + t.counted, excluded: a.excluded + t.excluded }), { caught: 0, counted: 0, excluded: 0 });
const lossPages = reports.filter((r) => r.contentLoss.length > 0);
const extras = reports.flatMap((r) => r.extras.map((e) => ({ page: r.name, ...e })));
const notHidden = reports.flatMap((r) => r.notReallyHidden.map((text) => ({ page: r.name, text })));
const errors = reports.filter((r) => r.error);

console.log('\nrecall per category (labels on elements never shown and not collapsed are left out):');
for (const [category, t] of Object.entries(tally)) {
  console.log(`  ${category.padEnd(11)} ${pct(t.caught, t.counted)}  (${t.caught}/${t.counted}, ${t.excluded} left out)`);
}
console.log(`  ${'all'.padEnd(11)} ${pct(all.caught, all.counted)}  (${all.caught}/${all.counted}, ${all.excluded} left out)`);
console.log(`pages with content loss: ${lossPages.length}`);
for (const r of lossPages) for (const l of r.contentLoss) console.log(`  ${r.name}: ${l.lostChars} chars of ${l.keepSelector}: "${l.preview}"`);
console.log(`collapsed but not really hidden: ${notHidden.length}`);
for (const n of notHidden) console.log(`  ${n.page}: "${n.text}"`);
console.log(`extra collapses: ${extras.length} (${(extras.length / Math.max(1, reports.length)).toFixed(2)} per page), for review:`);
for (const e of extras) console.log(`  ${e.page}: ${e.kind}: "${e.preview}"`);
const misses = reports.flatMap((r) => r.labels.filter((l) => l.status === 'missed').map((l) => ({ page: r.name, ...l })));
console.log(`missed labels: ${misses.length}`);
for (const m of misses) console.log(`  ${m.page}: ${m.category} ${m.selector}${m.note ? ` (${m.note})` : ''}`);
// The page never shows them (hidden by the saved markup, their script gone), and Unnag waits for an appeal to show.
const leftOut = reports.flatMap((r) => r.labels.filter((l) => l.status === 'excluded').map((l) => ({ page: r.name, ...l })));
console.log(`labels left out: ${leftOut.length}`);
for (const l of leftOut) console.log(`  ${l.page}: ${l.category} ${l.selector}`);
if (errors.length) console.log(`pages that failed to load: ${errors.map((r) => r.name).join(', ')}`);

if (args.json) {
  const summary = { corpus: corpusDir, recall: tally, all, contentLossPages: lossPages.length, extrasPerPage: extras.length / Math.max(1, reports.length), pages: reports };
  await writeFile(args.json, JSON.stringify(summary, null, 2));
  console.log(`\nJSON written to ${args.json}`);
}
if (errors.length || (args['fail-on-content-loss'] && (lossPages.length > 0 || notHidden.length > 0))) process.exitCode = 1;

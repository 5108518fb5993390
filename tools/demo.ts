/**
 * The product's main job, end to end: loads the built extension (dist/chrome) into Chromium on the
 * project's own demo news page, reports what it collapsed, and saves before/after screenshots.
 *   npm run demo            (builds first)
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../tests/support/chromium';
import { collapsedOnPage, collapsedWhenSettled, hiddenArticleText, placeholdersOnPage } from '../tests/support/page-checks';
import { demoDir, repoRoot } from '../tests/support/paths';
import { serveStatic } from '../tests/support/server';
import { DEMO_CLOSING_APPEAL } from '../tests/e2e/demo-expectations';

const outDir = path.join(repoRoot, 'out/demo');
const SETTLE_MS = 600;

async function screenshot(extension: string | null | undefined, url: string, file: string) {
  const browser = await launchChromium({ extension });
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    // Let late work finish: the count must hold still for a moment.
    await collapsedWhenSettled(page, SETTLE_MS);
    await page.screenshot({ path: file, fullPage: true });
    return { collapsed: await collapsedOnPage(page), appeals: await placeholdersOnPage(page), hidden: await hiddenArticleText(page, 'article', DEMO_CLOSING_APPEAL) };
  } finally {
    await browser.close();
  }
}

/** Both screenshots side by side in one picture, for the README. */
async function sideBySide(before: string, after: string, file: string) {
  const browser = await launchChromium({ extension: null });
  try {
    const page = await browser.context.newPage();
    const img = async (f: string) => `data:image/png;base64,${(await readFile(f)).toString('base64')}`;
    await page.setViewportSize({ width: 1640, height: 900 });
    await page.setContent(`<style>body{margin:0;display:flex;gap:24px;padding:16px;background:#d9dde2;font:600 20px system-ui}
      figure{margin:0;flex:1}img{width:100%;border:1px solid #9aa5b1}figcaption{margin-bottom:8px}</style>
      <figure><figcaption>Before</figcaption><img src="${await img(before)}"></figure>
      <figure><figcaption>With Unnag</figcaption><img src="${await img(after)}"></figure>`);
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    await browser.close();
  }
}

await mkdir(outDir, { recursive: true });
const server = await serveStatic({ '/': demoDir });
try {
  const url = server.url('/index.html');
  const before = path.join(outDir, 'before.png');
  const after = path.join(outDir, 'after.png');
  await screenshot(null, url, before);
  const { collapsed, appeals, hidden } = await screenshot(undefined, url, after);
  // A run of sibling elements (a heading, its wording, its button) is one appeal under one placeholder.
  console.log(`Unnag collapsed ${appeals} appeal(s), ${collapsed.length} element(s), on the demo page (${url}):`);
  for (const c of collapsed) console.log(`  ${c.kind.padEnd(10)} ${c.hidden ? '' : '[STILL VISIBLE] '}"${c.text}"`);
  console.log(hidden.length === 0 ? 'Article: every paragraph visible.' : `Article: ${hidden.length} paragraph(s) hidden:\n  ${hidden.join('\n  ')}`);
  const both = path.join(outDir, 'before-after.png');
  await sideBySide(before, after, both);
  console.log(`Screenshots: ${[before, after, both].map((f) => path.relative(process.cwd(), f)).join('  ')}`);
  if (collapsed.length === 0 || hidden.length > 0) process.exitCode = 1;
} finally {
  await server.close();
}

/**
 * Real Chromium (Debian's /usr/bin/chromium) with the built extension loaded, offline but for 127.0.0.1.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { PLACEHOLDER_TAG } from '../../src/content/placeholder';
import { distChrome } from './paths';

/** The extension API as a background evaluate sees it (`chrome.*`, promise-based in MV3). */
export type ExtensionApi = import('webextension-polyfill').Browser;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  /** Closes the browser; the profile is kept only when `keepProfile` was asked for. */
  close(): Promise<void>;
  profileDir: string;
}

const OFFLINE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Every host but the local test server resolves nowhere.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/**
 * Resolves once the background has written the phrase packs at its first start: a page opened
 * before that reads English alone (as a reader's would in the moment after installing).
 */
async function packsStored(background: Worker, timeoutMs = 10_000): Promise<void> {
  const stored = await background.evaluate(async (ms) => {
    const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
    for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 25))) {
      if ((await chrome.storage.local.get('phrases-version'))['phrases-version'] !== undefined) return true;
    }
    return false;
  }, timeoutMs);
  if (!stored) throw new Error('the background did not store the phrase packs');
}

export async function launchChromium(
  options: {
    extension?: string | null;
    profileDir?: string;
    keepProfile?: boolean;
    colorScheme?: 'light' | 'dark';
    /** The browser's own language (as a reader sets it), which picks the extension's `_locales`. */
    uiLanguage?: string;
  } = {},
): Promise<ChromiumWithExtension> {
  const extension = options.extension === undefined ? distChrome : options.extension;
  const profileDir = options.profileDir ?? (await mkdtemp(path.join(os.tmpdir(), 'unnag-chromium-')));
  const args = [...OFFLINE_ARGS];
  if (options.uiLanguage) args.push(`--lang=${options.uiLanguage}`);
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1200, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  // Belt and braces: refuse any request that leaves this machine.
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/])(https?|wss?):\/\//, (route) => route.abort());
  let background: Worker | undefined;
  if (extension) {
    background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await packsStored(background);
  }
  const extensionId = background ? new URL(background.url()).host : '';
  return {
    context,
    extensionId,
    background: background!,
    profileDir,
    async close() {
      await context.close();
      if (!options.keepProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** The tab id of a page, as the extension sees it (tab URLs are not visible without the tabs permission). */
export async function tabIdOf(browser: ChromiumWithExtension, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.background.evaluate(
    async () => (await (globalThis as unknown as { chrome: ExtensionApi }).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (id === undefined) throw new Error(`no tab for ${page.url()}`);
  return id;
}

/**
 * The accessible labels of the buttons in Unnag's placeholders, whose shadow roots are closed to the
 * page: the DevTools protocol sees into closed roots.
 */
export async function placeholderButtonLabels(browser: ChromiumWithExtension, page: Page): Promise<string[]> {
  type Node = { nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
  const cdp = await browser.context.newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  await cdp.detach();
  const labels: string[] = [];
  const visit = (node: Node, inPlaceholder: boolean): void => {
    const attributes = node.attributes ?? [];
    const label = attributes.indexOf('aria-label');
    if (inPlaceholder && node.nodeName === 'BUTTON' && label >= 0) labels.push(attributes[label + 1]!);
    const inside = inPlaceholder || node.nodeName === PLACEHOLDER_TAG.toUpperCase();
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child, inside);
  };
  visit(root as Node, false);
  return labels;
}

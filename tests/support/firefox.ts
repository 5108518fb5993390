/**
 * Real Firefox ESR (Debian's /usr/bin/firefox-esr) over WebDriver BiDi, with the built extension
 * installed as a temporary add-on, offline but for 127.0.0.1.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PLACEHOLDER_TAG } from '../../src/content/placeholder';
import { GECKO_ID } from '../../tools/build/manifest';
import { distFirefox } from './paths';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Pinned so tests know the extension's origin. */
export const FIREFOX_EXTENSION_UUID = '6f1d2a7e-0c4b-4c55-9a51-2b3c1d9e8f70';
export const firefoxExtensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

/** Where Debian's `firefox-esr-l10n-<lang>` puts Firefox's language pack, without which Firefox stays in English. */
export const firefoxLanguagePack = (lang: string): string => `/usr/lib/firefox-esr/browser/extensions/langpack-${lang}@firefox-esr.mozilla.org.xpi`;

export async function launchFirefox(
  options: {
    colorScheme?: 'light' | 'dark';
    /** The browser's own language (its language pack must be installed), which picks the extension's `_locales`. */
    uiLanguage?: string;
  } = {},
): Promise<Browser> {
  if (options.uiLanguage && !existsSync(firefoxLanguagePack(options.uiLanguage))) {
    throw new Error(`Firefox has no ${options.uiLanguage} language pack: install firefox-esr-l10n-${options.uiLanguage} (tools/setup.sh does)`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // Every host but the local test server goes to a closed proxy port.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      ...(options.uiLanguage ? { 'intl.locale.requested': options.uiLanguage } : {}),
    },
  });
  await browser.installExtension(distFirefox);
  await packsStored(browser);
  return browser;
}

/**
 * Resolves once the background has written the phrase packs at its first start: a page opened
 * before that reads English alone (as a reader's would in the moment after installing). Puppeteer
 * has no handle on the background in Firefox, so an extension page asks storage.
 */
async function packsStored(browser: Browser, timeoutMs = 10_000): Promise<void> {
  const page = await openExtensionPage(browser, '/src/options/options.html', 'true');
  try {
    await page.waitForFunction(
      async () => (await (globalThis as any).browser.storage.local.get('phrases-version'))['phrases-version'] !== undefined,
      { timeout: timeoutMs, polling: 50 },
    );
  } finally {
    await page.close();
  }
}

/**
 * Opens an extension page. `page.goto` on a moz-extension URL never resolves in this setup, so it
 * is started without waiting and the page is polled until it is ready. A poll that meets the tab
 * mid-navigation can fail with a protocol error ("Waiting failed"), after which that tab answers
 * no more polls: the page is then opened again in a fresh tab, until the deadline.
 */
export async function openExtensionPage(browser: Browser, pathname: string, ready = 'document.body?.dataset.ready === "true"'): Promise<Page> {
  const deadline = Date.now() + 15_000;
  const condition = `location.href.startsWith(${JSON.stringify(firefoxExtensionOrigin)}) && (${ready})`;
  for (;;) {
    const page = await browser.newPage();
    page.goto(firefoxExtensionOrigin + pathname).catch(() => {});
    try {
      await page.waitForFunction(condition, { timeout: Math.max(1, deadline - Date.now()) });
      return page;
    } catch (error) {
      await page.close().catch(() => {});
      if (Date.now() >= deadline || (error instanceof Error && error.name === 'TimeoutError')) throw error;
    }
  }
}

/**
 * The accessible labels of the buttons in Unnag's placeholders, whose shadow roots are closed to the
 * page: WebDriver BiDi serialises closed roots when asked to (`includeShadowTree: "all"`), which
 * Puppeteer's own API does not ask, so this goes through its frame's BiDi realm.
 */
export async function placeholderButtonLabels(page: Page): Promise<string[]> {
  type Serialized = { value?: { localName?: string; attributes?: Record<string, string>; children?: Serialized[]; shadowRoot?: Serialized | null } };
  const realm = (page.mainFrame() as unknown as { realms: { default: { realm: { callFunction(fn: string, awaitPromise: boolean, options: object): Promise<{ result: Serialized }> } } } }).realms.default.realm;
  const { result } = await realm.callFunction(`() => [...document.querySelectorAll(${JSON.stringify(PLACEHOLDER_TAG)})]`, true, {
    serializationOptions: { maxDomDepth: 4, includeShadowTree: 'all' },
    resultOwnership: 'none',
  });
  const labels: string[] = [];
  const visit = (node: Serialized | null | undefined): void => {
    const value = node?.value;
    if (!value) return;
    const label = value.attributes?.['aria-label'];
    if (value.localName === 'button' && label !== undefined) labels.push(label);
    value.children?.forEach(visit);
    visit(value.shadowRoot);
  };
  // An array serialises as { type: 'array', value: [node, …] }.
  for (const host of (result as unknown as { value: Serialized[] }).value) visit(host);
  return labels;
}

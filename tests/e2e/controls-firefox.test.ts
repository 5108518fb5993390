/**
 * The reader's controls in real Firefox ESR (dist/firefox, a temporary add-on).
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, openExtensionPage } from '../support/firefox';
import { collapsedKindOf, waitFor } from '../support/page-checks';
import type { StaticServer } from '../support/server';
import { serveTestPages } from '../support/test-server';
import { controlsSuite, type TabDriver } from './controls-suite';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveTestPages();
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = new WeakMap<TabDriver, Page>();
let colorScheme: 'light' | 'dark' = 'light';

function drive(page: Page): TabDriver {
  const driver: TabDriver = {
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (selector) => page.click(selector),
    hover: (selector) => page.hover(selector),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    reload: async () => void (await page.reload()),
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png`, fullPage: true })),
    viewportPng: () => page.screenshot({ encoding: 'base64' }),
    close: () => page.close(),
  };
  pages.set(driver, page);
  return driver;
}

/**
 * Opens an extension page, once more if Firefox's WebDriver BiDi loses the page's realm while it
 * loads (it then reports "right-hand side of 'in' should be an object" from its own code).
 */
async function extensionPage(pathname: string): Promise<Page> {
  try {
    return await openExtensionPage(browser, pathname);
  } catch (error) {
    if (!`${String(error)} ${String((error as Error).cause)}`.includes('Protocol error')) throw error;
    return openExtensionPage(browser, pathname);
  }
}

/** An extension page kept open to ask the tabs API (Puppeteer has no handle on the background in Firefox). */
let probe: Page | undefined;

async function tabIds(): Promise<number[]> {
  probe ??= await extensionPage('/src/options/options.html');
  return probe.evaluate(async () => {
    const tabs = await (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser.tabs.query({});
    return tabs.map((t) => t.id ?? -1);
  });
}

const tabIdOf = new WeakMap<TabDriver, number>();

/** The new tab's id is the one the tabs API did not know before (without the tabs permission, URLs can be hidden). */
async function open(url: string): Promise<TabDriver> {
  const before = new Set(await tabIds());
  const page = await browser.newPage();
  const [id, ...others] = (await tabIds()).filter((t) => !before.has(t));
  if (id === undefined || others.length > 0) throw new Error(`cannot tell the new tab for ${url}`);
  await page.goto(url);
  const tab = drive(page);
  tabIdOf.set(tab, id);
  return tab;
}

async function openPopup(tab: TabDriver): Promise<TabDriver> {
  const popup = await extensionPage(`/src/popup/popup.html?tab=${tabIdOf.get(tab)}`);
  await popup.setViewport({ width: 360, height: 600 });
  await pages.get(tab)!.bringToFront();
  return drive(popup);
}

describe('Firefox: the reader’s controls', () => {
  controlsSuite({
    browserName: 'firefox',
    server: () => server,
    open,
    openPopup,
    openOptions: async () => drive(await extensionPage('/src/options/options.html')),
    async chooseFile(page, selector, file) {
      const input = await pages.get(page)!.$(selector);
      await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(file);
    },
    // Puppeteer cannot emulate the colour scheme over BiDi: Firefox is started again with the system's.
    async useColorScheme(scheme) {
      if (scheme === colorScheme) return;
      colorScheme = scheme;
      await browser.close();
      probe = undefined;
      browser = await launchFirefox({ colorScheme });
    },
    // A temporary add-on loses its storage when Firefox restarts, so a restart proves nothing here:
    // the rule is checked to survive a reload of the page and a new tab instead.
    async reopenLater(url) {
      const tab = await open(url);
      await tab.reload();
      return tab;
    },
  });
});

describe('Firefox: a change the browser’s storage refuses', () => {
  it('popup: the switch goes back, the popup says the change was not saved, and the page keeps its settings', async () => {
    const tab = await open(server.url('/demo/index.html'));
    const ribbon = () => collapsedKindOf(tab, '#ribbon');
    await waitFor(async () => (await ribbon()) === 'donation', 8_000, 'the ribbon appeal collapsed');
    const popup = await openPopup(tab);
    // Firefox's storage.local has no quota a test can fill (Chromium's tests fill theirs): the
    // popup's own storage refuses every write instead, as a full or broken one would.
    await popup.evaluate(() => {
      const { local } = (globalThis as unknown as { browser: { storage: { local: { set: unknown } } } }).browser.storage;
      local.set = () => Promise.reject(new Error('QuotaExceededError: the storage is full'));
    }, null);
    await popup.evaluate(() => document.querySelector<HTMLElement>('#site-switch')!.click(), null);
    const status = () => popup.evaluate(() => document.querySelector('#storage-status')?.textContent ?? '', null);
    await waitFor(async () => (await status()).includes('could not be saved'), 5_000, 'the popup saying the change was not saved');
    expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('#site-switch')!.checked, null)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await ribbon()).toBe('donation');
    await Promise.all([popup.close(), tab.close()]);
  });
});

// Firefox reports a write of an unchanged value as a change, where Chromium reports nothing: a
// window that wrote an entry again on each report of it would write for ever.
describe('Firefox: a change written once', () => {
  it('popup: two switches on a site are written to storage a few times, not again and again', async () => {
    const tab = await open(server.url('/demo/index.html'));
    await waitFor(async () => (await collapsedKindOf(tab, '#ribbon')) === 'donation', 8_000, 'the ribbon appeal collapsed');
    const popup = await openPopup(tab);
    await popup.evaluate(() => {
      const scope = globalThis as unknown as { writesHeard: number; browser: import('webextension-polyfill').Browser };
      scope.writesHeard = 0;
      scope.browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && Object.keys(changes).some((key) => key.startsWith('s:'))) scope.writesHeard++;
      });
    }, null);
    const writesHeard = () => popup.evaluate(() => (globalThis as unknown as { writesHeard: number }).writesHeard, null) as Promise<number>;
    // Promo first, then donation: the order in which the site's entry is stored differs from the order of the clicks.
    for (const category of ['promo', 'donation', 'promo', 'donation']) {
      await popup.evaluate((id) => document.querySelector<HTMLElement>(id)!.click(), `#category-${category}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const heard = await writesHeard();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // Four edits, each written once, and perhaps once more when a report arrives after a later edit.
    expect([heard, await writesHeard()]).toEqual([heard, heard]);
    expect(heard).toBeGreaterThanOrEqual(4);
    expect(heard).toBeLessThanOrEqual(8);
    expect(await collapsedKindOf(tab, '#ribbon')).toBe('donation');
    await Promise.all([popup.close(), tab.close()]);
  });
});

/**
 * The reader's controls in real Chromium (dist/chrome). A restart reuses the profile, so settings
 * are checked to survive the browser closing, as they do for a reader.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, tabIdOf, type ChromiumWithExtension, type ExtensionApi } from '../support/chromium';
import { bucketKey } from '../../src/settings/layout';
import { toHostname } from '../../src/settings/hostname';
import { collapsedKindOf, waitFor } from '../support/page-checks';
import type { StaticServer } from '../support/server';
import { serveTestPages } from '../support/test-server';
import { controlsSuite, exported, type TabDriver } from './controls-suite';

let browser: ChromiumWithExtension;
let server: StaticServer;

beforeAll(async () => {
  server = await serveTestPages();
  browser = await launchChromium({ keepProfile: true });
});
afterAll(async () => {
  await browser?.close();
  await rm(browser.profileDir, { recursive: true, force: true });
  await server?.close();
});

function drive(page: Page): TabDriver {
  return {
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (selector) => page.click(selector),
    hover: (selector) => page.hover(selector),
    press: (key) => page.keyboard.press(key),
    reload: async () => void (await page.reload()),
    screenshot: async (file) => void (await page.screenshot({ path: file, fullPage: true })),
    viewportPng: async () => (await page.screenshot()).toString('base64'),
    close: () => page.close(),
  };
}

const pages = new WeakMap<TabDriver, Page>();
let colorScheme: 'light' | 'dark' = 'light';

async function newPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme });
  return page;
}

async function open(url: string): Promise<TabDriver> {
  const page = await newPage();
  await page.goto(url);
  const tab = drive(page);
  pages.set(tab, page);
  return tab;
}

async function openExtensionPage(pathname: string, viewport?: { width: number; height: number }, beforeLoad?: () => void): Promise<TabDriver> {
  const page = await newPage();
  if (viewport) await page.setViewportSize(viewport);
  if (beforeLoad) await page.addInitScript(beforeLoad);
  await page.goto(`chrome-extension://${browser.extensionId}${pathname}`);
  await page.waitForSelector('body[data-ready="true"]');
  const driver = drive(page);
  pages.set(driver, page);
  return driver;
}

/** `beforeLoad` runs in the popup before its own scripts (a test breaking something there). */
async function openPopup(tab: TabDriver, beforeLoad?: () => void): Promise<TabDriver> {
  const id = await tabIdOf(browser, pages.get(tab)!);
  const popup = await openExtensionPage(`/src/popup/popup.html?tab=${id}`, { width: 360, height: 600 }, beforeLoad);
  // Keyboard and mouse go to the page again, as when a real popup closes.
  await pages.get(tab)!.bringToFront();
  return popup;
}

describe('Chromium: the reader’s controls', () => {
  controlsSuite({
    browserName: 'chromium',
    server: () => server,
    open,
    openPopup: (tab) => openPopup(tab),
    openOptions: () => openExtensionPage('/src/options/options.html'),
    chooseFile: (page, selector, file) => pages.get(page)!.setInputFiles(selector, file),
    useColorScheme: async (scheme) => void (colorScheme = scheme),
    async reopenLater(url) {
      const { profileDir } = browser;
      await browser.close();
      browser = await launchChromium({ profileDir });
      return open(url);
    },
  });
});

// Only Chromium's storage.local has a quota a test can fill (10 MB without unlimitedStorage, which
// Unnag does not ask for); Firefox's has none to speak of.
describe('Chromium: a change the browser’s storage refuses', () => {
  const FILLER = 'unnag-test-filler';
  /** A sync item the settings do not use: writing it is a change in sync and nothing more. */
  const PROBE = 'unnag-test-probe';
  const siteOn = (popup: TabDriver) => popup.evaluate(() => document.querySelector<HTMLInputElement>('#site-switch')!.checked, null);
  const statusText = (popup: TabDriver) => popup.evaluate(() => document.querySelector('#storage-status')?.textContent ?? '', null);
  const ribbon = (tab: TabDriver) => collapsedKindOf(tab, '#ribbon');

  /** storage.local filled to its quota: no write that adds a byte fits any more. */
  const fillLocal = () =>
    browser.background.evaluate(async (key) => {
      const { local } = (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage;
      const quota = (local as unknown as { QUOTA_BYTES: number }).QUOTA_BYTES;
      const room = quota - (await local.getBytesInUse(null));
      await local.set({ [key]: 'x'.repeat(room - key.length - 2) });
    }, FILLER);
  const emptyLocal = () => browser.background.evaluate((key) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.remove(key), FILLER);
  // A test that fails half way must not leave the next one a full storage.
  afterEach(emptyLocal);

  it('popup: the switch goes back, the popup says the change was not saved, the page keeps its settings, and a change once there is room is saved', async () => {
    const tab = await open(server.url('/demo/index.html'));
    await waitFor(async () => (await ribbon(tab)) === 'donation', 8_000, 'the ribbon appeal collapsed');
    const popup = await openPopup(tab);
    expect(await siteOn(popup)).toBe(true);
    expect(await statusText(popup)).toContain('sync storage');

    await fillLocal();
    await popup.evaluate(() => document.querySelector<HTMLElement>('#site-switch')!.click(), null);
    await waitFor(async () => (await statusText(popup)).includes('could not be saved'), 5_000, 'the popup saying the change was not saved');
    expect(await siteOn(popup)).toBe(true);
    expect(await popup.evaluate(() => document.querySelector('#storage-status')!.className, null)).toContain('notice');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await ribbon(tab)).toBe('donation');

    await emptyLocal();
    await popup.evaluate(() => document.querySelector<HTMLElement>('#site-switch')!.click(), null);
    await waitFor(async () => (await ribbon(tab)) === null, 5_000, 'the page following the saved change');
    expect(await siteOn(popup)).toBe(false);
    expect(await statusText(popup)).toContain('sync storage');

    await popup.evaluate(() => document.querySelector<HTMLElement>('#site-switch')!.click(), null);
    await waitFor(async () => (await ribbon(tab)) === 'donation', 5_000, 'the site switched on again');
    await Promise.all([popup.close(), tab.close()]);
  });

  it('options: an import the browser\'s storage refuses says so, and the settings stay as they were', async () => {
    const options = await openExtensionPage('/src/options/options.html');
    const sites = () => options.evaluate(() => document.querySelector('#sites-list')?.textContent ?? '', null);
    const before = await sites();
    // The settings as they are and one site more: an import that only adds, so it needs room.
    const settings = JSON.parse(await exported(options));
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'unnag-refused-')), 'settings.json');
    await writeFile(file, JSON.stringify({ ...settings, sites: { ...settings.sites, 'refused.example': { enabled: false } } }));
    await fillLocal();
    await pages.get(options)!.setInputFiles('#import-file', file);
    await waitFor(async () => (await options.evaluate(() => document.querySelector('#transfer-status')?.textContent ?? '', null)).includes('could not be saved'), 5_000, 'the import refused');
    expect(await options.evaluate(() => document.querySelector('#transfer-status')!.className, null)).toContain('notice');
    expect(await options.evaluate(() => document.querySelector('#storage-status')?.textContent ?? '', null)).toContain('could not be saved');
    expect(await sites()).toBe(before);
    expect(before).not.toContain('refused.example');
    await emptyLocal();
    await rm(path.dirname(file), { recursive: true, force: true });
    await options.close();
  });

  it('options: a default switch the browser\'s storage refuses goes back and says so, and is saved once there is room', async () => {
    const options = await openExtensionPage('/src/options/options.html');
    // A category still on by default: switching it off adds to the stored settings, so it needs room
    // (switching one back to its default shrinks them, which a full storage still takes).
    const category = await options.evaluate(() => `#${document.querySelector('input[id^="default-"]:checked')!.id}`, null);
    const checked = () => options.evaluate((sel) => document.querySelector<HTMLInputElement>(sel)!.checked, category);
    const status = () => options.evaluate(() => document.querySelector('#storage-status')?.textContent ?? '', null);
    const before = await checked();
    expect(before).toBe(true);
    await fillLocal();
    await options.evaluate((sel) => document.querySelector<HTMLElement>(sel)!.click(), category);
    await waitFor(async () => (await status()).includes('could not be saved'), 5_000, 'the options page saying the change was not saved');
    expect(await checked()).toBe(before);

    await emptyLocal();
    await options.evaluate((sel) => document.querySelector<HTMLElement>(sel)!.click(), category);
    await waitFor(async () => (await status()).includes('sync storage'), 5_000, 'the change saved');
    expect(await checked()).toBe(!before);
    // As it was, for the tests after this one.
    await options.evaluate((sel) => document.querySelector<HTMLElement>(sel)!.click(), category);
    await waitFor(async () => (await checked()) === before, 5_000, 'the default put back');
    await options.close();
  });

  it('picker: a pick the browser\'s storage refuses is collapsed on this page only, and the popup says so', async () => {
    const contact = '.site-footer a[href="/contact"]';
    const tab = await open(server.url('/demo/index.html'));
    await waitFor(async () => (await ribbon(tab)) === 'donation', 8_000, 'the ribbon appeal collapsed');
    expect(await collapsedKindOf(tab, contact)).toBeNull();
    const starter = await openPopup(tab);
    expect(await starter.evaluate(() => document.querySelector('#choice-unsaved'), null)).toBeNull();
    await fillLocal();
    await starter.click('#pick');
    await waitFor(() => tab.evaluate(() => document.querySelector(':root > [data-unnag-placeholder]') !== null, null), 5_000, 'the picker');
    await starter.close();
    await tab.hover(contact);
    await tab.click(contact);
    await waitFor(async () => (await collapsedKindOf(tab, contact)) === 'custom', 5_000, 'the link collapsed as custom');
    const popup = await openPopup(tab);
    expect(await popup.evaluate(() => document.querySelector('#choice-unsaved')?.textContent ?? '', null)).toContain('could not be saved');

    await emptyLocal();
    await tab.reload();
    await waitFor(async () => (await ribbon(tab)) === 'donation', 8_000, 'the ribbon appeal collapsed again');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await collapsedKindOf(tab, contact)).toBeNull();
    await Promise.all([popup.close(), tab.close()]);
  });

  it('popup: a "Not clutter" the browser\'s storage refuses keeps the appeal open on this page only, and the popup says so', async () => {
    const tab = await open(server.url('/demo/index.html'));
    await waitFor(async () => (await ribbon(tab)) === 'donation', 8_000, 'the ribbon appeal collapsed');
    const opening = await tab.evaluate(() => (document.querySelector('#ribbon')?.textContent ?? '').trim().split(/\s+/).slice(0, 4).join(' '), null);
    const popup = await openPopup(tab);
    await fillLocal();
    await popup.evaluate((start) => {
      const row = [...document.querySelectorAll('li[data-item-id]')].find((li) => li.querySelector('.preview')?.textContent?.includes(start));
      row!.querySelector<HTMLElement>('button.not-clutter')!.click();
    }, opening);
    await waitFor(async () => (await ribbon(tab)) === null, 5_000, 'the ribbon reopened');
    await waitFor(async () => (await popup.evaluate(() => document.querySelector('#choice-unsaved')?.textContent ?? '', null)).includes('could not be saved'), 5_000, 'the popup saying the choice was not saved');

    await emptyLocal();
    await tab.reload();
    await waitFor(async () => (await ribbon(tab)) === 'donation', 8_000, 'the ribbon collapsed again on the next visit');
    await Promise.all([popup.close(), tab.close()]);
  });

  /** The options page, where reading sync fails (as a damaged sync database makes it) until `syncWorksAgain`. */
  const optionsWithoutSync = () =>
    openExtensionPage('/src/options/options.html', undefined, () => {
      const { sync } = (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage;
      const works = sync.get;
      sync.get = () => {
        throw new Error('IO error: the sync database could not be opened');
      };
      (globalThis as unknown as { syncWorksAgain(): void }).syncWorksAgain = () => (sync.get = works);
    });
  const syncWorksAgain = (options: TabDriver) => options.evaluate(() => (globalThis as unknown as { syncWorksAgain(): void }).syncWorksAgain(), null);

  it('options: where sync cannot be read on the options page alone, a switch goes back each time and it says why, until a change in sync shows it works', async () => {
    const options = await optionsWithoutSync();
    const status = () => options.evaluate(() => document.querySelector('#storage-status')?.textContent ?? '', null);
    const promo = '#default-promo';
    const checked = () => options.evaluate((sel) => document.querySelector<HTMLInputElement>(sel)!.checked, promo);
    expect(await options.evaluate(() => document.querySelector('#storage-status')?.textContent ?? '', null)).toContain('could not be read here');
    const before = await checked();
    // Refused before anything changes, so neither the settings nor the status draws the page again.
    for (let i = 0; i < 2; i++) {
      await options.evaluate((sel) => document.querySelector<HTMLElement>(sel)!.click(), promo);
      await waitFor(async () => (await checked()) === before, 5_000, 'the switch back');
    }

    // Sync works again, and the background writes to it (an item the settings do not use): the page reads sync again.
    await syncWorksAgain(options);
    await browser.background.evaluate((probe) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.sync!.set({ [probe]: 1 }), PROBE);
    await waitFor(async () => (await status()).includes('sync storage'), 5_000, 'the options page reading sync again');
    await browser.background.evaluate((probe) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.sync!.remove(probe), PROBE);
    await options.close();
  });

  it('options: where sync could not be read on the options page, it reads it again when the reader comes back to the page', async () => {
    const options = await optionsWithoutSync();
    const status = () => options.evaluate(() => document.querySelector('#storage-status')?.textContent ?? '', null);
    // Headless Chromium keeps every tab focused, so no tab switch sends the focus event a reader's
    // return to the page sends: the test sends it.
    const comeBack = () => options.evaluate(() => void window.dispatchEvent(new FocusEvent('focus')), null);
    expect(await status()).toContain('could not be read here');
    await comeBack();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await status()).toContain('could not be read here');

    // Sync works again and nothing in it changes: only coming back to the page reads it.
    await syncWorksAgain(options);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await status()).toContain('could not be read here');
    await comeBack();
    await waitFor(async () => (await status()).includes('sync storage'), 5_000, 'the options page reading sync again');
    await options.close();
  });

  it('options: a damaged item in sync storage is said to be so, and no more once it is gone', async () => {
    // A bucket whose one site entry no version of Unnag wrote: the background has nothing of that site to repair it with.
    const bucket = bucketKey(toHostname('nobody.example')!);
    const sync = (items: Record<string, unknown> | string) =>
      browser.background.evaluate(
        (arg) => {
          const area = (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.sync!;
          return typeof arg === 'string' ? area.remove(arg) : area.set(arg);
        },
        items,
      );
    await sync({ [bucket]: { 'nobody.example': 'not an object' } });
    const options = await openExtensionPage('/src/options/options.html');
    const notice = () => options.evaluate(() => { const p = document.querySelector<HTMLElement>('#storage-damaged')!; return p.hidden ? null : p.textContent; }, null);
    expect(await notice()).toContain('could not be read (items: 1)');
    await sync(bucket);
    await waitFor(async () => (await notice()) === null, 5_000, 'the notice gone');
    await options.close();
  });

  it('popup: a page whose content script may not read sync says so, and reads it once it may', async () => {
    // Chromium lets an extension keep a storage area from its content scripts: their reads of sync
    // then fail ("Access to storage is not allowed from this context"), while the popup and the
    // background read it as before.
    const accessLevel = (level: string) =>
      browser.background.evaluate(
        (accessLevel) => (globalThis as unknown as { chrome: { storage: { sync: { setAccessLevel(o: object): Promise<void> } } } }).chrome.storage.sync.setAccessLevel({ accessLevel }),
        level,
      );
    const notice = (popup: TabDriver) => popup.evaluate(() => document.querySelector('#page-sync-unread')?.textContent ?? null, null);
    await accessLevel('TRUSTED_CONTEXTS');
    try {
      const tab = await open(server.url('/demo/index.html'));
      await waitFor(async () => (await ribbon(tab)) === 'donation', 8_000, 'the ribbon appeal collapsed, by this device\'s settings');
      const popup = await openPopup(tab);
      expect(await notice(popup)).toContain('could not read your synced settings');
      expect(await statusText(popup)).toContain('sync storage');
      await popup.close();

      await accessLevel('TRUSTED_AND_UNTRUSTED_CONTEXTS');
      // The popup's question makes the page read sync again, and is answered once it has.
      const again = await openPopup(tab);
      expect(await notice(again)).toBeNull();
      await Promise.all([again.close(), tab.close()]);
    } finally {
      await accessLevel('TRUSTED_AND_UNTRUSTED_CONTEXTS');
    }
  });

  it('popup: where sync cannot be read in the popup alone, it says so and saves no change that could overwrite another device\'s', async () => {
    const tab = await open(server.url('/demo/index.html'));
    await waitFor(async () => (await ribbon(tab)) === 'donation', 8_000, 'the ribbon appeal collapsed');
    const popup = await openPopup(tab, () => {
      const { sync } = (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage;
      sync.get = () => {
        throw new Error('IO error: the sync database could not be opened');
      };
    });
    expect(await statusText(popup)).toContain('could not be read here');
    await popup.evaluate(() => document.querySelector<HTMLElement>('#site-switch')!.click(), null);
    await waitFor(async () => await siteOn(popup), 5_000, 'the switch going back on');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await ribbon(tab)).toBe('donation');
    expect(await statusText(popup)).toContain('could not be read here');
    await Promise.all([popup.close(), tab.close()]);
  });
});

/**
 * The reader's controls in real Chromium (dist/chrome). A restart reuses the profile, so settings
 * are checked to survive the browser closing, as they do for a reader.
 */
import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { launchChromium, tabIdOf, type ChromiumWithExtension } from '../support/chromium';
import type { StaticServer } from '../support/server';
import { serveTestPages } from '../support/test-server';
import { controlsSuite, type TabDriver } from './controls-suite';

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

async function openExtensionPage(pathname: string, viewport?: { width: number; height: number }): Promise<TabDriver> {
  const page = await newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${browser.extensionId}${pathname}`);
  await page.waitForSelector('body[data-ready="true"]');
  const driver = drive(page);
  pages.set(driver, page);
  return driver;
}

describe('Chromium: the reader’s controls', () => {
  controlsSuite({
    browserName: 'chromium',
    server: () => server,
    open,
    async openPopup(tab) {
      const id = await tabIdOf(browser, pages.get(tab)!);
      const popup = await openExtensionPage(`/src/popup/popup.html?tab=${id}`, { width: 360, height: 600 });
      // Keyboard and mouse go to the page again, as when a real popup closes.
      await pages.get(tab)!.bringToFront();
      return popup;
    },
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

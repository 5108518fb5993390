/**
 * The built extension (dist/chrome) in real Chromium.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, tabIdOf, type ChromiumWithExtension, type ExtensionApi } from '../support/chromium';
import { collapsedOnPage, collapsedWhenSettled, hiddenArticleText, placeholdersOnPage, waitFor } from '../support/page-checks';
import { serveTestPages } from '../support/test-server';
import type { StaticServer } from '../support/server';
import { collapseSuite } from './collapse-suite';
import { languagesSuite } from './languages-suite';
import { pageBehaviourSuite } from './page-behaviour-suite';
import { badgeFollowsThePage, DEMO_ARTICLE, DEMO_CLOSING_APPEAL } from './demo-expectations';

let browser: ChromiumWithExtension;
let server: StaticServer;

beforeAll(async () => {
  server = await serveTestPages();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

describe('Chromium', () => {
  collapseSuite({ server: () => server, open });
  describe('pages that change', () => pageBehaviourSuite({ server: () => server, open, resize: (page, width, height) => page.setViewportSize({ width, height }) }));
  describe('languages', () =>
    languagesSuite({
      server: () => server,
      async open(url) {
        const page = await browser.context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
        await page.goto(url);
        return { page, errors };
      },
      readLocal: (key) => browser.background.evaluate(async (k) => (await (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.get(k))[k], key),
      writeLocal: (items) => browser.background.evaluate((i) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.set(i), items),
      removeLocal: (keys) => browser.background.evaluate((k) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.remove(k), keys),
    }));

  it('popup: shows the site and count; its switch un-collapses the open tab without a reload, and back', async () => {
    const page = await open(server.url('/demo/index.html'));
    await waitFor(async () => (await collapsedOnPage(page)).length >= 4);
    const before = (await collapsedWhenSettled(page)).length;
    // The badge and the popup count appeals: the demo's closing run is three elements under one placeholder.
    const appeals = await placeholdersOnPage(page);
    expect(appeals).toBe(before - 2);
    const tabId = await tabIdOf(browser, page);
    // The toolbar badge shows the tab's count.
    const badge = () => browser.background.evaluate((id) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.action.getBadgeText({ tabId: id }), tabId);
    await waitFor(async () => (await badge()) === String(appeals), 3_000, 'the badge count');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('body[data-ready="true"]');
    expect(await popup.textContent('main')).toContain('127.0.0.1');
    expect(await popup.textContent('#count')).toContain(String(appeals));
    const toggle = popup.locator('#site-switch');
    expect(await toggle.isChecked()).toBe(true);

    await toggle.uncheck();
    await waitFor(async () => (await collapsedOnPage(page)).length === 0, 5_000, 'un-collapse');
    expect(await page.evaluate(() => document.querySelectorAll('[data-unnag-placeholder]').length)).toBe(0);

    await toggle.check();
    await waitFor(async () => (await collapsedOnPage(page)).length === before, 5_000, 're-collapse');
    expect(await hiddenArticleText(page, DEMO_ARTICLE, DEMO_CLOSING_APPEAL)).toEqual([]);
    await popup.close();

    await badgeFollowsThePage(page, badge, appeals);
    await page.close();
  });
});

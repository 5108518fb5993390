/**
 * The built extension (dist/firefox) in real Firefox ESR.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, openExtensionPage } from '../support/firefox';
import { collapsedOnPage, collapsedWhenSettled, hiddenArticleText, placeholdersOnPage, waitFor } from '../support/page-checks';
import { serveTestPages } from '../support/test-server';
import type { StaticServer } from '../support/server';
import { collapseSuite } from './collapse-suite';
import { languagesSuite } from './languages-suite';
import { pageBehaviourSuite } from './page-behaviour-suite';
import { badgeFollowsThePage, DEMO_ARTICLE, DEMO_CLOSING_APPEAL } from './demo-expectations';

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

async function open(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  return page;
}

describe('Firefox', () => {
  collapseSuite({ server: () => server, open });
  describe('pages that change', () => pageBehaviourSuite({ server: () => server, open, resize: (page, width, height) => page.setViewport({ width, height }) }));
  describe('languages', () => {
    /** An extension page kept open to reach storage.local (Puppeteer has no handle on the background in Firefox). */
    let probe: Page | undefined;
    const storage = async () => (probe ??= await openExtensionPage(browser, '/src/options/options.html', 'true'));
    afterAll(async () => probe?.close());
    languagesSuite({
      server: () => server,
      async open(url) {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
        await page.goto(url);
        return { page, errors };
      },
      readLocal: async (key) => (await storage()).evaluate(async (k) => (await (globalThis as any).browser.storage.local.get(k))[k], key),
      writeLocal: async (items) => (await storage()).evaluate((i) => (globalThis as any).browser.storage.local.set(i), items),
      removeLocal: async (keys) => (await storage()).evaluate((k) => (globalThis as any).browser.storage.local.remove(k), keys),
    });
  });

  it('popup: shows the site and count; its switch un-collapses the open tab without a reload, and back', async () => {
    // A URL no other tab has, so the tab is found by it.
    const page = await open(server.url('/demo/index.html?popup-switch'));
    await waitFor(async () => (await collapsedOnPage(page)).length >= 4);
    const before = (await collapsedWhenSettled(page)).length;
    // The badge and the popup count appeals: the demo's closing run is three elements under one placeholder.
    const appeals = await placeholdersOnPage(page);
    expect(appeals).toBe(before - 2);
    // An extension page finds the tab's id; the popup is then opened for that tab.
    const probe = await openExtensionPage(browser, '/src/options/options.html', 'true');
    const tabId = await probe.evaluate(async (url) => {
      const tabs = await (globalThis as any).browser.tabs.query({});
      return tabs.find((tab: { url?: string }) => tab.url === url)?.id as number | undefined;
    }, page.url());
    expect(tabId).toBeTypeOf('number');
    // The toolbar badge shows the tab's count.
    const badge = () => probe.evaluate((id) => (globalThis as any).browser.action.getBadgeText({ tabId: id }), tabId) as Promise<string>;
    await waitFor(async () => (await badge()) === String(appeals), 3_000, 'the badge count');
    const popup = await openExtensionPage(browser, `/src/popup/popup.html?tab=${tabId}`);
    expect(await popup.$eval('main', (m) => m.textContent)).toContain('127.0.0.1');
    expect(await popup.$eval('#count', (m) => m.textContent)).toContain(String(appeals));
    // The popup re-renders as the page reports, so the switch is found and clicked in one step.

    await popup.$eval('#site-switch', (toggle) => (toggle as HTMLInputElement).click());
    await waitFor(async () => (await collapsedOnPage(page)).length === 0, 5_000, 'un-collapse');

    await popup.$eval('#site-switch', (toggle) => (toggle as HTMLInputElement).click());
    await waitFor(async () => (await collapsedOnPage(page)).length === before, 5_000, 're-collapse');
    expect(await hiddenArticleText(page, DEMO_ARTICLE, DEMO_CLOSING_APPEAL)).toEqual([]);
    await popup.close();

    // Keys go to the tab in front, as the popup no longer is.
    await page.bringToFront();
    await badgeFollowsThePage(page, badge, appeals);
    await Promise.all([probe.close(), page.close()]);
  });
});

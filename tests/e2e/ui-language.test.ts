/**
 * The extension in the reader's own language, in both browsers: a browser whose interface is in
 * Arabic, a right-to-left language, shows the settings page (and, in Chromium, the popup) in Arabic
 * laid out right to left, and the line left on a news page where an appeal was collapsed in Arabic too. The browser picks the
 * `_locales` folder; these checks catch a locale the browser does not pick up (a misnamed folder, a
 * broken file) and pages that forget the language's direction.
 */
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, placeholderButtonLabels, tabIdOf, type ChromiumWithExtension } from '../support/chromium';
import { launchFirefox, openExtensionPage, placeholderButtonLabels as firefoxPlaceholderButtonLabels } from '../support/firefox';
import { format, iso, readLocale } from '../support/locale-files';
import { collapsedKindOf, waitFor } from '../support/page-checks';
import { repoRoot } from '../support/paths';
import type { StaticServer } from '../support/server';
import { serveTestPages } from '../support/test-server';

const LANGUAGE = 'ar';
const messages = readLocale(LANGUAGE);
/** The placeholder's button, as a screen reader announces it: "<kind> hidden. Show", in Arabic. */
const PLACEHOLDER_LABEL = `${format(messages, 'placeholderHidden', [format(messages, 'placeholderDonation')])}. ${format(messages, 'placeholderShow')}`;

/** What the settings page says of itself, read in the page. */
function optionsPageLanguage(): { lang: string; dir: string; title: string; headings: string[] } {
  return {
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    title: document.title,
    headings: [...document.querySelectorAll('h1, h2')].map((h) => h.textContent?.trim() ?? ''),
  };
}

function expectArabicOptionsPage(seen: ReturnType<typeof optionsPageLanguage>): void {
  expect(seen.lang.split('-')[0]).toBe(LANGUAGE);
  expect(seen.dir).toBe('rtl');
  expect(seen.title).toBe(format(messages, 'optionsTitle'));
  expect(seen.headings).toEqual(expect.arrayContaining([format(messages, 'optionsDefaultsHeading'), format(messages, 'optionsRulesHeading')]));
}

let server: StaticServer;
beforeAll(async () => {
  server = await serveTestPages();
});
afterAll(async () => {
  await server?.close();
});

describe('Chromium in Arabic', () => {
  let browser: ChromiumWithExtension;
  beforeAll(async () => {
    browser = await launchChromium({ uiLanguage: LANGUAGE });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the settings page in Arabic, right to left', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/options.html`);
    await page.waitForSelector('body[data-ready="true"]');
    expectArabicOptionsPage(await page.evaluate(optionsPageLanguage));
    // For the README, as the other screenshots: taken afresh on every run.
    await page.screenshot({ path: path.join(repoRoot, 'docs/screenshots/options-chromium-ar.png'), fullPage: true });
    await page.close();
  });

  it('labels the line that stands for a collapsed appeal in Arabic', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/fixtures/reopen.html'));
    await waitFor(async () => (await collapsedKindOf(page, '#friends')) !== null, 5_000, 'the appeal collapsed');
    expect(await collapsedKindOf(page, '#friends')).toBe('donation');
    expect(await placeholderButtonLabels(browser, page)).toContain(PLACEHOLDER_LABEL);
    await page.close();
  });

  it("shows the popup right to left, an English appeal's preview kept left to right inside it", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/fixtures/reopen.html'));
    await waitFor(async () => (await collapsedKindOf(page, '#friends')) !== null, 5_000, 'the appeal collapsed');
    const tabId = await tabIdOf(browser, page);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('body[data-ready="true"] li[data-item-id] .preview');
    const seen = await popup.evaluate(() => {
      const quote = document.querySelector('li[data-item-id] .preview q')!;
      const words = quote.firstElementChild ?? quote;
      return {
        dir: document.documentElement.dir,
        quote: getComputedStyle(quote).direction,
        words: getComputedStyle(words).direction,
        text: words.textContent ?? '',
        kind: document.querySelector('li[data-item-id] .kind')?.textContent,
        why: document.querySelector('li[data-item-id] .why')?.textContent ?? '',
        site: document.querySelector('label[for="site-switch"]')?.textContent ?? '',
      };
    });
    expect(seen).toMatchObject({ dir: 'rtl', quote: 'rtl', words: 'ltr', kind: format(messages, 'categoryDonation') });
    expect(seen.text).toMatch(/^[A-Z]/);
    // The page's words in the Arabic "Why" line, and the site's name in the switch, each isolated.
    expect(seen.why).toMatch(/\u2068[a-z][^\u2069]*\u2069/);
    expect(seen.site).toContain(iso(new URL(server.url('/')).hostname));
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('Firefox in Arabic', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchFirefox({ uiLanguage: LANGUAGE });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the settings page in Arabic, right to left', async () => {
    const page = await openExtensionPage(browser, '/src/options/options.html');
    expectArabicOptionsPage(await page.evaluate(optionsPageLanguage));
    await page.close();
  });

  it('labels the line that stands for a collapsed appeal in Arabic', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/reopen.html'));
    await waitFor(async () => (await collapsedKindOf(page, '#friends')) !== null, 5_000, 'the appeal collapsed');
    expect(await collapsedKindOf(page, '#friends')).toBe('donation');
    expect(await firefoxPlaceholderButtonLabels(page)).toContain(PLACEHOLDER_LABEL);
    await page.close();
  });
});

/**
 * The detector's languages in the built extension, written once for both browsers: English is
 * bundled in the content script, every other language is a pack the background keeps in
 * storage.local, read for the languages the page declares or is written in. The fixtures'
 * appeals are worded so that only their language's pack catches them.
 */
import { expect, it } from 'vitest';
import { collapsedKindOf, collapsedWhenSettled, hiddenArticleText, waitFor, type PageDriver } from '../support/page-checks';
import type { StaticServer } from '../support/server';

export interface WatchedPage extends PageDriver {
  close(): Promise<void>;
}

export interface LanguagesContext {
  server: () => StaticServer;
  /** Opens a URL in a fresh tab; `errors` collects the errors the tab reports (page errors, console errors). */
  open: (url: string) => Promise<{ page: WatchedPage; errors: string[] }>;
  /** The extension's storage.local, as its own pages see it. */
  readLocal: (key: string) => Promise<unknown>;
  writeLocal: (items: Record<string, unknown>) => Promise<void>;
  removeLocal: (keys: string[]) => Promise<void>;
}

export function languagesSuite(ctx: LanguagesContext): void {
  const url = (name: string) => ctx.server().url(`/fixtures/${name}`);

  it('the background has stored every language but English, with their version', async () => {
    for (const lang of ['ru', 'uk', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'cs', 'nl', 'sv', 'da', 'nb', 'tr', 'id', 'vi', 'ja', 'zh', 'ko', 'ar', 'fa', 'ur', 'he', 'hi', 'mr', 'bn', 'ta', 'te', 'th', 'el', 'ro', 'hu', 'fi', 'sk', 'ca', 'hr', 'sr', 'bg']) {
      expect(await ctx.readLocal(`phrases:${lang}`), lang).toMatchObject({ pitch: expect.any(Object), actions: expect.any(Object) });
    }
    expect(await ctx.readLocal('phrases:en')).toBeUndefined();
    expect(await ctx.readLocal('phrases-version')).toEqual(expect.any(String));
  });

  it('collapses a German appeal on a page that declares German (the German pack)', async () => {
    const { page, errors } = await ctx.open(url('lang-de.html'));
    await waitFor(async () => (await collapsedKindOf(page, '#appeal')) !== null, 8_000, 'the German appeal collapsed');
    expect(await collapsedKindOf(page, '#appeal')).toBe('donation');
    expect(await collapsedKindOf(page, '#ribbon')).toBe('donation');
    expect(await hiddenArticleText(page, 'article')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Pages that declare no language: the pack is chosen by the script of their text. Hindi's words
  // also need the tokenizer to keep Devanagari's vowel signs and to fold its nukta; Thai's, to be
  // found inside runs of text written without spaces.
  it.each([
    ['Russian', 'Cyrillic', 'lang-ru.html'],
    ['Hindi', 'Devanagari', 'lang-hi.html'],
    ['Thai', 'Thai', 'lang-th.html'],
    ['Urdu', 'Urdu', 'lang-ur.html'],
  ])('collapses the %s appeal of a page that declares no language, by its %s text (its pack)', async (language, _script, fixture) => {
    const { page, errors } = await ctx.open(url(fixture));
    await waitFor(async () => (await collapsedKindOf(page, '#appeal')) !== null, 8_000, `the ${language} appeal collapsed`);
    expect(await collapsedKindOf(page, '#appeal')).toBe('donation');
    expect(await hiddenArticleText(page, 'article')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('collapses the German appeal of a page that navigates in place to its German edition (the pack read on navigation)', async () => {
    const { page, errors } = await ctx.open(url('spa.html'));
    await collapsedWhenSettled(page);
    await page.evaluate(() => (window as unknown as { showStory(n: number): void }).showStory(3), null);
    await waitFor(async () => (await collapsedKindOf(page, '#appeal-de')) !== null, 8_000, 'the German appeal collapsed');
    expect(await collapsedKindOf(page, '#appeal-de')).toBe('donation');
    expect(await hiddenArticleText(page, 'article .story')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('collapses the German appeal of a page that declares German by script after it loaded (the pack read on that change)', async () => {
    const { page, errors } = await ctx.open(url('lang-by-script.html'));
    await waitFor(async () => (await collapsedKindOf(page, '#appeal')) !== null, 8_000, 'the German appeal collapsed');
    expect(await page.evaluate(() => document.documentElement.lang, null)).toBe('de');
    expect(await collapsedKindOf(page, '#appeal')).toBe('donation');
    expect(await hiddenArticleText(page, 'article .story')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a damaged pack in storage breaks nothing: the English appeal still collapses, and nothing is thrown', async () => {
    const good = await ctx.readLocal('phrases:de');
    await ctx.writeLocal({ 'phrases:de': { pitch: { donation: 17 }, actions: null } });
    try {
      const { page, errors } = await ctx.open(url('lang-de.html'));
      await waitFor(async () => (await collapsedKindOf(page, '#ribbon')) !== null, 8_000, 'the English ribbon collapsed');
      await collapsedWhenSettled(page);
      expect(await collapsedKindOf(page, '#ribbon')).toBe('donation');
      // Without its pack, the German appeal is left as it is (English alone reads it as nothing).
      expect(await collapsedKindOf(page, '#appeal')).toBeNull();
      expect(await hiddenArticleText(page, 'article')).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await ctx.writeLocal({ 'phrases:de': good });
    }
  });

  it('a page opened before the packs were stored catches up when the background stores them', async () => {
    // The moment the extension is installed, as the open tabs see it: no packs yet.
    const [pack, version] = [await ctx.readLocal('phrases:de'), await ctx.readLocal('phrases-version')];
    await ctx.removeLocal(['phrases:de', 'phrases-version']);
    try {
      const { page, errors } = await ctx.open(url('lang-de.html'));
      await waitFor(async () => (await collapsedKindOf(page, '#ribbon')) !== null, 8_000, 'the English ribbon collapsed');
      await collapsedWhenSettled(page);
      expect(await collapsedKindOf(page, '#appeal')).toBeNull();
      // The background's write: the packs, their version last.
      await ctx.writeLocal({ 'phrases:de': pack, 'phrases-version': version });
      await waitFor(async () => (await collapsedKindOf(page, '#appeal')) !== null, 8_000, 'the German appeal collapsed once the pack came');
      expect(await collapsedKindOf(page, '#appeal')).toBe('donation');
      expect(await collapsedKindOf(page, '#ribbon')).toBe('donation');
      expect(await hiddenArticleText(page, 'article')).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await ctx.writeLocal({ 'phrases:de': pack, 'phrases-version': version });
    }
  });
}

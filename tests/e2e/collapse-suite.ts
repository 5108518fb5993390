/**
 * The collapse checks both browsers must pass, written once. Each browser's test file opens pages
 * its own way and hands them here.
 */
import { describe, expect, it } from 'vitest';
import { collapsedKindOf, collapsedOnPage, hiddenArticleText, readLabel, waitFor, type PageDriver } from '../support/page-checks';
import { hasSharedCorpus } from '../support/paths';
import type { StaticServer } from '../support/server';
import { DEMO_APPEALS, DEMO_ARTICLE, DEMO_CLOSING_APPEAL } from './demo-expectations';

export interface SuiteContext {
  server: () => StaticServer;
  /** Opens a URL in a fresh tab with the extension running and returns the page. */
  open: (url: string) => Promise<PageDriver>;
}

async function settled(page: PageDriver, minimum: number): Promise<void> {
  await waitFor(async () => (await collapsedOnPage(page)).length >= minimum, 8_000, `${minimum} collapsed elements`);
}

export function collapseSuite(ctx: SuiteContext): void {
  it('collapses every appeal on the demo page and keeps the article whole', async () => {
    const page = await ctx.open(ctx.server().url('/demo/index.html'));
    await settled(page, 4);
    for (const appeal of DEMO_APPEALS) {
      expect(appeal.kinds, `${appeal.selector} collapsed as`).toContain(await collapsedKindOf(page, appeal.selector));
    }
    expect(await hiddenArticleText(page, DEMO_ARTICLE, DEMO_CLOSING_APPEAL)).toEqual([]);
    const collapsed = await collapsedOnPage(page);
    expect(collapsed.filter((c) => !c.hidden), 'every collapsed element has no layout box').toEqual([]);
  });

  it('collapses offers worded by a price, a heading or a newsletter\'s one sign-up call, and leaves a listing\'s price and the footer\'s line', async () => {
    const page = await ctx.open(ctx.server().url('/fixtures/unworded-offers.html'));
    await settled(page, 4);
    const kinds: Record<string, string | null> = {};
    for (const selector of ['#price-bar', '#titled', '#teaser', '#named', '#listing', '#footer-line']) kinds[selector] = await collapsedKindOf(page, selector);
    expect(kinds).toEqual({ '#price-bar': 'promo', '#titled': 'newsletter', '#teaser': 'newsletter', '#named': 'newsletter', '#listing': null, '#footer-line': null });
    expect(await hiddenArticleText(page, '.story')).toEqual([]);
  });

  describe.skipIf(!hasSharedCorpus)('the seed page (../shared/corpus)', () => {
    it('collapses its donation appeals and reminder, and every paragraph of the article stays visible', async () => {
      const label = await readLabel('seed-moscow-times');
      const page = await ctx.open(ctx.server().url('/corpus/seed-moscow-times.html'));
      await settled(page, label.clutter.length - 1);
      for (const clutter of label.clutter) {
        expect(await collapsedKindOf(page, clutter.selector), clutter.selector).not.toBeNull();
      }
      for (const keep of label.keep) expect(await hiddenArticleText(page, keep.selector)).toEqual([]);
    });
  });
}

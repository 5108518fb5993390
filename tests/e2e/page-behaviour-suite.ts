/**
 * How the content script behaves on pages that change, written once for both browsers: late
 * insertions collapsed before the next paint, banners shown by a class (but not a dialog the
 * reader opens), in-page navigation, sites
 * that fight back, reopening exactly, and selectors remembered for the next visit. The fixtures
 * (tests/fixtures) are the project's own invented pages.
 */
import { expect, it } from 'vitest';
import { collapsedKindOf, pause, placeholdersOnPage, waitFor, type PageDriver } from '../support/page-checks';
import type { StaticServer } from '../support/server';
import { serveTestPages } from '../support/test-server';

/** A page a test can also type into, click and close (both libraries' pages have these). */
export interface InteractivePage extends PageDriver {
  keyboard: { press(key: string): Promise<void> };
  mouse: { click(x: number, y: number): Promise<void> };
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

export interface BehaviourContext<P extends InteractivePage> {
  server: () => StaticServer;
  /** Opens a URL in a fresh tab with the extension running and returns the page. */
  open: (url: string) => Promise<P>;
  /** Gives the page's window a new size, as a reader resizing it does. */
  resize: (page: P, width: number, height: number) => Promise<void>;
}

/** The story paragraphs a reader cannot see (empty: the article is whole). */
function hiddenStoryParagraphs(page: PageDriver): Promise<string[]> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('.story > p')]
        .filter((p) => p.getClientRects().length === 0 || p.closest('[data-unnag]'))
        .map((p) => (p.textContent ?? '').slice(0, 50)),
    null,
  );
}

function isHidden(page: PageDriver, selector: string): Promise<boolean> {
  return page.evaluate((sel: string) => document.querySelector(sel)?.getClientRects().length === 0, selector);
}

/** Learned selectors are saved once the page has settled (SAVE_DELAY_MS in src/content/index.ts). */
const SAVE_SETTLE_MS = 4_000;

export function pageBehaviourSuite<P extends InteractivePage>(ctx: BehaviourContext<P>): void {
  const url = (name: string) => ctx.server().url(`/fixtures/${name}`);

  it('collapses an appeal inserted after load before the next paint', async () => {
    const page = await ctx.open(url('late-appeal.html'));
    await waitFor(() => page.evaluate(() => (window as any).lateAppeal !== null, null), 5_000, 'the late insertion');
    // Recorded by the page in a requestAnimationFrame callback queued right after the insertion.
    expect(await page.evaluate(() => (window as any).lateAppeal, null)).toEqual({ collapsed: true, rects: 0 });
    expect(await hiddenStoryParagraphs(page)).toEqual([]);
    await page.close();
  });

  it('catches a newsletter sheet that a class change shows later, and not before it shows', async () => {
    const page = await ctx.open(url('class-toggle.html'));
    await waitFor(() => page.evaluate(() => document.getElementById('sheet')!.classList.contains('is-shown'), null), 5_000, 'the class change');
    await waitFor(async () => (await collapsedKindOf(page, '#sheet')) !== null, 3_000, 'the sheet collapsed');
    expect(await isHidden(page, '#sheet')).toBe(true);
    // The bar's first class change left it hidden: no line stands for it yet.
    expect(await page.evaluate(() => document.getElementById('bar')!.className, null)).toBe('member-bar is-ready');
    expect(await collapsedKindOf(page, '#bar')).toBeNull();
    expect(await placeholdersOnPage(page)).toBe(1);
    await waitFor(async () => (await collapsedKindOf(page, '#bar')) !== null, 5_000, 'the bar collapsed once shown');
    expect(await hiddenStoryParagraphs(page)).toEqual([]);
    await page.close();
  });

  it('leaves alone the dialogs the reader opens (waiting hidden or built on the click), and collapses those no reader opened', async () => {
    const page = await ctx.open(url('reader-opens.html'));
    // The controls first: dialogs no reader opened, one inserted shown, one shown by a timer.
    for (const shown of ['#support', '#weekly', '#sale']) {
      await waitFor(async () => (await collapsedKindOf(page, shown)) !== null, 5_000, `${shown} collapsed`);
    }
    for (const waiting of ['#signup', '#offer', '#member']) expect(await collapsedKindOf(page, waiting)).toBeNull();
    expect(await placeholdersOnPage(page)).toBe(3);
    const dialogs = ['signup', 'offer', 'alerts', 'member'];
    for (const dialog of dialogs) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await waitFor(() => page.evaluate((id: string) => document.getElementById(id)?.classList.contains('is-open') === true, dialog), 3_000, `the ${dialog} dialog opened`);
    }
    await pause(500);
    const open = await page.evaluate(
      (ids: string[]) => ids.map((id) => (document.getElementById(id)!.closest('[data-unnag]') === null && document.getElementById(id)!.checkVisibility({ visibilityProperty: true }) ? id : `${id} hidden`)),
      dialogs,
    );
    expect(open).toEqual(dialogs);
    expect(await placeholdersOnPage(page)).toBe(3);
    // A click on the story's text, where no dialog covers it, opens nothing the reader asked for (a second after the last button's).
    await pause(1_000);
    const { x, y } = await page.evaluate(() => {
      for (const p of document.querySelectorAll('.story p')) {
        const { left, top, width, height } = p.getBoundingClientRect();
        for (let y = top + 4; y < top + height; y += 8) if (document.elementFromPoint(left + width / 2, y) === p) return { x: left + width / 2, y };
      }
      throw new Error('every paragraph is covered');
    }, null);
    await page.mouse.click(x, y);
    await waitFor(async () => (await collapsedKindOf(page, '#engaged')) !== null, 3_000, 'the dialog built on a click in the story collapsed');
    expect(await placeholdersOnPage(page)).toBe(4);
    await page.close();
  });

  it('catches appeals that wait hidden until a class on the root element or a narrower window shows them', async () => {
    const page = await ctx.open(url('shown-later.html'));
    await waitFor(async () => (await collapsedKindOf(page, '#support')) !== null, 5_000, 'the shown appeal collapsed');
    expect(await collapsedKindOf(page, '#app')).toBeNull();
    await waitFor(() => page.evaluate(() => document.documentElement.classList.contains('offer-time'), null), 5_000, 'the class on the root');
    await waitFor(async () => (await collapsedKindOf(page, '#member')) !== null, 3_000, 'the member box collapsed');
    expect(await collapsedKindOf(page, '#app')).toBeNull();
    expect(await placeholdersOnPage(page)).toBe(2);
    await ctx.resize(page, 600, 700);
    await waitFor(async () => (await collapsedKindOf(page, '#app')) !== null, 3_000, 'the app banner collapsed');
    expect(await placeholdersOnPage(page)).toBe(3);
    expect(await hiddenStoryParagraphs(page)).toEqual([]);
    await page.close();
  });

  it('lets the reader open, on a later visit, the dialog the site showed unasked on an earlier one (collapsed then, remembered)', async () => {
    const first = await ctx.open(`${url('reader-opens.html')}?unasked`);
    await waitFor(async () => (await collapsedKindOf(first, '#signup')) === 'newsletter', 5_000, 'the dialog the site showed collapsed');
    await pause(SAVE_SETTLE_MS);
    await first.close();

    const page = await ctx.open(url('reader-opens.html'));
    await waitFor(async () => (await collapsedKindOf(page, '#weekly')) !== null, 5_000, 'the page read');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitFor(() => page.evaluate(() => document.getElementById('signup')!.classList.contains('is-open'), null), 3_000, 'the dialog opened');
    await pause(500);
    expect(await collapsedKindOf(page, '#signup')).toBeNull();
    expect(await isHidden(page, '#signup')).toBe(false);
    await page.close();
  });

  it('lifts the scroll lock of a pop-up it collapsed, at load and later (by a class, inline and !important), so the article scrolls', async () => {
    const page = await ctx.open(url('scroll-lock.html'));
    await waitFor(async () => (await collapsedKindOf(page, '#signup')) !== null, 5_000, 'the newsletter pop-up collapsed');
    await page.keyboard.press('PageDown');
    await waitFor(() => page.evaluate(() => scrollY > 0, null), 3_000, 'the page scrolled past the body\'s lock');
    // Back to the top once the key's (smooth) scroll has ended.
    await pause(1_000);
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }), null);
    await waitFor(() => page.evaluate(() => scrollY === 0, null), 3_000, 'back at the top');
    await waitFor(() => page.evaluate(() => (window as any).popupShown === true, null), 5_000, 'the later pop-up');
    await waitFor(async () => (await collapsedKindOf(page, '#donate')) !== null, 3_000, 'the donation pop-up collapsed');
    await page.keyboard.press('PageDown');
    await waitFor(() => page.evaluate(() => scrollY > 0, null), 3_000, 'the page scrolled past the root element\'s lock');
    expect(await hiddenStoryParagraphs(page)).toEqual([]);
    // The site unlocks its root itself; Show on both pop-ups then gives them back (the lifts end)
    // without locking the root again.
    await page.evaluate(() => document.documentElement.style.removeProperty('overflow'), null);
    for (const popUp of ['#donate', '#signup']) {
      await page.click(`[data-unnag-placeholder]:has(+ ${popUp})`);
      await waitFor(() => page.evaluate((sel) => document.querySelector(sel)!.hasAttribute('data-unnag-revealed'), popUp), 3_000, `${popUp} reopened`);
    }
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflowY, null)).not.toBe('hidden');
    await page.close();
  });

  it('lifts a scroll lock a site set in a cascade layer of its own, declared before Unnag\'s, and gives it back with the pop-up', async () => {
    const page = await ctx.open(url('scroll-lock.html?layered'));
    await waitFor(async () => (await collapsedKindOf(page, '#signup')) !== null, 5_000, 'the newsletter pop-up collapsed');
    await page.keyboard.press('PageDown');
    await waitFor(() => page.evaluate(() => scrollY > 0, null), 3_000, 'the page scrolled past the layered lock');
    await page.click('[data-unnag-placeholder]:has(+ #signup)');
    await waitFor(() => page.evaluate(() => document.getElementById('signup')!.hasAttribute('data-unnag-revealed'), null), 3_000, 'the pop-up reopened');
    expect(await page.evaluate(() => [getComputedStyle(document.body).overflowY, document.body.getAttribute('style')], null)).toEqual(['hidden', null]);
    await page.close();
  });

  it('lifts a lock that fixed the body to the window (also a remembered pop-up\'s), and gives the reader back their place', async () => {
    const page = await ctx.open(url('fixed-lock.html'));
    await page.evaluate(() => scrollTo({ top: 700, behavior: 'instant' }), null);
    await waitFor(() => page.evaluate(() => scrollY === 700, null), 3_000, 'the reader\'s place');
    await page.evaluate(() => (window as any).openPopUp(), null);
    await waitFor(async () => (await collapsedKindOf(page, '#signup')) !== null, 3_000, 'the newsletter pop-up collapsed');
    await waitFor(() => page.evaluate(() => getComputedStyle(document.body).position === 'static', null), 3_000, 'the body back in the flow');
    // The same paragraph at the top of the window as before the pop-up.
    expect(await page.evaluate(() => Math.round(scrollY), null)).toBe(700);
    await page.keyboard.press('PageDown');
    await waitFor(() => page.evaluate(() => scrollY > 750, null), 3_000, 'the page scrolled on');
    expect(await hiddenStoryParagraphs(page)).toEqual([]);
    // Show gives the pop-up back with its lock, as the site left them.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-unnag-placeholder') ?? false, null)).toBe(true);
    await page.keyboard.press('Enter');
    await waitFor(() => page.evaluate(() => document.getElementById('signup')!.hasAttribute('data-unnag-revealed'), null), 3_000, 'reopened');
    expect(await page.evaluate(() => [getComputedStyle(document.body).position, getComputedStyle(document.body).overflowY, document.getElementById('signup')!.getClientRects().length > 0], null)).toEqual(['fixed', 'hidden', true]);
    await pause(SAVE_SETTLE_MS);
    await page.close();

    // On the next visit the pop-up is remembered (hidden as it is inserted, then confirmed): its lock goes too.
    const next = await ctx.open(url('fixed-lock.html'));
    await next.evaluate(() => scrollTo({ top: 700, behavior: 'instant' }), null);
    await waitFor(() => next.evaluate(() => scrollY === 700, null), 3_000, 'the reader\'s place');
    await next.evaluate(() => (window as any).openPopUp(), null);
    await waitFor(async () => (await collapsedKindOf(next, '#signup')) !== null, 3_000, 'the remembered pop-up collapsed');
    await waitFor(() => next.evaluate(() => getComputedStyle(document.body).position === 'static', null), 3_000, 'the body back in the flow');
    expect(await next.evaluate(() => Math.round(scrollY), null)).toBe(700);
    await next.close();
  });

  it('frees the page a collapsed modal held (a modal dialog, inert, no clicks, blurred), and gives the hold back with the modal', async () => {
    /** Each part of the page's hold, true where it holds. */
    const held: Record<string, () => boolean[]> = {
      dialog: () => [document.getElementById('appeal')!.matches(':modal')],
      inert: () => [document.getElementById('main')!.inert, document.getElementById('masthead')!.inert],
      unclickable: () => [getComputedStyle(document.body).pointerEvents === 'none'],
      blurred: () => [getComputedStyle(document.getElementById('main')!).filter.includes('blur'), document.getElementById('main')!.getAttribute('aria-hidden') === 'true'],
    };
    for (const [hold, isHeld] of Object.entries(held)) {
      const page = await ctx.open(url(`modal-holds.html?${hold}`));
      await waitFor(async () => (await collapsedKindOf(page, '#appeal')) !== null, 5_000, `the ${hold} pop-up collapsed`);
      await waitFor(async () => (await page.evaluate(isHeld, null)).every((part: boolean) => !part), 3_000, `the ${hold} hold lifted`);
      // The reader's click reaches the story's link.
      const { x, y } = await page.evaluate(() => {
        const { left, top, height } = document.getElementById('more')!.getBoundingClientRect();
        return { x: left + 4, y: top + height / 2 };
      }, null);
      await page.mouse.click(x, y);
      await waitFor(() => page.evaluate(() => (window as any).clicks === 1, null), 3_000, `a click on the story's link (${hold})`);
      // Show brings the pop-up back holding the page as the site left it.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-unnag-placeholder') ?? false, null)).toBe(true);
      await page.keyboard.press('Enter');
      await waitFor(() => page.evaluate(() => document.getElementById('appeal')!.hasAttribute('data-unnag-revealed'), null), 3_000, 'reopened');
      expect([hold, (await page.evaluate(isHeld, null)).every(Boolean), await page.evaluate(() => document.getElementById('appeal')!.getClientRects().length > 0, null)]).toEqual([hold, true, true]);
      await page.close();
    }
    // A paywall's blur of the story it sells stays: Unnag gets round no paywall.
    const page = await ctx.open(url('modal-holds.html?paywall'));
    await waitFor(async () => (await collapsedKindOf(page, '#appeal')) === 'promo', 5_000, 'the paywall offer collapsed');
    await waitFor(() => page.evaluate(() => document.getElementById('main')!.getAttribute('aria-hidden') === null, null), 3_000, 'the story back for screen readers');
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('main')!).filter, null)).toContain('blur');
    await page.close();
  });

  it('closes a modal dialog its site opens again, a few times, then gives it back rather than leave the page held by a dialog no one sees', async () => {
    const isModal = () => document.getElementById('appeal')!.matches(':modal');
    const once = await ctx.open(url('modal-holds.html?reopens-once'));
    await waitFor(async () => (await collapsedKindOf(once, '#appeal')) !== null, 5_000, 'the pop-up collapsed');
    await waitFor(async () => (await once.evaluate(() => (window as any).reopens, null)) === 1 && !(await once.evaluate(isModal, null)), 3_000, 'closed again after its site opened it again');
    const { x, y } = await once.evaluate(() => {
      const { left, top, height } = document.getElementById('more')!.getBoundingClientRect();
      return { x: left + 4, y: top + height / 2 };
    }, null);
    await once.mouse.click(x, y);
    await waitFor(() => once.evaluate(() => (window as any).clicks === 1, null), 3_000, "a click on the story's link");
    await once.close();

    const stubborn = await ctx.open(url('modal-holds.html?stubborn'));
    await waitFor(() => stubborn.evaluate(() => document.getElementById('appeal')!.hasAttribute('data-unnag-revealed'), null), 5_000, 'the pop-up given back');
    await pause(500);
    // Unnag's close and three more, each answered by the site: then no more.
    expect(await stubborn.evaluate(() => (window as any).reopens, null)).toBe(4);
    expect(await stubborn.evaluate(() => [document.getElementById('appeal')!.matches(':modal'), document.getElementById('appeal')!.getClientRects().length > 0], null)).toEqual([true, true]);
    await stubborn.close();
  });

  it('collapses a collapsed modal\'s backdrop with it, and leaves the page\'s other fixed layers', async () => {
    const page = await ctx.open(url('backdrop.html'));
    await waitFor(async () => (await collapsedKindOf(page, '#backdrop')) !== null, 5_000, 'the backdrop collapsed');
    expect(await collapsedKindOf(page, '#signup')).toBe('newsletter');
    expect(await collapsedKindOf(page, '#backdrop')).toBe('newsletter');
    expect(await page.evaluate(() => ['.bg-art', '.bg-tint'].filter((s) => document.querySelector(s)!.getClientRects().length === 0), null)).toEqual([]);
    // The backdrop shares the modal's line.
    expect(await placeholdersOnPage(page)).toBe(1);
    // A click in the middle of the window lands on the page again, not on the backdrop.
    expect(await page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('#backdrop, .modal') ?? null, null)).toBeNull();
    expect(await hiddenStoryParagraphs(page)).toEqual([]);
    await page.close();
  });

  it('moves the collapse of a dialog out to the overlay around it, and reopens both exactly', async () => {
    const page = await ctx.open(url('overlay.html'));
    await waitFor(async () => (await collapsedKindOf(page, '#overlay')) === 'donation', 5_000, 'the overlay collapsed');
    expect(await page.evaluate(() => [document.getElementById('overlay')!.hasAttribute('data-unnag'), document.getElementById('appeal')!.hasAttribute('data-unnag')], null)).toEqual([true, false]);
    expect(await placeholdersOnPage(page)).toBe(1);
    // A click in the middle of the window lands on the page again, not on the overlay.
    expect(await page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('#overlay') ?? null, null)).toBeNull();
    expect(await hiddenStoryParagraphs(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-unnag-placeholder') ?? false, null)).toBe(true);
    await page.keyboard.press('Enter');
    await waitFor(() => page.evaluate(() => document.getElementById('overlay')!.hasAttribute('data-unnag-revealed'), null), 3_000, 'reopened');
    const state = await page.evaluate(() => {
      const copy = document.getElementById('overlay')!.cloneNode(true) as Element;
      copy.removeAttribute('data-unnag-revealed');
      return { same: copy.outerHTML === (window as any).originalOverlay, dialogShown: document.getElementById('appeal')!.getClientRects().length > 0 };
    }, null);
    expect(state).toEqual({ same: true, dialogShown: true });
    await page.close();
  });

  it("collapses a frame whose own words are an appeal (from another site, with the box around it, or the page's own), and leaves a framed post the story quotes", async () => {
    // The frames come from a second server: another port is another origin, out of the page's reach.
    const frames = await serveTestPages();
    try {
      const page = await ctx.open(`${url('framed.html')}?frames=${encodeURIComponent(frames.origin)}`);
      await waitFor(async () => (await collapsedKindOf(page, '#signup')) === 'newsletter', 8_000, 'the sign-up frame collapsed');
      // The offer is drawn by the frame's script after load: its frame is read again then.
      await waitFor(async () => (await collapsedKindOf(page, '#offer')) === 'donation', 8_000, 'the offer frame collapsed');
      expect(await page.evaluate(() => document.getElementById('offer-box')!.getAttribute('data-unnag'), null)).toBe('donation');
      await pause(1_500);
      expect(await collapsedKindOf(page, '#post')).toBeNull();
      expect(await isHidden(page, '#post')).toBe(false);
      // A frame the page writes itself (srcdoc) is read the same way.
      await waitFor(async () => (await collapsedKindOf(page, '#inline-signup')) === 'newsletter', 5_000, 'the srcdoc frame collapsed');
      expect(await placeholdersOnPage(page)).toBe(3);
      expect(await hiddenStoryParagraphs(page)).toEqual([]);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await waitFor(() => page.evaluate(() => document.getElementById('offer-box')!.hasAttribute('data-unnag-revealed'), null), 3_000, 'the offer reopened');
      expect(await isHidden(page, '#offer')).toBe(false);
      await page.close();
    } finally {
      await frames.close();
    }
  });

  it('collapses the widgets drawn in open shadow roots that are appeals (also drawn late, inserted later or shown later), and leaves a quoted post and the page\'s layout', async () => {
    const page = await ctx.open(url('shadow-widgets.html'));
    await waitFor(async () => (await collapsedKindOf(page, '#donate')) === 'donation', 5_000, 'the donation widget collapsed');
    await waitFor(async () => (await collapsedKindOf(page, '#vendor-host')) === 'newsletter', 5_000, 'the late-drawn newsletter widget collapsed');
    await waitFor(() => page.evaluate(() => (window as any).lateHostBeforePaint !== null, null), 5_000, 'the widget inserted later');
    expect(await page.evaluate(() => (window as any).lateHostBeforePaint, null), 'the widget inserted later, collapsed before the next paint').toBe(true);
    // The sheet waits hidden: no line stands for it until the widget shows it.
    expect(await page.evaluate(() => (window as any).sheetShownAt, null)).toBeNull();
    expect(await collapsedKindOf(page, '#sheet-host')).toBeNull();
    await waitFor(async () => (await collapsedKindOf(page, '#sheet-host')) !== null, 6_000, 'the sheet collapsed once shown');
    expect(await collapsedKindOf(page, '#quote')).toBeNull();
    expect(await collapsedKindOf(page, 'page-shell')).toBeNull();
    expect(await isHidden(page, '#quote')).toBe(false);
    expect(await placeholdersOnPage(page)).toBe(4);
    expect(await hiddenStoryParagraphs(page)).toEqual([]);
    // Show gives the widget back, drawn as it was.
    const at = await page.evaluate(() => {
      const placeholder = document.getElementById('donate')!.previousElementSibling!;
      placeholder.scrollIntoView({ block: 'center' });
      const { x, y, width, height } = placeholder.getBoundingClientRect();
      return { x: x + width / 2, y: y + height / 2 };
    }, null);
    await page.mouse.click(at.x, at.y);
    await waitFor(() => page.evaluate(() => document.getElementById('donate')!.hasAttribute('data-unnag-revealed'), null), 3_000, 'the widget reopened');
    expect(await page.evaluate(() => document.getElementById('donate')!.shadowRoot!.querySelector('h2')!.getClientRects().length > 0, null)).toBe(true);
    await page.close();
  });

  /** What `window.painted` of framed.html or shadow-widgets.html recorded, once its recording is over. */
  async function paintedIds(page: P, recordMs: number): Promise<string[]> {
    await waitFor(() => page.evaluate((ms: number) => performance.now() > ms + 200, recordMs), recordMs + 5_000, 'the recording over');
    return page.evaluate(() => [...new Set<string>((window as any).painted.flat())], null);
  }

  it('never paints a remembered appeal frame on the next visit, and shows a remembered box whose frame is no appeal any more', async () => {
    const frames = await serveTestPages();
    try {
      const framed = `${url('framed.html')}?frames=${encodeURIComponent(frames.origin)}`;
      const first = await ctx.open(framed);
      await waitFor(async () => (await collapsedKindOf(first, '#offer-box')) === 'donation', 8_000, 'the offer frame collapsed');
      await waitFor(async () => (await collapsedKindOf(first, '#inline-signup')) === 'newsletter', 5_000, 'the srcdoc frame collapsed');
      await pause(SAVE_SETTLE_MS);
      await first.close();

      // Hidden from the start with its size kept, so the frame's own script reads it and reports.
      const second = await ctx.open(framed);
      await waitFor(async () => (await collapsedKindOf(second, '#offer-box')) === 'donation', 8_000, 'the offer frame collapsed');
      expect(await paintedIds(second, 4_000)).toEqual([]);
      expect(await collapsedKindOf(second, '#signup')).toBe('newsletter');
      expect(await collapsedKindOf(second, '#inline-signup')).toBe('newsletter');
      await second.close();

      // The site now puts a post in the offer's box: shown once the wait for a report is over.
      const swapped = await ctx.open(`${framed}&swap`);
      await waitFor(async () => (await collapsedKindOf(swapped, '#post')) === 'donation', 8_000, 'the offer collapsed where the post was');
      const shown = () => swapped.evaluate(() => getComputedStyle(document.getElementById('offer')!).visibility === 'visible', null);
      await waitFor(shown, 15_000, 'the post shown again');
      expect(await collapsedKindOf(swapped, '#offer-box')).toBeNull();
      expect(await isHidden(swapped, '#offer')).toBe(false);
      expect(await hiddenStoryParagraphs(swapped)).toEqual([]);
      await swapped.close();
    } finally {
      await frames.close();
    }
  });

  it('never paints a remembered widget drawn in a shadow root on the next visit', async () => {
    const first = await ctx.open(url('shadow-widgets.html'));
    await waitFor(async () => (await collapsedKindOf(first, '#vendor-host')) === 'newsletter', 5_000, 'the late-drawn newsletter widget collapsed');
    await pause(SAVE_SETTLE_MS);
    await first.close();

    const second = await ctx.open(url('shadow-widgets.html'));
    await waitFor(async () => (await collapsedKindOf(second, '#vendor-host')) === 'newsletter', 5_000, 'the late-drawn newsletter widget collapsed');
    expect(await collapsedKindOf(second, '#donate')).toBe('donation');
    expect(await paintedIds(second, 3_000)).toEqual([]);
    expect(await collapsedKindOf(second, '#quote')).toBeNull();
    expect(await hiddenStoryParagraphs(second)).toEqual([]);
    await second.close();
  });

  it('leaves the overflow of a page laid out to fill the window, which scrolls inside a box', async () => {
    const page = await ctx.open(url('app-layout.html'));
    await waitFor(async () => (await collapsedKindOf(page, '#support')) !== null, 5_000, 'the donation box collapsed');
    await page.keyboard.press('PageDown');
    await pause(300);
    expect(await page.evaluate(() => [getComputedStyle(document.documentElement).overflowY, getComputedStyle(document.body).overflowY], null)).toEqual(['hidden', 'hidden']);
    expect(await hiddenStoryParagraphs(page)).toEqual([]);
    await page.close();
  });

  it('catches the appeal of a page reached by pushState, and keeps the new article whole', async () => {
    const page = await ctx.open(url('spa.html'));
    await pause(500);
    expect(await page.evaluate(() => document.querySelectorAll('[data-unnag]').length, null)).toBe(0);
    await page.evaluate(() => (window as any).showStory(2), null);
    await waitFor(async () => (await collapsedKindOf(page, '.member-box')) !== null, 3_000, 'the member box collapsed');
    expect(await page.evaluate(() => location.search, null)).toBe('?story=2');
    expect(await isHidden(page, '.member-box')).toBe(true);
    expect(await hiddenStoryParagraphs(page)).toEqual([]);
    // Back to the first story: its article replaces the second one, and nothing of it is hidden.
    await page.evaluate(() => history.back(), null);
    await waitFor(() => page.evaluate(() => location.search === '' || location.search === '?story=1', null), 3_000, 'popstate');
    await pause(300);
    expect(await hiddenStoryParagraphs(page)).toEqual([]);
    await page.close();
  });

  it('keeps a banner the site keeps putting back collapsed, with few placeholders, and the page responsive', async () => {
    const page = await ctx.open(url('reinserting.html'));
    await pause(1_500);
    const before = await page.evaluate(() => ({ frames: (window as any).frames as number, copies: (window as any).barCopies as number }), null);
    await pause(1_000);
    const after = await page.evaluate(
      () => {
        const bars = document.querySelectorAll('.nag-bar');
        const bar = bars[bars.length - 1]!;
        return {
          frames: (window as any).frames as number,
          copies: (window as any).barCopies as number,
          barCollapsed: bar.hasAttribute('data-unnag') && bar.getClientRects().length === 0,
          stripHidden: document.getElementById('strip')!.getClientRects().length === 0,
          placeholders: document.querySelectorAll('[data-unnag-placeholder]:not(style)').length,
        };
      },
      null,
    );
    expect(after.barCollapsed, 'the bar in the page is collapsed').toBe(true);
    expect(after.stripHidden, 'the strip whose style the site wipes stays hidden').toBe(true);
    // One line for the bar (old copies' lines go with them; later copies get none) and one for the strip.
    expect(after.placeholders).toBeLessThanOrEqual(2);
    expect(after.frames - before.frames, 'animation frames in one second').toBeGreaterThan(20);
    expect(await hiddenStoryParagraphs(page)).toEqual([]);
    // A page that can still answer within a frame or two of asking.
    const latency = await page.evaluate(() => new Promise<number>((resolve) => {
      const start = performance.now();
      setTimeout(() => resolve(performance.now() - start), 0);
    }), null);
    expect(latency).toBeLessThan(100);
    await page.close();
  });

  it('works on a page that breaks DOM functions in its own world, nests 5,000 deep, draws two thousand widgets and mutates thousands of times a second', async () => {
    const page = await ctx.open(url('hostile.html'));
    await waitFor(() => page.evaluate(() => (window as any).hostile.stormDone, null), 10_000, 'the end of the storm');
    const storm = await page.evaluate(() => ({ ...(window as any).hostile }), null);
    // That the page kept running, not how fast (the bench's storm figures measure that): here it
    // made 9,000–40,000 a second, and 1,515 in one CI run on a slow, loaded machine. At 30
    // mutations a task, a page held up some 60 ms after each of its tasks would make 500.
    expect(storm.mutations / 2, 'mutations a second').toBeGreaterThan(500);
    // Firefox lets frames wait behind a storm of tasks (gaps of 80–100 ms here); a hang is far longer.
    expect(storm.longestFrameGap, 'longest gap between two frames, ms').toBeLessThan(500);
    await waitFor(async () => (await collapsedKindOf(page, '#late-appeal')) !== null, 3_000, 'the donation box collapsed');
    expect(await collapsedKindOf(page, '#late-appeal')).toBe('donation');
    expect(await isHidden(page, '#late-appeal')).toBe(true);
    expect(await collapsedKindOf(page, '#deep-signup'), 'the newsletter box 1,000 deep').toBe('newsletter');
    await waitFor(async () => (await collapsedKindOf(page, '#shadow-appeal')) !== null, 3_000, 'the donation widget among two thousand collapsed');
    expect(await collapsedKindOf(page, '#widgets > span')).toBeNull();
    expect(await hiddenStoryParagraphs(page)).toEqual([]);
    await page.close();
  });

  it('reopens a collapsed appeal from the keyboard exactly as it was, without its placeholder', async () => {
    const page = await ctx.open(url('reopen.html'));
    await waitFor(async () => (await collapsedKindOf(page, '#friends')) !== null, 5_000, 'the appeal collapsed');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-unnag-placeholder') ?? false, null)).toBe(true);
    await page.keyboard.press('Enter');
    await waitFor(() => page.evaluate(() => document.getElementById('friends')!.hasAttribute('data-unnag-revealed'), null), 3_000, 'reopened');
    const state = await page.evaluate(() => {
      const copy = document.getElementById('friends')!.cloneNode(true) as Element;
      copy.removeAttribute('data-unnag-revealed');
      return {
        same: copy.outerHTML === (window as any).originalAppeal,
        shown: document.getElementById('friends')!.getClientRects().length > 0,
        placeholders: document.querySelectorAll('[data-unnag-placeholder]:not(style)').length,
      };
    }, null);
    expect(state).toEqual({ same: true, shown: true, placeholders: 0 });
    // It stays open while the page goes on changing around it.
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('div')), null);
    await pause(200);
    expect(await isHidden(page, '#friends')).toBe(false);
    await page.close();
  });

  it("collapses the plugs written as the story's own paragraphs (a bold line, a closing run under one placeholder) and reopens each exactly", async () => {
    const page = await ctx.open(url('story-plugs.html'));
    const kinds = () => page.evaluate(() => [...document.querySelectorAll('[data-plug], [data-run]')].map((el) => el.getAttribute('data-unnag')), null);
    await waitFor(async () => (await kinds()).every((kind: string | null) => kind !== null), 5_000, 'the plugs collapsed');
    expect(await kinds()).toEqual(['newsletter', 'donation', 'donation', 'donation']);
    expect(await hiddenStoryParagraphs(page)).toEqual([
      // The plugs' own paragraphs, and only those.
      'Get the island news every Friday: sign up for our ',
      'We are an independent newsroom funded by readers l',
      'Donate now',
    ]);
    expect(await page.evaluate(() => document.querySelectorAll('[data-unnag-placeholder]:not(style)').length, null)).toBe(2);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitFor(() => page.evaluate(() => document.querySelector('[data-plug]')!.hasAttribute('data-unnag-revealed'), null), 3_000, 'the plug reopened');
    // Show moved the keyboard's focus into what it reopened, the plug's link: the next Tab reaches
    // the closing run's placeholder, which reopens the whole run.
    expect(await page.evaluate(() => document.activeElement === document.querySelector('[data-plug] a'), null)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitFor(() => page.evaluate(() => [...document.querySelectorAll('[data-run]')].every((el) => el.hasAttribute('data-unnag-revealed')), null), 3_000, 'the run reopened');
    const state = await page.evaluate(() => {
      const markup = (el: Element) => {
        const copy = el.cloneNode(true) as Element;
        copy.removeAttribute('data-unnag-revealed');
        return copy.outerHTML;
      };
      const all = [...document.querySelectorAll('[data-plug], [data-run]')];
      const w = window as any;
      return {
        same: JSON.stringify(all.map(markup)) === JSON.stringify([w.originalPlug, ...w.originalRun]),
        shown: all.every((el) => el.getClientRects().length > 0),
        placeholders: document.querySelectorAll('[data-unnag-placeholder]:not(style)').length,
      };
    }, null);
    expect(state).toEqual({ same: true, shown: true, placeholders: 0 });
    expect(await hiddenStoryParagraphs(page)).toEqual([]);
    await page.close();
  });

  it('never paints a pop-up\'s overlay on the next visit, the overlay remembered', async () => {
    const first = await ctx.open(url('overlay.html?remember'));
    await waitFor(async () => (await collapsedKindOf(first, '#overlay')) !== null, 5_000, 'first visit collapse');
    await pause(SAVE_SETTLE_MS);
    await first.close();
    const second = await ctx.open(url('overlay.html?remember'));
    await waitFor(() => second.evaluate(() => (window as any).overlayPainted.length > 30, null), 5_000, 'frames recorded');
    expect(await collapsedKindOf(second, '#overlay')).toBe('donation');
    expect(await second.evaluate(() => (window as any).overlayPainted.filter(Boolean).length, null)).toBe(0);
    await second.close();
  });

  it('lets no remembered selector that says only where an appeal stood hide the story once the page inserts something before it', async () => {
    const first = await ctx.open(url('remembered-shifting.html'));
    const box = '#lock-story > div:has(> a[href="/donate"])';
    await waitFor(async () => (await collapsedKindOf(first, box)) === 'donation', 5_000, 'first visit collapse');
    await pause(SAVE_SETTLE_MS);
    await first.close();

    const second = await ctx.open(url('remembered-shifting.html?shift'));
    await waitFor(async () => (await collapsedKindOf(second, box)) === 'donation', 5_000, 'second visit collapse');
    await waitFor(() => second.evaluate(() => (window as any).shifted === true, null), 5_000, 'the slot inserted');
    await pause(300);
    const hidden = await second.evaluate(
      () => [...document.querySelectorAll('#lock-story p')].filter((p) => !p.closest('[data-unnag]') && p.getClientRects().length === 0).map((p) => p.textContent!.slice(0, 40)),
      null,
    );
    expect(hidden).toEqual([]);
    expect(await collapsedKindOf(second, box)).toBe('donation');
    await second.close();
  });

  it('hides a remembered appeal before it is painted on the next visit, Show reopens it, and a stale selector hides nothing', async () => {
    const first = await ctx.open(url('remembered.html'));
    await waitFor(async () => (await collapsedKindOf(first, '.reader-appeal')) !== null, 5_000, 'first visit collapse');
    await waitFor(async () => (await collapsedKindOf(first, '.story-aside')) !== null, 5_000, 'first visit collapse');
    await pause(SAVE_SETTLE_MS);
    await first.close();

    const second = await ctx.open(url('remembered.html'));
    await waitFor(async () => (await collapsedKindOf(second, '.reader-appeal')) !== null, 5_000, 'second visit collapse');
    // Recorded by the page right after the element was parsed, and at DOMContentLoaded.
    expect(await second.evaluate(() => (window as any).appealSeen, null)).toEqual([
      ['parsed', 0],
      ['DOMContentLoaded', 0],
    ]);
    // Show reopens it: the remembered selector that hid it early hides it no more.
    const at = await second.evaluate(() => {
      const placeholder = document.querySelector('.reader-appeal')!.previousElementSibling!;
      placeholder.scrollIntoView({ block: 'center' });
      const { x, y, width, height } = placeholder.getBoundingClientRect();
      return { x: x + width / 2, y: y + height / 2 };
    }, null);
    await second.mouse.click(at.x, at.y);
    await waitFor(() => second.evaluate(() => document.querySelector('.reader-appeal')!.hasAttribute('data-unnag-revealed'), null), 3_000, 'reopened');
    expect(await isHidden(second, '.reader-appeal')).toBe(false);
    // A click moves no focus into what it reopened (the keyboard's Enter does, tested with the story's plugs).
    expect(await second.evaluate(() => document.querySelector('.reader-appeal')!.contains(document.activeElement), null)).toBe(false);
    await second.close();

    // Same site, a page where `.story-aside` holds two paragraphs of the article.
    const stale = await ctx.open(url('remembered-stale.html'));
    await pause(800);
    expect(await hiddenStoryParagraphs(stale)).toEqual([]);
    expect(await isHidden(stale, '.story-aside')).toBe(false);
    expect(await stale.evaluate(() => [...document.querySelectorAll('.story-aside p')].every((p) => p.getClientRects().length > 0), null)).toBe(true);
    await stale.close();
  });
}

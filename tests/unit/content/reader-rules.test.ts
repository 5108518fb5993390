import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CATEGORIES } from '../../../src/contract/categories';
import { PageController } from '../../../src/content/page-controller';
import type { Clock } from '../../../src/content/scheduler';
import type { SitePolicy } from '../../../src/content/site-policy';

const APPEAL = `
  <section class="box">
    <h2>Support independent journalism</h2>
    <p>We rely on readers like you. Please donate today: become a member and keep our reporting free for everyone.</p>
    <a href="/donate">Donate now</a>
  </section>`;

const ARTICLE = `
  <main><article>
    <h1>Harbour bridge reopens</h1>
    ${'<p>The bridge reopened on Monday after eight months of repairs to its cables and deck, and traffic moved freely again.</p>'.repeat(6)}
  </article></main>`;

function policy(rules: Partial<SitePolicy>): SitePolicy {
  return { enabled: true, categories: [...CATEGORIES], display: 'placeholder', sensitivity: 'balanced', alwaysCollapse: [], notClutter: [], ...rules };
}

let controller: PageController | undefined;
afterEach(() => controller?.stop());

// jsdom lays nothing out: here every element stands shown, as in a browser, but what lies in a
// `.is-hidden` element (the e2e suites cover what real pages keep hidden).
beforeAll(() => {
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return (this.closest('.is-hidden') ? [] : [{}]) as unknown as DOMRectList;
  });
});
afterAll(() => vi.restoreAllMocks());

/**
 * A clock that never moves: each slice of the first pass runs to its end, so how busy the machine
 * is (the duty budget counts real milliseconds) cannot leave a pass half done when a test looks.
 */
const stillClock: Clock = { now: () => 0, later: (fn) => void setTimeout(fn, 0) };

/** Lets the tasks the controller queued run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

async function run(body: string, rules: Partial<SitePolicy>, remembered: readonly string[] = []): Promise<Element[]> {
  document.body.innerHTML = body;
  let firstPassDone!: () => void;
  const firstPass = new Promise<void>((resolve) => (firstPassDone = resolve));
  controller = new PageController({
    doc: document,
    policy: policy(rules),
    remembered: remembered.map((selector) => ({ selector, kind: 'donation', misses: 0 })),
    placeholderText: () => ({ label: 'hidden', show: 'Show', language: { lang: 'en', dir: 'ltr' } }),
    clock: stillClock,
    onLearn: () => firstPassDone(),
  });
  controller.start();
  await firstPass;
  return [...document.querySelectorAll('[data-unnag]')];
}

describe('the reader’s rules on a page', () => {
  it('collapses the appeal when there is no rule (the control for the cases below)', async () => {
    expect((await run(APPEAL + ARTICLE, {})).map((el) => el.className)).toEqual(['box']);
  });

  it('keeps open a block that contains an element the reader marked not clutter', async () => {
    expect(await run(APPEAL + ARTICLE, { notClutter: ['.box h2'] })).toEqual([]);
  });

  it('never collapses html or body, even when an imported rule names them', async () => {
    const collapsed = await run(APPEAL + ARTICLE, { alwaysCollapse: ['body', 'html', 'h1'] });
    expect(collapsed.map((el) => el.localName).sort()).toEqual(['h1', 'section']);
  });
  it('keeps what the reader reopened open when the page is read again (new phrases arrived)', async () => {
    const [box] = await run(APPEAL + ARTICLE, {});
    const entry = controller!.collapser.entries()[0]!;
    controller!.collapser.reveal(entry.id);
    expect(box!.hasAttribute('data-unnag')).toBe(false);
    controller!.reread();
    await settle();
    expect(box!.hasAttribute('data-unnag')).toBe(false);
    expect(box!.hasAttribute('data-unnag-revealed')).toBe(true);
    expect(controller!.collapser.entries().map((e) => [e.id, e.revealed])).toEqual([[entry.id, true]]);
  });

  it('keeps what the reader reopened open when the settings change, and unmarked when Unnag is switched off', async () => {
    const [box] = await run(APPEAL + ARTICLE, {});
    controller!.collapser.reveal(controller!.collapser.entries()[0]!.id);
    controller!.setPolicy(policy({ categories: ['donation', 'newsletter'] }));
    await settle();
    expect([box!.hasAttribute('data-unnag'), box!.hasAttribute('data-unnag-revealed')]).toEqual([false, true]);
    // Still listed, and it can be collapsed again (under a placeholder).
    const [entry] = controller!.collapser.entries();
    expect([entry!.element, entry!.revealed]).toEqual([box, true]);
    controller!.collapser.collapseAgain(entry!.id);
    expect([box!.getAttribute('data-unnag'), document.querySelectorAll('[data-unnag-placeholder]:not(style)').length]).toEqual(['donation', 1]);
    controller!.collapser.reveal(entry!.id);
    controller!.setPolicy(policy({ enabled: false }));
    expect([box!.hasAttribute('data-unnag'), box!.hasAttribute('data-unnag-revealed')]).toEqual([false, false]);
  });

  it('keeps what the reader reopened open when its kind, or the site, is switched off and on again', async () => {
    const [box] = await run(APPEAL + ARTICLE, {});
    controller!.collapser.reveal(controller!.collapser.entries()[0]!.id);
    const reopened = () => [box!.hasAttribute('data-unnag'), box!.hasAttribute('data-unnag-revealed'), controller!.collapser.entries().map((e) => e.revealed)];
    controller!.setPolicy(policy({ categories: ['newsletter'] }));
    await settle();
    expect(reopened()).toEqual([false, false, []]);
    controller!.setPolicy(policy({ enabled: false, categories: ['newsletter'] }));
    controller!.setPolicy(policy({}));
    await settle();
    expect(reopened()).toEqual([false, true, [true]]);
    controller!.setPolicy(policy({ enabled: false }));
    controller!.setPolicy(policy({}));
    await settle();
    expect(reopened()).toEqual([false, true, [true]]);
  });

  it('applies a pick that comes back as a rule without giving back, even for a moment, what is collapsed', async () => {
    const TEASER = '<aside class="teaser"><a href="/quiz">Take our weekly quiz</a></aside>';
    const [box] = await run(APPEAL + ARTICLE + TEASER, {});
    const teaser = document.querySelector('.teaser')!;
    controller!.setPolicy(policy({ alwaysCollapse: ['.teaser'] }));
    // In the same task: no paint can come between.
    expect([box!.getAttribute('data-unnag'), teaser.getAttribute('data-unnag')]).toEqual(['donation', 'custom']);
    await settle();
    expect(controller!.collapser.appeals().map((a) => [a.element, a.kind, a.revealed])).toEqual([
      [box, 'donation', false],
      [teaser, 'custom', false],
    ]);
  });

  it('applies a "not clutter" that comes back as a rule to what it names alone, and leaves the reader\'s picks collapsed', async () => {
    const SECOND = APPEAL.replace('class="box"', 'class="box second"').replace('Support independent', 'Back independent');
    const PICKED = '<aside class="teaser box-like"><a href="/quiz">Take our weekly quiz</a></aside>';
    await run(APPEAL + ARTICLE + SECOND + PICKED, { alwaysCollapse: ['.teaser'] });
    const boxes = ['.box:not(.second)', '.second', '.teaser'].map((sel) => document.querySelector(sel)!);
    controller!.setPolicy(policy({ alwaysCollapse: ['.teaser'], notClutter: ['.second', '.teaser'] }));
    const state = (el: Element) => [el.getAttribute('data-unnag'), el.hasAttribute('data-unnag-revealed')];
    expect(boxes.map(state)).toEqual([
      ['donation', false],
      [null, true],
      ['custom', false],
    ]);
    await settle();
    expect(boxes.map(state)).toEqual([
      ['donation', false],
      [null, true],
      ['custom', false],
    ]);
  });

  it('drops a remembered selector\'s early rule once the first pass is done, so one learned by position cannot hide the story when the page inserts a sibling', async () => {
    const STORY = '<div class="part"><p>The bridge reopened on Monday after eight months of repairs to its cables and deck.</p></div>';
    const remembered = 'main > :nth-child(3)';
    const early = () => document.querySelector('style[data-unnag-placeholder]')!.textContent!.includes(`:is(${remembered})`);
    document.body.innerHTML = `<main>${STORY}${STORY}${APPEAL}${STORY}</main>`;
    // Before the page is parsed the rule hides what it names.
    controller = new PageController({
      doc: document,
      policy: policy({}),
      remembered: [{ selector: remembered, kind: 'donation', misses: 0 }],
      placeholderText: () => ({ label: 'hidden', show: 'Show', language: { lang: 'en', dir: 'ltr' } }),
      clock: stillClock,
    });
    expect(early()).toBe(true);
    controller.start();
    await settle();
    const box = document.querySelector('.box')!;
    expect(box.getAttribute('data-unnag')).toBe('donation');
    expect(early()).toBe(false);
    // An advertisement inserted first: the story's second part is now main's third child.
    document.querySelector('main')!.prepend(Object.assign(document.createElement('div'), { className: 'ad-slot' }));
    await settle();
    expect(document.querySelector('main > :nth-child(3)')!.className).toBe('part');
    expect(early()).toBe(false);
    expect(box.getAttribute('data-unnag')).toBe('donation');
  });

  it('gives back the copies a site makes of a collapsed appeal by copying markup, and collapses them afresh under a line of their own', async () => {
    const MOST_READ = '<h3>Most read</h3><ul><li><a href="/ferry">Ferry timetable changes for winter</a></li><li><a href="/dredging">Dredging of the harbour begins</a></li></ul>';
    const [box] = await run(ARTICLE + `<aside id="rail">${MOST_READ}${APPEAL}</aside>`, {});
    const rail = document.getElementById('rail')!;
    expect([box!.className, box!.parentElement]).toEqual(['box', rail]);
    // The site appends to its rail the way old scripts do: every element in it is a copy now.
    rail.innerHTML += '<p>More from the Harbour Gazette</p>';
    await settle();
    const copy = rail.querySelector('.box')!;
    expect(copy).not.toBe(box);
    expect(copy.getAttribute('data-unnag')).toBe('donation');
    expect(controller!.collapser.entryOf(copy)).toBeDefined();
    // One line, Unnag's own, stands before it: the copied one is gone.
    expect(rail.querySelectorAll('unnag-placeholder')).toHaveLength(1);
    expect(copy.previousElementSibling?.localName).toBe('unnag-placeholder');
    // Switched off, the page is given back whole: no copy stays hidden.
    controller!.setPolicy(policy({ enabled: false }));
    expect([...document.querySelectorAll('[data-unnag], unnag-placeholder')]).toEqual([]);
    expect(copy.getAttribute('style')).toBeNull();
  });

  it('lets a remembered dialog the page keeps hidden wait until the page shows it (the e2e suites open one as the reader)', async () => {
    const DIALOG = `<div id="pop" role="dialog" class="is-hidden">${APPEAL}</div>`;
    const early = () => document.querySelector('style[data-unnag-placeholder]')!.textContent!.includes(':is(#pop)');
    await run(ARTICLE + DIALOG, {}, ['#pop']);
    // Not collapsed while hidden, and no longer hidden by the remembered selector (the page's own class hides it).
    expect([document.querySelectorAll('[data-unnag]').length, early()]).toEqual([0, false]);
    document.getElementById('pop')!.className = 'is-open';
    await settle();
    expect(document.getElementById('pop')!.getAttribute('data-unnag')).toBe('donation');
  });

  it('leaves a dialog inserted hidden until the page shows it, then collapses it', async () => {
    await run(ARTICLE, {});
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.className = 'is-hidden';
    dialog.innerHTML = APPEAL;
    document.body.append(dialog);
    await settle();
    expect(document.querySelectorAll('[data-unnag]')).toHaveLength(0);
    dialog.className = 'is-open';
    await settle();
    expect([...document.querySelectorAll('[data-unnag]')].map((el) => el.closest('[role="dialog"]'))).toEqual([dialog]);
  });
});

describe('copies of one appeal', () => {
  const placeholders = () => document.querySelectorAll('[data-unnag-placeholder]:not(style)').length;
  async function insertAfterStory(html: string): Promise<void> {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', html);
    await settle();
  }

  it('gives three copies a line each and later ones none, however the site lays out or scripts each copy', async () => {
    await run(ARTICLE, {});
    const copies = [
      APPEAL,
      APPEAL.replace(/\n\s*/g, ' '),
      APPEAL.replace('<h2>', '<script>window.seen = 1</script><h2>'),
      APPEAL.replace(/ {4}/g, '\t'),
      APPEAL.replace('</p>', '</p>\n\n'),
    ];
    for (const copy of copies) await insertAfterStory(copy);
    expect([document.querySelectorAll('[data-unnag]').length, placeholders()]).toEqual([5, 3]);
  });

  it('still gives an appeal its line after the settings changed many times (each change starts over)', async () => {
    const [box] = await run(APPEAL + ARTICLE, {});
    for (const sensitivity of ['thorough', 'balanced', 'thorough', 'balanced', 'thorough'] as const) {
      controller!.setPolicy(policy({ sensitivity }));
      await settle();
    }
    expect(box!.getAttribute('data-unnag')).toBe('donation');
    expect(box!.previousElementSibling?.hasAttribute('data-unnag-placeholder')).toBe(true);
  });

  it('tells apart appeals that open alike and differ further on (the popup shows only their first words)', async () => {
    await run(ARTICLE, {});
    const opening = 'We rely on readers like you to keep our reporting free for everyone in the valley, and';
    for (const ending of ['the schools', 'the farms', 'the rivers', 'the towns'])
      await insertAfterStory(`<section class="box"><h2>Support independent journalism</h2><p>${opening} ${ending} need it. Please donate today.</p><a href="/donate">Donate now</a></section>`);
    expect([document.querySelectorAll('[data-unnag]').length, placeholders()]).toEqual([4, 4]);
  });
});

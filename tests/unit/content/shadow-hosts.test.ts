import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CATEGORIES } from '../../../src/contract/categories';
import { PageController } from '../../../src/content/page-controller';
import type { VisitOutcome } from '../../../src/content/remembered-selectors';
import { ShadowHosts } from '../../../src/content/shadow-hosts';
import { detect } from '../../../src/detector';

const DONATION = `<div class="box"><h2>The Gazette needs your help</h2><p>We are funded by readers like you. Please support our journalism with a contribution today.</p><a href="/support">Contribute now</a></div>`;
const POST = `<div><b>Ola Brandt</b> @olabrandt <a href="/follow/olabrandt">Follow</a></div><p>First launch off the new ramp this morning. Ten minutes quicker to the water and nobody got wet.</p>`;
const STORY = `<main><article><h1>Lifeboat crew trains</h1>${'<p>The crew launched from the new ramp on Sunday, three years after storms cracked the old one beyond repair.</p>'.repeat(6)}</article></main>`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function widget(shadow: string, id: string): Element {
  const host = document.createElement('div');
  host.id = id;
  host.attachShadow({ mode: 'open' }).innerHTML = shadow;
  return host;
}

/** Whether `el` lies in a `.is-hidden` element, a shadow root's host counting as its children's parent. */
function inHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host ?? null)) {
    if (node.classList.contains('is-hidden')) return true;
  }
  return false;
}

// jsdom lays nothing out: every element stands shown but what lies in a `.is-hidden` element.
beforeAll(() => {
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return (inHidden(this) ? [] : [{}]) as unknown as DOMRectList;
  });
});
afterAll(() => vi.restoreAllMocks());

describe('the hosts a pass meets', () => {
  afterEach(() => (document.body.innerHTML = ''));

  it('are told by the detector\'s walk, root included, and only those', () => {
    document.body.innerHTML = '<section id="s"><p>Text.</p></section><div id="outside"></div>';
    const section = document.getElementById('s')!;
    section.append(widget(DONATION, 'a'), document.createElement('p'));
    section.attachShadow({ mode: 'open' });
    document.getElementById('outside')!.attachShadow({ mode: 'open' });
    document.getElementById('s')!.append(Object.assign(document.createElement('div'), { id: 'closed' }));
    document.getElementById('closed')!.attachShadow({ mode: 'closed' });
    const met: string[] = [];
    detect(section, { onShadowHost: (host) => met.push(host.id) });
    expect(met).toEqual(['s', 'a']);
  });

  it('are judged once the pass is done, and one still drawing is watched until its judge is satisfied', async () => {
    const judged: string[] = [];
    const hosts = new ShadowHosts((host) => {
      judged.push(host.id);
      return host.shadowRoot!.childElementCount > 0;
    }, false);
    const [drawn, late] = [widget(DONATION, 'drawn'), widget('', 'late')];
    document.body.append(drawn, late);
    hosts.meet(drawn);
    hosts.meet(late);
    hosts.meet(late);
    expect(judged).toEqual([]);
    expect(hosts.takeTurn()).toBe(true);
    expect(hosts.takeTurn()).toBe(false);
    expect(hosts.step()).toBe(true);
    expect(judged).toEqual(['drawn', 'late']);
    late.shadowRoot!.innerHTML = POST;
    await pause(400);
    expect(judged).toEqual(['drawn', 'late', 'late']);
    // Satisfied: no more looks, however it changes.
    late.shadowRoot!.append(document.createElement('p'));
    await pause(400);
    expect(judged).toHaveLength(3);
    hosts.stop();
  });

  it('are judged a few per step, and at most 32 are watched at once (a page of a thousand empty components)', async () => {
    let judged = 0;
    const hosts = new ShadowHosts(() => (judged++, false), false);
    const empty = Array.from({ length: 100 }, (_, i) => widget('', `w${i}`));
    document.body.append(...empty);
    for (const host of empty) hosts.meet(host);
    let steps = 0;
    while (!hosts.step()) steps++;
    expect([judged, steps]).toEqual([100, 24]);
    for (const host of empty) host.shadowRoot!.append(document.createElement('p'));
    await pause(400);
    expect(judged).toBe(132);
    hosts.stop();
  });
});

describe('widgets on a page', () => {
  let controller: PageController | undefined;
  afterEach(() => {
    controller?.stop();
    document.body.innerHTML = '';
  });

  async function start(remembered: readonly string[] = []): Promise<{ learned: () => VisitOutcome['learned'] }> {
    let visit: VisitOutcome | undefined;
    let firstPassDone!: () => void;
    const firstPass = new Promise<void>((resolve) => (firstPassDone = resolve));
    controller = new PageController({
      doc: document,
      policy: { enabled: true, categories: [...CATEGORIES], display: 'placeholder', sensitivity: 'balanced', alwaysCollapse: [], notClutter: [] },
      remembered: remembered.map((selector) => ({ selector, kind: 'donation', misses: 0 })),
      placeholderText: () => ({ label: 'hidden', show: 'Show', language: { lang: 'en', dir: 'ltr' } }),
      // The slicer's turns at once; the wait of a remembered widget (10 s) as long as it is.
      clock: { now: () => 0, later: (fn, ms) => void setTimeout(fn, ms >= 10_000 ? ms : 0) },
      onLearn: (v) => {
        visit = v;
        firstPassDone();
      },
    });
    controller.start();
    await firstPass;
    return { learned: () => visit?.learned ?? [] };
  }
  const collapsed = () => [...document.querySelectorAll('[data-unnag]')].map((el) => [el.id, el.getAttribute('data-unnag')]);

  it('collapses a widget that is an appeal by its host, remembered, and leaves a quoted post', async () => {
    document.body.innerHTML = STORY;
    document.querySelector('article')!.append(widget(DONATION, 'donate'), widget(POST, 'quote'));
    const { learned } = await start();
    expect(collapsed()).toEqual([['donate', 'donation']]);
    expect(learned()).toEqual([{ selector: '#donate', kind: 'donation' }]);
  });

  it('names a widget in the popup by the words it draws, and tells widgets of one kind apart by them', async () => {
    document.body.innerHTML = STORY;
    const pitches = ['Keep the Gazette free', 'Island news needs you', 'Help us report', 'Fund the next story'];
    const widgets = pitches.map((pitch, i) => widget(`<style>.box { color: red }</style>${DONATION.replace('The Gazette needs your help', pitch)}`, `w${i}`));
    document.querySelector('article')!.append(...widgets);
    await start();
    const previews = controller!.collapser.appeals().map((e) => e.preview);
    expect(previews.map((preview, i) => preview.startsWith(pitches[i]!))).toEqual([true, true, true, true]);
    expect(document.querySelectorAll('[data-unnag-placeholder]:not(style)')).toHaveLength(4);
  });

  it('judges a remembered widget drawn already as the page starts (collapsed, or at once shown again)', () => {
    document.body.innerHTML = STORY;
    const [donate, quote] = [widget(DONATION, 'donate'), widget(POST, 'quote')];
    for (const host of [donate, quote]) host.classList.add('is-hidden');
    document.querySelector('article')!.append(donate, quote);
    void start(['#donate', '#quote']);
    // Before the time slicer's first turn.
    expect(collapsed()).toEqual([['donate', 'donation']]);
    const early = document.querySelector('style[data-unnag-placeholder]')!.textContent!;
    expect([early.includes(':is(#donate)'), early.includes(':is(#quote)')]).toEqual([true, false]);
  });

  it('collapses a remembered widget the early rule keeps hidden once it draws an appeal', async () => {
    document.body.innerHTML = STORY;
    const host = widget('', 'donate');
    host.classList.add('is-hidden');
    document.querySelector('article')!.append(host);
    await start(['#donate']);
    host.shadowRoot!.innerHTML = DONATION;
    await pause(400);
    expect(collapsed()).toEqual([['donate', 'donation']]);
  });

  it('judges the widgets the first pass met in slices of their own, not after each of the page\'s mutations', async () => {
    document.body.innerHTML = STORY;
    const article = document.querySelector('article')!;
    article.append(...Array.from({ length: 200 }, (_, i) => widget(DONATION.replace('The Gazette needs your help', `Appeal number ${i}`), `w${i}`)));
    article.insertAdjacentHTML('beforeend', `<aside id="light">${DONATION}</aside>`);
    // A clock that moves a millisecond each time it is read, and slices that run only when the test says.
    let now = 0;
    const tasks: (() => void)[] = [];
    controller = new PageController({
      doc: document,
      policy: { enabled: true, categories: [...CATEGORIES], display: 'placeholder', sensitivity: 'balanced', alwaysCollapse: [], notClutter: [] },
      remembered: [],
      placeholderText: () => ({ label: 'hidden', show: 'Show', language: { lang: 'en', dir: 'ltr' } }),
      clock: { now: () => now++, later: (fn) => void tasks.push(fn) },
    });
    controller.start();
    const widgetsCollapsed = () => collapsed().filter(([id]) => id!.startsWith('w')).length;
    // The first pass is done when the light-DOM appeal is collapsed; some widgets may be judged in its last slice.
    while (tasks.length && !document.getElementById('light')!.hasAttribute('data-unnag')) tasks.shift()!();
    expect(document.getElementById('light')!.getAttribute('data-unnag')).toBe('donation');
    const before = widgetsCollapsed();
    expect(before).toBeLessThan(200);
    // A new second (a fresh duty budget), and the page adds a paragraph: the observer's inline run is for that paragraph only.
    now += 10_000;
    article.append(Object.assign(document.createElement('p'), { textContent: 'The ramp opens to the public on Saturday.' }));
    await pause(0);
    expect(widgetsCollapsed()).toBe(before);
    while (tasks.length) tasks.shift()!();
    expect(widgetsCollapsed()).toBe(200);
  });

  it('collapses a widget inserted later once it is drawn, and one drawn hidden once it shows', async () => {
    document.body.innerHTML = STORY;
    await start();
    const late = widget('', 'late');
    document.body.append(late);
    const sheet = widget(DONATION.replace('class="box"', 'class="box is-hidden"'), 'sheet');
    document.body.append(sheet);
    await pause(50);
    late.shadowRoot!.innerHTML = DONATION;
    await pause(400);
    expect(collapsed()).toEqual([['late', 'donation']]);
    sheet.shadowRoot!.querySelector('.box')!.classList.remove('is-hidden');
    await pause(400);
    expect(collapsed()).toEqual([['late', 'donation'], ['sheet', 'donation']]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATEGORIES } from '../../../src/contract/categories';
import { frameBox, listenToFrameReports } from '../../../src/content/frame-reports';
import { reportOf, watchFrame } from '../../../src/content/in-frame';
import { PageController } from '../../../src/content/page-controller';
import type { VisitOutcome } from '../../../src/content/remembered-selectors';
import type { SitePolicy } from '../../../src/content/site-policy';
import { frameAppeal } from '../../../src/detector/enclosed-appeal';
import { frameReportMessage, type FrameReport } from '../../../src/messaging/messages';
import { page } from '../detector/helpers';

const OFFER = `<section><h2>You have read all your free stories</h2>
  <p>Independent journalism is funded by readers like you. Subscribe for just $1 a week and cancel anytime.</p>
  <button>Subscribe now</button></section>`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('what a frame tells the page', () => {
  it('is the kind and the reasons the phrase packs word, never the frame\'s own words (its price)', () => {
    const doc = page(OFFER);
    const found = frameAppeal(doc)!;
    expect(found.reasons.some((r) => r.startsWith('price'))).toBe(true);
    const report = reportOf(doc)!;
    expect(report.category).toBe(found.category);
    expect(report.reasons.length).toBeGreaterThan(0);
    expect(report.reasons.every((r) => found.reasons.includes(r) && /^(phrase|button|label|heading|form|link|role|position):/.test(r))).toBe(true);
    expect(JSON.stringify(report)).not.toContain('$1');
  });
});

describe('watching a frame', () => {
  /** A frame's window: a document made by script is never `complete`, so its load comes at once; a resize when `resize` is called. */
  const frameWindow = (doc: Document, width = 600, height = 250) => {
    const listeners = new Map<string, () => void>();
    const win = {
      document: doc,
      innerWidth: width,
      innerHeight: height,
      addEventListener: (type: string, fn: () => void) => (type === 'load' ? fn() : listeners.set(type, fn)),
      removeEventListener: (type: string) => listeners.delete(type),
      resize(w: number, h: number) {
        Object.assign(win, { innerWidth: w, innerHeight: h });
        listeners.get('resize')?.();
      },
    };
    return win as unknown as Window & { resize(w: number, h: number): void };
  };

  it('reports once an appeal its script draws after load, and stops watching', async () => {
    const doc = page('<div id="root"></div>');
    const reports: FrameReport[] = [];
    const prepare = vi.fn(async () => {});
    watchFrame(frameWindow(doc), { prepare, report: (r) => reports.push(r) });
    await pause(400);
    expect(reports).toEqual([]);
    doc.getElementById('root')!.innerHTML = OFFER;
    await pause(400);
    expect(reports.map((r) => r.category)).toEqual([frameAppeal(doc)!.category]);
    doc.getElementById('root')!.append(doc.createElement('p'));
    await pause(400);
    expect(reports).toHaveLength(1);
    // Not for the first look, at a frame still without words.
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('reads nothing for a frame without words or with a page\'s worth of them (an image ad, an embedded story)', async () => {
    const prepare = vi.fn(async () => {});
    const reports: FrameReport[] = [];
    watchFrame(frameWindow(page('<a href="/ad"><img src="ad.png" alt=""></a>')), { prepare, report: (r) => reports.push(r) });
    watchFrame(frameWindow(page(`<article>${'<p>The harbour board met on Tuesday to hear the report on the pier and its new gauge.</p>'.repeat(20)}</article>`)), { prepare, report: (r) => reports.push(r) });
    await pause(400);
    expect(prepare).not.toHaveBeenCalled();
    expect(reports).toEqual([]);
  });

  it('reads a frame only once it is large enough for an appeal box, and gives up on a frame that keeps changing', async () => {
    const small = page(OFFER);
    const smallReports: FrameReport[] = [];
    const smallWindow = frameWindow(small, 300, 40);
    watchFrame(smallWindow, { prepare: async () => {}, report: (r) => smallReports.push(r) });
    const busy = page('<p id="tick">0</p>');
    const prepare = vi.fn(async () => {});
    watchFrame(frameWindow(busy), { prepare, report: () => {} });
    for (let i = 1; i <= 24; i++) {
      busy.getElementById('tick')!.textContent = String(i);
      await pause(i % 4 === 0 ? 350 : 10);
    }
    await pause(400);
    expect(smallReports).toEqual([]);
    expect(prepare).toHaveBeenCalledTimes(5);
    // The page shows the frame at its size: it is read then.
    smallWindow.resize(600, 250);
    await pause(400);
    expect(smallReports).toHaveLength(1);
  });
});

describe('the frame a report comes from', () => {
  afterEach(() => (document.body.innerHTML = ''));

  it('is a frame of this page found by its window: a report from elsewhere, or not one, is ignored', async () => {
    document.body.innerHTML = '<p>Story.</p><iframe id="a"></iframe><iframe id="b"></iframe>';
    const b = document.getElementById('b') as HTMLIFrameElement;
    const heard: [string, FrameReport][] = [];
    listenToFrameReports(window, (frame, report) => heard.push([frame.id, report]));
    const report: FrameReport = { category: 'newsletter', reasons: ['form:email'] };
    const post = (data: unknown, source: Window | null) => window.dispatchEvent(new MessageEvent('message', { data, source }));
    post(frameReportMessage(report), b.contentWindow);
    post(frameReportMessage(report), window);
    post({ category: 'newsletter' }, b.contentWindow);
    post(frameReportMessage(report), null);
    expect(heard).toEqual([['b', report]]);
  });

  it('takes the wrappers that hold only the frame with it, up to three, and never the story\'s', () => {
    document.body.innerHTML = `
      <article><div id="w3"><div id="w2"><div id="w1"><div id="w0"><iframe id="deep"></iframe></div></div></div></div>
      <div id="boxed"><iframe id="beside"></iframe><p>Caption.</p></div>
      <div id="said">Read this: <iframe id="worded"></iframe></div>
      <iframe id="direct"></iframe></article>`;
    const boxOf = (id: string) => frameBox(document.getElementById(id)!).id;
    expect(boxOf('deep')).toBe('w2');
    expect(boxOf('beside')).toBe('beside');
    expect(boxOf('worded')).toBe('worded');
    expect(boxOf('direct')).toBe('direct');
  });
});

describe('a reported frame on the page', () => {
  let controller: PageController | undefined;
  afterEach(() => {
    controller?.stop();
    document.body.innerHTML = '';
  });

  const STORY = `<main><article><h1>Pier reopens</h1>${'<p>The pier reopened on Monday after eight months of repairs to its deck, and the ferries called again.</p>'.repeat(6)}
    <div id="box"><iframe id="offer" title="Support the Gazette"></iframe></div><iframe id="bare" src="https://offers.example/show?id=1"></iframe></article></main>`;

  /** The timers of ENCLOSED_WAIT_MS (10 s) and longer, run when the test says. */
  let longTimers: (() => void)[] = [];

  function start(rules: Partial<SitePolicy> = {}, remembered: readonly string[] = []): { visit: () => VisitOutcome | undefined } {
    document.body.innerHTML = STORY;
    let visit: VisitOutcome | undefined;
    longTimers = [];
    controller = new PageController({
      doc: document,
      policy: { enabled: true, categories: [...CATEGORIES], display: 'placeholder', sensitivity: 'balanced', alwaysCollapse: [], notClutter: [], ...rules },
      remembered: remembered.map((selector) => ({ selector, kind: 'donation', misses: 0 })),
      placeholderText: () => ({ label: 'hidden', show: 'Show', language: { lang: 'en', dir: 'ltr' } }),
      clock: { now: () => 0, later: (fn, ms) => void (ms >= 10_000 ? longTimers.push(fn) : setTimeout(fn, 0)) },
      onLearn: (v) => (visit = v),
    });
    controller.start();
    return { visit: () => visit };
  }
  /** The remembered selectors the page's stylesheet still hides elements by. */
  const hiddenEarlyBy = (selectors: readonly string[]) => selectors.filter((s) => document.querySelector('style[data-unnag-placeholder]')?.textContent?.includes(`:is(${s})`));
  const report: FrameReport = { category: 'donation', reasons: ['phrase:en:donation "readers like you"'] };

  it('is collapsed with its box, its reasons and its title (or its site) for the popup, and remembered', () => {
    const { visit } = start();
    controller!.collapseFrame(document.getElementById('offer')!, report);
    controller!.collapseFrame(document.getElementById('bare')!, { ...report, category: 'promo' });
    expect([...document.querySelectorAll('[data-unnag]')].map((el) => [el.id, el.getAttribute('data-unnag')])).toEqual([['box', 'donation'], ['bare', 'promo']]);
    expect(controller!.collapser.appeals().map((e) => [e.preview, e.reasons])).toEqual([
      ['Support the Gazette', report.reasons],
      ['offers.example', report.reasons],
    ]);
    expect(visit()?.learned).toEqual([
      { selector: '#box', kind: 'donation' },
      { selector: '#bare', kind: 'promo' },
    ]);
  });

  it('is told from another frame of its kind by its title or site: each has its line and is remembered', () => {
    const { visit } = start();
    const frames = ['Daily briefing', 'Weekend edition', 'Sport', 'Weather'].map((title, i) => Object.assign(document.createElement('iframe'), { id: `f${i}`, title }));
    document.querySelector('main')!.append(...frames);
    for (const frame of frames) controller!.collapseFrame(frame, { ...report, category: 'newsletter' });
    expect(document.querySelectorAll('[data-unnag-placeholder]:not(style)')).toHaveLength(4);
    expect(visit()?.learned.map((l) => l.selector)).toEqual(['#f0', '#f1', '#f2', '#f3']);
  });

  it('is collapsed once Unnag starts when it reported before (Unnag off), and again when the settings change', () => {
    start({ enabled: false });
    controller!.collapseFrame(document.getElementById('offer')!, report);
    expect(document.querySelectorAll('[data-unnag]')).toHaveLength(0);
    const policy = { ...controller!.policy, enabled: true };
    controller!.setPolicy(policy);
    expect(document.getElementById('box')!.getAttribute('data-unnag')).toBe('donation');
    controller!.setPolicy({ ...policy, categories: ['newsletter'] });
    expect(document.querySelectorAll('[data-unnag]')).toHaveLength(0);
    controller!.setPolicy(policy);
    expect(document.getElementById('box')!.getAttribute('data-unnag')).toBe('donation');
  });

  it('remembered, is shown at once when its frame reported a kind the reader turned off', () => {
    start({}, ['#box']);
    controller!.collapseFrame(document.getElementById('offer')!, report);
    controller!.setPolicy({ ...controller!.policy, categories: ['newsletter'] });
    expect(hiddenEarlyBy(['#box'])).toEqual([]);
    expect(document.querySelectorAll('[data-unnag]')).toHaveLength(0);
  });

  it('remembered, waits hidden on the next visit for its report, which confirms it', () => {
    const { visit } = start({}, ['#box']);
    expect(hiddenEarlyBy(['#box'])).toEqual(['#box']);
    controller!.collapseFrame(document.getElementById('offer')!, report);
    expect(visit()?.hits.has('#box')).toBe(true);
    for (const timer of longTimers) timer();
    expect(document.getElementById('box')!.getAttribute('data-unnag')).toBe('donation');
  });

  it('remembered, is shown again when no report came in the wait, and a box that holds more than a frame at once', () => {
    start({}, ['#box', 'article']);
    expect(hiddenEarlyBy(['#box', 'article'])).toEqual(['#box']);
    expect(longTimers).toHaveLength(1);
    longTimers[0]!();
    expect(hiddenEarlyBy(['#box'])).toEqual([]);
    expect(document.querySelectorAll('[data-unnag]')).toHaveLength(0);
  });

  it('is left as the reader and the site\'s settings say: a kind turned off, a frame marked not clutter, Unnag off', () => {
    start({ categories: ['newsletter'] });
    controller!.collapseFrame(document.getElementById('offer')!, report);
    controller!.stop();
    start({ notClutter: ['#offer'] });
    controller!.collapseFrame(document.getElementById('offer')!, report);
    controller!.stop();
    start({ enabled: false });
    controller!.collapseFrame(document.getElementById('offer')!, report);
    expect(document.querySelectorAll('[data-unnag]')).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { summarize, WATCHED_ATTRIBUTES } from '../../../src/content/observe';
import { PendingRoots } from '../../../src/content/pending-roots';

/** Real MutationObserver records from jsdom for what `mutate` does. */
async function recordsOf(mutate: () => void): Promise<MutationRecord[]> {
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'data-unnag'] });
  mutate();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

describe('summarize', () => {
  it('sorts added subtrees, text changes, restyled and touched-collapsed elements, and skips Unnag’s own nodes', async () => {
    document.body.innerHTML = '<div id="a"></div><p id="text"></p><div id="collapsed" data-unnag="donation"></div><div id="gone"></div>';
    const collapsed = document.getElementById('collapsed')!;
    const own = document.createElement('div');
    own.setAttribute('data-unnag-placeholder', '');
    const records = await recordsOf(() => {
      const added = document.createElement('section');
      document.getElementById('a')!.append(added);
      document.getElementById('text')!.append('late words');
      document.getElementById('a')!.className = 'shown';
      collapsed.setAttribute('style', 'color: red');
      document.body.append(own);
      own.setAttribute('class', 'x');
      document.getElementById('gone')!.remove();
    });
    const summary = summarize(records, (el) => el === collapsed);
    expect(summary.added.map((e) => e.localName + (e.id ? `#${e.id}` : ''))).toEqual(['section', 'p#text']);
    expect(summary.restyled.map((e) => e.id)).toEqual(['a']);
    expect(summary.touched).toEqual([collapsed]);
    expect(summary.removedSomething).toBe(true);
    expect(summary.ownRemoved).toBe(false);
  });

  it('does not count as restyled an element the same batch added (examined as added, no layout to ask)', async () => {
    document.body.innerHTML = '<ul id="ticker"><li id="old"></li></ul>';
    const ticker = document.getElementById('ticker')!;
    const records = await recordsOf(() => {
      const item = document.createElement('li');
      item.id = 'new';
      ticker.append(item);
      item.className = 'hot';
      document.getElementById('old')!.className = 'hot';
    });
    const summary = summarize(records, () => false);
    expect([summary.added.map((e) => e.id), summary.restyled.map((e) => e.id)]).toEqual([['new'], ['old']]);
  });

  it('lists the dialogs the page opens, not those it closes nor another element\'s `open`', async () => {
    document.body.innerHTML = '<dialog id="wall"></dialog><dialog id="shut" open></dialog><details id="more"></details>';
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    document.getElementById('wall')!.setAttribute('open', '');
    document.getElementById('shut')!.removeAttribute('open');
    document.getElementById('more')!.setAttribute('open', '');
    const summary = summarize(observer.takeRecords(), () => false);
    observer.disconnect();
    expect(summary.opened.map((el) => el.id)).toEqual(['wall']);
  });

  it('notices when the page removes one of Unnag’s own nodes', async () => {
    document.body.innerHTML = '<div data-unnag-placeholder></div>';
    const records = await recordsOf(() => document.body.firstElementChild!.remove());
    expect(summarize(records, () => false).ownRemoved).toBe(true);
  });
});

describe('summarize: the page\'s language', () => {
  async function languageRecords(mutate: () => void): Promise<MutationRecord[]> {
    const observer = new MutationObserver(() => {});
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    mutate();
    const records = observer.takeRecords();
    observer.disconnect();
    return records;
  }

  it('notices a script setting the root element\'s lang, and nothing else of a lang change', async () => {
    document.body.innerHTML = '<p id="quote">Ein Zitat.</p>';
    const quote = await languageRecords(() => document.getElementById('quote')!.setAttribute('lang', 'de'));
    expect(summarize(quote, () => false)).toMatchObject({ languageChanged: false, restyled: [], added: [] });
    const root = await languageRecords(() => {
      document.documentElement.lang = 'de';
    });
    expect(summarize(root, () => false)).toMatchObject({ languageChanged: true, restyled: [] });
    document.documentElement.removeAttribute('lang');
  });
});

describe('PendingRoots', () => {
  it('keeps the outermost connected roots only, in order', () => {
    document.body.innerHTML = '<div id="outer"><div id="inner"><span id="leaf"></span></div></div><p id="other"></p><p id="detached"></p>';
    const byId = (id: string) => document.getElementById(id)!;
    const pending = new PendingRoots();
    const detached = byId('detached');
    for (const id of ['leaf', 'other', 'outer', 'inner', 'detached']) pending.add(byId(id));
    detached.remove();
    expect(pending.drain().map((e) => e.id)).toEqual(['other', 'outer']);
    expect(pending.size).toBe(0);
  });

  it('drops the children of a root however many siblings share their parent, and keeps every sibling under a parent that is no root', () => {
    document.body.innerHTML = '<div id="p"><i id="p1"></i><i id="p2"></i></div><div id="q"><i id="q1"></i><i id="q2"></i><i id="q3"></i></div>';
    const byId = (id: string) => document.getElementById(id)!;
    const pending = new PendingRoots();
    for (const id of ['p1', 'p', 'p2', 'q1', 'q2', 'q3']) pending.add(byId(id));
    expect(pending.drain().map((e) => e.id)).toEqual(['p', 'q1', 'q2', 'q3']);
  });

  it('bounds its ancestor search on deep nesting: a root far below another is kept rather than searched for', () => {
    // (jsdom itself recurses on deep trees; the browser benchmark covers 5,000 levels.)
    const top = document.createElement('div');
    let deepest = top;
    for (let i = 0; i < 300; i++) deepest = deepest.appendChild(document.createElement('div'));
    const near = deepest.parentElement!.parentElement!;
    document.body.replaceChildren(top);
    const pending = new PendingRoots();
    pending.add(top);
    pending.add(near);
    pending.add(deepest);
    expect(pending.drain()).toEqual([top, near]);
  });
});

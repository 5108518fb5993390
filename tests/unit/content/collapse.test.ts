import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Collapser, MAX_REPAIRS } from '../../../src/content/collapse';

const text = () => ({ label: 'Donation appeal hidden', show: 'Show', language: { lang: 'en', dir: 'ltr' } as const });

function appeal(html: string): Element {
  document.body.innerHTML = `<main><p>Story.</p>${html}<p>More story.</p></main>`;
  return document.querySelector('#appeal')!;
}

/** The element's markup without the reopened marker. */
function markupWithoutMarker(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.removeAttribute('data-unnag-revealed');
  return copy.outerHTML;
}

describe('Collapser', () => {
  let collapser: Collapser;
  beforeEach(() => {
    collapser = new Collapser(text);
  });

  it('gives each entry the first twelve words of its element as a preview, also to a destructuring reader', () => {
    const el = appeal('<section id="appeal">  One two three four five six seven eight nine ten eleven twelve thirteen </section>');
    const entry = collapser.collapse(el, 'donation', ['x'], true);
    const { preview } = collapser.entries()[0]!;
    expect(preview).toBe('One two three four five six seven eight nine ten eleven twelve…');
    expect(entry.preview).toBe(preview);
  });

  it('words the preview as a reader sees the element: a heading and its line apart, no script', () => {
    const el = appeal('<section id="appeal"><h2>Support us</h2><p>We rely on readers.</p><script>track("appeal")</script><a href="/give">Give</a></section>');
    expect(collapser.collapse(el, 'donation', ['x'], true).preview).toBe('Support us We rely on readers. Give');
  });

  it('reads the preview again while it has no words, as a widget that draws late has none at first', () => {
    const host = appeal('<div id="appeal"></div>');
    const entry = collapser.collapse(host, 'newsletter', ['x'], true);
    const root = host.attachShadow({ mode: 'open' });
    expect(entry.preview).toBe('');
    root.innerHTML = '<p>Join the harbour newsletter</p>';
    expect(entry.preview).toBe('Join the harbour newsletter');
  });

  it('hides with an inline !important display and a placeholder before the element', () => {
    const el = appeal('<section id="appeal" class="give">Please give</section>');
    collapser.collapse(el, 'donation', ['x'], true);
    expect((el as HTMLElement).style.getPropertyPriority('display')).toBe('important');
    expect(el.getAttribute('data-unnag')).toBe('donation');
    expect(el.previousElementSibling?.hasAttribute('data-unnag-placeholder')).toBe(true);
    expect(collapser.count()).toBe(1);
  });

  it('gives the rest of a run the placeholder once the site took the run\'s first element away, and lists it on its own', () => {
    document.body.innerHTML = `<main><p>Story.</p><h5 id="lead">Support the writer</h5><div id="row"><a href="#">Tip</a></div></main>`;
    const lead = document.getElementById('lead')!;
    const row = document.getElementById('row')!;
    collapser.collapse(lead, 'donation', [], true);
    collapser.collapse(row, 'donation', [], true, lead);
    lead.remove();
    collapser.sweep();
    expect(collapser.appeals().map((e) => e.element)).toEqual([row]);
    expect(collapser.count()).toBe(1);
    // It takes over the placeholder, which reopens it.
    const placeholders = document.querySelectorAll('[data-unnag-placeholder]');
    expect(placeholders).toHaveLength(1);
    expect(placeholders[0]!.nextElementSibling).toBe(row);
    collapser.reveal(collapser.entryOf(row)!.id);
    expect(row.hasAttribute('data-unnag')).toBe(false);
    expect(document.querySelectorAll('[data-unnag-placeholder]')).toHaveLength(0);
  });

  it('hands a longer run over whole: the next element leads the ones after it', () => {
    document.body.innerHTML = `<main><p>Story.</p><h5 id="lead">Support the writer</h5><p id="line">Every tip helps.</p><div id="row"><a href="#">Tip</a></div></main>`;
    const [lead, line, row] = ['lead', 'line', 'row'].map((id) => document.getElementById(id)!);
    collapser.collapse(lead!, 'donation', [], true);
    collapser.collapse(line!, 'donation', [], true, lead);
    collapser.collapse(row!, 'donation', [], true, lead);
    lead!.remove();
    collapser.sweep();
    expect(collapser.count()).toBe(1);
    expect(collapser.elementsOf(collapser.entryOf(line!)!.id)).toEqual([line, row]);
    collapser.reveal(collapser.entryOf(line!)!.id);
    expect([line, row].map((el) => el!.hasAttribute('data-unnag'))).toEqual([false, false]);
  });

  it('collapses without a trace when asked', () => {
    const el = appeal('<section id="appeal">Please give</section>');
    collapser.collapse(el, 'donation', [], false);
    expect(document.querySelectorAll('[data-unnag-placeholder]')).toHaveLength(0);
    expect(el.getAttribute('data-unnag')).toBe('donation');
  });

  it('collapses a run of sibling elements under one placeholder, reopened and hidden together', () => {
    document.body.innerHTML = `<main><p>Story.</p><h5 id="lead">Support the writer</h5><div id="row"><a href="#">Tip</a></div><p>More.</p></main>`;
    const lead = document.getElementById('lead')!;
    const row = document.getElementById('row')!;
    const first = collapser.collapse(lead, 'donation', [], true);
    collapser.collapse(row, 'donation', [], true, lead);
    expect(document.querySelectorAll('[data-unnag-placeholder]')).toHaveLength(1);
    expect(lead.nextElementSibling).toBe(row);
    expect(row.getAttribute('data-unnag')).toBe('donation');
    // One appeal to the reader: counted once, listed once, its elements known together.
    expect(collapser.count()).toBe(1);
    expect(collapser.appeals().map((e) => e.element)).toEqual([lead]);
    expect(collapser.elementsOf(first.id)).toEqual([lead, row]);
    collapser.reveal(first.id);
    expect(row.hasAttribute('data-unnag')).toBe(false);
    expect(document.querySelectorAll('[data-unnag-placeholder]')).toHaveLength(0);
    collapser.collapseAgain(first.id);
    expect(row.getAttribute('data-unnag')).toBe('donation');
    expect(document.querySelectorAll('[data-unnag-placeholder]')).toHaveLength(1);
  });

  it('tells of each reopening and collapsing again, its followers too, and of nothing else', () => {
    document.body.innerHTML = `<main><p>Story.</p><h5 id="lead">Support the writer</h5><div id="row"><a href="#">Tip</a></div></main>`;
    const toggled: string[] = [];
    const told = new Collapser(text, (entry) => toggled.push(`${entry.element.id} ${entry.revealed ? 'open' : 'collapsed'}`));
    const lead = told.collapse(document.getElementById('lead')!, 'donation', [], true);
    told.collapse(document.getElementById('row')!, 'donation', [], true, lead.element);
    expect(toggled).toEqual([]);
    told.reveal(lead.id);
    expect(toggled).toEqual(['row open', 'lead open']);
    told.collapseAgain(lead.id);
    expect(toggled).toEqual(['row open', 'lead open', 'row collapsed', 'lead collapsed']);
    expect(told.reveal(12345)).toBe(false);
    expect(toggled).toHaveLength(4);
  });

  it('moves a collapse out to a container that is only its frame: the element as it was, the container under its placeholder', () => {
    document.body.innerHTML = `<main><p>Story.</p></main><div id="overlay" style="position: fixed"><div id="dialog" class="box" style="color: red">Please give</div><p id="more">Give monthly</p></div><aside id="after">Or leave a tip</aside>`;
    const overlay = document.getElementById('overlay')!;
    const dialog = document.getElementById('dialog')!;
    const [originalOverlay, originalDialog] = [overlay.outerHTML, dialog.outerHTML];
    const first = collapser.collapse(dialog, 'donation', ['pitch'], true);
    collapser.collapse(document.getElementById('more')!, 'donation', [], true, dialog);
    collapser.collapse(document.getElementById('after')!, 'donation', [], true, dialog);
    const wider = collapser.widen(dialog, overlay)!;
    expect([wider.element, wider.kind, wider.reasons]).toEqual([overlay, 'donation', ['pitch']]);
    // The dialog and its follower inside the overlay are given back as they were, and forgotten.
    expect(dialog.outerHTML).toBe(originalDialog);
    expect(collapser.entryOf(dialog)).toBeUndefined();
    expect(collapser.entryOf(document.getElementById('more')!)).toBeUndefined();
    expect(collapser.reveal(first.id)).toBe(false);
    expect(overlay.getAttribute('data-unnag')).toBe('donation');
    expect(overlay.previousElementSibling?.hasAttribute('data-unnag-placeholder')).toBe(true);
    expect(document.querySelectorAll('[data-unnag-placeholder]')).toHaveLength(1);
    // The follower outside the overlay now follows it: one appeal, reopened together.
    expect(collapser.count()).toBe(1);
    expect(collapser.elementsOf(wider.id)).toEqual([overlay, document.getElementById('after')]);
    collapser.reveal(wider.id);
    expect(markupWithoutMarker(overlay)).toBe(originalOverlay);
    expect(document.getElementById('after')!.hasAttribute('data-unnag')).toBe(false);
    // Nothing moves to a container already known, to one that does not hold the element, or from a reopened element.
    expect(collapser.widen(dialog, overlay)).toBeUndefined();
    const aside = document.getElementById('after')!;
    expect(collapser.widen(aside, overlay)).toBeUndefined();
  });

  for (const [name, html] of [
    ['no style attribute', '<section id="appeal" data-x="1" class="a b">Please give</section>'],
    ['its own inline style, display included', '<section id="appeal" style="display:flex;color:red" aria-label="n">Please give</section>'],
    ['an empty style attribute in the middle', '<section class="a" style="" id="appeal" data-y="2">Please give</section>'],
  ]) {
    it(`reopens exactly (${name}), and can collapse again`, () => {
      const el = appeal(html!);
      const original = el.outerHTML;
      const entry = collapser.collapse(el, 'donation', [], true);
      expect(collapser.reveal(entry.id)).toBe(true);
      expect(markupWithoutMarker(el)).toBe(original);
      expect(el.hasAttribute('data-unnag-revealed')).toBe(true);
      expect(document.querySelectorAll('[data-unnag-placeholder]')).toHaveLength(0);
      expect(collapser.collapseAgain(entry.id)).toBe(true);
      expect(el.getAttribute('data-unnag')).toBe('donation');
      expect(el.hasAttribute('data-unnag-revealed')).toBe(false);
      collapser.reveal(entry.id);
      expect(markupWithoutMarker(el)).toBe(original);
    });
  }

  it('gives back the site’s own later style change on reopen, without Unnag’s display', () => {
    const el = appeal('<section id="appeal" style="color: red;">Please give</section>');
    const entry = collapser.collapse(el, 'donation', [], true);
    (el as HTMLElement).style.setProperty('margin-top', '4px');
    collapser.reveal(entry.id);
    expect(el.getAttribute('style')).toBe('color: red; margin-top: 4px;');
  });

  it('repairs a collapsed element whose style the site rewrote, a bounded number of times', () => {
    const el = appeal('<section id="appeal">Please give</section>');
    collapser.collapse(el, 'donation', [], true);
    for (let i = 0; i < MAX_REPAIRS; i++) {
      el.setAttribute('style', 'display: block');
      expect(collapser.repair(el)).toBe(true);
      expect((el as HTMLElement).style.getPropertyValue('display')).toBe('none');
    }
    el.setAttribute('style', 'display: block');
    expect(collapser.repair(el)).toBe(false);
    expect((el as HTMLElement).style.getPropertyValue('display')).toBe('block');
  });

  it('drops the placeholder of an element the site removed, and brings it back with the element', () => {
    const el = appeal('<section id="appeal">Please give</section>');
    const main = el.parentElement!;
    collapser.collapse(el, 'donation', [], true);
    el.remove();
    collapser.sweep();
    expect(document.querySelectorAll('[data-unnag-placeholder]')).toHaveLength(0);
    expect(collapser.count()).toBe(0);
    main.append(el);
    collapser.repair(el);
    expect(el.previousElementSibling?.hasAttribute('data-unnag-placeholder')).toBe(true);
    expect(collapser.count()).toBe(1);
  });

  /** A heading and a row collapsed as one run under the heading's line; then the site takes the heading away. */
  function runWithLeadTakenAway(): [Element, Element] {
    document.body.innerHTML = `<main><p>Story.</p><h5 id="lead">Support the writer</h5><div id="row"><a href="#">Tip</a></div></main>`;
    const [lead, row] = [document.getElementById('lead')!, document.getElementById('row')!];
    collapser.collapse(lead, 'donation', [], true);
    collapser.collapse(row, 'donation', [], true, lead);
    lead.remove();
    collapser.sweep();
    return [lead, row];
  }

  it('gives a run\'s first element, put back after its line went to the next one, no second line', () => {
    const [lead, row] = runWithLeadTakenAway();
    row.before(lead);
    collapser.repair(lead);
    expect([collapser.count(), document.querySelectorAll('[data-unnag-placeholder]').length]).toEqual([1, 1]);
    // One Show reopens both.
    collapser.reveal(collapser.entryOf(row)!.id);
    expect([lead, row].map((el) => el.hasAttribute('data-unnag-revealed'))).toEqual([true, true]);
  });

  it('gives a run\'s first element its own line back when the element that took its line is gone too', () => {
    const [lead, row] = runWithLeadTakenAway();
    row.remove();
    collapser.sweep();
    document.querySelector('main')!.append(lead);
    collapser.repair(lead);
    expect([collapser.count(), document.querySelectorAll('[data-unnag-placeholder]').length]).toEqual([1, 1]);
    expect(lead.previousElementSibling?.hasAttribute('data-unnag-placeholder')).toBe(true);
  });

  it('revealAll puts the page back as it was', () => {
    const el = appeal('<section id="appeal" style="color: blue">Please give</section>');
    const before = document.body.innerHTML;
    collapser.collapse(el, 'donation', [], true);
    collapser.revealAll();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('what the reader does with a collapsed appeal', () => {
  let collapser: Collapser;
  /** The placeholders' closed shadow roots, caught as they are made. */
  let roots: ShadowRoot[];
  beforeEach(() => {
    collapser = new Collapser(text);
    roots = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    // jsdom lays nothing out: every element stands shown but what lies in a `.is-hidden` one.
    vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
      return (this.closest('.is-hidden, [data-unnag]') ? [] : [{}]) as unknown as DOMRectList;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('moves focus from the Show the keyboard pressed to the first control the reopened appeal shows', () => {
    const el = appeal('<section id="appeal"><h2>Support us</h2><a class="is-hidden" href="/menu">Menu</a><a id="give" href="/give">Give</a></section>');
    collapser.collapse(el, 'donation', [], true);
    const show = roots[0]!.querySelector('button')!;
    show.focus();
    show.click();
    expect(el.hasAttribute('data-unnag-revealed')).toBe(true);
    expect(document.activeElement?.id).toBe('give');
  });

  it('leaves focus where it is when Show was clicked without focus on it (the popup, a pointer that does not focus)', () => {
    const el = appeal('<section id="appeal"><a id="give" href="/give">Give</a></section><input id="search">');
    collapser.collapse(el, 'donation', [], true);
    document.getElementById('search')!.focus();
    roots[0]!.querySelector('button')!.click();
    expect(document.activeElement?.id).toBe('search');
  });

  it('collapses again, under its line, the reopened appeal the reader then picks, or a part of it', () => {
    document.body.innerHTML = `<main><p>Story.</p><h5 id="lead">Support the writer</h5><div id="row"><a id="tip" href="#">Tip</a></div><p>More.</p></main>`;
    const [lead, row] = [document.getElementById('lead')!, document.getElementById('row')!];
    collapser.collapse(lead, 'donation', [], true);
    collapser.collapse(row, 'donation', [], true, lead);
    expect(collapser.collapseReopenedAround(row), 'nothing reopened yet').toBe(false);
    collapser.reveal(collapser.entryOf(lead)!.id);
    // The row's link: a part of the run's second element.
    expect(collapser.collapseReopenedAround(document.getElementById('tip')!)).toBe(true);
    expect([collapser.isCollapsed(lead), collapser.isCollapsed(row), collapser.count()]).toEqual([true, true, 1]);
    expect(document.querySelectorAll('[data-unnag-placeholder]')).toHaveLength(1);
    expect(collapser.collapseReopenedAround(document.querySelector('main > p')!), 'story text is no appeal').toBe(false);
  });
});

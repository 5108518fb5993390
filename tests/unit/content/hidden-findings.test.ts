import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HiddenFindings, MAX_WAITING } from '../../../src/content/hidden-findings';

// jsdom lays nothing out: an element shows here unless it lies in a `.is-hidden` element.
beforeAll(() => {
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return (this.closest('.is-hidden') ? [] : [{}]) as unknown as DOMRectList;
  });
});
afterAll(() => vi.restoreAllMocks());

function boxes(n: number): HTMLElement[] {
  document.body.innerHTML = '<div id="wrap" class="is-hidden"></div><div id="other"></div>';
  const wrap = document.getElementById('wrap')!;
  return Array.from({ length: n }, () => wrap.appendChild(document.createElement('section')));
}

describe('findings waiting hidden', () => {
  it('gives back those the page shows now, once, and keeps the rest waiting', () => {
    const [a, b] = boxes(2) as [HTMLElement, HTMLElement];
    const hidden = new HiddenFindings();
    hidden.add(a);
    hidden.add(b);
    expect(hidden.takeShown()).toEqual([]);
    b.className = 'is-hidden';
    document.getElementById('wrap')!.className = '';
    expect(hidden.takeShown()).toEqual([a]);
    expect(hidden.takeShown()).toEqual([]);
    expect(hidden.size).toBe(1);
  });

  it('asks only those inside the changed elements when told which changed', () => {
    const [a] = boxes(1) as [HTMLElement];
    const hidden = new HiddenFindings();
    hidden.add(a);
    document.getElementById('wrap')!.className = '';
    expect(hidden.takeShown([document.getElementById('other')!])).toEqual([]);
    expect(hidden.takeShown([document.body])).toEqual([a]);
  });

  it('drops what the page removed, and holds no more than its bound', () => {
    const all = boxes(100);
    const hidden = new HiddenFindings();
    for (const el of all) hidden.add(el);
    expect(hidden.size).toBe(MAX_WAITING);
    for (const el of all.slice(0, 10)) el.remove();
    expect(hidden.takeShown()).toEqual([]);
    expect(hidden.size).toBe(MAX_WAITING - 10);
  });
});

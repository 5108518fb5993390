import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ElementPicker, step } from '../../../src/content/picker';

const text = {
  label: 'Pick',
  hint: 'Point at something',
  current: (what: string) => `Selected: ${what}`,
  cancel: 'Cancel',
  language: { lang: 'en', dir: 'ltr' } as const,
};

function press(key: string): void {
  (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/** Starts a picker whose "middle of the window" is `middle`. */
function startPicker(middle: Element | null, onPick = vi.fn(), onEnd = vi.fn()): ElementPicker {
  document.elementFromPoint = () => middle;
  const picker = new ElementPicker({ doc: document, text, onPick, onEnd });
  picker.start();
  return picker;
}

beforeEach(() => {
  // jsdom lays nothing out: every element has a box but one laid out as `display: contents`, as in a browser.
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return ((this as HTMLElement).style?.display === 'contents' ? [] : [{}]) as unknown as DOMRectList;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.querySelectorAll('unnag-picker').forEach((host) => host.remove());
  document.body.replaceChildren();
});

describe('the element picker', () => {
  it('still cancels, and gives the page its clicks back, when the page took its toolbar out', () => {
    document.body.innerHTML = '<main><section id="box"><a id="link" href="#more">Read more</a></section></main>';
    const [onPick, onEnd] = [vi.fn(), vi.fn()];
    const picker = startPicker(document.getElementById('box'), onPick, onEnd);
    // A script re-rendering the page's children drops the foreign node: the next highlight puts it back.
    document.querySelector('unnag-picker')!.remove();
    press('ArrowDown');
    expect(document.querySelector('unnag-picker')).not.toBeNull();
    document.querySelector('unnag-picker')!.remove();
    press('Escape');
    expect([picker.active, onEnd.mock.calls.length]).toEqual([false, 1]);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.getElementById('link')!.dispatchEvent(click);
    expect([onPick.mock.calls.length, click.defaultPrevented]).toEqual([0, false]);
  });

  it('lets the keyboard start from the top of the page when the middle of the window is the page itself', () => {
    document.body.innerHTML = '<header id="top">Masthead</header><main><section id="box">Support us</section></main>';
    const onPick = vi.fn();
    startPicker(document.body, onPick);
    press('Enter');
    expect(onPick).toHaveBeenCalledWith(document.getElementById('top'));
  });

  it('climbs past a wrapper without a box of its own (display: contents)', () => {
    document.body.innerHTML = '<div id="appeal"><div style="display: contents"><p id="line">Give</p></div></div>';
    expect(step(document.getElementById('line')!, 'ArrowUp')).toBe(document.getElementById('appeal'));
    expect(step(document.getElementById('appeal')!, 'ArrowUp'), 'never the page itself').toBeNull();
  });

  it('gives focus back to the field it came from, inside a widget’s shadow root too', () => {
    document.body.innerHTML = '<main><section id="box">Story</section><x-widget id="widget"></x-widget></main>';
    const root = document.getElementById('widget')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<input id="field">';
    const field = root.getElementById('field') as HTMLInputElement;
    field.focus();
    const picker = startPicker(document.getElementById('box'));
    press('Escape');
    expect([picker.active, root.activeElement]).toEqual([false, field]);
  });

  it('lets the pointer pass through frames while picking, and only then', () => {
    document.body.innerHTML = '<aside id="box"><iframe srcdoc="<a href=/offer>Offer</a>"></iframe></aside>';
    const frame = document.querySelector('iframe')!;
    const picker = startPicker(document.getElementById('box'));
    expect(getComputedStyle(frame).pointerEvents).toBe('none');
    picker.stop();
    expect(getComputedStyle(frame).pointerEvents).not.toBe('none');
  });

  /**
   * Starts the picker on a #box inside a dialog, the host's box drawn at `host` (the dialog's, when a
   * transform makes the dialog the host's containing block) and laid out at `laidOut`, the #box at
   * `target`; gives the highlight's left, top, width and height.
   */
  function highlightIn(host: DOMRect, laidOut: { width: number; height: number } | null, target: DOMRect): string[] {
    const attach = HTMLElement.prototype.attachShadow;
    let root: ShadowRoot | undefined;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
      return (root = attach.call(this, init));
    });
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      if (this.localName === 'unnag-picker') return host;
      return this.id === 'box' ? target : rect(0, 0, 0, 0);
    });
    if (laidOut) {
      const size = (name: 'width' | 'height') =>
        function (this: HTMLElement) {
          return this.localName === 'unnag-picker' ? laidOut[name] : 0;
        };
      vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(size('width'));
      vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(size('height'));
    }
    document.body.innerHTML = '<dialog open><section id="box">Choose your edition</section></dialog>';
    startPicker(document.getElementById('box'));
    const box = root!.querySelector<HTMLElement>('.box')!;
    return [box.style.left, box.style.top, box.style.width, box.style.height];
  }
  const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height }) as DOMRect;

  it('sets the highlight from its own corner, which a transformed dialog holding it moves off the window’s', () => {
    // A dialog centred with translate(-50%, -50%), its corner at (300, 120). (jsdom lays nothing out: no scale is read.)
    expect(highlightIn(rect(300, 120, 400, 300), null, rect(340, 180, 200, 50))).toEqual(['40px', '60px', '200px', '50px']);
  });

  it('sets the highlight in the host’s own pixels when a dialog holding it is scaled too', () => {
    // A 400 × 300 dialog drawn at half its size, its corner at (300, 120) on the screen.
    expect(highlightIn(rect(300, 120, 200, 150), { width: 400, height: 300 }, rect(320, 150, 100, 25))).toEqual(['40px', '60px', '200px', '50px']);
  });
});

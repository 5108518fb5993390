import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backdropsBeside, isBackdrop, isOnlyFrameOf, overlayAround } from '../../../src/content/backdrops';

// jsdom lays nothing out, computes no defaults and expands no shorthands: every layer here covers
// the window, and the rules name each longhand the test reads.
beforeAll(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => ({ width: innerWidth, height: innerHeight }) as DOMRect);
});
afterAll(() => vi.restoreAllMocks());

const LAYER = 'position: fixed; display: block; visibility: visible; background-image: none; opacity: 1;';

function layer(style: string, html = ''): HTMLElement {
  document.body.innerHTML = `<div class="modal" style="position: fixed"><p>Sign up for our newsletter</p></div><div id="layer" style="${LAYER} ${style}">${html}</div>`;
  return document.getElementById('layer')!;
}

describe('a pop-up\'s backdrop', () => {
  it('is a see-through layer fixed over the window, with nothing to read or use', () => {
    expect(isBackdrop(layer('background-color: rgba(0, 0, 0, 0.5);'))).toBe(true);
    expect(isBackdrop(layer('background-color: rgb(0, 0, 0); opacity: 0.6;'))).toBe(true);
  });

  it('is not a layer with words, a picture or a control, an opaque or clear one, or one with a background picture', () => {
    expect(isBackdrop(layer('background-color: rgba(0, 0, 0, 0.5);', 'Loading…'))).toBe(false);
    expect(isBackdrop(layer('background-color: rgba(0, 0, 0, 0.5);', '<img src="a.png" alt="">'))).toBe(false);
    expect(isBackdrop(layer('background-color: rgb(250, 247, 240);'))).toBe(false);
    expect(isBackdrop(layer('background-color: rgba(0, 0, 0, 0);'))).toBe(false);
    expect(isBackdrop(layer('background-color: rgba(0, 0, 0, 0.5); background-image: url(art.png);'))).toBe(false);
    expect(isBackdrop(layer('background-color: rgba(0, 0, 0, 0.5); position: absolute;'))).toBe(false);
  });

  it('is looked for beside the collapsed pop-up, never in it', () => {
    const backdrop = layer('background-color: rgba(0, 0, 0, 0.5);');
    const modal = document.querySelector('.modal')!;
    expect(backdropsBeside([modal])).toEqual([backdrop]);
    expect(backdropsBeside([backdrop])).toEqual([]);
  });
});

describe('a pop-up\'s overlay', () => {
  const OVERLAY = 'position: fixed; display: flex; visibility: visible; pointer-events: auto; background-color: rgba(0, 0, 0, 0.5);';
  function overlaid(style: string, beside = ''): Element {
    document.body.innerHTML = `<main><p>Story.</p></main><div id="overlay" style="${OVERLAY} ${style}">${beside}<div class="wrap" style="position: static"><div id="dialog" role="dialog"><h2>Support us</h2><p>Please make a donation.</p><button>Donate</button></div></div></div>`;
    return document.getElementById('dialog')!;
  }

  it('is the fixed layer around the pop-up with nothing else but its close button, through any wrappers', () => {
    expect(overlayAround(overlaid(''))?.id).toBe('overlay');
    expect(overlayAround(overlaid('', '<button aria-label="Close"><svg></svg>×</button>'))?.id).toBe('overlay');
    // A clear layer still takes the page's clicks.
    expect(overlayAround(overlaid('background-color: rgba(0, 0, 0, 0);'))?.id).toBe('overlay');
  });

  it('is told by what it holds alone when it is hidden (remembered from an earlier visit)', () => {
    const dialog = overlaid('display: none;', '<button aria-label="Close">×</button>');
    const overlay = document.getElementById('overlay')!;
    expect(overlayAround(dialog)).toBeNull();
    expect(isOnlyFrameOf(overlay, dialog)).toBe(true);
    const busy = overlaid('display: none;', '<p>Today\'s top stories</p>');
    expect(isOnlyFrameOf(document.getElementById('overlay')!, busy)).toBe(false);
    expect(isOnlyFrameOf(document.getElementById('dialog')!, document.getElementById('overlay')!)).toBe(false);
  });

  it('is not a layer with words, a picture or a link of its own, one in the page\'s flow, or a clear one clicks pass through', () => {
    expect(overlayAround(overlaid('', '<p>Today\'s top stories</p>'))).toBeNull();
    expect(overlayAround(overlaid('', '<img src="a.png" alt="">'))).toBeNull();
    expect(overlayAround(overlaid('', '<a href="/home"></a>'))).toBeNull();
    expect(overlayAround(overlaid('position: static;'))).toBeNull();
    expect(overlayAround(overlaid('pointer-events: none; background-color: rgba(0, 0, 0, 0);'))).toBeNull();
    expect(overlayAround(overlaid('pointer-events: none;'))?.id).toBe('overlay');
  });
});

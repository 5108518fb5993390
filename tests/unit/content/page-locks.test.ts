import { afterEach, describe, expect, it, vi } from 'vitest';
import { overrideInline } from '../../../src/content/inline-override';
import { PageStyle } from '../../../src/content/page-style';
import { blurredBeside, heldAttributes, MAX_RECLOSES, ModalHolds, pageLocks, placeUnderFixedBody } from '../../../src/content/page-locks';

/**
 * A page whose content is `contentPx` tall in a window 800 px tall (jsdom lays nothing out, and
 * neither expands the `overflow` shorthand nor computes defaults: the rules here name `overflow-y`,
 * and the root element's `visible` where it counts).
 */
function pageOf(css: string, contentPx: number, bodyPx = contentPx): Document {
  document.head.innerHTML = `<style>${css}</style>`;
  document.body.innerHTML = '<p>Story</p>';
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, get: () => contentPx });
  Object.defineProperty(document.body, 'scrollHeight', { configurable: true, get: () => bodyPx });
  Object.defineProperty(window, 'innerHeight', { configurable: true, get: () => 800 });
  return document;
}

afterEach(() => {
  document.head.innerHTML = '';
});

describe('a page stopped from scrolling', () => {
  it('is locked by the body while the root element lets its overflow through', () => {
    expect(pageLocks(pageOf('html { overflow-y: visible; } body { overflow-y: hidden; }', 3000))).toEqual(['body-overflow']);
  });

  it('is locked by the root element, whatever the body says', () => {
    expect(pageLocks(pageOf('html { overflow-y: hidden; } body { overflow-y: hidden; }', 3000))).toEqual(['root-overflow']);
    expect(pageLocks(pageOf('html { overflow-y: clip; }', 3000))).toEqual(['root-overflow']);
  });

  it('is locked by a body fixed to the window whose story runs past its bottom, and was scrolled as far as the body was moved up', () => {
    // The page itself is as tall as the window: the fixed body is out of its flow.
    const locked = pageOf('html { overflow-y: visible; } body { position: fixed; top: -1200px; overflow-y: visible; }', 800, 3000);
    expect(pageLocks(locked)).toEqual(['body-fixed']);
    expect(placeUnderFixedBody(locked)).toBe(1200);
    // With its overflow hidden too, both locks are lifted.
    expect(pageLocks(pageOf('html { overflow-y: visible; } body { position: fixed; top: 0px; overflow-y: hidden; }', 800, 3000))).toEqual(['body-fixed', 'body-overflow']);
    expect(placeUnderFixedBody(document)).toBe(0);
  });

  it('is not locked by a fixed body that fits the window or scrolls itself (an app\'s layout)', () => {
    expect(pageLocks(pageOf('html { overflow-y: visible; } body { position: fixed; top: 0px; overflow-y: visible; }', 800, 800))).toEqual([]);
    expect(pageLocks(pageOf('html { overflow-y: visible; } body { position: fixed; top: 0px; overflow-y: auto; }', 800, 3000))).toEqual([]);
  });

  it('is not locked by a body whose overflow the root element keeps to itself, nor when it fits the window', () => {
    expect(pageLocks(pageOf('html { overflow-y: scroll; } body { overflow-y: hidden; }', 3000))).toEqual([]);
    expect(pageLocks(pageOf('html, body { overflow-y: hidden; height: 100%; }', 800))).toEqual([]);
    expect(pageLocks(pageOf('', 3000))).toEqual([]);
  });
});

describe('a page that takes no clicks', () => {
  it('is locked by the body\'s pointer-events, whatever its height', () => {
    expect(pageLocks(pageOf('body { pointer-events: none; }', 800))).toEqual(['body-unclickable']);
    expect(pageLocks(pageOf('html { overflow-y: visible; } body { pointer-events: none; overflow-y: hidden; }', 3000))).toEqual(['body-unclickable', 'body-overflow']);
    expect(pageLocks(pageOf('body { pointer-events: auto; }', 800))).toEqual([]);
  });
});

describe('the rest of the page a modal holds', () => {
  const STORY = 'Dredging of the inner harbour will start in the spring, the port authority said on Tuesday, after two years of delays.';
  function page(): Element {
    document.body.innerHTML = `<header id="header" inert></header><main id="main" inert="true" aria-hidden="true" style="color: red; filter: blur(6px)"><p>${STORY}</p></main>` +
      `<div id="layer"><nav id="nav" inert></nav><div id="art" aria-hidden="true" style="filter: blur(8px)"></div><div id="popup"><p id="inside" inert>Fine print</p>Support us</div></div><aside id="aside"></aside>`;
    return document.getElementById('popup')!;
  }

  it('is inert beside the pop-up and its containers, and the story hidden from screen readers; never what the pop-up holds, nor a decoration', () => {
    expect(heldAttributes(page()).map(([el, name, value]) => `${el.id} ${name}=${value}`)).toEqual(['nav inert=', 'header inert=', 'main inert=true', 'main aria-hidden=true']);
  });

  it('is the story blurred behind it, not a blurred picture', () => {
    expect(blurredBeside(page()).map((el) => el.id)).toEqual(['main']);
  });

  it('is freed while the pop-up is collapsed and held again as it was when it is reopened', () => {
    const popUp = page();
    // The same attributes and values, in whatever order.
    const before = document.body.cloneNode(true);
    const holds = new ModalHolds();
    holds.release(popUp, true);
    expect([...document.querySelectorAll('[inert]')].map((el) => el.id)).toEqual(['inside']);
    expect([...document.querySelectorAll('[aria-hidden]')].map((el) => el.id)).toEqual(['art']);
    // (An !important one in a browser; jsdom keeps no priority for a filter.)
    expect(document.getElementById('main')!.style.getPropertyValue('filter')).toBe('none');
    holds.restore(popUp);
    expect(document.body.isEqualNode(before)).toBe(true);
    // Once only: a second restore gives nothing back twice, and leaving the page restores the rest.
    holds.restore(popUp);
    holds.release(popUp, true);
    holds.restoreAll();
    expect(document.body.isEqualNode(before)).toBe(true);
  });

  it('leaves the blur where asked to (a paywall\'s), and frees the rest', () => {
    const popUp = page();
    new ModalHolds().release(popUp, false);
    expect(document.getElementById('main')!.style.getPropertyValue('filter')).toBe('blur(6px)');
    expect(document.getElementById('main')!.hasAttribute('inert')).toBe(false);
  });

  it('takes only its own unblurring back from a story the site restyled meanwhile', () => {
    const popUp = page();
    const holds = new ModalHolds();
    holds.release(popUp, true);
    document.getElementById('main')!.style.setProperty('color', 'blue');
    holds.restore(popUp);
    expect(document.getElementById('main')!.getAttribute('style')).toBe('color: blue; filter: blur(6px);');
  });
});

describe('a modal dialog its site opens again', () => {
  /** jsdom has no modal dialogs: one that records its calls. */
  const dialog = () => {
    const d = { open: true, isConnected: true, close: vi.fn(() => (d.open = false)), showModal: vi.fn(() => (d.open = true)) };
    return d;
  };

  it('is closed again a few times per pop-up, then left to the caller, and given back modal with its pop-up', () => {
    document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    const holds = new ModalHolds();
    const wall = dialog();
    const tries = Array.from({ length: MAX_RECLOSES + 1 }, () => {
      wall.open = true;
      return holds.closeAgain(a, wall as unknown as HTMLDialogElement);
    });
    expect(tries).toEqual([true, true, true, false]);
    expect(wall.close).toHaveBeenCalledTimes(MAX_RECLOSES);
    // Another pop-up has tries of its own.
    const other = dialog();
    expect(holds.closeAgain(b, other as unknown as HTMLDialogElement)).toBe(true);
    holds.restore(b);
    expect([other.showModal.mock.calls.length, other.open]).toEqual([1, true]);
  });
});

describe('the stylesheet that lifts a lock', () => {
  it('lets the locked root scroll, in a layer that outweighs any unlayered lock, until it is detached', () => {
    const style = new PageStyle(document);
    style.attach();
    const sheet = () => document.querySelector('style[data-unnag-placeholder]')?.textContent ?? '';
    expect(sheet()).not.toContain('overflow');
    style.liftLocks(['body-overflow']);
    expect(sheet()).toContain('@layer unnag-lifts { body { overflow-y: auto !important; } }');
    expect(sheet()).not.toContain('html {');
    style.liftLocks(['body-fixed', 'body-overflow']);
    expect(sheet()).toContain('@layer unnag-lifts { body { position: static !important; top: auto !important; } }');
    expect(sheet().match(/overflow-y/g)).toHaveLength(1);
    style.liftLocks(['body-unclickable']);
    expect(sheet()).toContain('@layer unnag-lifts { body { pointer-events: auto !important; } }');
    style.detach();
    expect(sheet()).toBe('');
    style.attach();
    expect(sheet()).not.toContain('overflow');
    style.detach();
  });

  it('writes a lift into a style attribute and gives the attribute back as it was, or only its property when the site restyled meanwhile', () => {
    // jsdom keeps no `!important` on declarations, so PageStyle's inline lift is tested in the browsers (scroll-lock.html).
    const root = document.documentElement;
    root.setAttribute('style', 'color: black; overflow-y: hidden');
    const lift = overrideInline(root, 'overflow-y', 'auto');
    expect(root.style.getPropertyValue('overflow-y')).toBe('auto');
    lift.undo();
    expect(root.getAttribute('style')).toBe('color: black; overflow-y: hidden');
    const again = overrideInline(root, 'overflow-y', 'auto');
    root.style.color = 'navy';
    again.undo();
    expect([root.style.color, root.style.getPropertyValue('overflow-y')]).toEqual(['navy', 'hidden']);
    root.removeAttribute('style');
    const none = overrideInline(root, 'overflow-y', 'auto');
    root.style.color = 'navy';
    none.undo();
    expect(root.getAttribute('style')).toBe('color: navy;');
    root.removeAttribute('style');
  });

  it('leaves the property alone on undo when the site set or removed it itself meanwhile (a page it unlocked stays unlocked)', () => {
    const body = document.body;
    body.setAttribute('style', 'color: black; overflow-y: hidden');
    const lift = overrideInline(body, 'overflow-y', 'auto');
    body.style.removeProperty('overflow-y');
    lift.undo();
    expect([body.style.color, body.style.getPropertyValue('overflow-y')]).toEqual(['black', '']);
    const again = overrideInline(body, 'overflow-y', 'auto');
    body.style.setProperty('overflow-y', 'scroll');
    again.undo();
    expect(body.style.getPropertyValue('overflow-y')).toBe('scroll');
    body.removeAttribute('style');
  });
});

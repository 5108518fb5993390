import { afterEach, describe, expect, it } from 'vitest';
import { PageStyle } from '../../../src/content/page-style';
import { inertAround, ModalHolds, pageLocks, placeUnderFixedBody } from '../../../src/content/page-locks';

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

describe('the rest of the page made inert by a modal', () => {
  function page(): Element {
    document.body.innerHTML = `<header id="header" inert></header><main id="main" inert="true"><p>Story.</p></main><div id="layer"><nav id="nav" inert></nav><div id="popup"><p id="inside" inert>Fine print</p>Support us</div></div><aside id="aside"></aside>`;
    return document.getElementById('popup')!;
  }

  it('is what lies beside the pop-up and its containers, never what it holds', () => {
    expect(inertAround(page()).map((el) => el.id)).toEqual(['nav', 'header', 'main']);
  });

  it('is freed while the pop-up is collapsed and made inert again as it was when it is reopened', () => {
    const popUp = page();
    const holds = new ModalHolds();
    holds.release(popUp);
    expect(document.querySelectorAll('[inert]')).toHaveLength(1);
    expect(document.getElementById('inside')!.hasAttribute('inert')).toBe(true);
    holds.restore(popUp);
    expect(['header', 'main', 'nav'].map((id) => document.getElementById(id)!.getAttribute('inert'))).toEqual(['', 'true', '']);
    expect(document.getElementById('aside')!.hasAttribute('inert')).toBe(false);
    // Once only: a second restore gives nothing back twice, and leaving the page restores the rest.
    holds.release(popUp);
    holds.restoreAll();
    expect(document.querySelectorAll('[inert]')).toHaveLength(4);
  });
});

describe('the stylesheet that lifts a lock', () => {
  it('lets the locked root scroll, outweighing a class, until it is detached', () => {
    const style = new PageStyle(document);
    style.attach();
    const sheet = () => document.querySelector('style[data-unnag-placeholder]')?.textContent ?? '';
    expect(sheet()).not.toContain('overflow');
    style.liftLocks(['body-overflow']);
    expect(sheet()).toContain('body:is(body, #unnag-unlocked) { overflow-y: auto !important; }');
    expect(sheet()).not.toContain('html:is(');
    style.liftLocks(['body-fixed', 'body-overflow']);
    expect(sheet()).toContain('body:is(body, #unnag-unlocked) { position: static !important; top: auto !important; }');
    expect(sheet().match(/overflow-y/g)).toHaveLength(1);
    style.liftLocks(['body-unclickable']);
    expect(sheet()).toContain('body:is(body, #unnag-unlocked) { pointer-events: auto !important; }');
    style.detach();
    expect(sheet()).toBe('');
    style.attach();
    expect(sheet()).not.toContain('overflow');
    style.detach();
  });
});

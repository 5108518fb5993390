import { afterEach, describe, expect, it } from 'vitest';
import { PageStyle } from '../../../src/content/page-style';
import { lockedRoots } from '../../../src/content/scroll-lock';

/**
 * A page whose content is `contentPx` tall in a window 800 px tall (jsdom lays nothing out, and
 * neither expands the `overflow` shorthand nor computes defaults: the rules here name `overflow-y`,
 * and the root element's `visible` where it counts).
 */
function pageOf(css: string, contentPx: number): Document {
  document.head.innerHTML = `<style>${css}</style>`;
  document.body.innerHTML = '<p>Story</p>';
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, get: () => contentPx });
  Object.defineProperty(window, 'innerHeight', { configurable: true, get: () => 800 });
  return document;
}

afterEach(() => {
  document.head.innerHTML = '';
});

describe('a page stopped from scrolling', () => {
  it('is locked by the body while the root element lets its overflow through', () => {
    expect(lockedRoots(pageOf('html { overflow-y: visible; } body { overflow-y: hidden; }', 3000))).toEqual(['body']);
  });

  it('is locked by the root element, whatever the body says', () => {
    expect(lockedRoots(pageOf('html { overflow-y: hidden; } body { overflow-y: hidden; }', 3000))).toEqual(['html']);
    expect(lockedRoots(pageOf('html { overflow-y: clip; }', 3000))).toEqual(['html']);
  });

  it('is not locked by a body whose overflow the root element keeps to itself, nor when it fits the window', () => {
    expect(lockedRoots(pageOf('html { overflow-y: scroll; } body { overflow-y: hidden; }', 3000))).toEqual([]);
    expect(lockedRoots(pageOf('html, body { overflow-y: hidden; height: 100%; }', 800))).toEqual([]);
    expect(lockedRoots(pageOf('', 3000))).toEqual([]);
  });
});

describe('the stylesheet that lifts a lock', () => {
  it('lets the locked root scroll, outweighing a class, until it is detached', () => {
    const style = new PageStyle(document);
    style.attach();
    const sheet = () => document.querySelector('style[data-unnag-placeholder]')?.textContent ?? '';
    expect(sheet()).not.toContain('overflow');
    style.unlockScroll(['body']);
    expect(sheet()).toContain('body:is(body, #unnag-unlocked) { overflow-y: auto !important; }');
    expect(sheet()).not.toContain('html:is(');
    style.detach();
    expect(sheet()).toBe('');
    style.attach();
    expect(sheet()).not.toContain('overflow');
    style.detach();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createPlaceholder } from '../../../src/content/placeholder';
import { looksStable, selectorFor } from '../../../src/content/selector-for';

function page(html: string): void {
  document.body.innerHTML = html;
}
const $ = (selector: string) => document.querySelector(selector)!;

describe('looksStable', () => {
  it('accepts hand-written names', () => {
    for (const name of ['support-box', 'reader_appeal', 'newsletterSignup', 'contrib', 'end-appeal']) expect(looksStable(name), name).toBe(true);
  });
  it('rejects hashed, generated, numbered and state names', () => {
    for (const name of ['css-1x2y3z', 'sc-aXZVg', 'Banner_root__x7Kq2', 'post-48213', 'a8dK2', 'is-open', 'active', 'hidden', 'xqzwvt', '2col']) {
      expect(looksStable(name), name).toBe(false);
    }
  });
});

describe('selectorFor', () => {
  beforeEach(() => page(''));

  it('uses a stable id', () => {
    page('<div id="support-box"><p>Give</p></div>');
    expect(selectorFor($('#support-box'))).toBe('#support-box');
  });

  it('uses stable classes with the tag, skipping hashed and state classes', () => {
    page('<aside class="css-1q2w3e reader-appeal is-open">x</aside><aside class="other">y</aside>');
    expect(selectorFor($('.reader-appeal'))).toBe('aside.reader-appeal');
  });

  it('anchors a non-unique name under a named ancestor', () => {
    page('<div class="sidebar"><div class="box">a</div></div><div class="footer"><div class="box">b</div></div>');
    const target = $('.footer .box');
    const selector = selectorFor(target)!;
    expect(document.querySelectorAll(selector)).toHaveLength(1);
    expect(document.querySelector(selector)).toBe(target);
    expect(selector).toBe('div.footer div.box');
  });

  it('falls back to a short structural path when nothing is named', () => {
    page('<div><p>one</p></div><div><p>two</p><section><span>x</span></section></div>');
    const target = $('section');
    const selector = selectorFor(target)!;
    expect(selector).toBe('body > div:nth-of-type(2) > section:nth-of-type(1)');
    expect(document.querySelector(selector)).toBe(target);
  });

  it('ignores a hashed id and uses the classes instead', () => {
    page('<div id="r-8f3k29" class="promo-footer">x</div>');
    expect(selectorFor($('.promo-footer'))).toBe('div.promo-footer');
  });

  it('gives up on elements too deep to name briefly, and on body and html', () => {
    let html = '<span>x</span>';
    for (let i = 0; i < 10; i++) html = `<div>${html}</div><div></div>`;
    page(html);
    expect(selectorFor($('span'))).toBeNull();
    expect(selectorFor(document.body)).toBeNull();
    expect(selectorFor(document.documentElement)).toBeNull();
  });

  it('always returns a selector that matches exactly the element', () => {
    page('<main><div class="card"><p>a</p></div><div class="card"><p>b</p></div><div class="card"><p>c</p></div></main>');
    for (const el of document.querySelectorAll('main *')) {
      const selector = selectorFor(el);
      if (selector === null) continue;
      expect([...document.querySelectorAll(selector)]).toEqual([el]);
    }
  });

  it('gives the same positional selector with or without Unnag’s placeholders beside the element', () => {
    page('<div><div>story</div><div>one</div><div>two</div></div>');
    const target = document.body.firstElementChild!.children[2]!;
    const without = selectorFor(target);
    target.before(createPlaceholder(document, { label: 'hidden', show: 'Show', language: { lang: 'en', dir: 'ltr' } }, () => {}));
    expect(without).toMatch(/nth-of-type/);
    // (jsdom's selector engine caches :nth-of-type matches, so compare the selectors, not what they match.)
    expect(selectorFor(target)).toBe(without);
  });
});

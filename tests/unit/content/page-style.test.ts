import { afterEach, describe, expect, it } from 'vitest';
import { isUsableSelector, PageStyle } from '../../../src/content/page-style';

/** The elements of `document` (those with an id, and the body by its name) that Unnag's early rules hide. */
function hiddenEarly(): string[] {
  const sheet = document.querySelector<HTMLStyleElement>('style[data-unnag-placeholder]')!.sheet!;
  const early = [...sheet.cssRules].map((rule) => (rule as CSSStyleRule).selectorText).filter((selector) => selector.startsWith(':is('));
  const elements = [...document.querySelectorAll('[id]'), document.body];
  return elements.filter((el) => early.some((selector) => el.matches(selector))).map((el) => el.id || el.localName);
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('the remembered selectors hiding elements early', () => {
  function page(): PageStyle {
    document.body.innerHTML = `
      <div class="box" id="plain"></div>
      <div class="box keep" id="kept"></div>
      <div class="keep"><div class="box" id="inside-kept"></div></div>
      <div class="box" id="holds-kept"><span class="keep"></span></div>
      <div class="box" id="reopened" data-unnag-revealed></div>`;
    const style = new PageStyle(document);
    style.setEarly(['.box']);
    style.attach();
    return style;
  }

  it('hide what they name, never what the reader reopened', () => {
    page();
    expect(hiddenEarly()).toEqual(['plain', 'kept', 'inside-kept', 'holds-kept']);
  });

  it('spare what a "not clutter" rule names, what lies in it and what holds it', () => {
    page().spare('.keep');
    expect(hiddenEarly()).toEqual(['plain']);
  });

  it('hide the reader\'s picks too, but never the page itself nor what the reader reopened', () => {
    const style = page();
    document.body.insertAdjacentHTML('beforeend', '<section id="picked"></section><section id="picked-reopened" data-unnag-revealed></section>');
    style.setEarly([]);
    style.hidePicked('section, body');
    expect(hiddenEarly()).toEqual(['picked']);
    style.hidePicked(null);
    expect(hiddenEarly()).toEqual([]);
  });

  it('hide again what a rule spared once the reader removes it', () => {
    const style = page();
    style.spare('.keep');
    style.spare(null);
    expect(hiddenEarly()).toEqual(['plain', 'kept', 'inside-kept', 'holds-kept']);
  });
});

describe('a selector Unnag writes into its stylesheet', () => {
  it('is one the stylesheet reads as it is, escapes and quotes included', () => {
    for (const selector of ['.promo', '#\\31 23 > p:nth-of-type(2)', '.box[title="Donate now"]', 'aside:not(.story, [data-x="a b"])'])
      expect(isUsableSelector(document, selector), selector).toBe(true);
  });

  it('is refused when it leaves a comment, a string or a bracket open, which would swallow the rules after it', () => {
    for (const selector of ['.promo /* sidebar', '.promo[title="Donate', '.promo:is(.box', '.promo[title', '.promo } body { display: none'])
      expect(isUsableSelector(document, selector), selector).toBe(false);
  });
});

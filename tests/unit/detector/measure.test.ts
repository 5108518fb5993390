import { describe, expect, it } from 'vitest';
import { MAX_APPEAL_TEXT, measure } from '../../../src/detector/candidates';
import { countNonSpace, countReading, spacedText } from '../../../src/detector/dom';
import { page } from './helpers';

describe('measuring blocks', () => {
  it('remembers a block too large to be an appeal for later passes, and only that block', () => {
    const card = '<div class="card"><p>Another teaser about the harbour and its ferries, written at some length.</p></div>';
    const doc = page(`<section id="feed">${card.repeat(60)}</section>`);
    const feed = doc.getElementById('feed') as Element;
    const large = new WeakSet<Element>();
    expect(measure(feed, new Map(), 0, large)).toBe(-1);
    expect(large.has(feed)).toBe(true);
    expect(large.has(feed.firstElementChild as Element)).toBe(false);
    // A later pass does not count the feed again: it is known to be too large.
    feed.replaceChildren();
    expect(measure(feed, new Map(), 0, large)).toBe(-1);
    expect(measure(feed, new Map())).toBe(0);
  });

  it('does not remember a block stopped by deep nesting as large', () => {
    const doc = page(`<div id="top">${'<div>'.repeat(260)}<span id="deep">Support us</span>${'</div>'.repeat(260)}</div>`);
    const large = new WeakSet<Element>();
    expect(measure(doc.getElementById('top') as Element, new Map(), 0, large)).toBe(-1);
    const deep = doc.getElementById('deep') as Element;
    expect(measure(deep, new Map(), 0, large)).toBe(9);
    expect(measure(deep.parentElement as Element, new Map(), 0, large)).toBeLessThan(MAX_APPEAL_TEXT);
  });
});

describe('spaced text', () => {
  it('keeps the words of a heading, a button and a link apart, leaves out scripts, and gives up past its cap', () => {
    const doc = page('<div id="x"><h3>Sign in</h3><form><button>Continue</button></form><script>var a = 1;</script><a href="/pw">Forgot password?</a></div>');
    const el = doc.getElementById('x') as Element;
    expect(el.textContent).toContain('Sign inContinue');
    expect(spacedText(el, 100)).toBe('Sign in Continue Forgot password?');
    expect(spacedText(el, 10)).toBeNull();
  });
});

describe('amounts of text', () => {
  it('counts characters that are not white space', () => {
    expect(countNonSpace('Sign up\u00a0now')).toBe(9);
    expect(countNonSpace('無料 お試し')).toBe(5);
  });
  it('reads each character as much as it says: a kana or a Hangul syllable as two letters, an ideograph as three', () => {
    expect(countReading('Sign up now')).toBe(9);
    expect(countReading('お試し')).toBe(7);
    expect(countReading('無料')).toBe(6);
    expect(countReading('구독 하기')).toBe(8);
    expect(countReading('「無料」、')).toBe(9);
  });
});

import { describe, expect, it } from 'vitest';
import { createProtection } from '../../../src/detector';
import { isSentence } from '../../../src/detector/phrase-matcher';
import { walk, type Seed } from '../../../src/detector/walk';
import { article, page } from './helpers';

/** Runs the walk to its end, calling `between` at every point where it gives the thread back. */
function walkYielding(doc: Document, between: () => void): readonly Seed[] {
  const pass = walk(doc, createProtection(doc), { shouldYield: () => true });
  for (let step = pass.next(); ; step = pass.next()) {
    if (step.done) return step.value.seeds;
    between();
  }
}

describe('the walk', () => {
  it('goes on to the end of the page when the page removes the element it stopped at while it yielded', () => {
    // The link is far from the article, so only step 1 (the walk over every element) reads it.
    const doc = page(`<main><article>${article()}</article></main>${'<span>filler</span>'.repeat(600)}<div><a href="/donate">Donate</a></div>`);
    // Step 1 yields after each chunk of elements: the first chunk ends on one of the spans.
    const spans = [...doc.querySelectorAll('span')];
    let removed = false;
    const seeds = walkYielding(doc, () => {
      if (removed) return;
      removed = true;
      for (const span of spans.slice(400, 560)) span.remove();
    });
    expect(removed).toBe(true);
    expect(seeds.map((s) => s.element.textContent)).toContain('Donate');
  });
  it('hands over every field it met, for the check of what the reader typed into', () => {
    const doc = page(`<main><article>${article()}</article></main><div><form><input id="a" type="email"><select id="b"><option>Daily</option></select>
      <textarea id="c"></textarea><button>Sign up</button></form></div><footer><input id="d" type="search"></footer>`);
    const pass = walk(doc, createProtection(doc), { shouldYield: () => false });
    let step = pass.next();
    while (!step.done) step = pass.next();
    expect(step.value.fields.map((f) => f.id)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('reads a whole page without an article to its end when the page removes what the read stopped at', () => {
    const wording = 'Our reporting is free for everyone because readers like you support it. Please make a donation today.';
    const doc = page(`${'<span>filler</span>'.repeat(600)}<div><div id="wording">${wording}</div></div>`);
    let yields = 0;
    const seeds = walkYielding(doc, () => {
      // The first yield ends step 1; the second stops the region read among the spans.
      if (++yields === 2) for (const span of doc.querySelectorAll('span')) span.remove();
    });
    expect(yields).toBeGreaterThanOrEqual(2);
    expect(seeds.map((s) => s.element.id)).toContain('wording');
  });
  it('passes over what a reader never reads as text (scripts, styles, svg) in a region', () => {
    const wording = 'Our reporting is free for everyone because readers like you support it. Please make a donation today.';
    const doc = page(`<div><script type="application/json">{"text": "${wording}"}</script><style>/* ${wording} */</style>
      <svg><text>${wording}</text></svg><noscript>${wording}</noscript></div>`);
    expect(walkYielding(doc, () => {})).toEqual([]);
  });
  it('reads a scripted button of the site\'s own element (`<x-button role="button">`) as a button, as a div one', () => {
    const doc = page(`<main><article>${article()}<x-promo><x-text>Our reporting is funded by readers.</x-text>
      <x-button id="x" role="button" tabindex="0">Donate</x-button><div id="d" role="button">Not now</div></x-promo></article></main>`);
    const actions = walkYielding(doc, () => {}).filter((s) => s.kind === 'action');
    expect(actions.map((s) => s.element.id)).toEqual(['x', 'd']);
  });
});

describe('a label as long as a sentence', () => {
  it('counts words in spaced scripts, and measures an unspaced script\'s run whole, across the tags that part it', () => {
    expect(isSentence('Support our journalism today')).toBe(true);
    expect(isSentence('Subscribe now')).toBe(false);
    expect(isSentence('まずは一週間無料お試しキャンペーン実施中！')).toBe(true);
    // "…<span>お試し…</span>": the reader sees one run of text, spacedText a space.
    expect(isSentence('まずは一週間無料 お試しキャンペーン実施中！')).toBe(true);
    expect(isSentence('無料 お試し')).toBe(false);
    // A name in Latin letters beside a short Japanese word is a button's label.
    expect(isSentence('Gazette アプリ')).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENCLOSED_LIMITS, frameAppeal, shadowAppeal } from '../../../src/detector/enclosed-appeal';
import { detect } from '../../../src/detector';
import { fixturesDir } from '../../support/paths';
import { page } from './helpers';

/** Frames' documents, written here (invented sites); `page` gives each its own document. */
const OFFER = `<section><h2>Independent journalism needs you</h2>
  <p>Our newsroom is funded by readers like you. If you value our reporting, please make a contribution today: every gift keeps our work free for everyone.</p>
  <a href="/give">Contribute now</a> <button>Maybe later</button></section>`;
const SIGNUP = `<form><h3>The Morning Tide</h3><p>The island's news in your inbox every weekday.</p>
  <input type="email" placeholder="Your email"><button>Sign up</button></form>`;

/** The fixture the browsers' test frames, read as a frame's document. */
function fixture(name: string): Document {
  const doc = new DOMParser().parseFromString(readFileSync(path.join(fixturesDir, name), 'utf8'), 'text/html');
  return page(doc.body.innerHTML);
}

describe('a frame that is one appeal', () => {
  it('is found for a donation offer and for a sign-up form, by the appeal holding most of its text', () => {
    expect(frameAppeal(page(OFFER))?.category).toBe('donation');
    expect(frameAppeal(page(SIGNUP))?.category).toBe('newsletter');
    expect(frameAppeal(fixture('frame-signup.html'))?.category).toBe('newsletter');
  });

  it('is found though the appeal is what the detector would protect as a page\'s story (the story lies outside the frame)', () => {
    const doc = page(OFFER);
    expect(detect(doc)).toEqual([]);
    expect(frameAppeal(doc)?.reasons.some((r) => r.startsWith('phrase:en:donation'))).toBe(true);
  });

  it('is found in the frame\'s language', () => {
    const offer = `<div><h2>Unabhängiger Journalismus braucht Sie</h2><p>Unsere Arbeit wird von Leserinnen und Lesern wie Ihnen finanziert. Bitte unterstützen Sie uns mit einem Beitrag.</p><a href="/spenden">Jetzt unterstützen</a></div>`;
    expect(frameAppeal(page(offer, 'de'))?.category).toBe('donation');
  });

  it('takes the kind of the appeal holding most of the text, when two appeals fill the frame', () => {
    const appeal = frameAppeal(page(`${SIGNUP}<div><p>Get our app.</p><a href="https://apps.apple.com/app/id1">Download on the App Store</a></div>`));
    expect(appeal?.category).toBe('newsletter');
  });
});

describe('what a story frames is no appeal', () => {
  it('leaves a framed post with its network\'s Follow button', () => {
    expect(frameAppeal(fixture('frame-post.html'))).toBeNull();
  });

  it('leaves a video player with a Subscribe button', () => {
    expect(frameAppeal(page(`<div class="player"><div>Bridge closure explained</div><button>Play</button><a href="#">Watch on VideoSite</a><button>Subscribe</button></div>`))).toBeNull();
  });

  it('leaves a frame where the appeal is a small part of the text (a chart with a sign-up line under it)', () => {
    const chart = `<figure><figcaption>Sea level at Harrow Point, 1986 to 2026: the yearly mean rose by eleven centimetres, most of it since 2005, with the highest monthly mean in the winter of 2024.</figcaption><table>${'<tr><td>1990</td><td>4.12 m</td><td>steady after the storm season</td></tr>'.repeat(4)}</table></figure>`;
    const line = `<p>Get our climate newsletter in your inbox. <a href="/newsletters">Sign up</a></p>`;
    expect(frameAppeal(page(chart + line))).toBeNull();
  });

  it('leaves a framed document with more text than an appeal box, though appeal words fill it (an essay on giving)', () => {
    const essay = `<section><h2>Why readers pay for news</h2>${'<p>Our newsroom is funded by readers like you, and the essay asks why people make a contribution to journalism they could read for free.</p>'.repeat(16)}<a href="/give">Contribute now</a></section>`;
    expect(essay.length).toBeGreaterThan(ENCLOSED_LIMITS.text);
    expect(frameAppeal(page(essay))).toBeNull();
  });

  it('leaves a frame that is a page or an app of its own, however few its words', () => {
    const many = '<span></span>'.repeat(ENCLOSED_LIMITS.elements);
    expect(frameAppeal(page(OFFER))).not.toBeNull();
    expect(frameAppeal(page(OFFER + `<div hidden>${many}</div>`))).toBeNull();
  });

  it('leaves a frame with no text, and a form the reader is typing into', () => {
    expect(frameAppeal(page('<img src="banner.png" alt="">'))).toBeNull();
    const doc = page(SIGNUP);
    (doc.querySelector('input') as HTMLInputElement).value = 'reader@example.com';
    expect(frameAppeal(doc)).toBeNull();
  });
});

describe('a widget drawn in an open shadow root', () => {
  /** A host in `doc`'s body whose open shadow root holds `shadow`, and `light` as its own children. */
  function host(doc: Document, shadow: string, light = '', mode: ShadowRootMode = 'open'): Element {
    const el = doc.createElement('div');
    el.innerHTML = light;
    doc.body.append(el);
    el.attachShadow({ mode }).innerHTML = `<style>.box { padding: 8px }</style>${shadow}`;
    return el;
  }

  it('is one appeal when what it draws is, read in the page\'s languages', () => {
    const doc = page('<main><p>Story.</p></main>');
    expect(shadowAppeal(host(doc, OFFER))?.category).toBe('donation');
    expect(shadowAppeal(host(doc, `<div class="box">${SIGNUP}</div>`))?.category).toBe('newsletter');
  });

  it('is read as one block when it draws its heading, its words and its button side by side (no element around them)', () => {
    const doc = page('<main><p>Story.</p></main>');
    const parts = '<h2>Keep the Post afloat</h2><p>We are funded by readers like you. Please support our journalism with a donation today.</p><a href="/donate">Donate now</a>';
    expect(shadowAppeal(host(doc, parts))?.category).toBe('donation');
  });

  it('is none when the reader typed into its form', () => {
    const doc = page('<main><p>Story.</p></main>');
    const widget = host(doc, SIGNUP);
    (widget.shadowRoot!.querySelector('input') as HTMLInputElement).value = 'reader@example.com';
    expect(shadowAppeal(widget)).toBeNull();
  });

  it('is none when it draws a post, holds the story through its slots, or keeps its root closed', () => {
    const doc = page('<main><p>Story.</p></main>');
    expect(shadowAppeal(host(doc, readFileSync(path.join(fixturesDir, 'frame-post.html'), 'utf8').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '')))).toBeNull();
    const story = `<article>${'<p>The lifeboat crew launched from the new ramp on Sunday, three years after the storms.</p>'.repeat(6)}</article>`;
    expect(shadowAppeal(host(doc, `<p>Support our journalism: become a member today. <a href="/join">Join</a></p><slot></slot>`, story))).toBeNull();
    expect(shadowAppeal(host(doc, OFFER, '', 'closed'))).toBeNull();
    expect(shadowAppeal(doc.querySelector('main')!)).toBeNull();
  });
});

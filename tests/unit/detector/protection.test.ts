import { describe, expect, it } from 'vitest';
import { createProtection, detect } from '../../../src/detector';
import { article, page } from './helpers';

const CHARITY_STORY = `<article id="story"><h1>Town raises record sum for the lifeboat crew</h1>
  <p>Residents were urged to donate to the lifeboat fund, and many did: the drive collected more than ever before in its forty years.</p>
  <p>"Every donation counts," said the organiser, who also asked neighbours to sign up for the newsletter of the rescue station so they would hear about the next drive.</p>
  <p>Local shops placed collection tins by their tills, and the school held a sponsored swim, while a bakery gave a share of its takings for a week.</p>
  <table><tr><th>Donations</th><th>Total</th></tr><tr><td>Online donations</td><td>12,400</td></tr><tr><td>Collection tins</td><td>3,100</td></tr></table>
  <p>Supporters can still give through the station's website, the organiser said, thanking readers like you for their generosity and support.</p>
  <p>The crew plans to spend the money on a new engine and on training two young volunteers who joined this spring.</p></article>`;

describe('protection', () => {
  it('keeps a charity-drive story whole even though it talks about donating and newsletters', () => {
    const doc = page(`<main>${CHARITY_STORY}</main>`);
    const findings = detect(doc);
    const story = doc.getElementById('story') as Element;
    for (const f of findings) expect(story.contains(f.element) || f.element.contains(story)).toBe(false);
  });

  it('finds the story beside a long feed of one-paragraph teaser cards (the teasers do not outvote it)', () => {
    const card = (i: number) =>
      `<div class="card"><h3><a href="/s/${i}">Teaser ${i}</a></h3><p>A short teaser for another story about the harbour, its pier and its ferries, one of many.</p><div class="meta">5 min</div></div>`;
    const doc = page(`<main><article id="story">${article(6)}</article><section id="feed">${Array.from({ length: 60 }, (_, i) => card(i)).join('')}</section></main>`);
    expect(createProtection(doc).article).toBe(doc.getElementById('story'));
  });

  it('finds a story set in one-line divs, not the lone paragraph of an appeal beside it', () => {
    const story = article(6).replace(/<p>/g, '<div class="line">').replace(/<\/p>/g, '</div>');
    const doc = page(`<div id="story"><h1>Pier reopens</h1>${story}</div><div class="side"><div id="appeal"><p>This site is kept going by its readers. If you like what we write, join them for $3 a month.</p><a href="https://www.patreon.com/harbour">Become a patron</a></div></div>`);
    const protection = createProtection(doc);
    expect(protection.article).toBe(doc.getElementById('story'));
    for (const line of doc.querySelectorAll('.line')) expect(protection.allows(line)).toBe(false);
    expect(detect(doc).map((f) => [f.element.id, f.category])).toEqual([['appeal', 'donation']]);
  });

  it('finds a story set in one-line divs beside sidebar boxes whose <p>s outweigh a lone appeal', () => {
    const story = article(8).replace(/<p>/g, '<div class="line">').replace(/<\/p>/g, '</div>');
    const box = (i: number) =>
      `<div class="box"><h3>Archive ${i}</h3><p>Every issue since the first, with its covers, its letters and its corrections, free to read for everyone who registers once with the Gazette.</p><p>Browse by year or by topic; ask the librarian for what the archive does not hold.</p></div>`;
    const doc = page(`<div id="story"><h1>Pier reopens</h1>${story}</div><div class="side">${[1, 2, 3].map(box).join('')}</div>`);
    expect(createProtection(doc).article).toBe(doc.getElementById('story'));
  });

  it('takes a list of headlines set in divs for no story', () => {
    const text = 'The pier reopened on Saturday after two years of repairs, and the ferries were running again by noon.<br>'.repeat(6);
    const headline = (i: number) => `<div class="node"><a href="/news/${i}">The harbour's ferries carry record numbers of passengers this summer, part ${i}</a></div>`;
    const doc = page(`<div id="story">${text}</div><div id="more"><h3>More from the harbour</h3>${[1, 2, 3, 4, 5, 6].map(headline).join('')}</div>`);
    expect(createProtection(doc).article).toBe(doc.getElementById('story'));
  });

  it('takes no single line in a div for a story: a page without paragraphs has no article', () => {
    const doc = page(`<div><div id="appeal">Our reporting is free for everyone because readers like you support it. Please make a donation today.</div></div><nav><a href="/">Home</a></nav>`);
    expect(createProtection(doc).article).toBeNull();
  });

  it('takes no short line for a story: a page whose only paragraph is a sign-up form\'s has no article, and the form is found', () => {
    const doc = page(`<h2>Topic: the harbour</h2><div class="side"><div id="follow"><h3>Follow the Gazette</h3><form class="subscribe"><input name="email" value="Your e-mail address"><input type="submit" value="Sign up"><p>Get the day's top stories by e-mail every morning.</p></form></div></div><nav><a href="/">Home</a></nav>`);
    expect(createProtection(doc).article).toBeNull();
    expect(detect(doc).map((f) => [f.element.id, f.category])).toEqual([['follow', 'newsletter']]);
    // One paragraph of a story's length is one still.
    const brief = page(`<div id="story"><h1>Pier reopens</h1><p>The pier reopened on Saturday after two years of repairs, and the ferries were running again by noon, the harbour master said, thanking the volunteers.</p></div>`);
    expect(createProtection(brief).article).toBe(brief.getElementById('story'));
  });

  it('weighs a block against the page by the text a reader sees (scripts and styles do not count)', () => {
    const script = `<script>${'var filler = "'.concat('x'.repeat(20000), '";')}</script><style>${'.a{color:red}'.repeat(500)}</style>`;
    const doc = page(`${script}<div id="everything">${article(3)}</div><footer>Contact</footer>`);
    // The block holds nearly all the visible text: it is the page, whatever the scripts weigh.
    expect(createProtection(doc).allows(doc.getElementById('everything') as Element)).toBe(false);
  });

  it('finds the article and refuses it, its paragraphs and everything around it', () => {
    const doc = page(`<main><article id="story">${article()}</article></main>`);
    const protection = createProtection(doc);
    const story = doc.getElementById('story') as Element;
    expect(protection.article).toBe(story);
    expect(protection.allows(story)).toBe(false);
    expect(protection.allows(story.querySelector('p') as Element)).toBe(false);
    for (const el of [doc.documentElement, doc.body, doc.querySelector('main') as Element]) expect(protection.allows(el)).toBe(false);
  });

  it('allows a clutter box nested inside the article', () => {
    const doc = page(`<main><article>${article(4)}<div id="box"><h4>Get our newsletter</h4><p>Sign up for the daily briefing in your inbox.</p>
      <form><input type="email"><button>Sign up</button></form></div>${article(4)}</article></main>`);
    expect(createProtection(doc).allows(doc.getElementById('box') as Element)).toBe(true);
    expect(detect(doc).map((f) => f.element.id)).toEqual(['box']);
  });

  it('never hides a form the reader typed into', () => {
    const doc = page(`<main><article>${article()}</article></main><div id="box"><h4>Sign up for our newsletter</h4>
      <p>Delivered to your inbox.</p><form><input id="mail" type="email"><button>Sign up</button></form></div>`);
    expect(detect(doc).map((f) => f.element.id)).toEqual(['box']);
    (doc.getElementById('mail') as HTMLInputElement).value = 'reader@example.org';
    expect(detect(doc)).toEqual([]);
    expect(createProtection(doc).allows(doc.getElementById('box') as Element)).toBe(false);
  });

  it('collapses a sign-up form with a choice list the reader has not touched, and keeps it once they choose', () => {
    const doc = page(`<main><article>${article()}</article></main><div id="box"><h4>Sign up for our newsletter</h4>
      <p>Delivered to your inbox.</p><form><input type="email"><select id="often"><option>Daily</option><option>Weekly</option></select>
      <select multiple><option>Sport</option><option selected>Culture</option></select><button>Sign up</button></form></div>`);
    expect(detect(doc).map((f) => f.element.id)).toEqual(['box']);
    (doc.getElementById('often') as HTMLSelectElement).selectedIndex = 1;
    expect(detect(doc)).toEqual([]);
  });

  it('never hides an element holding the focused field', () => {
    const doc = page(`<main><article>${article()}</article></main><div id="box"><h4>Sign up for our newsletter</h4>
      <p>Delivered to your inbox.</p><form><input id="mail" type="email"><button>Sign up</button></form></div>`);
    const protection = createProtection(doc);
    const box = doc.getElementById('box') as Element;
    expect(protection.allows(box)).toBe(true);
    Object.defineProperty(doc, 'activeElement', { configurable: true, get: () => doc.getElementById('mail') });
    expect(protection.allows(box)).toBe(false);
  });

  it('protects an article that sits inside a sticky or fixed container', () => {
    const doc = page(`<div id="shell" style="position:fixed"><main><article id="story">${article()}</article></main></div>
      <div id="appeal"><h4>Support our journalism</h4><p>We rely on readers like you.</p><a href="/donate">Donate</a></div>`);
    const findings = detect(doc);
    expect(findings.map((f) => f.element.id)).toEqual(['appeal']);
    expect(createProtection(doc).allows(doc.getElementById('shell') as Element)).toBe(false);
  });

  it('never returns a block holding most of the page', () => {
    const doc = page(`<div id="all"><h4>Support our journalism</h4><p>We rely on readers like you.</p><a href="/donate">Donate</a>${article(1)}</div>`);
    for (const f of detect(doc)) expect(f.element.id).not.toBe('all');
  });

  it('weighs blocks against a short page exactly: a box of a sixth of it may go, one of two thirds may not', () => {
    const box = `<div id="box"><p>${'Wording of the box, a sentence of it. '.repeat(12)}</p><p>${'More of it here. '.repeat(10)}</p></div>`;
    const doc = page(`<main><article>${article(5)}</article></main>${box}<div id="most">${box.replace('id="box"', '')}${article(7)}</div>`);
    const protection = createProtection(doc);
    expect(protection.allows(doc.getElementById('box') as Element)).toBe(true);
    expect(protection.allows(doc.getElementById('most') as Element)).toBe(false);
  });
});

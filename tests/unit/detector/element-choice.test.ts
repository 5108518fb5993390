import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/detector';
import { article, ids, page } from './helpers';

const APPEAL = `<h4>Support our journalism</h4><p>We rely on readers like you to keep our reporting free for everyone.</p>
  <a class="btn" href="/donate">Donate</a><a href="https://www.paypal.com/donate/?x=1">PayPal</a>`;

describe('the element chosen', () => {
  it('is the smallest element holding the whole appeal, not its button', () => {
    const doc = page(`<main><article>${article()}</article></main><div class="rail"><div id="appeal">${APPEAL}</div><ul><li><a href="/a">Pier story</a></li></ul></div>`);
    const findings = detect(doc);
    expect(findings.map((f) => f.element.id)).toEqual(['appeal']);
    expect(findings[0]?.category).toBe('donation');
  });

  it('is a line the page draws as a block of its own, not the paragraph that also holds the post\'s filing note', () => {
    const doc = page(`<main><article><div id="entry">${article()}</div><p class="postmetadata"><small id="bio" style="display: block; margin-bottom: 10px">
      <strong>Theo Marsh</strong> is a harbour pilot. You can follow him on <a href="https://twitter.com/theomarsh">Twitter</a>. If you liked this post,
      you should <a href="https://letters.example/signups/5/join">subscribe to his free e-mail newsletter, Tide Tables</a>, about boats and the sea.</small>
      <small id="filed">This entry was posted on Sunday at 3:00 pm and is filed under <a href="/category/boats">Boats</a>. You can follow any responses
      to this entry through the <a href="/2026/01/pier/feed">RSS 2.0</a> feed.</small></p></article></main>`);
    const found = detect(doc).map((f) => f.element);
    expect(found.map((el) => el.id)).toEqual(['bio']);
  });

  it('is the whole pop-up, its title column with it, though it holds a script\'s close mark and its plugin\'s credit', () => {
    const body = (credit: string, close: string) => `<main><article>${article()}</article></main><div id="popup">${close}
      <div class="col"><h3>Be the first to know!</h3><p>Harbour reviews</p><p>Ferry news</p><p>Readers' discounts</p></div>
      <div class="col"><p>Get connected with the latest updates! Join our mailing list, and you will never miss a post again.</p>
      <form action="/mailverify"><input type="text" name="email" placeholder="Email address"><input type="submit" value="Subscribe Now"></form></div>
      ${credit}</div>`;
    const doc = page(body('<div class="credit">Powered by <a href="https://plugins.example/">PopPlugin</a></div>', '<a id="dismiss">x</a>'));
    expect(detect(doc).map((f) => f.element.id)).toEqual(['popup']);
    // A link of the site's own beside the form, not a credit, is still one more than the appeal holds.
    const other = page(body('<div class="more"><a href="/about">About the Gazette</a></div>', '<a id="dismiss">x</a>'));
    expect(detect(other).map((f) => f.element.id)).not.toEqual(['popup']);
  });

  it('is the whole sign-up bar, its consent box and button with it, though the consent\'s label links to the privacy policy', () => {
    const doc = page(`<main><article>${article()}</article></main><div id="bar" class="message"><button class="close">Close</button>
      <form action="/briefing/signup"><div><div><span>Sign up for the Harbour Briefing newsletter, the day's news free to your inbox every morning.</span></div>
      <div><label for="email">Enter your email address</label><input type="email" id="email"></div></div>
      <div><input type="checkbox" id="consent"><label for="consent">I agree my information will be processed in accordance with the Gazette's
      <a href="/privacy">Privacy Policy</a>.</label><button type="submit">Sign up</button></div></form></div>`);
    expect(detect(doc).map((f) => f.element.id)).toEqual(['bar']);
  });

  it('is the whole box of a framed sign-up, its title, its provider\'s credit and its "more information" link with it (de)', () => {
    const doc = page(`<main><article>${article()}</article></main><aside><section id="box"><div class="content"><p><em>Hafenblatt-WhatsApp-Newsletter</em></p>
      <div><iframe src="https://wb.whatsbroadcast.com/?widget_hash=5f0c2a&amp;lang=de"></iframe><a href="https://www.whatsbroadcast.com/de/">© WhatsBroadcast</a></div>
      <a href="/service/whatsapp">Weitere Infos lesen hier »</a></div></section>
      <h3>Meistgelesen</h3><ul><li><a href="/a">Fähre fährt wieder</a></li><li><a href="/b">Neuer Hafenmeister</a></li><li><a href="/c">Sturm über der Bucht</a></li></ul></aside>`, 'de');
    const found = detect(doc).map((f) => f.element);
    expect(found).toHaveLength(1);
    expect(doc.getElementById('box')!.contains(found[0]!)).toBe(true);
    expect(found[0]!.textContent).toMatch(/^\s*Hafenblatt-WhatsApp-Newsletter[^]*Weitere Infos lesen hier »\s*$/);
  });

  it('takes the title line above an appeal with it, though only the appeal\'s own class names it a promotion', () => {
    const doc = page(`<main><article>${article()}</article></main><footer><div id="support"><span class="title">Support Harbour Radio</span>
      <p class="promo-text">Harbour Radio's online services are supported by listeners like you. <a href="/contribute/">Contribute now…</a></p></div>
      <ul><li><a href="/about">About</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/contact">Contact</a></li></ul></footer>`);
    expect(detect(doc).map((f) => f.element.id)).toEqual(['support']);
  });

  it('leaves a box\'s wording to the appeal inside it when the box adds more than a title', () => {
    const doc = page(`<main><article>${article()}</article></main><footer><div id="box"><span class="title">Support Harbour Radio</span>
      <p class="promo-text" id="pitch">Harbour Radio's online services are supported by listeners like you. <a href="/contribute/">Contribute now…</a></p>
      <p>Harbour Radio broadcasts from the old customs house on the pier, on 101.5 FM and on the harbour's own cable network since 1979.</p></div>
      <ul><li><a href="/about">About</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/contact">Contact</a></li></ul></footer>`);
    expect(detect(doc).map((f) => f.element.id)).toEqual(['pitch']);
  });

  it('is not a wrapper that also holds article text', () => {
    const doc = page(`<main><article id="story">${article()}<div id="appeal">${APPEAL}</div>${article(2)}</article></main>`);
    const [finding] = detect(doc);
    expect(finding?.element.id).toBe('appeal');
  });

  it('takes a registration wall whole, its heading and log-in line included', () => {
    const doc = page(`<main><article>${article()}<div id="wall"><h3>Create a free account to continue reading</h3>
      <p>Register now for unlimited access to our local reporting.</p><a href="/register">Create free account</a>
      <p>Already have an account? <a href="/login">Log in</a></p></div></article></main>`);
    expect(detect(doc).map((f) => f.element.id)).toEqual(['wall']);
  });

  it('leaves the account menu in the site header alone, a newsletter sign-up link among its entries', () => {
    const doc = page(`<body><div><header><div id="account"><ul>
      <li><a href="#" onclick="return false">メールマガジン（無料登録）</a></li><li><a href="/login">ログイン</a></li>
      <li><a href="/membership/">マイページ</a></li><li><a href="/logout">ログアウト</a></li></ul>
      <a href="https://www.facebook.com/gazette"><img src="f.png" alt="Facebook"></a></div></header>
      <main><article>${article()}</article></main></div></body>`, 'ja');
    expect(detect(doc).filter((f) => f.element.closest('header')).map((f) => f.reasons)).toEqual([]);
  });

  it('takes a subscription offer with its call, though the call names the product ("Jetzt Plus testen")', () => {
    const doc = page(`<main><article>${article()}</article></main><aside><div id="offer"><p>Dieser Artikel ist Teil unseres Plus-Angebots.
      Lesen Sie jetzt alle Artikel mit Harbour Plus – im ersten Monat kostenlos.</p><a href="/plus">Jetzt Plus testen</a></div>
      <ul><li><a href="/hafen">Der Hafen</a></li></ul></aside>`, 'de');
    expect(detect(doc).map((f) => f.element.id)).toEqual(['offer']);
  });

  it('takes a box whole when it shows more than its words: an embedded sign-up form, a book\'s cover', () => {
    const boxes: [string, string][] = [
      ['newsletter', '<h3>Subscribe to our newsletter</h3><iframe src="https://gazette.substack.com/embed" width="480" height="150"></iframe>'],
      ['promo', '<div><strong>Gazette Books</strong> <span>Order our new book of harbour photographs</span> <a href="/books/harbour">Order now</a></div><div><img src="cover.jpg" alt="The book\'s cover"></div>'],
    ];
    for (const [category, html] of boxes) {
      for (const body of [
        `<main><article>${article()}</article></main><aside><div id="box">${html}</div><ul><li><a href="/pier">The pier reopens</a></li></ul></aside>`,
        `<main><article>${article()}<div id="box">${html}</div></article></main>`,
      ]) {
        expect(detect(page(body)).map((f) => [f.element.id, f.category])).toEqual([['box', category]]);
      }
    }
  });

  it('takes a banner image that pitches in its alt text, beside the article and between its paragraphs', () => {
    const banners: [string, string, string][] = [
      ['en', 'donation', '<a id="banner" href="/donate"><img src="b.png" width="728" height="90" alt="Support independent journalism: donate to the Gazette today"></a>'],
      ['de', 'promo', '<a id="banner" href="/abo"><img src="abo.png" alt="Jetzt 4 Wochen gratis testen – das Digital-Abo der Hafenzeitung"></a>'],
      ['en', 'newsletter', '<a id="banner" href="/newsletters"><img src="nl.png" alt="Sign up for our free daily newsletter"></a>'],
    ];
    for (const [lang, category, html] of banners) {
      for (const body of [
        `<main><article>${article()}</article></main><aside><div>${html}</div><ul><li><a href="/pier">The pier reopens</a></li></ul></aside>`,
        `<main><article>${article(4)}<div>${html}</div>${article(4)}</article></main>`,
      ]) {
        expect(detect(page(body, lang)).map((f) => [f.element.id, f.category])).toEqual([['banner', category]]);
      }
    }
  });

  it('takes a banner that slides in with its close mark, its words in the alt text', () => {
    const doc = page(`<main><article>${article()}</article></main><div id="toaster" class="toaster"><div class="close">&times;</div><div class="slot"><a href="/donate"><img src="b.png" alt="Support independent journalism: donate to the Gazette today"></a></div></div>`);
    expect(detect(doc).map((f) => [f.element.id, f.category])).toEqual([['toaster', 'donation']]);
  });

  it('takes a banner drawn as one link, its cover and its pitch in the link, and leaves a pictured lone call or story card alone', () => {
    const banner = `<a id="banner" class="sales" href="https://subscribe.gazette.example/orders?code=GZ"><div class="cover"><img alt="The harbour issue" src="cover.jpg"></div><div class="content"><span>LIMITED-TIME OFFER</span> <span>SUBSCRIBE NOW</span></div></a>`;
    const doc = page(`<main><article>${article()}</article><div class="bottom">${banner}<div id="comments"></div></div></main>`);
    expect(detect(doc).map((f) => f.element.id)).toEqual(['banner']);
    const lone = page(`<main><article>${article()}</article><div class="bottom"><a id="sub" href="/subscribe"><img alt="" src="cover.jpg"> Subscribe</a><div id="comments"></div></div></main>`);
    expect(detect(lone)).toEqual([]);
    const card = page(`<main><article>${article()}</article><div class="bottom"><a href="/news/ferry-offer"><img alt="" src="ferry.jpg"><span>Ferry operator cuts fares for the winter</span></a><div id="comments"></div></div></main>`);
    expect(detect(card)).toEqual([]);
  });

  it("takes a site header's button drawn in two lines that offer more than its call, and leaves a one-line entry alone", () => {
    const header = (cta: string) =>
      page(`<header><a href="/"><img alt="The Gazette" src="logo.png"></a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav><div id="cta">${cta}</div></header><main><article>${article()}</article></main>`);
    for (const cta of [
      '<a href="https://offers.gazette.example/HOMEDELIVERY"><span>SUBSCRIBE NOW</span><span>to get home delivery</span></a>',
      '<a href="https://premium.gazette.example/"><span class="wrap"><span>Subscribe now</span> <span>Free for one month</span></span><svg></svg></a>',
    ]) {
      expect(detect(header(cta)).map((f) => [f.element.id, f.category])).toEqual([['cta', 'promo']]);
    }
    for (const entry of [
      '<a href="https://offers.gazette.example/HOMEDELIVERY">Subscribe now to get home delivery</a>',
      '<a href="/newsletters">Subscribe to our <b>newsletter</b></a>',
      '<a href="/subscribe"><span>Subscribe</span> <span>now</span></a>',
    ]) {
      expect(detect(header(entry))).toEqual([]);
    }
  });

  it('takes a bar of one sign-up link and a close mark, and leaves the same link without the mark alone', () => {
    const bar = (close: string) =>
      page(`<main><article>${article()}</article></main><div class="sticky" id="bar"><div class="row"><a href="https://accounts.gazette.example/subscribers/new">Sign up for our newsletter</a></div>${close}</div>`);
    expect(detect(bar('<div class="close">×</div>')).map((f) => [f.element.id, f.category])).toEqual([['bar', 'newsletter']]);
    expect(detect(bar(''))).toEqual([]);
    // A letter "X" is as likely the network's name as a close mark: only the mark's glyphs count.
    expect(detect(bar('<span class="network">X</span>'))).toEqual([]);
  });

  it('takes a footer box whose one call is set under a line that says what it offers, and leaves the call alone or beside the copyright', () => {
    const footer = (box: string) =>
      page(`<main><article>${article()}</article></main><footer><div id="box">${box}</div><ul><li><a href="/about">About</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/contact">Contact</a></li></ul></footer>`);
    const call = '<a href="https://www.gazette.example/2024/first-light">Sign up for our email</a>';
    const found = detect(footer(`<div>Harbour news and weather, straight from the Gazette every morning</div>${call}`));
    expect(found.map((f) => [f.element.id, f.category])).toEqual([['box', 'newsletter']]);
    expect(detect(footer(call))).toEqual([]);
    expect(detect(footer(`<div>© 2026 The Harbour Gazette. All rights reserved.</div>${call}`))).toEqual([]);
  });

  it('takes a box of headed cards, each a network or a service and its call, as one appeal, not a grid of the site\'s columns', () => {
    const card = (name: string, call: string, href: string) => `<li><a href="${href}"><h4>${name}</h4><p>${call}</p></a></li>`;
    const cards = [card('Facebook', 'Like us', 'https://www.facebook.com/gazette'), card('Twitter', 'Follow us', 'https://twitter.com/gazette'), card('Google +', 'Add us', 'https://plus.google.com/1'), card('Mobile', 'Download now', '/mobile/')];
    const doc = page(`<main><article>${article()}</article></main><aside><section id="connect"><h2>Connect with the Gazette</h2><ul>${cards.join('')}</ul></section><div class="popular"><h3>Most read</h3><ul><li><a href="/news/a">Ferry fares rise</a></li><li><a href="/news/b">Pier reopens</a></li></ul></div></aside>`);
    expect(detect(doc).map((f) => [f.element.id, f.category])).toEqual([['connect', 'promo']]);
  });

  it('reads a link set in more lines than a button has as no drawn button: a block of the page inside one link', () => {
    const lines = ['Subscribe now', 'Free for one month', 'Harbour news', 'Sport', 'Weather'].map((l) => `<span>${l}</span>`).join('');
    const doc = page(`<main><article>${article()}</article></main><aside><div id="box"><a href="https://offers.gazette.example/">${lines}</a></div><ul><li><a href="/pier">The pier reopens</a></li></ul></aside>`);
    expect(detect(doc)).toEqual([]);
    const button = page(`<main><article>${article()}</article></main><aside><div id="box"><a href="https://offers.gazette.example/">${lines.split('</span>').slice(0, 2).join('</span>')}</span></a></div><ul><li><a href="/pier">The pier reopens</a></li></ul></aside>`);
    const box = button.getElementById('box')!;
    expect(detect(button).filter((f) => f.element.contains(box) || box.contains(f.element))).toHaveLength(1);
  });

  it('leaves images whose alt text says nothing to act on, and badges, alone', () => {
    for (const html of [
      '<a href="/2026/05/12/pier-fund"><img src="pier.jpg" alt="Volunteers collect donations for the pier fund on Saturday"></a>',
      '<a href="/"><img src="logo.png" alt="The Harbour Gazette: independent news since 1898"></a>',
      '<a href="https://apps.apple.com/app/id1"><img alt="Download on the App Store" src="a.svg"></a>',
    ]) {
      const doc = page(`<main><article>${article()}</article></main><aside><div>${html}</div><ul><li><a href="/pier">The pier reopens</a></li></ul></aside>`);
      expect(detect(doc).map((f) => f.reasons)).toEqual([]);
    }
  });

  it('leaves a lone Donate link in the header or menu alone', () => {
    const doc = page(`<header><nav><a href="/">Home</a><a href="/world">World</a><a href="/donate">Donate</a><a href="/subscribe">Subscribe</a></nav></header>
      <main><article>${article()}</article></main><footer><ul><li><a href="/support">Support us</a></li><li><a href="/about">About</a></li></ul></footer>`);
    expect(detect(doc)).toEqual([]);
  });

  it('leaves comment sections and related-article lists alone', () => {
    const related = Array.from({ length: 6 }, (_, i) => `<li><a href="/story-${i}">Another story about the harbour number ${i}</a></li>`).join('');
    const doc = page(`<main><article>${article()}</article></main><section><h3>Related</h3><ul>${related}</ul></section>
      <section id="comments"><h3>Comments</h3><form><textarea name="comment"></textarea><input name="email" type="email"><button>Post</button></form></section>`);
    expect(detect(doc)).toEqual([]);
  });

  it('reports two separate appeals side by side separately', () => {
    const doc = page(`<main><article>${article()}</article></main><div class="row">
      <div id="nl"><h4>Get our newsletter</h4><p>Delivered to your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>
      <div id="app"><h4>Get the app</h4><p>Read offline on the go.</p><a href="https://apps.apple.com/app/id1">App Store</a><a href="https://play.google.com/store/apps/details?id=x">Google Play</a></div></div>`);
    expect(detect(doc).map((f) => [f.element.id, f.category])).toEqual([['nl', 'newsletter'], ['app', 'promo']]);
  });

  it('reports them as one box under a heading or blurb of its own that offers them together', () => {
    const box = (heading: string) => `<main><article>${article()}</article></main><section id="box">${heading}<ul>
      <li id="nl"><p>Get the top stories in your inbox every morning.</p><form><input type="email"><button>Sign me up</button></form></li>
      <li id="app"><p>Get the app: read offline on the go.</p><a href="https://apps.apple.com/app/id1">App Store</a><a href="https://play.google.com/store/apps/details?id=x">Google Play</a></li></ul></section>`;
    expect(detect(page(box('<h2>Follow the Gazette</h2>'))).map((f) => f.element.id)).toEqual(['box']);
    // Or its blurb: the words above the appeals, whichever element holds them.
    expect(detect(page(box('<h2>Want more like this?</h2><p>Try our daily email, the Harbour Brief.</p>'))).map((f) => f.element.id)).toEqual(['box']);
    // A heading that offers nothing groups them no more than a row does.
    expect(detect(page(box('<h2>Around the site</h2>'))).map((f) => f.element.id)).toEqual(['nl', 'app']);
  });

  it('returns findings outermost-first in document order, never overlapping', () => {
    const doc = page(`<div id="top">${APPEAL}</div><main><article>${article()}</article></main><div id="bottom">${APPEAL}</div>`);
    const findings = detect(doc);
    expect(findings.map((f) => f.element.id)).toEqual(['top', 'bottom']);
  });

  it('honours categories and sensitivity', () => {
    const doc = page(`<main><article>${article()}</article></main><div id="appeal">${APPEAL}</div>`);
    expect(detect(doc, { categories: ['newsletter'] })).toEqual([]);
    expect(detect(doc, { sensitivity: 'cautious' }).length).toBeLessThanOrEqual(detect(doc, { sensitivity: 'thorough' }).length);
  });

  it('scans a subtree passed as root (a node just inserted)', () => {
    const doc = page(`<main><article>${article()}</article></main><div id="slot"></div>`);
    const late = doc.createElement('div');
    late.id = 'late';
    late.innerHTML = APPEAL;
    (doc.getElementById('slot') as Element).before(late);
    expect(detect(late).map((f) => f.element.id)).toEqual(['late']);
  });
  it('reads the wording of a subtree inserted beside the article or one of its ancestors, and only there', () => {
    const WORDING = '<p>Our reporting is free for everyone because readers like you support it. If you can, please make a donation today.</p>';
    const doc = page(`<main><article>${article()}</article><div id="s1"><a href="/tides">Tides</a></div><div id="s2"><a href="/ferries">Ferries</a></div><div id="s3"><a href="/weather">Weather</a></div></main><div id="after-main"></div>`);
    const insert = (slot: string) => {
      const late = doc.createElement('div');
      late.id = `late-${slot}`;
      late.innerHTML = WORDING;
      (doc.getElementById(slot) as Element).before(late);
      return late;
    };
    const caught = (late: Element) => detect(late).map((f) => late.contains(f.element));
    // Beside the article, and beside its ancestor <main>: read and caught.
    expect(caught(insert('s1'))).toEqual([true]);
    expect(caught(insert('after-main'))).toEqual([true]);
    // Three siblings away from the article: no seed and not beside it, so its wording is not read.
    expect(detect(insert('s3'))).toEqual([]);
  });

  it('takes the offers out of the page\'s footer, never the footer with the site\'s links in it', () => {
    const links = ['Sections', 'Magazine', 'Events', 'Advertise', 'Press', 'Jobs', 'Terms', 'Privacy'].map((t) => `<li><a href="/${t.toLowerCase()}">${t}</a></li>`).join('');
    const footer = `<footer><div class="inner"><ul class="site-links">${links}<li><a href="/donate">Donate</a></li></ul>
      <ul class="networks"><li><a href="https://www.facebook.com/gazette"></a></li><li><a href="https://twitter.com/gazette"></a></li><li><a href="https://podcasts.apple.com/us/podcast/id1"></a></li></ul>
      <ul id="calls"><li><a role="button">Subscribe to The Harbour Gazette</a></li><li><a role="button">Sign Up for Our Newsletters</a></li></ul><p>© Gazette</p></div></footer>`;
    const doc = page(`<main><article>${article()}</article></main><div class="wrap"><div>${footer}</div></div>`);
    expect(detect(doc).map((f) => f.element.id || f.element.localName)).toEqual(['calls']);
    // A footer that is one promotion, with few links of its own, is found whole.
    const promo = page(`<main><article>${article()}</article></main><div class="wrap"><footer id="support"><h3>Support independent journalism</h3><p>Our reporting is free for everyone because readers like you chip in. Please give what you can today.</p><a href="/donate">Donate</a> <a href="/about">About us</a></footer></div>`);
    expect(detect(promo).map((f) => f.element.id)).toEqual(['support']);
  });

  it('takes a sign-up box whole, heading included, when it opens its list of newsletters in place (links to its own sections)', () => {
    const toggles = ['Politics', 'Business', 'Sport', 'Culture', 'Travel', 'Science', 'Weather', 'Local'].map((t, i) => `<div class="group"><a class="toggle" href="#list-${i}">${t}</a><div id="list-${i}" class="collapse"><label><input type="checkbox" name="lists[]"> ${t} daily</label></div></div>`).join('');
    const doc = page(`<main><article>${article()}</article></main><aside><div id="box"><h3>Get Harbour Emails &amp; Alerts</h3><form action="/newsletter" method="post"><div class="field"><input name="email" type="text" placeholder="Email Address"><button type="submit">Sign-Up</button></div><a href="/newsletter">Learn More</a><div class="more" style="display:none">${toggles}</div></form></div></aside>`);
    const found = detect(doc).map((f) => f.element);
    expect(found).toHaveLength(1);
    expect(found[0]?.contains(doc.querySelector('#box h3'))).toBe(true);
  });

  it('leaves the masthead alone: the site\'s title leading home, beside sign-in, shop, banner and network links', () => {
    const doc = page(`<section class="top"><div class="promo-slot"><a href="/go/subscribe"><img alt="Cover of current issue" src="cover.jpg"></a></div><div id="logo"><a href="https://gazette.example/"><h1>The Harbour Gazette</h1></a></div><ul class="user"><li><span>Sign in</span></li><li>Link your subscription</li><li><a href="https://shop.example/gazette">Gazette Store</a></li></ul><ul class="social"><li><a href="https://facebook.com/gazette">F</a></li><li><a href="https://twitter.com/gazette">T</a></li></ul></section><main><article>${article()}</article></main>`);
    // The subscription banner in it is taken out on its own.
    expect(detect(doc).map((f) => f.element.className)).toEqual(['promo-slot']);
  });

  it('finds a block in the site\'s header that asks in words to follow the paper by name ("Follow the Gazette on Twitter")', () => {
    const doc = page(`<header><div class="inner"><a href="/"><img alt="The Gazette" src="logo.png"></a><div id="follow"><h6>Follow The Gazette on Twitter</h6><a class="twitter-follow-button" href="https://twitter.com/gazette">Follow @gazette</a><div class="fb-like-box" data-href="https://www.facebook.com/gazette"></div></div></div></header><main><article>${article()}</article></main>`);
    expect(detect(doc).map((f) => [f.element.id, f.category])).toEqual([['follow', 'promo']]);
    // A row of the networks' names, with no words of its own, stays the header's.
    const row = page(`<header><div class="inner"><a href="/"><img alt="The Gazette" src="logo.png"></a><div id="follow"><a href="https://twitter.com/gazette">Twitter</a> <a href="https://www.facebook.com/gazette">Facebook</a></div></div></header><main><article>${article()}</article></main>`);
    expect(detect(row)).toEqual([]);
  });

  it('judges a block in the site\'s menu that pitches in words of its own', () => {
    const doc = page(`<header><nav><ul><li><a href="/">Home</a></li><li><a href="/video">Video</a></li></ul><div id="app" class="nav-card"><h4>Download the app</h4><a href="https://apps.apple.com/app/id1">App Store</a> <a href="https://play.google.com/store/apps/details?id=x">Google Play</a></div></nav></header><main><article>${article()}</article></main>`);
    expect(detect(doc).map((f) => f.element.id)).toEqual(['app']);
  });

  it('judges a sign-up form in a menu\'s drop-down that asks for an address, with one word of its own', () => {
    const SIGNUP = '<form id="signup"><div class="headline">Newsletter</div><input type="text" name="email" placeholder="E-Mail Adresse"><input type="submit" value="abonnieren"></form>';
    const doc = page(`<header><nav class="top"><ul><li><a href="/">Start</a></li><li><a href="/news">News</a></li><li class="newsletter"><a href="/newsletter">Newsletter</a><div class="flyout">${SIGNUP}</div></li></ul></nav></header><main><article>${article()}</article></main>`, 'de');
    // The form's block, wherever the drop-down draws its edge; not the menu's entry it hangs from.
    const findings = detect(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.element.contains(doc.getElementById('signup'))).toBe(true);
    expect(findings[0]?.element.querySelector('a[href="/newsletter"]')).toBeNull();
    // The menu's search field asks for no address: the menu stays.
    const search = page(`<header><nav class="top"><ul><li><a href="/">Start</a></li><li><a href="/news">News</a></li><li class="newsletter"><a href="/newsletter">Newsletter</a><div class="flyout"><form id="find"><input type="text" name="q" placeholder="Suche"><input type="submit" value="suchen"></form></div></li></ul></nav></header><main><article>${article()}</article></main>`, 'de');
    expect(detect(search)).toEqual([]);
  });

  it('is a framed sign-up form\'s own block, not the column that holds it among the site\'s cards', () => {
    const CARD = (title: string) => `<div class="card"><p><strong>${title}</strong> Our editors pick the best of the week on the water: tides and ferries, storms and harbour people, the walks along the coast and the kitchens of the fishing villages, every Sunday morning.</p></div>`;
    const doc = page(`<main><article>${article()}</article></main><div class="col rail">
      <div id="signup"><h3>The Harbour Letter</h3><p>Get the week on the water in your inbox.</p><form><input type="email" placeholder="E-mail"><button>Sign up</button></form></div>
      ${CARD('Steamers back on the lake')}<div id="letter"><iframe src="https://harbourgazette.substack.com/embed"></iframe><span>© Substack</span></div>
      ${CARD('Five walks along the pier')}${CARD('Kitchens of the coast')}</div>`);
    expect(ids(detect(doc))).toEqual(['signup', 'letter']);
  });

  it('passes over rules, scripts and empty slots between the article and the blocks beside it', () => {
    const BOX = '<div id="box"><h3>The Harbour Weekly</h3><p>Sign up for our newsletter: the week on the water, delivered to your inbox every Sunday.</p></div>';
    const FILLERS = '<hr><script></script><div class="ad-slot"> </div>';
    const SHARE = '<div class="share"><a href="https://twitter.com/intent/tweet?url=x">Tweet</a></div>';
    // The box, with no seed of its own, is the second block after <main>: read, on the page and when inserted late.
    const doc = page(`<div class="wrap"><main><article>${article()}</article></main>${FILLERS}${SHARE}${FILLERS}${BOX}</div>`);
    expect(detect(doc).map((f) => f.element.id)).toEqual(['box']);
    const late = doc.getElementById('box') as Element;
    expect(detect(late).map((f) => f.element.id)).toEqual(['box']);
    // A third block that shows something stands between: the box is not beside the article.
    const far = page(`<div class="wrap"><main><article>${article()}</article></main>${SHARE}<div><p>Photo: Harbour Authority</p></div>${SHARE}${BOX}</div>`);
    expect(detect(far)).toEqual([]);
  });
});

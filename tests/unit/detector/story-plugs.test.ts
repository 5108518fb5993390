import { describe, expect, it } from 'vitest';
import { createProtection, detect, type Finding } from '../../../src/detector';
import { article, page } from './helpers';

/**
 * Closing runs: appeals written as the last paragraphs of the story's own container (invented prose and
 * markup, several languages): a heading or a rule or emphasised type sets them off, a line of
 * wording pitches, a button or link offers.
 */
const CLOSING: readonly { lang: string; category: string; html: string }[] = [
  { lang: 'en', category: 'donation', html: '<hr><h3>Support independent local news</h3><p>Our newsroom is funded by readers like you. If you value this reporting, please consider a monthly donation.</p><p><a class="button" href="/donate">Donate now</a></p>' },
  { lang: 'en', category: 'newsletter', html: '<h3>Get the morning briefing</h3><p>Sign up for our free newsletter and get the day\'s top stories in your inbox.</p><p><a href="/newsletter">Sign up</a></p>' },
  { lang: 'en', category: 'donation', html: '<hr><p><strong>Before you go:</strong> we don\'t have a paywall because members keep our journalism free for everyone. <a href="/join">Become a member today</a>.</p>' },
  { lang: 'en', category: 'donation', html: '<p><em>If you enjoyed this piece, please consider supporting our work on Patreon.</em></p><p><a href="https://www.patreon.com/harbour">Patreon</a> · <a href="https://ko-fi.com/harbour">Ko-fi</a></p>' },
  { lang: 'en', category: 'donation', html: '<h3>Support our work</h3><p>We are a small nonprofit newsroom and rely on donations from readers like you.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/donate">Donate</a></div></div>' },
  { lang: 'en', category: 'promo', html: '<hr><p><em>Download our app to get breaking news alerts on your phone.</em> <a href="https://apps.apple.com/app/id1">App Store</a> | <a href="https://play.google.com/store/apps/details?id=x">Google Play</a></p>' },
  { lang: 'en', category: 'newsletter', html: '<p><strong><em>Like what you read? Get our stories delivered to your inbox every week — <a href="/subscribe">subscribe to our newsletter</a>.</em></strong></p>' },
  { lang: 'de', category: 'donation', html: '<h3>Unterstützen Sie unabhängigen Journalismus</h3><p>Unsere Artikel sind frei zugänglich. Damit das so bleibt, brauchen wir Ihre Unterstützung.</p><p><a href="/unterstuetzen">Jetzt unterstützen</a></p>' },
  { lang: 'fr', category: 'newsletter', html: '<h3>Ne manquez rien</h3><p>Inscrivez-vous à notre newsletter pour recevoir nos articles chaque semaine.</p><p><a href="/newsletter">Je m\'inscris</a></p>' },
  { lang: 'es', category: 'donation', html: '<hr><p><strong>Apoya el periodismo independiente.</strong> Somos un medio financiado por sus lectores. <a href="/apoyar">Hazte socio</a></p>' },
  { lang: 'ru', category: 'donation', html: '<h3>Поддержите нас</h3><p>Мы независимое издание и существуем на пожертвования читателей.</p><p><a href="/donate">Поддержать</a></p>' },
  { lang: 'pt', category: 'donation', html: '<h4>Gostou desta reportagem?</h4><p>Apoie o jornalismo independente com uma contribuição mensal.</p><p><a href="/apoie">Apoiar</a></p>' },
  { lang: 'it', category: 'newsletter', html: '<hr><h3>Iscriviti alla newsletter</h3><p>Ogni venerdì le notizie più importanti della settimana nella tua casella di posta.</p><p><a href="/newsletter">Iscriviti</a></p>' },
  { lang: 'pl', category: 'donation', html: '<h3>Wesprzyj nas</h3><p>Jesteśmy niezależną redakcją utrzymywaną przez czytelników. Każda wpłata ma znaczenie.</p><p><a href="/wesprzyj">Wpłać</a></p>' },
  { lang: 'ja', category: 'newsletter', html: '<hr><h3>メールマガジンのご案内</h3><p>最新の記事を毎週メールでお届けします。登録は無料です。</p><p><a href="/newsletter">登録する</a></p>' },
  { lang: 'zh', category: 'donation', html: '<hr><h3>支持我们</h3><p>我们是独立媒体，依靠读者的支持运营。欢迎捐款支持我们的报道。</p><p><a href="/donate">立即捐款</a></p>' },
  { lang: 'cs', category: 'donation', html: '<h3>Podpořte nezávislou žurnalistiku</h3><p>Jsme financováni čtenáři. Každý dar nám pomáhá psát dál.</p><p><a href="/podporte-nas">Přispět</a></p>' },
  { lang: 'uk', category: 'donation', html: '<h3>Підтримайте нас</h3><p>Ми незалежне видання і існуємо завдяки нашим читачам.</p><p><a href="/pidtrymaty">Підтримати</a></p>' },
  { lang: 'pl', category: 'newsletter', html: '<hr><h3>Zapisz się do newslettera</h3><p>Najważniejsze informacje tygodnia prosto na Twoją skrzynkę.</p><p><a href="/newsletter">Zapisz się</a></p>' },
  { lang: 'en', category: 'promo', html: '<hr><p><em>Enjoyed this article? Follow us on Facebook and Instagram for more stories from the coast.</em></p><p><a href="https://www.facebook.com/harbour">Facebook</a> · <a href="https://www.instagram.com/harbour">Instagram</a></p>' },
  { lang: 'en', category: 'donation', html: '<h2>Help keep this site running</h2><p>This blog is written in my spare time and is free to read. If you found it useful, you can buy me a coffee.</p><p><a href="https://www.buymeacoffee.com/harbour">Buy me a coffee</a></p>' },
  { lang: 'de', category: 'newsletter', html: '<hr><p><strong>Keine Nachrichten mehr verpassen?</strong> Hier können Sie unseren kostenlosen Newsletter abonnieren: <a href="/newsletter">Jetzt anmelden</a></p>' },
  { lang: 'en', category: 'donation', html: '<p>If you value our journalism, please consider becoming a member today.</p><p><a class="button" href="/membership">Become a member</a></p>' },
  { lang: 'en', category: 'newsletter', html: '<p>Get stories like this one in your inbox every morning with our free newsletter.</p><p><a href="/newsletter">Sign up</a></p>' },
  { lang: 'de', category: 'donation', html: '<p>Unabhängiger Journalismus kostet Geld. Unterstützen Sie unsere Arbeit mit einem Beitrag.</p><p><a href="/unterstuetzen">Jetzt unterstützen</a></p>' },
  { lang: 'fr', category: 'donation', html: '<p>Notre rédaction ne vit que grâce à ses lecteurs. Soutenez-nous dès aujourd\'hui.</p><p><a href="/soutenir">Je soutiens</a></p>' },
  { lang: 'es', category: 'donation', html: '<hr><h3>¿Nos apoyas?</h3><p>Somos un medio pequeño y cada aportación cuenta.</p><p><a href="/apoyar">Quiero apoyar</a></p>' },
  { lang: 'es', category: 'donation', html: '<hr><p><strong>Apóyanos.</strong> Somos un medio pequeño y cada aportación cuenta. <a href="/apoyar">Quiero apoyar</a></p>' },
  // A membership named for the publication ("Become a Harbour Member"), its link to the members' page.
  { lang: 'en', category: 'donation', html: '<p><strong>Do stories like this matter to you?</strong> <em>Become a <a href="/members/">Harbour Member</a> and back independent local publishing, with exclusive access to our interviews and events.</em></p>' },
  // A last line that is all one link to the sign-up page, which the site numbers as it numbers its stories.
  { lang: 'en', category: 'newsletter', html: '<p><a href="/en/newsletter-registration/a-4711230">Every day, our editors send out a selection of the day\'s news and features. Sign up for the newsletter here.</a></p>' },
  // One plain line in the publication's voice, linking to its channels on several networks.
  { lang: 'en', category: 'promo', html: '<p>Follow us on <a href="https://www.facebook.com/gazettearts">Facebook</a>, on Twitter <a href="https://twitter.com/GazetteArts">@GazetteArts</a>, or on Instagram at <a href="https://www.instagram.com/gazettearts">gazettearts</a>. If you have a story suggestion email <a href="mailto:arts@gazette.example">arts@gazette.example</a>.</p>' },
];

/** Endings that belong to the story: a charity's appeal the story reports, notes, bios, a last section. */
const STORY_ENDINGS: readonly { lang: string; html: string }[] = [
  { lang: 'en', html: '<h3>How to help</h3><p>Donations to the lifeboat fund can be made online or in the collection tins at shops along the harbour.</p><p><a href="https://lifeboat-fund.example.org/give">lifeboat-fund.example.org</a></p>' },
  { lang: 'en', html: '<h3>How you can help</h3><p>The Red Cross is accepting donations for families who lost their homes. You can donate online or by texting a short code.</p><p><a href="https://www.redcross.example.org/donate">Donate to the Red Cross</a></p>' },
  { lang: 'en', html: '<h3>How to donate</h3><p>The harbour trust asks readers who want to support the crew to give through its website; every donation goes to the volunteers.</p><p><a href="https://harbourtrust.example.org/donate">Donate to the trust</a></p>' },
  { lang: 'en', html: '<hr><p><em>The Harbour Trust is a charity that relies on donations. To support its work, visit <a href="https://harbourtrust.example.org/support">its website</a>.</em></p>' },
  { lang: 'en', html: '<p><em>Readers who want to help can donate to the family\'s fund via <a href="https://www.gofundme.com/f/pier-family">GoFundMe</a>.</em></p>' },
  { lang: 'en', html: '<p>A GoFundMe page set up by the family to pay for the repairs had raised more than $8,000 by Sunday. "We are so grateful for every donation," her sister said. <a href="https://www.gofundme.com/f/pier">The fundraiser</a></p>' },
  { lang: 'en', html: '<h3>A call for help</h3><p>"Please support us," the harbour master said. "Donate what you can. We rely on every one of you."</p>' },
  { lang: 'en', html: '<hr><p><em>Correction: an earlier version of this story gave the wrong length for the pier.</em></p>' },
  { lang: 'en', html: '<hr><p><em>Mara Lind covers the coast for the Harbour Gazette. Follow her on Twitter at <a href="https://twitter.com/maralind">@maralind</a>.</em></p>' },
  { lang: 'en', html: '<hr><p><em>This story was produced in partnership with the Coastal Reporting Project, a nonprofit newsroom supported by readers.</em></p>' },
  { lang: 'en', html: '<h3>What comes next</h3><p>The council will vote on the budget in March. Residents can sign up for updates on the project on the council\'s website.</p><p>Work on the second pier is due to begin next year.</p>' },
  { lang: 'en', html: '<h3>Subscribers wanted</h3><p>The paper\'s owners said they hoped to double the number of subscribers to its print edition by next year, and to launch a weekly newsletter.</p>' },
  { lang: 'en', html: '<h3>Read more</h3><ul><li><a href="/pier-history">A history of the pier</a></li><li><a href="/ferry">The ferry\'s last winter</a></li></ul>' },
  { lang: 'es', html: '<h3>Cómo ayudar</h3><p>Cáritas recibe donaciones para las familias afectadas en su web.</p><p><a href="https://caritas.example.es/donar">Donar a Cáritas</a></p>' },
  { lang: 'fr', html: '<h3>Comment aider</h3><p>La Croix-Rouge appelle aux dons pour les sinistrés. Vous pouvez faire un don sur son site.</p><p><a href="https://croix-rouge.example.fr/don">Faire un don</a></p>' },
  { lang: 'de', html: '<h3>So können Sie helfen</h3><p>Spenden für die Seenotretter nimmt der Verein auf seiner Website entgegen.</p><p><a href="https://seenotretter.example.de/spenden">Jetzt spenden</a></p>' },
  { lang: 'en', html: '<p>The family has set up a fundraiser to pay for the repairs, and neighbours have already given more than they hoped.</p><p><a href="https://www.gofundme.com/f/pier-family">GoFundMe: Help the pier family rebuild</a></p>' },
  { lang: 'en', html: '<p>The council will publish its plan in March; residents can sign up for updates.</p><p><a href="https://council.example.gov/pier">council.example.gov/pier</a></p>' },
  { lang: 'en', html: '<p>Tickets for the reopening concert go on sale on Monday, and members of the harbour society get them first.</p><p><a href="/events/pier-concert">Pier concert: what you need to know</a></p>' },
  { lang: 'en', html: '<p>"We rely on readers like you," the editor of the harbour newsletter said in her last issue, thanking subscribers.</p><p><a href="/2026/05/harbour-newsletter-closes">The harbour newsletter closes after 40 years</a></p>' },
  { lang: 'en', html: '<p>Watch the full interview with the harbour master below.</p><p><a href="https://www.youtube.com/watch?v=x">Watch on YouTube</a></p>' },
  // A last line that is all one link to a numbered story about a newsletter: its words name it and ask nothing.
  { lang: 'en', html: '<p><a href="/en/newsletter-row/a-4711232">Read more: the row over the council\'s newsletter</a></p>' },
  // Where to follow someone else, and a writer's own handles, in the story's plain type.
  { lang: 'en', html: '<p>Follow the festival on <a href="https://www.facebook.com/harbourfest">Facebook</a> and <a href="https://www.instagram.com/harbourfest">Instagram</a> for updates on the line-up.</p>' },
  { lang: 'en', html: '<p>Mara Lind covers the coast for the Harbour Gazette. Follow her on <a href="https://twitter.com/maralind">Twitter</a> and <a href="https://www.instagram.com/maralind">Instagram</a>.</p>' },
];

function storyWith(ending: string, lang: string, head = ''): Document {
  const doc = page(`<main><article id="story"><h1>The pier</h1>${article(6)}${ending}</article></main>`, lang);
  if (head) doc.head.insertAdjacentHTML('beforeend', head);
  return doc;
}

/** The story's own paragraphs (the six of article()), each hidden or not. */
function hidesStory(doc: Document, findings: readonly Finding[]): boolean {
  const story = [...doc.querySelectorAll('#story > p')].slice(0, 6);
  return story.some((p) => findings.some((f) => f.element === p || f.element.contains(p)));
}

/** The elements the ending was written as (after the story's six paragraphs), rules and blank lines aside. */
function endingElements(doc: Document): Element[] {
  return [...doc.querySelectorAll('#story > *')].slice(7).filter((el) => el.localName !== 'hr');
}

describe('an appeal closing the story, written as its last paragraphs', () => {
  it.each(CLOSING.map((c, i) => [i, c.lang, c.category, c.html] as const))('#%i (%s) is collapsed whole as %s, under its first element', (_, lang, category, html) => {
    const doc = storyWith(html, lang);
    const findings = detect(doc);
    expect(findings.map((f) => f.element)).toEqual(endingElements(doc));
    expect(new Set(findings.map((f) => f.category))).toEqual(new Set([category]));
    const [first, ...rest] = findings;
    expect(first?.runStart).toBeUndefined();
    for (const f of rest) expect(f.runStart).toBe(first?.element);
    expect(first?.reasons).toContain('run:closing');
    expect(hidesStory(doc, findings)).toBe(false);
  });

  it.each(STORY_ENDINGS.map((s, i) => [i, s.lang, s.html] as const))('story ending #%i (%s) stays: nothing in the story is hidden', (_, lang, html) => {
    const doc = storyWith(html, lang);
    const story = doc.getElementById('story')!;
    const findings = detect(doc);
    expect(findings.filter((f) => story.contains(f.element) || f.element.contains(story)).map((f) => f.element.outerHTML)).toEqual([]);
    // Protected as the story's text, as every paragraph of it is.
    const protection = createProtection(doc);
    for (const el of endingElements(doc)) expect(protection.allows(el)).toBe(false);
  });

  it('looks past what a container puts after the story and its appeal: a script, share buttons, related posts', () => {
    const after = `<script>window.pageViews = 1;</script><div class="sharedaddy"><h3>Share this:</h3><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/intent/tweet?url=x">X</a></div>
      <div id="jp-relatedposts"><h3>Related</h3><a href="/pier-history">A history of the pier</a></div>`;
    const doc = storyWith(CLOSING[0]!.html + after, 'en');
    const findings = detect(doc);
    expect(findings.filter((f) => f.reasons.includes('run:closing')).map((f) => f.element.localName)).toEqual(['h3', 'p', 'p']);
    expect(hidesStory(doc, findings)).toBe(false);
    for (const { lang, html } of STORY_ENDINGS) {
      const ending = storyWith(html + after, lang);
      expect(detect(ending).filter((f) => f.reasons.includes('run:closing'))).toEqual([]);
    }
  });

  it("leaves the story its notes set in the run's type above the run's first ask: a show's music credits", () => {
    const ending =
      '<p><em>Music: "</em><a href="https://music-library.example/tide"><em>Tide Table</em></a><em>" and "</em><a href="https://music-library.example/gull"><em>Gull Song</em></a><em>."</em></p>' +
      '<p><em>Find us: </em><a href="https://twitter.com/harbourshow"><em>Twitter</em></a><em> / </em><a href="https://www.facebook.com/harbourshow"><em>Facebook</em></a><em> / </em><a href="https://www.instagram.com/harbourshow/"><em>Instagram</em></a></p>' +
      '<p><em>Subscribe to our show on </em><a href="https://podcasts.apple.com/us/podcast/harbour-show/id1"><em>Apple Podcasts</em></a><em>.</em></p>';
    const doc = storyWith(ending, 'en');
    const findings = detect(doc);
    expect(findings.map((f) => f.element.textContent)).toEqual(['Find us: Twitter / Facebook / Instagram', 'Subscribe to our show on Apple Podcasts.']);
    expect(findings.every((f) => f.reasons.includes('run:closing'))).toBe(true);
  });

  it("leaves the story its line in the run's type below the run's last ask: a pointer to the story's video", () => {
    const ending =
      '<p><em><a href="/get-the-morning-brief/">Subscribe to the Morning Brief</a>, the Gazette\'s daily newsletter on the business of the harbour.</em></p>' +
      '<p><em>For more about the pier, watch this Gazette video: </em></p><div class="video-wrapper"><object id="pier-video"></object></div>';
    const doc = storyWith(ending, 'en');
    const findings = detect(doc);
    expect(findings.map((f) => f.element.textContent)).toEqual(["Subscribe to the Morning Brief, the Gazette's daily newsletter on the business of the harbour."]);
  });

  it('leaves the story its last line when that points on to more of it, below the appeal', () => {
    const ending = '<p><b>For the whole story and more photos, <a href="/subscribe?source=story">subscribe now and get the digital edition.</a></b></p><p><b><a href="/homes/2026-03/the-pier-house-slideshow">Tour the pier house in pictures.</a></b></p>';
    const doc = storyWith(ending, 'en');
    const findings = detect(doc);
    expect(findings.map((f) => f.element.textContent)).toEqual(['For the whole story and more photos, subscribe now and get the digital edition.']);
    expect(findings.some((f) => f.element.textContent?.includes('Tour the pier house'))).toBe(false);
  });

  it("counts a link to the page's own site written in full (a saved page served elsewhere), not one to another site", () => {
    const ending = '<h3>Support our reporting</h3><p>We rely on readers like you. Please consider a donation today.</p><p><a href="https://www.harbourgazette.example/donate">Donate</a></p>';
    const ownSite = '<link rel="canonical" href="https://harbourgazette.example/2026/03/the-pier">';
    expect(detect(storyWith(ending, 'en', ownSite)).map((f) => f.element.localName)).toEqual(['h3', 'p', 'p']);
    expect(detect(storyWith(ending, 'en'))).toEqual([]);
  });

  it('takes only the very end of the story, after enough of it, and only a few short blocks', () => {
    const appeal = CLOSING[0]!.html;
    // Followed by more of the story: a section of it.
    const middle = storyWith(`${appeal}${article(2)}`, 'en');
    expect(hidesStory(middle, detect(middle))).toBe(false);
    expect(detect(middle).some((f) => f.element.localName === 'p' || f.element.localName === 'h3')).toBe(false);
    // A short text whose last paragraphs may be all of it.
    const short = page(`<main><article><h1>The pier</h1>${article(2)}${appeal}</article></main>`);
    expect(detect(short)).toEqual([]);
    // A last section of the story under its own heading, then the appeal: only the appeal goes.
    const section = storyWith(`<h3>What comes next</h3><p>The council will vote on the budget in March, and work on the second pier is due to begin next year.</p>${CLOSING[0]!.html.replace(/<hr><h3>.*?<\/h3>/, '')}`, 'en');
    expect(detect(section).map((f) => f.element.textContent?.slice(0, 20))).toEqual(['Our newsroom is fund', 'Donate now']);
    // A rule between the story's sections: the story's line after it stays, only the appeal below goes.
    const ruled = storyWith(`<hr><p>The council will vote on the budget in March, and work on the second pier is due to begin next year.</p>${CLOSING[0]!.html.replace(/<hr><h3>.*?<\/h3>/, '')}`, 'en');
    expect(detect(ruled).map((f) => f.element.textContent?.slice(0, 20))).toEqual(['Our newsroom is fund', 'Donate now']);
    // Five blocks after the heading: a section of the story, not a closing line.
    const long = storyWith(`<h3>Support independent local news</h3><p>Our newsroom is funded by readers like you.</p>${article(3)}<p><a href="/donate">Donate now</a></p>`, 'en');
    expect(hidesStory(long, detect(long))).toBe(false);
    expect(detect(long)).toEqual([]);
  });

  it('keeps the story whole at every sensitivity, and reports the run only in a category the reader collapses', () => {
    const doc = storyWith(CLOSING[6]!.html, 'en');
    for (const sensitivity of ['cautious', 'balanced', 'thorough'] as const) {
      expect(hidesStory(doc, detect(doc, { sensitivity }))).toBe(false);
    }
    // With its categories switched off, nothing is reported.
    expect(detect(doc, { categories: ['donation', 'reminder', 'promo'] })).toEqual([]);
  });
});

/** Inline plugs: one short paragraph set wholly in bold or italic between the story's paragraphs (invented prose). */
const INLINE: readonly { lang: string; category: string; html: string }[] = [
  { lang: 'en', category: 'newsletter', html: '<p><strong>Sign up for our free morning newsletter to get stories like this in your inbox. <a href="/newsletter">Subscribe here</a>.</strong></p>' },
  { lang: 'en', category: 'donation', html: '<p><em>Support our nonprofit newsroom: <a href="/donate">make a donation today</a>.</em></p>' },
  { lang: 'en', category: 'promo', html: '<p><em>Never miss a story: <a href="https://apps.apple.com/app/id1">download our free app</a>.</em></p>' },
  { lang: 'de', category: 'newsletter', html: '<p><strong>Abonnieren Sie unseren Newsletter: <a href="/newsletter">Hier anmelden</a></strong></p>' },
  { lang: 'fr', category: 'newsletter', html: '<p><em>Pour ne rien manquer, <a href="/newsletter">inscrivez-vous à notre newsletter</a>.</em></p>' },
  { lang: 'es', category: 'newsletter', html: '<p><strong>Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes. <a href="/boletin">Suscríbete aquí</a></strong></p>' },
  { lang: 'ru', category: 'promo', html: '<p><strong>Подпишитесь на наш <a href="https://t.me/harbour">Telegram-канал</a>, чтобы не пропустить главное.</strong></p>' },
  { lang: 'it', category: 'donation', html: '<p><strong>Sostieni il giornalismo indipendente: <a href="/sostieni">abbonati o fai una donazione</a>.</strong></p>' },
  { lang: 'ja', category: 'newsletter', html: '<p><strong>最新ニュースをメールで受け取るには<a href="/newsletter">メルマガに登録</a>してください。</strong></p>' },
  { lang: 'zh', category: 'promo', html: '<p><strong>关注我们的微信公众号，获取更多新闻。<a href="/app">下载客户端</a></strong></p>' },
  { lang: 'cs', category: 'newsletter', html: '<p><strong>Chcete dostávat novinky e-mailem? <a href="/newsletter">Přihlaste se k odběru</a>.</strong></p>' },
  { lang: 'uk', category: 'promo', html: '<p><strong>Підпишіться на наш <a href="https://t.me/harbour">Telegram-канал</a>, щоб не пропустити головне.</strong></p>' },
  { lang: 'pl', category: 'donation', html: '<p><em>Wspieraj niezależne dziennikarstwo: <a href="/wesprzyj">wpłać darowiznę</a>.</em></p>' },
  { lang: 'pt', category: 'newsletter', html: '<p><strong>Receba as principais notícias no seu e-mail: <a href="/newsletter">assine a nossa newsletter</a>.</strong></p>' },
  { lang: 'en', category: 'promo', html: '<p><strong>Listen to this story on our podcast: <a href="https://podcasts.apple.com/podcast/id9">Apple Podcasts</a></strong></p>' },
  { lang: 'es', category: 'donation', html: '<p><em>Este periodismo es posible gracias a nuestros socios. <a href="/socios">Hazte socio</a>.</em></p>' },
  // A line that is all one link to the offer, its words the link's.
  { lang: 'en', category: 'newsletter', html: '<p><a href="/newsletters"><strong>Sign up for our free Coast Weekly newsletter to get stories like this in your inbox.</strong></a></p>' },
  { lang: 'de', category: 'donation', html: '<p><strong><a href="/unterstuetzen">Unabhängiger Journalismus braucht Ihre Unterstützung: Jetzt hier unterstützen.</a></strong></p>' },
  // The link set between brackets, leading to the site's e-mail alerts page.
  { lang: 'en', category: 'newsletter', html: '<p><em>[ <a href="/pages/email-alerts/?category=harbour">Sign up for our Harbour Weekly newsletter for the latest pier updates</a> ]</em></p>' },
  // Its call a longer link inside the line, leading to the offer's page.
  { lang: 'en', category: 'newsletter', html: '<p><em>This story is part of our Waterfront series. <a href="/newsletters/waterfront">Sign up for the series newsletter</a> to get new installments.</em></p>' },
  // Its link leads to the site's list of the e-mails it sends.
  { lang: 'en', category: 'newsletter', html: '<p><b><i>Sign up to the </i></b><a href="/emails/coast-weekly-brief/"><b><i>Coast Weekly Brief here</i></b></a><b><i> for news and analysis on the harbour\'s business in your inbox</i></b></p>' },
  // A call to follow the publication's channels on several networks.
  { lang: 'en', category: 'promo', html: '<p><em>Follow the Gazette Opinion section on <a href="https://www.facebook.com/gazetteopinion">Facebook</a>, <a href="https://twitter.com/GazetteOpinion">Twitter (@GazetteOpinion)</a> and <a href="https://www.instagram.com/gazetteopinion/">Instagram</a>.</em></p>' },
  { lang: 'ru', category: 'promo', html: '<p><strong>Добавьте «Газету» в свои источники в <a href="https://yandex.ru/news/?favid=254">Яндекс.Новостях</a></strong></p>' },
  { lang: 'fr', category: 'promo', html: '<p><em>Suivez la rubrique Opinions sur <a href="https://www.facebook.com/gazetteopinions">Facebook</a> et <a href="https://twitter.com/gazetteopinions">Twitter</a>.</em></p>' },
];

/** Lines of the story that look like plugs: headlines of related stories, a quoted plea, a note, a fundraiser the story reports. */
const STORY_LINES: readonly { lang: string; html: string }[] = [
  { lang: 'en', html: '<p><strong>Read more:</strong> <a href="/pier-history">A history of the pier</a></p>' },
  { lang: 'en', html: '<p><strong>Related: <a href="/2026/05/donate-blood-weekend">Where to donate blood this weekend</a></strong></p>' },
  { lang: 'en', html: '<p><em>Read more: <a href="/2026/05/subscription-fees-ferry">Why subscription fees for the ferry are rising</a></em></p>' },
  { lang: 'en', html: '<p><strong>READ MORE: <a href="/news/app-launch">Council launches new app for reporting potholes</a></strong></p>' },
  { lang: 'de', html: '<p><strong>Lesen Sie auch: <a href="/2026/05/spenden-fuer-seenotretter">Rekord bei Spenden für die Seenotretter</a></strong></p>' },
  { lang: 'en', html: '<p><em>"Please donate what you can," the harbour master wrote in a letter to residents.</em></p>' },
  { lang: 'en', html: '<p><strong>"We rely on donations from people like you," she said. "Please support us."</strong></p>' },
  { lang: 'en', html: '<p><em>Readers can donate to the crew through <a href="https://www.gofundme.com/f/crew">the family\'s fundraiser</a>.</em></p>' },
  { lang: 'en', html: '<p><em>The fund is accepting donations at <a href="/local/pier-fund">the town hall</a> until Friday.</em></p>' },
  { lang: 'en', html: '<p><em>Subscribe to the council\'s newsletter at <a href="https://council.example.gov/newsletter">council.example.gov</a> for updates on the works.</em></p>' },
  { lang: 'en', html: '<p><strong>How to help:</strong> donations can be made to the lifeboat fund at <a href="https://lifeboat.example.org">lifeboat.example.org</a>.</p>' },
  { lang: 'en', html: '<p><em>Editor\'s note: this story has been updated with the council\'s response.</em></p>' },
  { lang: 'en', html: '<p><strong><a href="/pier/live">Live updates: follow the pier reopening as it happens</a></strong></p>' },
  { lang: 'en', html: '<p><strong>Update, 3 p.m.:</strong> The council has confirmed that the pier will reopen on Saturday.</p>' },
  { lang: 'en', html: '<p><strong>Donations pour in</strong></p>' },
  { lang: 'ja', html: '<p><strong>関連記事：<a href="/2026/05/kifu-donate">港の修復に市民から寄付が集まる</a></strong></p>' },
  { lang: 'zh', html: '<p><strong>相关阅读：<a href="/news/2026/donate-pier">市民踊跃为码头修复捐款</a></strong></p>' },
  { lang: 'ja', html: '<p><strong>「寄付をお願いします」と港長は住民に呼びかけた。</strong></p>' },
  { lang: 'zh', html: '<p><strong>记者注：本文已根据市政府的回应更新。</strong></p>' },
  { lang: 'cs', html: '<p><strong>Čtěte také: <a href="/2026/05/sbirka-na-molo">Sbírka na opravu mola vynesla rekordní částku</a></strong></p>' },
  // Lines that are all one link to a story, or to another organisation's appeal.
  { lang: 'en', html: '<p><a href="/2026/05/12/donations-pour-in-for-old-pier"><strong>Donations pour in for the old pier as the town rallies</strong></a></p>' },
  { lang: 'en', html: '<p><strong><a href="/local/why-the-town-asks-readers-to-support-the-pier-fund">Why the town asks readers to support the pier fund</a></strong></p>' },
  { lang: 'en', html: '<p><strong><a href="https://lifeboat-fund.example.org/donate">Please support the lifeboat crew: donate to the fund here</a></strong></p>' },
  { lang: 'en', html: '<p><em>Related: <a href="/news/membership-program-launches-this-spring">The Gazette launches its membership program this spring</a></em></p>' },
  { lang: 'en', html: '<p><em>More on this: <a href="/podcasts/harbour-hour/episode-12">Episode 12 of The Harbour Hour covered the pier\'s history</a>.</em></p>' },
  // A writer's note with two handles, and a line pointing to posts on two networks: neither asks to follow the publication.
  { lang: 'en', html: '<p><em>Jane Doe is a reporter in the Gazette\'s London bureau. Follow her on <a href="https://twitter.com/janedoe">Twitter</a> and <a href="https://www.instagram.com/janedoe">Instagram</a>.</em></p>' },
  { lang: 'en', html: '<p><em>Twitter and Instagram users shared <a href="https://twitter.com/harbourfan/status/123">videos</a> of the <a href="https://www.instagram.com/p/abc/">crowd</a> at the pier.</em></p>' },
];

function storyAround(line: string, lang: string): Document {
  return page(`<main><article id="story"><h1>The pier</h1>${article(3)}${line.replace('<p>', '<p id="line">')}${article(3)}</article></main>`, lang);
}

describe('an inline plug: a line in bold or italic between the story\'s paragraphs', () => {
  it.each(INLINE.map((c, i) => [i, c.lang, c.category, c.html] as const))('#%i (%s) is collapsed as %s, alone', (_, lang, category, html) => {
    const doc = storyAround(html, lang);
    const findings = detect(doc);
    expect(findings.map((f) => [f.element.id, f.category])).toEqual([['line', category]]);
    expect(findings[0]?.reasons).toContain('plug:inline');
  });

  it.each(STORY_LINES.map((s, i) => [i, s.lang, s.html] as const))('story line #%i (%s) stays, protected as the story', (_, lang, html) => {
    const doc = storyAround(html, lang);
    expect(detect(doc)).toEqual([]);
    expect(createProtection(doc).allows(doc.getElementById('line')!)).toBe(false);
  });

  it('is not taken from a short text, whose few lines may all be the story', () => {
    const doc = page(`<main><article><h1>The pier</h1>${article(2)}${INLINE[0]!.html.replace('<p>', '<p id="line">')}</article></main>`);
    expect(detect(doc)).toEqual([]);
  });

  it('is not looked for in a text written with many emphasised lines (an interview\'s questions): there, type sets nothing apart', () => {
    const question = (i: number) => `<p><strong>Question ${i}: why did the harbour board wait so long to repair the pier?</strong></p>`;
    const interview = Array.from({ length: 6 }, (_, i) => `${question(i)}${article(1)}`).join('');
    const doc = page(`<main><article><h1>The pier</h1>${interview}${INLINE[0]!.html}${article(2)}</article></main>`);
    expect(detect(doc)).toEqual([]);
  });

  it.each(INLINE.slice(0, 3).map((c, i) => [i, c.lang, c.category, c.html] as const))(
    '#%i (%s) is collapsed as %s with the box of the page\'s layout it stands in',
    (_, lang, category, html) => {
      const doc = page(`<main><article><h1>The pier</h1>${article(3)}<div class="wp-block-group" id="line">${html}</div>${article(3)}</article></main>`, lang);
      expect(detect(doc).map((f) => [f.element.id, f.category])).toEqual([['line', category]]);
    },
  );

  it('reads a boxed line as the story when its box holds more than the one paragraph', () => {
    const doc = page(`<main><article><h1>The pier</h1>${article(3)}<div id="box">${INLINE[0]!.html}${article(1)}</div>${article(3)}</article></main>`);
    expect(detect(doc).filter((f) => f.reasons.includes('plug:inline') && f.element.id === 'box')).toEqual([]);
  });

  it('must be wholly in emphasised type: the same words in plain type are the story\'s', () => {
    const plain = INLINE[1]!.html.replace(/<\/?em>/g, '');
    expect(detect(storyAround(plain, 'en'))).toEqual([]);
  });
});

/** A story's "How to help", set in a box of its own among the story's paragraphs. */
const HOW_TO_HELP: readonly { lang: string; html: string }[] = [
  { lang: 'en', html: '<h3>How you can help</h3><p>The Red Cross is accepting donations for families who lost their homes. You can donate online or by texting a short code.</p><p><a href="https://www.redcross.example.org/donate">Donate to the Red Cross</a></p>' },
  { lang: 'de', html: '<h3>So können Sie helfen</h3><p>Spenden für die Seenotretter nimmt der Verein auf seiner Website entgegen.</p><p><a href="https://seenotretter.example.de/spenden">Jetzt spenden</a></p>' },
  { lang: 'fr', html: '<h3>Comment aider</h3><p>La Croix-Rouge appelle aux dons pour les sinistrés. Vous pouvez faire un don sur son site.</p><p><a href="https://croix-rouge.example.fr/don">Faire un don</a></p>' },
  // Its call's target no donation page, only its label a call to give.
  { lang: 'ru', html: '<h3>Как помочь</h3><p>Фонд собирает пожертвования для семей, пострадавших от шторма.</p><p><a href="https://fond.example.ru/help">Пожертвовать</a></p>' },
  { lang: 'hi', html: '<h3>कैसे मदद करें</h3><p>रेड क्रॉस बाढ़ पीड़ित परिवारों के लिए दान स्वीकार कर रहा है। आप उसकी वेबसाइट पर दान कर सकते हैं।</p><p><a href="https://redcross.example.in/donate">दान करें</a></p>' },
  { lang: 'bn', html: '<h3>যেভাবে সাহায্য করবেন</h3><p>রেড ক্রিসেন্ট বন্যার্ত পরিবারগুলোর জন্য অনুদান নিচ্ছে। তাদের ওয়েবসাইটে অনুদান দেওয়া যাবে।</p><p><a href="https://redcrescent.example.bd/donate">অনুদান দিন</a></p>' },
  // Words that are another language's "we": Portuguese "nos" (in the), French "our"; Italian "vi"
  // (there), the Scandinavian "we"; Arabic ما (what), the Persian "we".
  { lang: 'pt', html: '<h3>Como ajudar</h3><p>A Cruz Vermelha recebe doações nos postos de coleta para as famílias atingidas.</p><p><a href="https://cruzvermelha.example.br/doar">Doar</a></p>' },
  { lang: 'it', html: '<h3>Come aiutare</h3><p>La Croce Rossa raccoglie donazioni per le famiglie colpite. Vi sono molti modi per contribuire sul suo sito.</p><p><a href="https://cri.example.it/dona">Dona ora</a></p>' },
  { lang: 'ar', html: '<h3>كيف تساعد</h3><p>يجمع الهلال الأحمر التبرعات للأسر المتضررة. هذا ما يمكنك فعله: التبرع عبر موقعه.</p><p><a href="https://redcrescent.example.org/donate">تبرع</a></p>' },
];

describe("a story's last line asking to follow on one network", () => {
  const canonical = '<link rel="canonical" href="https://harbourgazette.example/2026/03/the-pier">';
  const line = (href: string, name: string) => `<p>&nbsp;</p><div class="social"><p><a href="${href}"><span>+ Follow</span><strong>${name}</strong> on Facebook</a></p></div>`;

  it("is the publication's call when it leads to the publication's own account", () => {
    const doc = storyWith(line('https://www.facebook.com/HarbourGazette', 'Harbour Gazette'), 'en', canonical);
    const findings = detect(doc);
    expect(findings.map((f) => [f.category, f.element.className])).toEqual([['promo', 'social']]);
    expect(hidesStory(doc, findings)).toBe(false);
  });

  it('is the same call in a box of its own, in the story or beside it', () => {
    const boxed = storyWith(line('https://www.facebook.com/HarbourGazette', 'Harbour Gazette').replace('class="social"', 'class="follow-us"'), 'en', canonical);
    expect(detect(boxed).map((f) => [f.category, f.element.className])).toEqual([['promo', 'follow-us']]);
    const pins = (href: string) =>
      `<main><article><h1>The pier</h1>${article(6)}</article></main><aside><div id="pins"><h3>Our top pins</h3><p><a href="${href}">Follow Harbour Gazette on Pinterest</a></p><a href="/pins">See more pins</a></div></aside>`;
    const beside = page(pins('https://pinterest.com/harbourgazette/'));
    beside.head.insertAdjacentHTML('beforeend', canonical);
    const found = detect(beside);
    expect(found.map((f) => [f.category, f.element.closest('#pins') !== null, f.element.textContent])).toEqual([['promo', true, 'Follow Harbour Gazette on Pinterest']]);
    const someoneElse = page(pins('https://pinterest.com/harbourfest/'));
    someoneElse.head.insertAdjacentHTML('beforeend', canonical);
    expect(detect(someoneElse)).toEqual([]);
  });

  it("is the story's pointer when it leads to someone else's, and the site's navigation in its footer", () => {
    expect(detect(storyWith(line('https://www.facebook.com/harbourfest', 'the festival'), 'en', canonical))).toEqual([]);
    const footer = page(`<main><article><h1>The pier</h1>${article(6)}</article></main><footer>${line('https://www.facebook.com/HarbourGazette', 'Harbour Gazette')}<a href="/about">About</a></footer>`);
    footer.head.insertAdjacentHTML('beforeend', canonical);
    expect(detect(footer)).toEqual([]);
  });
});

describe('a box in the story whose offers all lead to another organisation', () => {
  it.each(HOW_TO_HELP.map((c) => [c.lang, c.html] as const))('stays, in %s: a "How to help" is the story\'s', (lang, html) => {
    const doc = storyWith(`<div class="infobox">${html}</div>`, lang);
    expect(detect(doc)).toEqual([]);
  });

  it('is still collapsed beside the story, where the publication runs a partner\'s appeal', () => {
    const doc = page(`<main><article><h1>The pier</h1>${article(6)}</article><aside><div id="box">${HOW_TO_HELP[0]!.html}</div></aside></main>`);
    expect(detect(doc).map((f) => f.category)).toEqual(['donation']);
  });

  it('is the publication\'s appeal when an offer leads to its own site, written in full or not', () => {
    const own = HOW_TO_HELP[0]!.html.replace('https://www.redcross.example.org/donate', 'https://support.harbourgazette.example/give');
    const canonical = '<link rel="canonical" href="https://harbourgazette.example/2026/03/the-pier">';
    expect(detect(storyWith(`<div class="infobox">${own}</div>`, 'en', canonical)).map((f) => f.category)).toEqual(['donation']);
    const relative = HOW_TO_HELP[0]!.html.replace('https://www.redcross.example.org/donate', '/donate');
    expect(detect(storyWith(`<div class="infobox">${relative}</div>`, 'en')).map((f) => f.category)).toEqual(['donation']);
  });

  it('is the publication\'s appeal when it speaks as the publication, its form on a payment processor\'s site', () => {
    const ours = '<h3>Can you chip in?</h3><p>Nonprofit newsrooms like ours rely on readers. Every dollar makes a difference.</p><p><a href="https://secure.processor.example/page/chip">Donate</a></p>';
    expect(detect(storyWith(`<div class="infobox">${ours}</div>`, 'en')).map((f) => f.category)).toEqual(['donation']);
  });

  it.each([
    ['hi', '<h3>क्या आप योगदान देंगे?</h3><p>हमारी पत्रकारिता पाठकों के भरोसे चलती है। हर रुपया मायने रखता है।</p><p><a href="https://secure.processor.example/page/chip">दान करें</a></p>'],
    ['bn', '<h3>আপনি কি অনুদান দেবেন?</h3><p>আমাদের সাংবাদিকতা পাঠকদের ওপর নির্ভর করে। প্রতিটি টাকা গুরুত্বপূর্ণ।</p><p><a href="https://secure.processor.example/page/chip">অনুদান দিন</a></p>'],
  ])('hears the publication\'s "we" in %s (हमारी, আমাদের: the word runs on in vowel signs)', (lang, ours) => {
    expect(detect(storyWith(`<div class="infobox">${ours}</div>`, lang)).map((f) => f.category)).toEqual(['donation']);
  });

  it.each([
    ['nl', '<h3>Steun onafhankelijke journalistiek</h3><p>Wij zijn afhankelijk van lezers zoals u. Elke euro helpt onze redactie.</p><p><a href="https://secure.processor.example/page/chip">Doneer</a></p>'],
    ['sv', '<h3>Stöd oberoende journalistik</h3><p>Vi är beroende av läsare som du. Varje krona hjälper vår redaktion.</p><p><a href="https://secure.processor.example/page/chip">Swisha</a></p>'],
    ['da', '<h3>Støt uafhængig journalistik</h3><p>Vi er afhængige af læsere som dig. Hver krone hjælper vores redaktion.</p><p><a href="https://secure.processor.example/page/chip">Støt nu</a></p>'],
    ['nb', '<h3>Støtt uavhengig journalistikk</h3><p>Vi er avhengige av lesere som deg. Hver krone hjelper vår redaksjon.</p><p><a href="https://secure.processor.example/page/chip">Støtt nå</a></p>'],
    ['tr', '<h3>Bağımsız gazeteciliği destekleyin</h3><p>Biz okurlarımızın desteğiyle ayakta duruyoruz. Her katkı önemlidir.</p><p><a href="https://secure.processor.example/page/chip">Destek ol</a></p>'],
    ['id', '<h3>Dukung jurnalisme independen</h3><p>Kami bergantung pada pembaca seperti Anda. Setiap rupiah berarti.</p><p><a href="https://secure.processor.example/page/chip">Donasi</a></p>'],
    ['vi', '<h3>Ủng hộ báo chí độc lập</h3><p>Chúng tôi dựa vào sự đóng góp của độc giả. Mỗi đồng đều có ý nghĩa.</p><p><a href="https://secure.processor.example/page/chip">Ủng hộ ngay</a></p>'],
    ['ko', '<h3>독립 언론을 후원해 주세요</h3><p>저희는 독자 여러분의 후원으로 운영됩니다. 작은 후원도 큰 힘이 됩니다.</p><p><a href="https://secure.processor.example/page/chip">후원하기</a></p>'],
    ['ar', '<h3>ادعم الصحافة المستقلة</h3><p>نحن نعتمد على قرائنا. كل مساهمة تحدث فرقاً.</p><p><a href="https://secure.processor.example/page/chip">تبرع</a></p>'],
    ['he', '<h3>תמכו בעיתונות עצמאית</h3><p>אנחנו נשענים על הקוראים שלנו. כל תרומה חשובה.</p><p><a href="https://secure.processor.example/page/chip">לתרומה</a></p>'],
    ['mr', '<h3>स्वतंत्र पत्रकारितेला पाठिंबा द्या</h3><p>आम्ही वाचकांच्या पाठिंब्यावर चालतो. प्रत्येक रुपया महत्त्वाचा आहे.</p><p><a href="https://secure.processor.example/page/chip">देणगी द्या</a></p>'],
    ['ur', '<h3>آزاد صحافت کی حمایت کریں</h3><p>ہم قارئین کے تعاون پر چلتے ہیں۔ ہر عطیہ اہم ہے۔</p><p><a href="https://secure.processor.example/page/chip">عطیہ دیں</a></p>'],
    ['fa', '<h3>از روزنامه‌نگاری مستقل حمایت کنید</h3><p>ما به حمایت خوانندگان متکی هستیم. هر کمکی ارزشمند است.</p><p><a href="https://secure.processor.example/page/chip">حمایت مالی</a></p>'],
  ])('hears the publication\'s "we" in %s, its own language\'s word', (lang, ours) => {
    expect(detect(storyWith(`<div class="infobox">${ours}</div>`, lang)).map((f) => f.category)).toEqual(['donation']);
  });

  it('hears the publication\'s "we" after a line break that parts it from the word before ("Support us<br>We rely …")', () => {
    const ours = '<h3>Support us<br>We rely on readers like you.</h3><a href="https://give.harbourmedia.example/">Give</a>';
    expect(detect(storyWith(`<div class="infobox">${ours}</div>`, 'en')).map((f) => f.category)).toEqual(['donation']);
  });
});

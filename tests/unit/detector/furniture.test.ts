import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/detector';
import { article, page } from './helpers';

/** Page furniture that uses appeal words without being an appeal. All markup here is invented. */
/** Bodies with `html` in a box (#box) beside the article, and in one at its end. */
function besideAndAtEnd(html: string): string[] {
  return [
    `<main><article>${article()}</article></main><aside><div id="box">${html}</div></aside>`,
    `<main><article>${article()}<div id="box">${html}</div></article></main>`,
  ];
}

/** Nothing is found when `html` stands in a box beside the article, nor in one at its end. */
function expectLeftAlone(html: string, lang = 'en'): void {
  for (const body of besideAndAtEnd(html)) expect(detect(page(body, lang)).map((f) => f.reasons)).toEqual([]);
}

describe('page furniture is not clutter', () => {
  it('leaves an author bio with profile links alone, wording about the person included', () => {
    const doc = page(`<main><article>${article()}
      <div id="bio"><img src="avatar.png" alt=""><div>Morgan Quill</div>
        <p>Morgan Quill is a staff writer at the Gazette. She has written for <a href="https://harbour.example/morgan">Harbour Weekly</a>
        and hosts <a href="https://audio.example/tides">a monthly podcast</a> about lighthouses. She will never miss a chance to visit one.</p>
        <div><a href="https://twitter.com/morganquill"><svg></svg></a> <a href="https://www.instagram.com/morganquill"><svg></svg></a></div>
      </div></article></main>`);
    expect(detect(doc).map((f) => f.element.id)).not.toContain('bio');
  });

  it('leaves the links of the page\'s author box alone, though one names the writer\'s RSS feed', () => {
    const doc = page(`<main><article>${article()}</article></main><div class="sidebar-author-block"><div class="author-meta">
      <span class="author-links"><a href="https://twitter.com/morganquill">Morgan Quill on Twitter</a>
        <a href="/author/mquill/feed">RSS Feed for Morgan Quill</a> <a href="mailto:morgan@harbour.example">Email Morgan Quill</a></span>
      <span><a href="/author/mquill/">Morgan Quill</a></span><p>Lighthouse keepers' lunch on the pier today, three kinds of chowder!</p></div>
      <ul><li><a href="/a">Pier story</a></li><li><a href="/b">Ferry story</a></li></ul></div>`);
    expect(detect(doc).map((f) => f.reasons)).toEqual([]);
  });

  it('still finds a follow-us line that pitches inside the author box', () => {
    const doc = page(`<main><article>${article()}</article></main><div class="author-bio"><p><i>Morgan Quill writes about lighthouses.</i></p>
      <p id="ours">Like <a href="https://www.facebook.com/harbourgazette">the Gazette on Facebook</a>. Follow us on <a href="https://twitter.com/harbourgazette">Twitter</a>.</p></div>`);
    const ours = doc.getElementById('ours')!;
    expect(detect(doc).some((f) => f.element.contains(ours))).toBe(true);
  });

  it('leaves the site\'s password notices alone, though they speak of your e-mail', () => {
    const doc = page(`<main><article>${article()}</article></main><div class="dialog"><div class="caption">Reset password</div>
      <p>A temporary password has been emailed to you. If it does not arrive, please check your spam folder; it can take up to ten minutes to reach your email.</p></div>
      <div class="dialog"><p>Please enter the email address of your account to have its password reset.</p><form><input type="text" name="email"><input type="submit" value="Reset"></form></div>`);
    expect(detect(doc).map((f) => f.reasons)).toEqual([]);
  });

  it('leaves a block holding one of the site\'s own choice lists (a theme picker) alone, follow-us links beside it', () => {
    const doc = page(`<main><article>${article()}</article></main>
      <div id="side"><label>Theme <select><option>Dark</option><option>Light</option></select></label>
        <h3>Follow us on social media</h3><p>Never miss a story from the Gazette: follow us for the latest.</p>
        <a href="https://twitter.com/gazette">Twitter</a> <a href="https://www.facebook.com/gazette">Facebook</a></div>`);
    const found = detect(doc).map((f) => f.element);
    expect(found.some((el) => el.querySelector('select') !== null)).toBe(false);
  });

  it('still finds a follow-us row whose wording pitches', () => {
    const doc = page(`<main><article>${article()}</article></main>
      <div id="follow"><h3>Follow us on social media</h3><p>Never miss a story from the Gazette: follow us for the latest.</p>
        <a href="https://twitter.com/gazette">Twitter</a> <a href="https://www.facebook.com/gazette">Facebook</a>
        <a href="https://www.instagram.com/gazette">Instagram</a></div>`);
    expect(detect(doc).map((f) => f.element.id)).toContain('follow');
  });

  it('leaves a footer of headed link columns alone, one "Premium" link included', () => {
    const doc = page(`<main><article>${article()}</article></main>
      <div id="foot"><div id="cols">
        <div><h4>The Gazette</h4><ul><li><a href="/contact">Contact</a></li><li><a href="/staff">Our staff</a></li><li><a href="/archive">Archive</a></li></ul></div>
        <div><h4>Gazette Premium</h4><a href="/premium"><ul><li>Go premium</li><li>Ad free reading</li></ul></a></div>
        <div><h4>Elsewhere</h4><ul><li><a href="https://twitter.com/gazette">Twitter</a></li><li><a href="https://www.facebook.com/gazette">Facebook</a></li></ul></div>
      </div></div>`);
    const found = detect(doc).map((f) => f.element.id);
    expect(found).not.toContain('foot');
    expect(found).not.toContain('cols');
  });

  it('still finds several headed offers side by side, each pitching', () => {
    const doc = page(`<main><article>${article()}</article></main>
      <div id="letters">
        <div><h4>Morning briefing</h4><p>Sign up for our morning newsletter, delivered to your inbox.</p></div>
        <div><h4>Weekend reads</h4><p>Get the best stories of the week in your inbox.</p></div>
        <div><h4>Breaking news</h4><p>Subscribe to alerts and never miss a story.</p></div>
        <form><input type="email" placeholder="Your e-mail"><button>Sign up</button></form>
      </div>`);
    expect(detect(doc).map((f) => f.element.id)).toContain('letters');
  });

  it('counts scripted menu items (data-href) as menu links: a menu with one pitch entry is navigation', () => {
    const doc = page(`<main><article>${article()}</article></main>
      <div id="top"><span class="btn-abo" data-href="/abo">Abonnez-vous maintenant, à partir de 2 € par mois</span>
        <ul><li><span data-href="/shop">Boutique</span><ul>
          <li><span data-href="/shop/books">Livres</span></li><li><span data-href="/shop/maps">Cartes anciennes</span></li>
          <li><span data-href="/shop/prints">Affiches</span></li><li><span data-href="/shop/games">Jeux de société</span></li>
          <li><span data-href="/jobs">Offres d'emploi immobilier</span></li><li><span data-href="/events">Agenda culturel</span></li>
        </ul></li></ul></div>`, 'fr');
    expect(detect(doc).map((f) => f.element.id)).not.toContain('top');
  });

  it('still finds a teaser-shaped appeal that offers something (a linked headline and a Donate button)', () => {
    const doc = page(`<main><article><h1>The pier</h1>${article()}</article></main><aside><div id="box"><h4><a href="/news/fund">Our reporting fund</a></h4><p>Every gift made before midnight will be matched dollar for dollar.</p><a href="/donate">Donate</a></div><ul><li><a href="/pier">The pier reopens</a></li></ul></aside>`);
    expect(detect(doc).map((f) => [f.element.id, f.category])).toEqual([['box', 'donation']]);
  });
  it('still finds the same pitch standing in a box of its own', () => {
    const doc = page(`<main><article>${article()}</article></main>
      <p id="pitch"><span class="btn-abo" data-href="/abo">Abonnez-vous maintenant, à partir de 2 € par mois</span></p>`, 'fr');
    expect(detect(doc).map((f) => f.element.id)).toContain('pitch');
  });
});

/** Story paragraphs about `topic`, enough for the article to be found. */
const story = (topic: string) =>
  Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i}: ${topic} The council said the figures would be published next month, and volunteers said they hoped the trend would hold through the winter.</p>`).join('');

/** Headlines for the lists below. */
const HEADLINES = {
  en: ['Harbour council approves the new ferry timetable for the summer season', 'Night market returns to the old bridge after two years away', 'Library opens an orchard reading garden beside the river', 'School budget vote delayed again as the tram works overrun', 'Island festival crew rebuilds the stage after the storm'],
  fr: ['Le conseil du port approuve le nouvel horaire des ferries pour l’été', 'Le marché de nuit revient sur le vieux pont après deux ans', 'La bibliothèque ouvre un jardin de lecture au bord de la rivière', 'Le vote du budget scolaire encore repoussé par les travaux', 'Le festival de l’île reconstruit sa scène après la tempête'],
  de: ['Hafenrat billigt den neuen Fährfahrplan für den Sommer', 'Der Nachtmarkt kehrt nach zwei Jahren auf die alte Brücke zurück', 'Die Bibliothek eröffnet einen Lesegarten am Fluss', 'Abstimmung über den Schulhaushalt erneut verschoben', 'Das Inselfest baut seine Bühne nach dem Sturm wieder auf'],
};

/** The everyday furniture of a news page, some of it worded like an appeal; invented prose. */
const FURNITURE: readonly [lang: string, name: string, body: string][] = [
  ['en', 'a "Most read" list, one headline about donations and one about support', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><h3>Most read</h3><ol><li><a href="/a">Ferry strike called off after late talks</a></li><li><a href="/b">Support grows for new harbour wall</a></li><li><a href="/c">School roof to be replaced in summer</a></li><li><a href="/d">Donations to food banks double as winter bites</a></li><li><a href="/e">Night market returns to the quay</a></li><li><a href="/f">Council budget: what it means for you</a></li></ol></aside></main>`],
  ['en', 'a "Most read" list in which two of five headlines begin with an appeal verb', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside><h3>Most read</h3><ul><li><a href="/a">Ferry strike called off</a></li><li><a href="/b">Subscribe to our new podcast series</a></li><li><a href="/c">School roof to be replaced</a></li><li><a href="/d">Donate blood this weekend, hospital asks</a></li><li><a href="/e">Night market returns</a></li></ul></aside></main>`],
  ['en', 'a comment form with an e-mail field', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><section id="x"><h3>Leave a comment</h3><form><textarea name="comment"></textarea><input type="email" name="email" placeholder="Email (not published)"><button>Post comment</button></form></section></main>`],
  ['en', 'a search form, and a menu with a Subscribe entry', `<header id="x"><form role="search"><input type="search" placeholder="Search"><button>Search</button></form><nav><a href="/">Home</a><a href="/news">News</a><a href="/subscribe">Subscribe</a></nav></header><main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main>`],
  ['en', 'share buttons above the story', `<main><article><h1>The pier</h1><div id="x" class="share"><a href="https://facebook.com/sharer">Share</a><a href="https://twitter.com/intent/tweet">Tweet</a><a href="mailto:?body=x">Email</a></div>${story('The pier reopened.')}</article></main>`],
  ['en', 'a log-in box', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><div id="x"><form><input type="email" name="email"><input type="password"><button>Log in</button></form><a href="/register">Create account</a></div>`],
  ['en', 'related stories about a newsletter and an app', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><section id="x"><h2>Related</h2><div><a href="/1"><h3>Newsletter: the week in harbour news</h3></a></div><div><a href="/2"><h3>How to support local fishermen</h3></a></div><div><a href="/3"><h3>Ferry app gets an update</h3></a></div></section></main>`],
  ['en', 'a photo caption about donations and alerts', `<main><article><h1>The pier</h1><figure id="x"><img alt=""><figcaption>Volunteers collected donations on the pier. Subscribe to the ferry alerts, said a sign.</figcaption></figure>${story('The pier reopened.')}</article></main>`],
  ['de', 'a German story about donations (Spenden)', `<main><article><h1>Spenden für die Tafel verdoppelt</h1>${Array.from({ length: 8 }, (_, i) => `<p>Absatz ${i}: Die Spenden für die Tafel haben sich verdoppelt, und die Helfer bitten die Leser, Konserven zu spenden und Mitglied zu werden. Unterstützen Sie uns, sagten sie.</p>`).join('')}</article></main>`],
  ['en', 'a table of contents with appeal words', `<main><article><h1>The pier</h1><nav id="x"><h2>Contents</h2><ol><li><a href="#a">How to donate</a></li><li><a href="#b">Newsletter archive</a></li><li><a href="#c">Subscribe to alerts</a></li></ol></nav>${story('The pier reopened.')}</article></main>`],
  ['en', 'a cookie banner (not a kind Unnag collapses)', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><div id="x" role="dialog"><p>We use cookies to improve your experience. By continuing you agree to our cookie policy.</p><button>Accept all</button><button>Manage settings</button></div>`],
  ['en', 'an events listing', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><h3>What's on</h3><p>Harbour choir concert, Saturday 7pm, St Mary's. Tickets from the library.</p><p>Lifeboat open day, Sunday.</p></aside></main>`],
  // Forms that ask for an e-mail address and are no sign-up: a two-step log-in, a send-to-a-friend form, a contact form.
  ['en', 'two-step sign in', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside id="x"><h3>Sign in to your account</h3><form><input type="email" placeholder="Email"><button>Continue</button></form></aside>`],
  ['en', 'send to a friend', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside id="x"><h3>Email this story</h3><form><input type="email" placeholder="Friend's email"><input type="email" placeholder="Your email"><button>Send</button></form></aside>`],
  ['de', 'Anmelden with Passwort link', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside id="x"><h3>Anmelden</h3><form><input type="email" placeholder="E-Mail"><button>Weiter</button></form><a href="/passwort">Passwort vergessen?</a></aside>`],
  ['fr', 'connexion', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside id="x"><h3>Connexion</h3><form><input type="email" placeholder="Adresse e-mail"><button>Continuer</button></form></aside>`],
  ['en', 'a contact form with its consent line', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside id="x"><h3>Send us a tip</h3><form><input name="name"><input type="email"><textarea></textarea><p>By submitting your information you agree to our <a href="/privacy">Privacy Policy</a>.</p><button>Send</button></form></aside>`],
  ['en', 'a menu drawn as a list of headed links, its last "Subscribe"', `<div id="x" class="main-menu"><ul><li><a href="/tech"><h3>Tech</h3></a></li><li><a href="/news"><h3>News</h3></a></li><li><a href="/podcasts"><h3>Podcasts</h3></a></li><li><a href="/subscribe?cid=top-nav"><h3>Subscribe</h3></a></li></ul></div><main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main>`],
  ['en', 'a lone "Subscribe" link whose word sits in boxes of its own', `<div class="bar"><div class="nav-item subscribe"><a href="https://subscription.gazette.example/storefront/subscribe-to-gazette"><div><div class="icon"></div><div><span>SUBSCRIBE</span></div></div></a></div></div><main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main>`],
  ['en', 'a column of the site\'s menu whose last link asks for a sign-up in a sentence', `<header><nav><ul><li><a href="/news">News</a><div role="menu"><div id="x"><p>News</p><a href="/news/">View all</a><ul><li><a href="/news/top">Today's top health headlines</a></li><li><a href="/news/drugs">Get the latest drug approvals and alerts</a></li><li><a href="/newsletters/">Sign up to receive our award-winning content delivered to your inbox.</a></li></ul></div></div></li></ul></nav></header><main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main>`],
  ['en', 'a story that mentions social media, a writer\'s bio, and a most-read list whose headline does', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<p>The harbour master posted the news on social media before noon.</p></article><aside><div><h4>About the author</h4><p>Mara Quill covers social media and the waterfront for the Harbour Gazette.</p><a href="https://twitter.com/maraquill">Twitter</a></div><h3>Most read</h3><ol><li><a href="/1">Social media ban for teens passes</a></li><li><a href="/2">Ferry timetable changes</a></li><li><a href="/3">The pier reopens</a></li></ol></aside>`],
  ['de', 'a section named after the networks over a list of stories', `<main><article><h1>Die Mole</h1>${story('Die Mole ist wieder offen.')}</article></main><section><h2>Soziale Netzwerke</h2><ul><li><a href="/digital/netzwerke-jugendschutz">Soziale Netzwerke: Neue Regeln für Jugendliche</a></li><li><a href="/digital/plattformen">Plattformen müssen Konten prüfen</a></li><li><a href="/digital/faehre">Die Fähre fährt wieder</a></li></ul></section>`],
  ['en', 'a menu drawn in CSS alone (checkboxes open its drop-downs), an entry whose drop-down offers the events list', `<nav class="mobile"><label for="root">Open navigation</label><input type="checkbox" id="root"><ul><li><a href="/">Home</a></li><li><a href="/events/">Events</a></li><li><a href="/events/subscribe/">Subscribe to our events list<label for="sub-1">Show subnavigation</label></a><input type="checkbox" id="sub-1"><ul><li><label for="sub-1">Back</label><label for="root">Close navigation</label></li><li><a href="/events/subscribe/">Subscribe to our events list</a></li><li><a href="/events/subscribe/welcome/">Welcome to our events list</a></li></ul></li></ul></nav><main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main>`],
  ['en', 'the site\'s whole menu, outside the header, with its offers, networks and an inbox line', `<div class="root"><a href="#main">Skip</a><nav aria-label="Site navigation"><ul id="x"><li><a href="/menu/" title="Menu"></a><div aria-hidden="true"><div><p>Discover</p><ul><li><a href="/membership/"><div><div>Membership</div></div></a></li><li><a href="/emails/"><div><div>Emails</div></div></a></li><li><a href="/podcast/"><div><div>Podcast</div></div></a></li><li><a href="/guides/"><div><div>Guides</div></div></a></li><li><a href="/latest/"><div><div>Latest</div></div></a></li><li><a href="/trending/"><div><div>Trending</div></div></a></li><li><a href="/featured/"><div><div>Featured</div></div></a></li><li><a href="/search/"><div><div>Search</div></div></a></li></ul></div><div><p>Editions</p><ul><li><a href="/gazette/"><div><div>Gazette</div></div></a></li><li><a href="/gazette-at-work/"><div><div>Gazette at Work</div></div></a></li><li><a href="/gazette-coast/"><div><div>Gazette Coast</div></div></a></li></ul></div><div><p>More from the Gazette</p><ul><li><a href="/about/"><div><div>About</div></div></a></li><li><a href="/careers/"><div><div>Careers</div></div></a></li><li><a href="/help-centre/"><div><div>Help centre</div></div></a></li></ul></div><div><a href="/app/">Download our app</a></div><div><p>Follow the Gazette</p><a href="https://www.facebook.com/gazette"></a><a href="https://twitter.com/gazette"></a><a href="https://www.instagram.com/gazette"></a></div></div></li><li><a href="/latest/">Latest</a></li><li><a href="/featured/">Featured</a><p>Our longest projects of the year.</p></li><li><a href="/emails/">Emails</a><p>Our e-mails land in your inbox every morning and every weekend.</p></li><li><a href="/subscribe/plan/">Become a member</a></li></ul></nav><main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main></div>`],
  ['en', 'contact form', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside id="x"><h3>Contact the newsroom</h3><form><input name="name"><input type="email"><textarea></textarea><button>Send</button></form></aside>`],
  ['en', 'a shopping guide\'s product cards with price buttons', `<main><article><h1>The best rain jackets</h1>${story('We tested twelve jackets on the pier.')}<div id="x" class="products">${['Harbour Shell', 'Pier Parka', 'Ferry Cagoule'].map((n, i) => `<div class="product"><img alt=""><h3>${n}</h3><p>Light, packable and properly waterproof.</p><a href="https://shop.example/${i}">$${89 + i * 20}</a> <a href="https://other.example/${i}">£${79 + i * 20}</a></div>`).join('')}</div></article></main>`],
  ['en', 'a markets widget with prices', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><h3>Markets</h3><ul><li><a href="/m/ftse">FTSE 100</a> <span>8,140.20</span></li><li><a href="/m/gbp">GBP/USD</a> <span>1.27</span></li><li><a href="/m/oil">Brent</a> <a href="/m/oil/price">$82.10</a></li></ul></aside></main>`],
  // In more languages, with the words of the latest phrases: premium badges, apps, follow counts, comment subscriptions.
  ['fr', 'share bar above story', `<main><article><h1>Titre</h1><div class="share"><span>Partager :</span><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a><a href="https://twitter.com/intent/tweet?url=x">Twitter</a><a href="mailto:?subject=x">E-mail</a></div>${story('The pier reopened.')}</article></main>`],
  ['es', 'comments section with subscribe to comments', `<main><article><h1>Titular</h1>${story('The pier reopened.')}</article></main><section class="comments"><h3>Comentarios</h3><p>Inicia sesión para comentar.</p><a href="/login">Iniciar sesión</a><label><input type="checkbox"> Suscribirse a los comentarios</label><textarea></textarea><button>Publicar</button></section>`],
  ['it', 'related articles with subscriber badges', `<main><article><h1>Il molo</h1>${story('The pier reopened.')}</article></main><aside><h3>Leggi anche</h3><ul><li><a href="/a">Il porto riapre dopo i lavori</a> <span>Riservato agli abbonati</span></li><li><a href="/b">Il mercato notturno torna sul ponte</a> <span>Riservato agli abbonati</span></li><li><a href="/c">La biblioteca apre un giardino</a></li><li><a href="/d">Il bilancio della scuola rinviato</a></li></ul></aside>`],
  ['pt', 'header with subscribe and login', `<header><a href="/">Jornal</a><nav><a href="/politica">Política</a><a href="/economia">Economia</a></nav><a href="/assine">Assine</a><a href="/entrar">Entrar</a></header><main><article><h1>O cais</h1>${story('The pier reopened.')}</article></main>`],
  ['ru', 'tag list and breadcrumbs', `<nav class="breadcrumbs"><a href="/">Главная</a> / <a href="/news">Новости</a></nav><main><article><h1>Причал</h1>${story('The pier reopened.')}</article></main><div class="tags"><a href="/tag/podpiska">подписка</a><a href="/tag/donat">донаты</a><a href="/tag/telegram">Telegram</a></div>`],
  ['ja', 'ranking list', `<main><article><h1>桟橋</h1>${story('The pier reopened.')}</article></main><aside><h3>アクセスランキング</h3><ol><li><a href="/1">アプリの新機能が登場</a></li><li><a href="/2">フォロワーが100万人を突破</a></li><li><a href="/3">無料会員登録の方法</a></li><li><a href="/4">ニュースレター特集</a></li></ol></aside>`],
  ['zh', 'related news list', `<main><article><h1>码头</h1>${story('The pier reopened.')}</article></main><aside><h3>相关新闻</h3><ul><li><a href="/1">新闻客户端全新改版上线</a></li><li><a href="/2">关注我们的读者突破百万</a></li><li><a href="/3">订阅用户数量持续增长</a></li><li><a href="/4">二维码支付普及</a></li></ul></aside>`],
  ['en', 'video embed with YouTube subscribe caption', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<figure><iframe src="https://www.youtube.com/embed/abc"></iframe><figcaption>Video: the pier at dawn. Subscribe to our YouTube channel for more.</figcaption></figure></article></main>`],
  ['pl', 'footer with app and newsletter links in menu', `<main><article><h1>Molo</h1>${story('The pier reopened.')}</article></main><footer><ul><li><a href="/o-nas">O nas</a></li><li><a href="/kontakt">Kontakt</a></li><li><a href="/newsletter">Newsletter</a></li><li><a href="/aplikacja">Aplikacja mobilna</a></li><li><a href="/prenumerata">Prenumerata</a></li><li><a href="/regulamin">Regulamin</a></li></ul><p>© 2024 Gazeta</p></footer>`],
  ['en', 'podcast player embedded in article with episode text', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<div class="audio-embed"><p>Listen to this episode of our podcast, The Tide:</p><audio controls src="/ep1.mp3"></audio></div>${story('The ferry returned.')}</article></main>`],
  ['ja', 'an article\'s toolbar: like, print, bookmark, read later', `<main><article><h1>桟橋</h1><div id="x" class="toolbar toast"><button>いいね</button><button>印刷</button><button>ブックマーク</button><button>後で読む</button></div>${story('The pier reopened.')}</article></main>`],
  ['en', 'an article\'s toolbar: like, print, save for later', `<main><article><h1>The pier</h1><div id="x" class="toolbar toast"><button>Like</button><button>Print</button><button>Save for later</button><button>Share</button></div>${story('The pier reopened.')}</article></main>`],
  ['ja', 'a header\'s row of social icons, named only by their titles', `<header id="x"><div><a href="/">Gazette</a></div><div><a href="https://www.facebook.com/gazette" title="Facebookページへ"><img src="f.png" alt="Facebook"></a> <a href="https://twitter.com/gazette" title="Twitterで@gazetteをフォローする"><img src="t.png" alt="Twitter"></a></div></header><main><article><h1>桟橋</h1>${story('The pier reopened.')}</article></main>`],
  ['en', 'a sidebar\'s row of app-store badges and a social icon, no words of its own, under a most-read list', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside><h3>Most read</h3><ol>${HEADLINES.en.map((h, i) => `<li><a href="/story/${i}">${h}</a></li>`).join('')}</ol><div id="x"><a href="https://apps.apple.com/app/id1"><img alt="Download on the App Store" src="a.svg"></a> <a href="https://play.google.com/store/apps/details?id=x"><img alt="Get it on Google Play" src="g.svg"></a> <a href="https://twitter.com/gazette" aria-label="Follow us on Twitter"><svg></svg></a></div></aside></main>`],
  ['en', 'a most-read list whose headlines carry a "Subscribers only" badge', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><h2>Most read</h2><ol>${HEADLINES.en.map((h, i) => `<li><a href="/story/${i}">${h}</a> <span class="badge">Subscribers only</span></li>`).join('')}</ol></aside></main>`],
  ['en', 'teaser cards tagged "For subscribers"', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><h2>More from the city</h2>${HEADLINES.en.map((h, i) => `<div class="teaser"><span class="kicker">For subscribers</span><h3><a href="/story/${i}">${h}</a></h3><p>${h.split(' ').reverse().join(' ')}.</p></div>`).join('')}</aside></main>`],
  ['fr', 'French teasers marked "Article réservé aux abonnés"', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><h2>Les plus lus</h2>${HEADLINES.fr.map((h, i) => `<div class="teaser"><a href="/article/${i}"><h3>${h}</h3></a><p>Article réservé aux abonnés</p></div>`).join('')}</aside></main>`],
  ['de', 'German teasers marked "Nur für Abonnenten"', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><h2>Meistgelesen</h2>${HEADLINES.de.map((h, i) => `<article class="teaser"><a href="/artikel/${i}"><h3>${h}</h3></a><span>Nur für Abonnenten</span></article>`).join('')}</aside></main>`],
  ['en', 'a list of podcast episodes', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><h2>Latest episodes</h2><ul>${HEADLINES.en.map((h, i) => `<li><a href="/podcast/${i}">${h}</a> <span>32 min</span></li>`).join('')}</ul></aside></main>`],
  ['en', 'a gift guide\'s list of stories', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><h2>Holiday gift guide</h2><ul><li><a href="/gifts/cooks">The best gifts for cooks</a></li><li><a href="/gifts/readers">Books to give a reader</a></li><li><a href="/gifts/kids">Toys that last</a></li><li><a href="/gifts/garden">Gifts for gardeners</a></li></ul></aside></main>`],
  ['en', 'an article\'s "Listen to this article" player', `<main><article><h1>The pier</h1><div id="x" class="audio"><button>Listen to this article</button><span>6 min</span></div>${story('The pier reopened.')}</article></main>`],
  ['en', 'a shopping guide\'s product card with its shop link', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<div id="x" class="product"><h3>Harbour Headphones X2</h3><p>Our pick for commuters: good noise cancelling for the ferry, and a battery that lasts a week.</p><a href="https://www.amazon.com/dp/X">$129 at Amazon</a></div>${story('The ferry is late.')}</article></main>`],
  ['en', 'a "What\'s on" list of events with ticket links', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><h3>What\'s on this week</h3><ul><li>Harbour choir, Friday 7 pm <a href="/events/choir">Tickets</a></li><li>Pier market, Saturday <a href="/events/market">Details</a></li><li>Sea shanty night, Sunday <a href="/events/shanty">Book tickets</a></li></ul></aside></main>`],
  ['en', 'a travel story\'s hotel box', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<div id="x"><h3>Where to stay</h3><p>The Pier Hotel has sea views from every room. Doubles from $140 a night.</p><a href="https://www.booking.com/hotel/x">Check availability</a></div>${story('The ferry is late.')}</article></main>`],
  ['es', 'a product card in Spanish', `<main><article><h1>El muelle</h1>${story('El muelle reabrió.')}<div id="x"><h3>Los mejores auriculares</h3><p>Nuestra elección para el día a día, con buena cancelación de ruido.</p><a href="https://www.amazon.es/dp/X">Ver precio en Amazon</a></div>${story('El ferry llega tarde.')}</article></main>`],
  ['en', 'a password-reset dialog that asks for an e-mail address', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><div role="dialog"><h2>Reset your password</h2><p>Enter your email and we'll send you a link to reset it.</p><form><input type="email" placeholder="Email"><button>Send reset link</button></form></div>`],
  ['en', 'a "Forgot your password?" modal', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><div class="modal"><h2>Forgot your password?</h2><p>Enter your email address below.</p><form><input type="email"><button>Submit</button></form></div>`],
  ['en', 'a pull quote in which a worker says the council does not "value our work"', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><blockquote><p>“The council does not value our work, and it never has,” said one ferry worker.</p><a href="/2026/05/11/ferry-workers-strike">Read the full story</a></blockquote></aside></main>`],
  ['en', 'a pull quote in which an organiser says how much "we\'ve raised"', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><blockquote><p>“We've raised $5,000 so far, and our goal is to finish the pier by June,” said the organiser.</p><a href="/2026/05/11/pier-fund">Read more</a></blockquote></aside></main>`],
  ['es', 'a Spanish pull quote with "tu aporte" (your contribution) in a neighbour\'s words', `<main><article><h1>El muelle</h1>${story('El muelle reabrió.')}</article><aside id="x"><div class="destacado"><p>“Tu aporte al barrio es enorme”, le dijeron los vecinos al almacenero.</p><a href="/sociedad/2026/05/11/almacen">Leer más</a></div></aside></main>`],
  ['de', 'a German form that sends the story by e-mail ("per E-Mail versenden"), two addresses', `<main><article><h1>Der Steg</h1>${story('Der Steg ist wieder offen.')}</article><aside id="x"><h4>Artikel per E-Mail versenden</h4><form><input type="email" placeholder="E-Mail des Empfängers"><input type="email" placeholder="Ihre E-Mail"><button>Senden</button></form></aside></main>`],
  ['en', 'a magazine\'s "In this issue" list of its stories', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><h4>In this issue</h4><ul><li><a href="/2026/06/harbour">The secret life of the harbour</a></li><li><a href="/2026/06/ferry">The last ferry captain</a></li><li><a href="/2026/06/market">A night at the fish market</a></li></ul><a href="/magazine/2026/06">See the full issue</a></aside></main>`],
  ['de', 'a German "Passwort vergessen?" dialog', `<main><article><h1>Der Steg</h1>${story('Der Steg ist wieder offen.')}</article></main><div role="dialog"><h2>Passwort vergessen?</h2><p>Geben Sie Ihre E-Mail-Adresse ein, wir senden Ihnen einen Link.</p><form><input type="email"><button>Link senden</button></form></div>`],
  ['de', 'a German list of stories headed by gift ideas ("Was Sie jetzt noch verschenken können")', `<main><article><h1>Der Steg</h1>${story('Der Steg ist wieder offen.')}</article><aside id="x"><h3>Mehr</h3><ul><li><a href="/geschenke">Geschenkideen: Was Sie jetzt noch verschenken können</a></li><li><a href="/reise">Zehn stille Strände an der Ostsee</a></li></ul></aside></main>`],
  ['en', 'a fact box on where the site\'s readers come from, Google News among them', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><p>Publishers say traffic from Google Search fell after the update, while referrals on Google News held steady.</p></aside></main>`],
  ['en', 'a subscriber\'s log-in box posting to the subscription pages', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><h3>Subscriber log in</h3><form action="/subscriber/login" method="post"><input type="email" name="email" placeholder="Email"><input type="password" name="pw"><button type="submit">Log in</button></form><a href="/subscriber/forgot">Forgot password?</a></aside></main>`],
  ['en', 'a utility\'s outage line beside the story ("text OUT to 55555")', `<main><article><h1>The storm</h1>${story('The storm cut power to the harbour.')}</article><aside id="x"><h4>Power out?</h4><p>To report a power outage, text OUT to 55555 or call 1-800-555-0100.</p></aside></main>`],
  ['en', 'a byline with the writer\'s own follow button (a network\'s follow-button class)', `<main><article><h1>The pier</h1><div class="sig-line"><span class="byline">By <a href="/people/jane-hale">Jane Hale</a></span> <span class="time">May 12</span> <span class="tweet-authors"><a href="https://twitter.com/janehale" class="twitter-follow-button">Follow @janehale</a></span></div>${story('The pier reopened.')}</article></main>`],
  ['en', 'a sentence in the story on where it was shared (Apple News, Flipboard)', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<p>The story was widely shared on Apple News and Flipboard, where it drew more readers than on the paper's own site.</p></article></main>`],
  ['en', 'a shopping guide\'s buy box ("Shop now at …")', `<main><article><h1>The best harbour toys</h1>${story('The set has 900 pieces.')}<div id="x"><h4>Harbour set</h4><p>$79.99</p><a href="https://shop.toys.example/harbour-set">Shop now at Toys</a> <a href="https://www.amazon.com/dp/B01">Buy at Amazon</a></div></article></main>`],
  ['en', 'a story\'s sentence on a fan who follows the team on Twitter', `<main><article><h1>The final</h1>${story('The team won the final.')}<p>Ms. Hale, who became a fan of the team as a girl, said she had followed every game on Twitter since she moved away.</p></article></main>`],
  ['en', 'a log-in box the page\'s script sends (no <form>)', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside id="x"><h4>Welcome back</h4><input type="email" placeholder="Email"><button>Log in</button><a href="/register">Create an account</a></aside>`],
  ['en', 'a comment box\'s sign-in bar fixed to the screen ("create a free account to join the conversation")', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><div style="position:fixed;bottom:0"><h3>Comments</h3><p>Sign in or create a free account to join the conversation.</p><a href="/login">Sign in</a> <a href="/register">Create account</a></div>`],
  ['es', 'a story\'s sentence where the police "sigue a" a suspect, its source on Twitter', `<main><article><h1>El puerto</h1>${story('El puerto reabrió.')}<p>La policía sigue a los sospechosos desde el martes, según informó en <a href="https://twitter.com/policia">Twitter</a>.</p></article></main>`],
  ['ja', 'a story\'s action bar: like it (いいね), comments, print, read it later (後で読む)', `<main><article><h1>港の桟橋</h1><div class="article__actions"><div class="actions__left"><button class="like" aria-label="いいね">いいね</button><a href="#comments" class="discuss"></a><button aria-label="Print">Print</button><a href="/jp/showbookmarks.action">ブックマーク</a><button class="bookmark" aria-label="後で読む"></button><div class="toast-none toast-hide"><div class="toast"><span></span></div></div></div></div>${story('港の桟橋が再開した。')}</article></main>`],
  ['zh', 'a story\'s sentence on the mayor\'s fan page', `<main><article><h1>港口</h1>${story('港口重新開放。')}<p>市長在臉書粉絲專頁上宣布，港口將於下週重新開放。</p></article></main>`],
  ['en', 'an e-mail-first sign-in dialog ("Sign in or create an account · Email address · Continue")', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><div id="x" class="auth-modal" role="dialog"><h2>Sign in or create an account</h2><form><label>Email address<input type="email"></label><button>Continue</button></form><p>By continuing, you agree to our Terms of Service.</p></div>`],
  ['en', 'the e-mail step of a returning reader\'s log-in ("Welcome back · Enter your email to continue")', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside id="x"><h3>Welcome back</h3><p>Enter your email to continue</p><form><input type="email"><button>Continue</button></form></aside>`],
  ['en', 'a log-in by e-mailed code, its button "Log in"', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside id="x"><h2>Log in</h2><form><input type="email" placeholder="Email address"><button>Log in</button></form><p>We\'ll send a code to your inbox.</p></aside>`],
  ['de', 'an e-mail-first log-in ("Anmelden · E-Mail-Adresse · Weiter · Noch kein Konto?")', `<main><article><h1>Der Hafen</h1>${story('Der Hafen ist wieder offen.')}</article></main><aside id="x"><h2>Anmelden</h2><form><label>E-Mail-Adresse<input type="email"></label><button>Weiter</button></form><p>Noch kein Konto? <a href="/registrieren">Jetzt registrieren</a></p></aside>`],
  ['fr', 'an e-mail-first log-in ("Connexion · Adresse e-mail · Continuer")', `<main><article><h1>Le port</h1>${story('Le port a rouvert.')}</article></main><aside id="x"><h2>Connexion</h2><form><label>Adresse e-mail<input type="email"></label><button>Continuer</button></form><p>Pas encore de compte ? <a href="/inscription">Créer un compte</a></p></aside>`],
  ['es', 'an e-mail-first log-in ("Inicia sesión · Correo electrónico · Continuar")', `<main><article><h1>El puerto</h1>${story('El puerto reabrió.')}</article></main><aside id="x"><h2>Inicia sesión</h2><form><label>Correo electrónico<input type="email"></label><button>Continuar</button></form><p>¿No tienes cuenta? <a href="/registro">Regístrate</a></p></aside>`],
  ['it', 'an e-mail-first log-in ("Accedi · Indirizzo email · Continua")', `<main><article><h1>Il porto</h1>${story('Il porto ha riaperto.')}</article></main><aside id="x"><h2>Accedi</h2><form><label>Indirizzo email<input type="email"></label><button>Continua</button></form><p>Non hai un account? <a href="/registrati">Registrati</a></p></aside>`],
  ['pt', 'an e-mail-first log-in\'s "No account yet? Sign up" line (Cadastre-se)', `<main><article><h1>O porto</h1>${story('O porto reabriu.')}</article></main><aside id="x"><div class="login"><h2>Entrar</h2><form><label>E-mail<input type="email"></label><button>Continuar</button></form><p>Ainda não tem conta? <a href="/cadastro">Cadastre-se</a></p></div></aside>`],
  ['de', 'an e-mail-first log-in\'s "Neu hier? Kostenlos registrieren" line', `<main><article><h1>Der Hafen</h1>${story('Der Hafen ist wieder offen.')}</article></main><aside id="x"><div class="login"><h2>Einloggen</h2><form><label>E-Mail<input type="email"></label><button>Weiter</button></form><p>Neu hier? <a href="/registrieren">Kostenlos registrieren</a></p></div></aside>`],
  ['de', 'a box on a café\'s pay-what-you-like coffee kitty, its sign quoted ("Unterstütze uns")', `<main><article><h1>Der Markt</h1>${story('Der Markt ist wieder offen.')}</article><aside id="x"><h4>Das Café am Markt</h4><p>Die Kaffeekasse des Vereins ist leer: Wer dort einen Kaffee trinkt, zahlt, was er will. „Unterstütze uns, wenn du kannst“, steht auf einem Schild.</p></aside></main>`],
  ['ru', 'a quote in a box: a man asks his neighbour for support ("поддержи нас")', `<main><article><h1>Мост</h1>${story('Мост снова открыт.')}</article><aside id="x"><p>«Поддержи нас хотя бы словом», — попросил он соседа. Сосед согласился.</p></aside></main>`],
  ['en', 'a box on a council that would "consider supporting" a plan', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside id="x"><p>Council members said they would consider supporting the harbour plan if the budget allowed, and asked residents to support the work of the trust.</p></aside></main>`],
  ['en', 'a box on a county\'s alerts "by text message", "standard msg & data rates apply"', `<main><article><h1>The storm</h1>${story('The storm closed the roads.')}</article><aside id="x"><p>Residents can get alerts about road closures from the county, which sends them by text message. Messages are free; standard msg &amp; data rates apply.</p></aside></main>`],
  ['en', 'a byline with the writer\'s Mastodon and Bluesky accounts', `<main><article><h1>The pier</h1><div class="byline"><a href="/people/jane">Jane Hale</a> <a href="https://mastodon.social/@jane" rel="me">Mastodon</a> <a href="https://bsky.app/profile/jane.bsky.social">Bluesky</a></div>${story('The pier reopened.')}</article></main>`],
  ['en', 'a table in the story of what services cost ("per month", "free trial")', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<div class="table-wrap"><table><caption>What the services cost</caption><tr><th>Service</th><th>Price</th></tr><tr><td>StreamCo</td><td>$15.49 per month</td></tr><tr><td>FlixPlus</td><td>$7.99 per month, free trial for a week</td></tr><tr><td>ShowBox</td><td>$9.99 a month with an annual subscription</td></tr></table></div>${story('The ferry left at noon.')}</article></main>`],
  ['en', 'a table of prices in the sidebar', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside><table><tr><th>Service</th><th>Price</th></tr><tr><td>StreamCo</td><td>$15.49 per month</td></tr><tr><td>FlixPlus</td><td>$7.99 per month, free trial for a week</td></tr></table><ul><li><a href="/ferry">Ferry timetable changes</a></li><li><a href="/market">Night market returns</a></li></ul></aside>`],
  ['pt', 'an e-mail-first log-in sent by the page\'s script (no <form>) and its "Cadastre-se" line', `<main><article><h1>O porto</h1>${story('O porto reabriu.')}</article></main><aside><div class="login"><h2>Entrar</h2><div class="f"><input type="email" placeholder="E-mail"><button>Continuar</button></div><p>Ainda não tem conta? <a href="/cadastro">Cadastre-se grátis</a></p></div></aside>`],
  ['en', 'an e-mail-first log-in sent by the page\'s script and its "Not a subscriber yet?" line', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside><div class="login"><h2>Sign in</h2><div class="f"><input type="email" placeholder="Email"><button>Continue</button></div><p>Not a subscriber yet? <a href="/subscribe">Subscribe now for $1</a></p></div></aside>`],
  ['en', 'a story naming payment apps, with links to them', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<div class="context"><p>The app, which competes with <a href="https://venmo.com/">Venmo</a> and <a href="https://cash.app/">Cash App</a>, launched last year.</p></div></article></main>`],
  ['en', 'a volunteer group\'s name in a caption box ("The Friends of Harbour Park")', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside><div class="caption"><p>The Friends of Harbour Park, a volunteer group, plant the flower beds each spring.</p></div></aside>`],
  ['en', 'a cookie notice with "Allow all" and "Cancel" buttons', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><div id="x" role="dialog"><p>We use cookies to improve your experience and to analyse our traffic. You can choose which cookies to allow.</p><button>Allow all</button><button>Allow selection</button><button>Cancel</button></div>`],
  ['de', 'a cookie notice with "Alle erlauben" and "Abbrechen"', `<main><article><h1>Die Mole</h1>${story('Die Mole ist wieder offen.')}</article></main><div id="x" role="dialog"><p>Wir verwenden Cookies, um Inhalte zu personalisieren. Sie können Ihre Auswahl jederzeit ändern.</p><button>Alle erlauben</button><button>Abbrechen</button></div>`],
  // Cookie notices that let the reader decide later: a put-off, and still no reminder.
  ['en', 'a cookie notice with "Accept" and "Not now"', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><div role="dialog"><p>We use cookies and similar technologies. You can change your choice later at any time.</p><button>Accept</button><button>Not now</button></div>`],
  ['de', 'a cookie notice with "Akzeptieren" and "Nicht jetzt"', `<main><article><h1>Die Mole</h1>${story('Die Mole ist wieder offen.')}</article></main><div role="dialog"><p>Wir verwenden Cookies. Sie können Ihre Auswahl später jederzeit ändern.</p><button>Akzeptieren</button><button>Nicht jetzt</button></div>`],
  ['nl', 'a cookie notice with "Akkoord" and "Niet nu"', `<main><article><h1>De pier</h1>${story('De pier is weer open.')}</article></main><div role="dialog"><p>Wij gebruiken cookies en vergelijkbare technieken. Je kunt je keuze altijd later wijzigen.</p><button>Akkoord</button><button>Niet nu</button></div>`],
  ['tr', 'a cookie notice with "Kabul et" and "Daha sonra"', `<main><article><h1>Liman</h1>${story('The pier reopened.')}</article></main><div role="dialog"><p>Sitemizde çerezler kullanılmaktadır. Tercihlerinizi istediğiniz zaman değiştirebilirsiniz.</p><button>Kabul et</button><button>Daha sonra</button></div>`],
  ['en', 'a weather box asking for the reader\'s location ("Allow", "Not now")', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside><div id="x"><h4>Local weather</h4><p>Allow location access to see the forecast for your area.</p><button>Allow</button><button>Not now</button></div></aside>`],
  ['en', 'a story paragraph about cancelled flights and notifications', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<p>Flights were cancelled and passengers were told they could cancel their bookings. Push notifications are sent by the port when a storm warning is issued.</p>${story('The ferry left at noon.')}</article></main>`],
  ['en', 'dialogs of the site\'s own tools with a "Cancel" button (edit a comment, share, report)', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><div role="dialog"><h3>Edit your comment</h3><textarea>Great piece</textarea><button>Save</button><button>Cancel</button></div><div role="dialog"><h3>Share this article</h3><input type="text" value="https://gazette.example/pier" readonly><button>Copy link</button><button>Cancel</button></div><div role="dialog"><p>Report this comment to our moderators?</p><button>Report</button><button>Cancel</button></div>`],
  ['en', 'a form that e-mails the story to a friend ("Send to email address · Your email address · Cancel")', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><div id="x" style="display:none"><form action="/pier" method="post"><label for="t">Send to Email Address</label><input type="email" id="t" name="target_email"><label for="n">Your Name</label><input type="text" id="n" name="source_name"><label for="s">Your Email Address</label><input type="email" id="s" name="source_email"><input type="submit" value="Send Email"><a href="#cancel">Cancel</a><div class="errors">Post was not sent - check your email addresses!</div></form></div>`],
  ['de', 'a form that e-mails the story to a friend ("Empfänger · Ihre E-Mail-Adresse")', `<main><article><h1>Die Mole</h1>${story('Die Mole ist wieder offen.')}</article></main><div role="dialog"><h3>Artikel per E-Mail versenden</h3><form><input type="email" placeholder="E-Mail-Adresse des Empfängers"><input type="email" placeholder="Ihre E-Mail-Adresse"><button>Senden</button><button type="button">Abbrechen</button></form></div>`],
  ['en', 'an author box under the story: a contributor\'s page, her line and a "Follow me" link', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<div class="byline-container"><div class="author-image"><a href="/contributors/morgan-quill"><img src="/images/contributors/morgan-quill.jpg"></a></div><div class="byline"><cite><a href="/contributors/morgan-quill">Morgan Quill</a></cite><span>Senior harbour editor, lighthouse enthusiast, collector of old ferry timetables.</span><div class="author-contact"><a class="twitter-btn" href="https://twitter.com/intent/follow?screen_name=morganquill">FOLLOW ME</a></div></div></div></article></main>`],
  ['en', 'story lines that follow someone on a network ("follow the coverage on Twitter", a reporter\'s "Follow her on Instagram")', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<p>Residents can follow the repairs on Facebook, where the harbour office posts photos every evening, and follow the ferry timetable on Twitter.</p><p><em>Morgan Quill covers the harbour. Follow her on Instagram.</em></p></article></main>`],
  ['en', 'a "Don\'t miss" ticker of dated headlines beside the network marks and search in the page\'s top bar', `<div id="top"><div class="ticker"><span>Don't miss</span><ul>${['Harbour board approves the new pier budget after a long night', 'Ferry timetable changes for the winter season', 'Lighthouse keeper retires after forty years on the point', 'Storm damage to the sea wall is worse than feared'].map((h, i) => `<li><a href="/2026/01/0${i + 1}/story-${i}/">${h} [VIDEO]</a><span class="date">Posted ${i + 2} hours ago</span></li>`).join('')}</ul></div><div class="social"><ul><li><a href="https://www.facebook.com/gazette" class="fb"></a></li><li><a href="https://twitter.com/gazette" class="tw"></a></li><li><form action="/"><input type="text" name="s" value="Search site"></form></li></ul></div></div><main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main>`],
  ['en', 'an "about the author" section after the story ("… is a longtime Gazette contributor. Follow him on Twitter")', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><section class="about-the-author"><div class="author-bio"><p>Dan Marsh is a longtime <i><b>Gazette</b></i> contributor. His most recent book is <i><a href="https://books.example/dp/123">Tides and Timetables</a></i>. Follow him on <a href="https://twitter.com/danmarsh">Twitter</a>.</p></div></section></main>`],
  ['de', 'a dialog asking to confirm a removal ("Entfernen", "Abbrechen")', `<main><article><h1>Die Mole</h1>${story('Die Mole ist wieder offen.')}</article></main><div role="dialog"><p>Möchten Sie diesen Artikel wirklich aus Ihrer Merkliste entfernen?</p><button>Entfernen</button><button>Abbrechen</button></div>`],
  ['en', 'a fares factbox and a review that mention a day pass', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<div class="factbox"><h4>Fares</h4><p>Single ticket $2.50. A day pass costs $7 and is valid on all ferries.</p></div>${story('The ferry left at noon.')}</article><aside><div class="review"><h4>Our verdict</h4><p>The new ferry app is fast and free. You can buy a day pass and show it on your phone.</p></div></aside></main>`],
  ['de', 'a publisher quoted in the story ("Guter Journalismus kostet Geld")', `<main><article><h1>Die Mole</h1>${story('Die Mole ist wieder offen.')}<p>„Guter Journalismus kostet Geld“, sagte der Verleger bei der Tagung. Viele Verlage finanzieren sich dank ihrer Leserinnen und Leser.</p>${story('Die Fähre fuhr mittags ab.')}</article></main>`],
  ['en', 'teasers of stories about WhatsApp and an e-mail beside the article', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<p>The mayor said she had received one email about the pier all year, and that rumours spread on WhatsApp.</p></article><aside><div class="teaser"><h4><a href="/news/rumours">How rumours about the pier spread on WhatsApp</a></h4><p>A look at the group chats of the harbour town.</p></div><div class="teaser"><h4><a href="/news/mayor-email">The one email that changed the mayor's mind</a></h4></div></aside></main>`],
  ['en', 'a station\'s about box, a tips line and a funder\'s credit beside the article', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside><div><h4>About WHRB</h4><p>WHRB broadcasts on 95.3 FM. The station is licensed to the harbour college.</p><a href="/about">About us</a> <a href="/schedule">Schedule</a></div><div><p>Have a news tip? Contact our newsroom at <a href="mailto:tips@gazette.example">tips@gazette.example</a> or call 555-0100.</p></div><div><p>Support for this story was provided by the Coast Foundation.</p></div></aside></main>`],
  ['en', 'a story about a matched-gift drive and early access to a game', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<p>Every gift to the lifeboat fund will be matched dollar for dollar by a local firm, the organisers said, and members only pay half for the museum.</p><p>The studio gave players early access to its harbour game last week.</p>${story('The ferry left at noon.')}</article></main>`],
  ['de', 'a story about a foundation doubling gifts, and a crossword link in the menu', `<header><nav><a href="/">Start</a><a href="/raetsel">Kreuzworträtsel</a><a href="/abo">Abo</a></nav></header><main><article><h1>Die Mole</h1>${story('Die Mole ist wieder offen.')}<p>Die gemeinnützige Stiftung verdoppelt jede Spende bis Sonntag, teilte der Verein mit. Eine Paywall gebe es für das Archiv nicht.</p>${story('Die Fähre fuhr mittags ab.')}</article></main>`],
  ['en', 'a reader-support contact box and a teaser about a free-for-all', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<p>“Can you spare a minute?” the volunteer asked shoppers. Our goal of reopening by May still stands, the mayor said.</p></article><aside><div><h4>Reader support</h4><p>Questions about your delivery? Contact reader support, weekdays 9 to 5.</p><a href="mailto:help@gazette.example">Email us</a></div><div><p><a href="/news/council">Council meeting turns into a free-for-all</a></p><p>Tempers flared over the pier budget.</p></div></aside></main>`],
  ['fr', 'an event listing open to all, beside the article', `<main><article><h1>La jetée</h1>${story('La jetée a rouvert.')}</article><aside><div><h4>Fête du port</h4><p>Samedi sur le quai. Entrée libre, accessible à tous.</p><a href="/agenda/fete">Voir le programme</a></div></aside></main>`],
  ['de', 'a beach open to all and a briefing to bring staff up to speed, in a sidebar', `<main><article><h1>Die Mole</h1>${story('Die Mole ist wieder offen.')}</article><aside><div><h4>Strand</h4><p>Der Strand ist frei zugänglich, der Parkplatz kostet 2 Euro.</p></div><div><p><a href="/news/briefing">Hafenchefin will Personal schnell auf den neuesten Stand bringen</a></p></div></aside></main>`],
  ['en', 'a festival date with a "Remind me" button, and a match kick-off with one', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside><div><p>Set a reminder for the harbour festival on June 3.</p><button>Remind me</button></div><div><p>Pier FC v Bay United kicks off at 3pm on Saturday.</p><button>Remind me</button><button>Next time</button></div></aside></main>`],
  ['en', 'a nonprofit newsroom\'s about box and its footer line ("No paywall, ever", a Donate menu link)', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside><div><h4>About us</h4><p>The Harbour Report is an independent, nonprofit newsroom serving the coast since 2010.</p><a href="/about">Learn more</a> <a href="/contact">Contact</a></div></aside></main><footer><div><p>© 2026 Harbour Public Media, a nonprofit news organization. No paywall, ever.</p></div><nav><a href="/privacy">Privacy</a><a href="/terms">Terms</a><a href="/donate">Donate</a></nav></footer>`],
  ['fr', 'an about box of a nonprofit outlet without ads', `<main><article><h1>La jetée</h1>${story('La jetée a rouvert.')}</article><aside><div><h4>Qui sommes-nous ?</h4><p>Un média indépendant à but non lucratif, sans publicité et sans paywall.</p><a href="/a-propos">En savoir plus</a></div></aside></main>`],
  ['en', 'a station\'s about box, a teaser about members\' perks, a corrections box that thanks readers', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside><div><h4>About WHRB</h4><p>WHRB is a member-supported station. Local news matters, and we have covered the coast since 1962.</p><a href="/about">About us</a></div><div><h4><a href="/news/app">Gazette launches new app for members</a></h4><p>Members get early access to investigations and a members-only newsletter.</p></div><div><h4>Our goal</h4><p>Our goal of accuracy means we correct errors quickly. Thanks to our readers for flagging them.</p><a href="/corrections">All corrections</a></div></aside></main>`],
  ['de', 'a corrections box that thanks readers and asks for their help (de)', `<main><article><h1>Die Mole</h1>${story('Die Mole ist wieder offen.')}</article><aside><div><h4>Korrektur</h4><p>Dank unserer Leser konnten wir einen Fehler im Artikel korrigieren. Können Sie uns weitere Hinweise geben?</p><a href="/kontakt">Kontakt</a></div></aside></main>`],
  ['es', 'a corrections box that thanks readers and asks for their help (es)', `<main><article><h1>El muelle</h1>${story('El muelle reabrió.')}</article><aside><div><h4>Fe de errores</h4><p>Gracias a nuestros lectores hemos corregido un dato. ¿Nos ayudas a mejorar? Escríbenos.</p><a href="/contacto">Contacto</a></div></aside></main>`],
  ['it', 'a corrections box that thanks readers and asks for their help (it)', `<main><article><h1>Il molo</h1>${story('Il molo ha riaperto.')}</article><aside><div><p>Grazie ai nostri lettori abbiamo corretto un errore. Ci aiuti a migliorare? Scrivici.</p><a href="/contatti">Contatti</a></div></aside></main>`],
  ['en', 'story teasers whose summaries use appeal words, beside the article and inside it', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<aside><div class="teaser"><h4><a href="/news/5">Flood fund opens to residents</a></h4><p>Every donation to the council fund will be matched dollar for dollar by a local firm.</p></div></aside>${story('The ferry left at noon.')}</article><aside><div class="teaser"><h4><a href="/news/1">Flood fund opens to residents</a></h4><p>Every donation to the council fund will be matched dollar for dollar by a local firm.</p></div><div class="teaser"><h4><a href="/news/2">Port app gets an update</a></h4><p>Passengers can now scan the QR code at the gate and get our app-free boarding pass, the port said.</p></div><div class="teaser"><h4><a href="/news/3">Lifeboat appeal</a></h4><p>Residents can give what they can at the station on Sunday; volunteers keep the lights on all year.</p></div><div class="teaser"><h4><a href="/news/4">Library cuts</a></h4><p>The library is our lifeline, readers told the council. Every dollar goes further there.</p></div></aside></main>`],
  // Quotations: a story's speech that says the put-offs or asks of an appeal, in a quote box, beside the article, in a sidebar.
  ['en', 'a quote box in the story whose speech says two put-offs ("Not now … Maybe later")', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<div class="pullquote"><blockquote><p>"Not now," the captain told the crew. "We wait for the tide. Maybe later, when the wind drops."</p></blockquote></div>${story('The ferry left.')}</article></main>`],
  ['de', 'a quote beside the story („Nicht jetzt … Vielleicht später“)', `<main><article><h1>Die Mole</h1>${story('Die Mole ist wieder offen.')}</article><aside><blockquote><p>„Nicht jetzt“, sagte der Kapitän zur Mannschaft. „Wir warten auf die Flut. Vielleicht später.“</p></blockquote></aside></main>`],
  ['fr', 'a quote beside the story (« Pas maintenant … Plus tard »)', `<main><article><h1>Le môle</h1>${story('Le môle a rouvert.')}</article><aside><p>« Pas maintenant », a dit le capitaine à l’équipage. « Nous attendons la marée. Plus tard peut-être. »</p></aside></main>`],
  ['en', 'an editor\'s words quoted in a sidebar ("Good journalism costs money")', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside><p>“Good journalism costs money,” the editor told the committee, “and local papers depend on readers more than ever.” The hearing continues on Tuesday.</p></aside></main>`],
  // Short lists of headlines with an offer's word in a headline's middle ("Ferry later due to storm"), in four languages.
  ['en', 'a short "Latest" list: "Ferry later due to storm"', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside><h3>Latest</h3><ul><li><a href="/1">Ferry later due to storm</a></li><li><a href="/2">Council backs support for harbour</a></li><li><a href="/3">Rail subscription costs rise</a></li></ul></aside></main>`],
  ['de', 'a short "Neueste" list: "Fähre später wegen Sturm"', `<main><article><h1>Die Mole</h1>${story('Die Mole ist wieder offen.')}</article><aside><h3>Neueste</h3><ul><li><a href="/1">Fähre später wegen Sturm</a></li><li><a href="/2">Rat billigt Unterstützung für Hafen</a></li><li><a href="/3">Abo für Bus wird teurer</a></li></ul></aside></main>`],
  ['nl', 'a short "Net binnen" list: "Veerboot later door storm"', `<main><article><h1>De pier</h1>${story('De pier is weer open.')}</article><aside><h3>Net binnen</h3><ul><li><a href="/1">Veerboot later door storm</a></li><li><a href="/2">Raad keurt steun voor haven goed</a></li><li><a href="/3">Abonnement op ov duurder</a></li></ul></aside></main>`],
  ['fr', 'a short "Dernières" list: "Le ferry partira plus tard"', `<main><article><h1>Le môle</h1>${story('Le môle a rouvert.')}</article><aside><h3>Dernières</h3><ul><li><a href="/1">Le ferry partira plus tard à cause de la tempête</a></li><li><a href="/2">Le conseil vote pour soutenir le port</a></li><li><a href="/3">L’abonnement de bus plus cher</a></li></ul></aside></main>`],
  // Dutch furniture in the words of the Dutch phrases: comments, a most-read list, a footer menu, a log-in box, a correction, an about box, a caption, a quote, a teaser, a bio.
  ['nl', 'a comment section\'s sign-in line (nl)', `<main><article><h1>De pier</h1>${story('De pier is weer open.')}</article></main><section><h3>Reacties</h3><p>Log in om te reageren. Nog geen account? Registreer je gratis.</p><a href="/inloggen">Inloggen</a> <a href="/registreren">Registreren</a></section>`],
  ['nl', 'a "Meest gelezen" list about donations and the newsletter (nl)', `<main><article><h1>De pier</h1>${story('De pier is weer open.')}</article></main><aside><h3>Meest gelezen</h3><ol><li><a href="/1">Donaties voor de pier verdubbeld</a></li><li><a href="/2">Onze nieuwsbrief bestaat tien jaar</a></li><li><a href="/3">Nieuwe veerboot vanaf mei</a></li></ol></aside>`],
  ['nl', 'a footer menu with newsletter, subscription and app entries (nl)', `<main><article><h1>De pier</h1>${story('De pier is weer open.')}</article></main><footer><ul><li><a href="/over-ons">Over ons</a></li><li><a href="/contact">Contact</a></li><li><a href="/nieuwsbrief">Nieuwsbrief</a></li><li><a href="/abonneren">Abonneren</a></li><li><a href="/app">Onze app</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>`],
  ['nl', 'a log-in box (nl)', `<main><article><h1>De pier</h1>${story('De pier is weer open.')}</article></main><div><form><input type="email" placeholder="E-mailadres"><input type="password" placeholder="Wachtwoord"><button>Inloggen</button></form><a href="/wachtwoord">Wachtwoord vergeten?</a></div>`],
  ['nl', 'a correction box that thanks readers, an about box, a caption about donations (nl)', `<main><article><h1>De pier</h1><figure><img alt=""><figcaption>Vrijwilligers zamelden donaties in op de pier. Steun de reddingsbrigade, stond op een bord.</figcaption></figure>${story('De pier is weer open.')}</article><aside><div><h4>Correctie</h4><p>Dankzij onze lezers hebben we een fout in dit artikel hersteld. Zie je een fout? Laat het ons weten.</p><a href="/contact">Meld een fout</a></div><div><h4>Over de Havenkrant</h4><p>De Havenkrant is een onafhankelijke krant voor de regio, sinds 1923. Onze redactie maakt elke dag het nieuws.</p><a href="/over-ons">Meer over ons</a></div></aside></main>`],
  ['nl', 'a quote ("Niet nu," zei de kapitein), a teaser about a matched fund, a writer\'s bio (nl)', `<main><article><h1>De pier</h1>${story('De pier is weer open.')}<blockquote><p>"Niet nu," zei de kapitein tegen de bemanning. "We wachten op het tij. Later misschien, als de wind gaat liggen."</p></blockquote>${story('De pier is weer open.')}<div class="author"><p><strong>Anna de Vries</strong> schrijft over de haven en de gemeente. Volg haar op X.</p><a href="https://twitter.com/anna">Volgen</a></div></article><aside><div class="teaser"><h4><a href="/nieuws/5">Fonds voor overstroming opent</a></h4><p>Elke donatie aan het gemeentefonds wordt verdubbeld door een lokaal bedrijf. Steun is welkom, zegt de wethouder.</p></div></aside></main>`],
  ['nl', 'a Dutch story about donations, its words the appeals\' own', `<main><article><h1>Donaties voor de voedselbank verdubbeld</h1>${Array.from({ length: 8 }, (_, i) => `<p>Alinea ${i}: De donaties aan de voedselbank zijn verdubbeld. "Steun ons, word lid of doneer," vraagt de voorzitter de lezers, "want we hebben je hulp nodig."</p>`).join('')}</article></main>`],
  // Swedish and Korean furniture in the words of their phrases.
  ['sv', 'comments, most read, a footer menu and a log-in box (sv)', `<main><article><h1>Piren</h1>${story('Piren är öppen igen.')}</article><section><h3>Kommentarer</h3><p>Logga in för att kommentera. Har du inget konto? Registrera dig gratis.</p><a href="/logga-in">Logga in</a> <a href="/registrera">Registrera</a></section></main><aside><h3>Mest läst</h3><ol><li><a href="/1">Donationer till piren fördubblades</a></li><li><a href="/2">Vårt nyhetsbrev fyller tio år</a></li><li><a href="/3">Ny färja från maj</a></li></ol></aside><div><form><input type="email" placeholder="E-postadress"><input type="password" placeholder="Lösenord"><button>Logga in</button></form><a href="/glomt">Glömt lösenord?</a></div><footer><ul><li><a href="/om-oss">Om oss</a></li><li><a href="/kontakt">Kontakt</a></li><li><a href="/nyhetsbrev">Nyhetsbrev</a></li><li><a href="/prenumerera">Prenumerera</a></li><li><a href="/app">Vår app</a></li></ul></footer>`],
  ['sv', 'a correction, an about box, a caption, a teaser and a "Notiser" list (sv)', `<main><article><h1>Piren</h1><figure><img alt=""><figcaption>Frivilliga samlade in donationer på piren. Stöd sjöräddningen, stod det på en skylt.</figcaption></figure>${story('Piren är öppen igen.')}</article><aside><div><h4>Rättelse</h4><p>Tack vare våra läsare har vi rättat ett fel i artikeln. Ser du ett fel? Hör av dig.</p><a href="/kontakt">Rapportera ett fel</a></div><div><h4>Om Hamnbladet</h4><p>Hamnbladet är en oberoende tidning för regionen sedan 1923.</p><a href="/om-oss">Mer om oss</a></div><div class="teaser"><h4><a href="/nyheter/5">Fond för översvämningen öppnar</a></h4><p>Varje donation till kommunens fond fördubblas av ett lokalt företag.</p></div><h3>Notiser</h3><ul><li><a href="/n1">Färjan försenad i morse</a></li><li><a href="/n2">Biblioteket stänger tidigt</a></li></ul></aside></main>`],
  ['ko', 'comments, a most-viewed list, a footer menu and a log-in box (ko)', `<main><article><h1>부두</h1>${story('부두가 다시 열렸다.')}</article><section><h3>댓글</h3><p>로그인 후 댓글을 작성할 수 있습니다. 회원가입</p><a href="/login">로그인</a></section></main><aside><h3>많이 본 뉴스</h3><ol><li><a href="/1">부두 복구 후원금 두 배로 늘어</a></li><li><a href="/2">구독자 100만 명 돌파한 유튜버</a></li><li><a href="/3">새 여객선 5월 취항</a></li></ol></aside><div><form><input type="text" placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form><a href="/find">비밀번호 찾기</a></div><footer><ul><li><a href="/about">회사소개</a></li><li><a href="/contact">고객센터</a></li><li><a href="/newsletter">뉴스레터</a></li><li><a href="/subscribe">구독신청</a></li><li><a href="/app">앱 다운로드</a></li></ul></footer>`],
  ['ko', 'headlines that say cancel, block, install and next time; a caption and a teaser about donations (ko)', `<main><article><h1>부두</h1><figure><img alt=""><figcaption>자원봉사자들이 부두에서 후원금을 모으고 있다. 기부는 다음에도 이어질 예정이다.</figcaption></figure>${story('부두가 다시 열렸다.')}</article><aside><h3>주요 뉴스</h3><ul><li><a href="/1">태풍으로 여객선 운항 취소</a></li><li><a href="/2">해안도로 차단, 우회 안내</a></li><li><a href="/3">부두에 태양광 설치 완료</a></li><li><a href="/4">다음에 열릴 시의회 일정은</a></li></ul><div class="teaser"><h4><a href="/news/5">홍수 피해 성금 모금 시작</a></h4><p>지역 기업이 기부금을 두 배로 늘리기로 했다. 후원은 다음 달까지 받는다.</p></div></aside></main>`],
  // Turkish, Arabic and Hebrew furniture in the words of their phrases.
  ['tr', 'headlines about a donation drive, cancelled flights, a sale and an accident (tr)', `<main><article><h1>Liman</h1>${story('The pier reopened.')}</article></main><aside><h3>Çok okunanlar</h3><ol><li><a href="/1">Depremden sonra bağış kampanyası başladı</a></li><li><a href="/2">Uçuşlar iptal edildi</a></li><li><a href="/3">İndirim sezonu başlıyor</a></li><li><a href="/4">Kazanın ardından yol kapandı</a></li></ol></aside>`],
  ['tr', 'a comment sign-in line (tr)', `<main><article><h1>Liman</h1>${story('The pier reopened.')}</article></main><div class="comments"><h3>Yorumlar</h3><p>Yorum yapmak için giriş yapın. Hesabınız yok mu? Kayıt olun.</p><a href="/giris">Giriş yap</a></div>`],
  ['tr', 'a footer menu with newsletter, subscription and app (tr)', `<main><article><h1>Liman</h1>${story('The pier reopened.')}</article></main><footer><ul><li><a href="/hakkimizda">Hakkımızda</a></li><li><a href="/iletisim">İletişim</a></li><li><a href="/bulten">E-bülten</a></li><li><a href="/abonelik">Abonelik</a></li><li><a href="/uygulama">Uygulamamız</a></li></ul></footer>`],
  ['tr', 'a caption quoting a banner (tr)', `<main><article><h1>Liman</h1>${story('The pier reopened.')}</article></main><figure><img alt=""><figcaption>Gönüllüler iskelede bağış topladı. "Bize destek olun" yazan bir pankart asıldı.</figcaption></figure>`],
  ['ar', 'headlines that say cancel, record, curfew and enforcement (ar)', `<main><article><h1>الميناء</h1>${story('The pier reopened.')}</article></main><aside><h3>الأكثر قراءة</h3><ul><li><a href="/1">إلغاء الرحلات بسبب العاصفة</a></li><li><a href="/2">سجل قياسي لدرجات الحرارة</a></li><li><a href="/3">حظر التجول يبدأ الليلة</a></li><li><a href="/4">تطبيق القانون الجديد غدا</a></li></ul></aside>`],
  ['ar', 'a comment sign-in line (ar)', `<main><article><h1>الميناء</h1>${story('The pier reopened.')}</article></main><div class="comments"><h3>التعليقات</h3><p>يجب تسجيل الدخول للتعليق.</p><a href="/login">تسجيل الدخول</a></div>`],
  ['ar', 'a footer menu with newsletter and app (ar)', `<main><article><h1>الميناء</h1>${story('The pier reopened.')}</article></main><footer><ul><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/newsletter">النشرة البريدية</a></li><li><a href="/app">تطبيقنا</a></li></ul></footer>`],
  ['he', 'headlines that say cancel, appointment, companies and donation (he)', `<main><article><h1>הנמל</h1>${story('The pier reopened.')}</article></main><aside><h3>הכי נקראים</h3><ul><li><a href="/1">ביטול הטיסות בגלל הסערה</a></li><li><a href="/2">מינוי שר חדש אושר</a></li><li><a href="/3">חברות התעופה מעלות מחירים</a></li><li><a href="/4">תרומה גדולה לבית החולים</a></li></ul></aside>`],
  ['he', 'a comment sign-in line (he)', `<main><article><h1>הנמל</h1>${story('The pier reopened.')}</article></main><div class="comments"><h3>תגובות</h3><p>יש להתחבר כדי להגיב.</p><a href="/login">התחברות</a></div>`],
  ['he', 'a teaser about a matched fund (he)', `<main><article><h1>הנמל</h1>${story('The pier reopened.')}</article></main><div class="teaser"><h4><a href="/news/5">קרן לנפגעי השיטפון נפתחה</a></h4><p>כל תרומה לקרן תוכפל על ידי חברה מקומית, אמר ראש העיר.</p></div>`],
  // Danish, Norwegian and Indonesian furniture in the words of their phrases.
  ['da', 'headlines: a later ferry, a grant, a kebab bar (da)', `<main><article><h1>Havnen</h1>${story('The pier reopened.')}</article></main><aside><h3>Mest læste</h3><ol><li><a href="/1">Færgen sejler senere i dag</a></li><li><a href="/2">Støt til havnen vedtaget</a></li><li><a href="/3">Ny doner-bar ved kajen</a></li></ol></aside>`],
  ['nb', 'headlines: a storm warned of, a later ferry, a new account (nb)', `<main><article><h1>Havna</h1>${story('The pier reopened.')}</article></main><aside><h3>Mest lest</h3><ol><li><a href="/1">Meteorologene varsler storm i kveld</a></li><li><a href="/2">Fergen går senere i dag</a></li><li><a href="/3">Ny konto for havnefondet</a></li></ol></aside>`],
  ['id', 'headlines: a price list, a protest, electricity subscriptions, the rainy season (id)', `<main><article><h1>Pelabuhan</h1>${story('The pier reopened.')}</article></main><aside><h3>Terpopuler</h3><ol><li><a href="/1">Daftar harga BBM terbaru</a></li><li><a href="/2">Warga tolak rencana reklamasi</a></li><li><a href="/3">Langganan listrik naik bulan depan</a></li><li><a href="/4">Masuk musim hujan, warga waspada</a></li></ol></aside>`],
  ['id', 'a comment sign-in line (id)', `<main><article><h1>Pelabuhan</h1>${story('The pier reopened.')}</article></main><div class="comments"><h3>Komentar</h3><p>Silakan masuk untuk berkomentar.</p><a href="/masuk">Masuk</a></div>`],
  ['da', 'a comment sign-in line (da)', `<main><article><h1>Havnen</h1>${story('The pier reopened.')}</article></main><div class="comments"><h3>Kommentarer</h3><p>Log ind for at kommentere.</p><a href="/log-ind">Log ind</a></div>`],
  // Vietnamese furniture in the words of its phrases.
  ['vi', 'headlines that open on support, monitor, collect; a news bulletin (vi)', `<main><article><h1>Bến cảng</h1>${story('The pier reopened.')}</article></main><aside><h3>Đọc nhiều</h3><ol><li><a href="/1">Ủng hộ đồng bào vùng lũ miền Trung</a></li><li><a href="/2">Theo dõi sát diễn biến cơn bão số 3</a></li><li><a href="/3">Quyên góp hơn 10 tỷ đồng cho trường học</a></li><li><a href="/4">Bản tin thời sự 19h</a></li></ol></aside>`],
  ['vi', 'a comment sign-in line (vi)', `<main><article><h1>Bến cảng</h1>${story('The pier reopened.')}</article></main><div class="comments"><h3>Bình luận</h3><p>Đăng nhập để bình luận.</p><a href="/dang-nhap">Đăng nhập</a></div>`],
  ['vi', 'a footer menu with bulletin and app (vi)', `<main><article><h1>Bến cảng</h1>${story('The pier reopened.')}</article></main><footer><ul><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/lien-he">Liên hệ</a></li><li><a href="/ban-tin">Bản tin</a></li><li><a href="/app">Tải ứng dụng</a></li></ul></footer>`],
  ['vi', 'a caption about donations (vi)', `<main><article><h1>Bến cảng</h1>${story('The pier reopened.')}</article></main><figure><img alt=""><figcaption>Người dân quyên góp ủng hộ đồng bào vùng lũ. "Để sau", một người nói.</figcaption></figure>`],
  // Hindi furniture in the words of its phrases: headlines that download, support, donate; comments; a footer menu; a caption; a story.
  ['hi', 'headlines: how to download a card, MLAs back the government, donations, an attack (hi)', `<main><article><h1>बंदरगाह</h1>${story('The pier reopened.')}</article></main><aside><h3>सबसे ज़्यादा पढ़ी गईं</h3><ol><li><a href="/1">ऐसे डाउनलोड करें अपना आधार कार्ड</a></li><li><a href="/2">निर्दलीय विधायकों ने सरकार का समर्थन किया</a></li><li><a href="/3">बाढ़ पीड़ितों के लिए लोगों ने दान किया</a></li><li><a href="/4">सीमा पर हमला, दो जवान घायल</a></li></ol></aside>`],
  ['hi', 'a comment sign-in line (hi)', `<main><article><h1>बंदरगाह</h1>${story('The pier reopened.')}</article></main><div class="comments"><h3>टिप्पणियाँ</h3><p>टिप्पणी करने के लिए लॉग इन करें।</p><a href="/login">लॉग इन</a></div>`],
  ['hi', 'a footer menu with newsletter and app (hi)', `<main><article><h1>बंदरगाह</h1>${story('The pier reopened.')}</article></main><footer><ul><li><a href="/about">हमारे बारे में</a></li><li><a href="/contact">संपर्क करें</a></li><li><a href="/newsletter">न्यूज़लेटर</a></li><li><a href="/app">हमारा ऐप</a></li><li><a href="/privacy">गोपनीयता नीति</a></li></ul></footer>`],
  ['hi', 'a caption quoting a banner (hi)', `<main><article><h1>बंदरगाह</h1>${story('The pier reopened.')}</article></main><figure><img alt=""><figcaption>स्वयंसेवकों ने बाढ़ पीड़ितों के लिए दान इकट्ठा किया। "हमारी मदद करें" लिखा एक बैनर लगाया गया।</figcaption></figure>`],
  ['hi', 'a Hindi story about a fund, its words the appeals\' own', `<main><article><h1>बाढ़ राहत कोष में दान दोगुना</h1>${Array.from({ length: 8 }, (_, i) => `<p>अनुच्छेद ${i}: राहत कोष में लोगों का योगदान दोगुना हो गया है। "आपका सहयोग ही हमारी ताकत है, दान करें," समिति के अध्यक्ष ने कहा, "हमें आपकी मदद की ज़रूरत है।"</p>`).join('')}</article></main>`],
  ['hi', 'headlines that end "not now" and "later" (hi)', `<main><article><h1>बंदरगाह</h1>${story('The pier reopened.')}</article></main><aside><h3>ताज़ा ख़बरें</h3><ol><li><a href="/1">नई नौका सेवा का ऐलान अभी नहीं</a></li><li><a href="/2">दस साल बाद घर लौटे मछुआरे</a></li><li><a href="/3">बारिश के बाद में बढ़ा नदी का जलस्तर</a></li></ol></aside>`],
  // Bengali furniture in the words of its phrases: headlines that support, donate, end "not now" or "later"; comments; a footer menu; a caption.
  ['bn', 'headlines: MPs back a bill, donations, "elections not now", "home after ten years" (bn)', `<main><article><h1>বন্দর</h1>${story('The pier reopened.')}</article></main><aside><h3>সর্বাধিক পঠিত</h3><ol><li><a href="/1">বিলটি সমর্থন করলেন সংসদ সদস্যরা</a></li><li><a href="/2">বন্যার্তদের জন্য দান করলেন ব্যবসায়ীরা</a></li><li><a href="/3">নির্বাচন এখন নয়, বললেন মন্ত্রী</a></li><li><a href="/4">দশ বছর পরে বাড়ি ফিরলেন জেলে</a></li></ol></aside>`],
  ['bn', 'a comment sign-in line (bn)', `<main><article><h1>বন্দর</h1>${story('The pier reopened.')}</article></main><div class="comments"><h3>মন্তব্য</h3><p>মন্তব্য করতে লগ ইন করুন।</p><a href="/login">লগ ইন</a></div>`],
  ['bn', 'a footer menu with newsletter and app (bn)', `<main><article><h1>বন্দর</h1>${story('The pier reopened.')}</article></main><footer><ul><li><a href="/about">আমাদের সম্পর্কে</a></li><li><a href="/contact">যোগাযোগ</a></li><li><a href="/newsletter">নিউজলেটার</a></li><li><a href="/app">আমাদের অ্যাপ</a></li><li><a href="/privacy">গোপনীয়তা নীতি</a></li></ul></footer>`],
  ['bn', 'a caption quoting a banner (bn)', `<main><article><h1>বন্দর</h1>${story('The pier reopened.')}</article></main><figure><img alt=""><figcaption>স্বেচ্ছাসেবকেরা বন্যার্তদের জন্য অর্থ সংগ্রহ করেন। "আমাদের পাশে থাকুন" লেখা একটি ব্যানার টাঙানো হয়।</figcaption></figure>`],
  ['bn', 'a Bengali story about a fund, its words the appeals\' own', `<main><article><h1>ত্রাণ তহবিলে অনুদান দ্বিগুণ</h1>${Array.from({ length: 8 }, (_, i) => `<p>অনুচ্ছেদ ${i}: ত্রাণ তহবিলে মানুষের অনুদান দ্বিগুণ হয়েছে। "আপনার সহযোগিতাই আমাদের শক্তি, দান করুন," কমিটির সভাপতি বলেন, "আমাদের পাশে থাকুন।"</p>`).join('')}</article></main>`],
  // Tamil furniture in the words of its phrases: headlines that back a bill, gather donations, end "not now" or "after ten years"; comments; a footer menu; a caption; a story.
  ['ta', 'headlines: MPs back a bill, donations, "elections not now", "home after ten years" (ta)', `<main><article><h1>துறைமுகம்</h1>${story('The pier reopened.')}</article></main><aside><h3>அதிகம் படித்தவை</h3><ol><li><a href="/1">மசோதாவை ஆதரித்தனர் எம்.பி.க்கள்</a></li><li><a href="/2">வெள்ள நிவாரணத்துக்கு நன்கொடை குவிகிறது</a></li><li><a href="/3">தேர்தல் இப்போது இல்லை: ஆணையம்</a></li><li><a href="/4">பத்து ஆண்டுகளுக்குப் பிறகு வீடு திரும்பிய மீனவர்கள்</a></li></ol></aside>`],
  ['ta', 'a comment sign-in line (ta)', `<main><article><h1>துறைமுகம்</h1>${story('The pier reopened.')}</article></main><div class="comments"><h3>கருத்துகள்</h3><p>கருத்து தெரிவிக்க உள்நுழையவும்.</p><a href="/login">உள்நுழை</a></div>`],
  ['ta', 'a footer menu with newsletter and app (ta)', `<main><article><h1>துறைமுகம்</h1>${story('The pier reopened.')}</article></main><footer><ul><li><a href="/about">எங்களைப் பற்றி</a></li><li><a href="/contact">தொடர்புக்கு</a></li><li><a href="/newsletter">செய்திமடல்</a></li><li><a href="/app">எங்கள் செயலி</a></li><li><a href="/privacy">தனியுரிமைக் கொள்கை</a></li></ul></footer>`],
  ['ta', 'a caption quoting a banner (ta)', `<main><article><h1>துறைமுகம்</h1>${story('The pier reopened.')}</article></main><figure><img alt=""><figcaption>வெள்ளத்தால் பாதிக்கப்பட்டவர்களுக்கு தன்னார்வலர்கள் நிதி திரட்டினர். "எங்களை ஆதரியுங்கள்" என்ற பதாகை வைக்கப்பட்டது.</figcaption></figure>`],
  ['ta', 'a Tamil story about a fund, its words the appeals\' own', `<main><article><h1>நிவாரண நிதிக்கு நன்கொடை இரட்டிப்பு</h1>${Array.from({ length: 8 }, (_, i) => `<p>பத்தி ${i}: நிவாரண நிதிக்கு மக்களின் நன்கொடை இரட்டிப்பாகியுள்ளது. "உங்கள் ஆதரவு தேவை, நன்கொடை அளியுங்கள்" என்று குழுத் தலைவர் கூறினார்.</p>`).join('')}</article></main>`],
  // Telugu furniture in the words of its phrases: the same kinds.
  ['te', 'headlines: MPs back a bill, donations, "elections not now", "home after ten years" (te)', `<main><article><h1>రేవు</h1>${story('The pier reopened.')}</article></main><aside><h3>ఎక్కువగా చదివినవి</h3><ol><li><a href="/1">బిల్లుకు మద్దతు ఇచ్చిన ఎంపీలు</a></li><li><a href="/2">వరద బాధితులకు వెల్లువెత్తిన విరాళాలు</a></li><li><a href="/3">ఎన్నికలు ఇప్పుడు కాదు: కమిషన్</a></li><li><a href="/4">పదేళ్ల తర్వాత ఇంటికి చేరిన మత్స్యకారులు</a></li></ol></aside>`],
  ['te', 'a comment sign-in line (te)', `<main><article><h1>రేవు</h1>${story('The pier reopened.')}</article></main><div class="comments"><h3>వ్యాఖ్యలు</h3><p>వ్యాఖ్యానించడానికి లాగిన్ చేయండి.</p><a href="/login">లాగిన్</a></div>`],
  ['te', 'a footer menu with newsletter and app (te)', `<main><article><h1>రేవు</h1>${story('The pier reopened.')}</article></main><footer><ul><li><a href="/about">మా గురించి</a></li><li><a href="/contact">సంప్రదించండి</a></li><li><a href="/newsletter">న్యూస్‌లెటర్</a></li><li><a href="/app">మా యాప్</a></li><li><a href="/privacy">గోప్యతా విధానం</a></li></ul></footer>`],
  ['te', 'a caption quoting a banner (te)', `<main><article><h1>రేవు</h1>${story('The pier reopened.')}</article></main><figure><img alt=""><figcaption>వరద బాధితుల కోసం స్వచ్ఛంద సేవకులు నిధులు సేకరించారు. "మాకు అండగా నిలవండి" అనే బ్యానర్ ఏర్పాటు చేశారు.</figcaption></figure>`],
  ['te', 'a Telugu story about a fund, its words the appeals\' own', `<main><article><h1>సహాయ నిధికి రెట్టింపైన విరాళాలు</h1>${Array.from({ length: 8 }, (_, i) => `<p>పేరా ${i}: సహాయ నిధికి ప్రజల విరాళాలు రెట్టింపయ్యాయి. "మీ మద్దతు కావాలి, విరాళం ఇవ్వండి" అని కమిటీ అధ్యక్షుడు అన్నారు.</p>`).join('')}</article></main>`],
  // Greek, Romanian and Hungarian furniture in the words of their phrases: headlines that back, donate, say "later" or "not now", offer something free; comments; a footer menu; a story about a fund.
  ['el', 'headlines: MPs back a bill, donations to flood victims, "free" tickets, "not now" (el)', `<main><article><h1>Λιμάνι</h1>${story('The pier reopened.')}</article></main><aside><h3>Δημοφιλή</h3><ol><li><a href="/1">Οι βουλευτές στηρίζουν το νομοσχέδιο</a></li><li><a href="/2">Δωρεές για τους πλημμυροπαθείς</a></li><li><a href="/3">Δωρεάν εισιτήρια για τους φοιτητές</a></li><li><a href="/4">Εκλογές; Όχι τώρα, λέει ο πρωθυπουργός</a></li></ol></aside>`],
  ['el', 'a comment sign-in line and a footer menu (el)', `<main><article><h1>Λιμάνι</h1>${story('The pier reopened.')}</article><div class="comments"><h3>Σχόλια</h3><p>Συνδεθείτε για να σχολιάσετε.</p><a href="/login">Σύνδεση</a></div></main><footer><ul><li><a href="/about">Ποιοι είμαστε</a></li><li><a href="/contact">Επικοινωνία</a></li><li><a href="/newsletter">Newsletter</a></li><li><a href="/privacy">Πολιτική απορρήτου</a></li></ul></footer>`],
  ['el', 'a Greek story about a fund, its words the appeals\' own', `<main><article><h1>Διπλασιάστηκαν οι δωρεές στο ταμείο</h1>${Array.from({ length: 8 }, (_, i) => `<p>Παράγραφος ${i}: οι δωρεές στο ταμείο αρωγής διπλασιάστηκαν. «Στηρίξτε μας, κάθε δωρεά μετράει», είπε ο πρόεδρος της επιτροπής.</p>`).join('')}</article></main>`],
  ['ro', 'headlines: MPs back a bill, donations, "not now" (ro)', `<main><article><h1>Portul</h1>${story('The pier reopened.')}</article></main><aside><h3>Cele mai citite</h3><ol><li><a href="/1">Deputații susțin proiectul de lege</a></li><li><a href="/2">Donații pentru sinistrați</a></li><li><a href="/3">Alegeri anticipate? Nu acum, spune premierul</a></li><li><a href="/4">Pescarii s-au întors acasă după zece ani</a></li></ol></aside>`],
  ['ro', 'a comment sign-in line and a footer menu (ro)', `<main><article><h1>Portul</h1>${story('The pier reopened.')}</article><div class="comments"><h3>Comentarii</h3><p>Autentifică-te pentru a comenta.</p><a href="/login">Autentificare</a></div></main><footer><ul><li><a href="/despre">Despre noi</a></li><li><a href="/contact">Contact</a></li><li><a href="/newsletter">Newsletter</a></li><li><a href="/confidentialitate">Politica de confidențialitate</a></li></ul></footer>`],
  ['ro', 'a Romanian story about a fund, its words the appeals\' own', `<main><article><h1>Donațiile pentru sinistrați s-au dublat</h1>${Array.from({ length: 8 }, (_, i) => `<p>Paragraful ${i}: donațiile pentru fondul de ajutor s-au dublat. „Susțineți-ne, fiecare donație contează”, a spus președintele comitetului.</p>`).join('')}</article></main>`],
  ['hu', 'headlines: MPs back a bill, donations, "not now" (hu)', `<main><article><h1>Kikötő</h1>${story('The pier reopened.')}</article></main><aside><h3>Legolvasottabb</h3><ol><li><a href="/1">A képviselők támogatják a törvényjavaslatot</a></li><li><a href="/2">Adományok az árvízkárosultaknak</a></li><li><a href="/3">Előrehozott választás? Most nem, mondja a miniszterelnök</a></li><li><a href="/4">Tíz év után hazatértek a halászok</a></li></ol></aside>`],
  ['hu', 'a comment sign-in line and a footer menu (hu)', `<main><article><h1>Kikötő</h1>${story('The pier reopened.')}</article><div class="comments"><h3>Hozzászólások</h3><p>A hozzászóláshoz jelentkezz be.</p><a href="/login">Bejelentkezés</a></div></main><footer><ul><li><a href="/rolunk">Rólunk</a></li><li><a href="/kapcsolat">Kapcsolat</a></li><li><a href="/hirlevel">Hírlevél</a></li><li><a href="/adatvedelem">Adatvédelem</a></li></ul></footer>`],
  ['hu', 'a Hungarian story about a fund, its words the appeals\' own', `<main><article><h1>Megduplázódtak az adományok</h1>${Array.from({ length: 8 }, (_, i) => `<p>${i}. bekezdés: megduplázódtak a segélyalapba érkező adományok. „Támogass minket, minden adomány számít” – mondta a bizottság elnöke.</p>`).join('')}</article></main>`],
  // Finnish and Slovak furniture in the words of their phrases.
  ['fi', 'headlines: MPs back a bill, donations, "not now", a free-space story (fi)', `<main><article><h1>Satama</h1>${story('The pier reopened.')}</article></main><aside><h3>Luetuimmat</h3><ol><li><a href="/1">Kansanedustajat tukevat lakiesitystä</a></li><li><a href="/2">Lahjoituksia tulvien uhreille</a></li><li><a href="/3">Ennenaikaiset vaalit? Ei nyt, sanoo pääministeri</a></li><li><a href="/4">Satamaan tilaa uusille laivoille</a></li></ol></aside>`],
  ['fi', 'a comment sign-in line and a footer menu (fi)', `<main><article><h1>Satama</h1>${story('The pier reopened.')}</article><div class="comments"><h3>Kommentit</h3><p>Kirjaudu sisään kommentoidaksesi.</p><a href="/login">Kirjaudu</a></div></main><footer><ul><li><a href="/meista">Meistä</a></li><li><a href="/yhteystiedot">Yhteystiedot</a></li><li><a href="/uutiskirje">Uutiskirje</a></li><li><a href="/tietosuoja">Tietosuoja</a></li></ul></footer>`],
  ['fi', 'a Finnish story about a fund, its words the appeals\' own', `<main><article><h1>Lahjoitukset kaksinkertaistuivat</h1>${Array.from({ length: 8 }, (_, i) => `<p>Kappale ${i}: avustusrahaston lahjoitukset kaksinkertaistuivat. ”Tukekaa meitä, jokainen lahjoitus auttaa”, sanoi toimikunnan puheenjohtaja.</p>`).join('')}</article></main>`],
  ['sk', 'headlines: MPs back a bill, donations, "not now" (sk)', `<main><article><h1>Prístav</h1>${story('The pier reopened.')}</article></main><aside><h3>Najčítanejšie</h3><ol><li><a href="/1">Poslanci podporili návrh zákona</a></li><li><a href="/2">Príspevky pre obete povodní</a></li><li><a href="/3">Predčasné voľby? Teraz nie, hovorí premiér</a></li><li><a href="/4">Rybári sa vrátili domov po desiatich rokoch</a></li></ol></aside>`],
  ['sk', 'a comment sign-in line and a footer menu (sk)', `<main><article><h1>Prístav</h1>${story('The pier reopened.')}</article><div class="comments"><h3>Diskusia</h3><p>Na pridanie komentára sa prihláste.</p><a href="/login">Prihlásiť sa</a></div></main><footer><ul><li><a href="/o-nas">O nás</a></li><li><a href="/kontakt">Kontakt</a></li><li><a href="/newsletter">Newsletter</a></li><li><a href="/sukromie">Ochrana súkromia</a></li></ul></footer>`],
  ['sk', 'a Slovak story about a fund, its words the appeals\' own', `<main><article><h1>Dary do fondu sa zdvojnásobili</h1>${Array.from({ length: 8 }, (_, i) => `<p>Odsek ${i}: príspevky do fondu pomoci sa zdvojnásobili. „Podporte nás, každý príspevok pomáha,“ povedal predseda výboru.</p>`).join('')}</article></main>`],
  // Serbian furniture (Cyrillic) in the words of its phrases.
  ['sr', 'headlines: MPs back a bill, donations, "not now" (sr)', `<main><article><h1>Лука</h1>${story('The pier reopened.')}</article></main><aside><h3>Најчитаније</h3><ol><li><a href="/1">Посланици подржали предлог закона</a></li><li><a href="/2">Донације за жртве поплава</a></li><li><a href="/3">Превремени избори? Не сада, каже премијер</a></li><li><a href="/4">Рибари се вратили кући после десет година</a></li></ol></aside>`],
  ['sr', 'a comment sign-in line and a footer menu (sr)', `<main><article><h1>Лука</h1>${story('The pier reopened.')}</article><div class="comments"><h3>Коментари</h3><p>Пријавите се да бисте коментарисали.</p><a href="/login">Пријава</a></div></main><footer><ul><li><a href="/o-nama">О нама</a></li><li><a href="/kontakt">Контакт</a></li><li><a href="/bilten">Билтен</a></li><li><a href="/privatnost">Приватност</a></li></ul></footer>`],
  // Bulgarian furniture in the words of its phrases.
  ['bg', 'headlines: MPs back a bill, donations, "not now" (bg)', `<main><article><h1>Пристанище</h1>${story('The pier reopened.')}</article></main><aside><h3>Най-четени</h3><ol><li><a href="/1">Депутатите подкрепиха законопроекта</a></li><li><a href="/2">Дарения за пострадалите от наводненията</a></li><li><a href="/3">Предсрочни избори? Не сега, казва премиерът</a></li><li><a href="/4">Рибарите се върнаха у дома след десет години</a></li></ol></aside>`],
  ['bg', 'a comment sign-in line and a footer menu (bg)', `<main><article><h1>Пристанище</h1>${story('The pier reopened.')}</article><div class="comments"><h3>Коментари</h3><p>Влезте, за да коментирате.</p><a href="/login">Влез</a></div></main><footer><ul><li><a href="/za-nas">За нас</a></li><li><a href="/kontakti">Контакти</a></li><li><a href="/byuletin">Бюлетин</a></li><li><a href="/poveritelnost">Поверителност</a></li></ul></footer>`],
  ['bg', 'a Bulgarian story about a fund, its words the appeals\' own', `<main><article><h1>Даренията се удвоиха</h1>${Array.from({ length: 8 }, (_, i) => `<p>Абзац ${i}: даренията във фонда за помощ се удвоиха. „Подкрепете ни, всяко дарение помага“, каза председателят на комисията.</p>`).join('')}</article></main>`],
  // Catalan and Croatian furniture in the words of their phrases.
  ['ca', 'headlines: MPs back a bill, donations, "not now", a woman in the news (ca)', `<main><article><h1>El port</h1>${story('The pier reopened.')}</article></main><aside><h3>El més llegit</h3><ol><li><a href="/1">Els diputats donen suport a la llei</a></li><li><a href="/2">Donacions per als afectats per les riuades</a></li><li><a href="/3">Eleccions anticipades? Ara no, diu el president</a></li><li><a href="/4">Dona de 90 anys torna a navegar</a></li></ol></aside>`],
  ['ca', 'a comment sign-in line and a footer menu (ca)', `<main><article><h1>El port</h1>${story('The pier reopened.')}</article><div class="comments"><h3>Comentaris</h3><p>Inicia la sessió per comentar.</p><a href="/login">Inicia la sessió</a></div></main><footer><ul><li><a href="/qui-som">Qui som</a></li><li><a href="/contacte">Contacte</a></li><li><a href="/butlleti">Butlletí</a></li><li><a href="/privadesa">Privadesa</a></li></ul></footer>`],
  ['ca', 'a Catalan story about a fund, its words the appeals\' own', `<main><article><h1>Les donacions es dupliquen</h1>${Array.from({ length: 8 }, (_, i) => `<p>Paràgraf ${i}: les donacions al fons d'ajuda s'han duplicat. «Doneu suport a la causa, cada donació compta», va dir la presidenta del comitè.</p>`).join('')}</article></main>`],
  ['hr', 'headlines: MPs back a bill, donations, "not now" (hr)', `<main><article><h1>Luka</h1>${story('The pier reopened.')}</article></main><aside><h3>Najčitanije</h3><ol><li><a href="/1">Zastupnici podržali prijedlog zakona</a></li><li><a href="/2">Donacije za žrtve poplava</a></li><li><a href="/3">Prijevremeni izbori? Ne sada, kaže premijer</a></li><li><a href="/4">Ribari se vratili kući nakon deset godina</a></li></ol></aside>`],
  ['hr', 'a comment sign-in line and a footer menu (hr)', `<main><article><h1>Luka</h1>${story('The pier reopened.')}</article><div class="comments"><h3>Komentari</h3><p>Prijavite se kako biste komentirali.</p><a href="/login">Prijava</a></div></main><footer><ul><li><a href="/o-nama">O nama</a></li><li><a href="/kontakt">Kontakt</a></li><li><a href="/bilten">Bilten</a></li><li><a href="/privatnost">Privatnost</a></li></ul></footer>`],
  ['hr', 'a Croatian story about a fund, its words the appeals\' own', `<main><article><h1>Donacije udvostručene</h1>${Array.from({ length: 8 }, (_, i) => `<p>Odlomak ${i}: donacije u fond za pomoć su se udvostručile. „Podržite nas, svaka donacija pomaže“, rekao je predsjednik odbora.</p>`).join('')}</article></main>`],
  // Persian furniture in the words of its phrases: headlines of membership, entry and financial support; comments; a share bar; a story.
  ['fa', 'headlines: membership of a bloc, forces entering, aid to farmers; comments (fa)', `<main><article><h1>بندر</h1>${story('The pier reopened.')}</article><section class="comments"><h3>نظرات</h3><p>برای ارسال نظر وارد شوید.</p><a href="/login">ورود</a> <a href="/register">ثبت نام</a></section></main><aside><h3>پربازدیدترین‌ها</h3><ol><li><a href="/1">عضویت ایران در بریکس تصویب شد</a></li><li><a href="/2">ورود نیروهای امدادی به منطقه سیل‌زده</a></li><li><a href="/3">حمایت مالی دولت از کشاورزان</a></li></ol></aside>`],
  ['fa', 'a share bar (fa: "اشتراک گذاری", sharing, is no subscription)', `<main><article><h1>بندر</h1><div class="share"><span>اشتراک گذاری</span><a href="https://www.facebook.com/sharer/sharer.php?u=x">فیسبوک</a><a href="https://twitter.com/intent/tweet?url=x">توییتر</a><a href="https://t.me/share/url?url=x">تلگرام</a></div>${story('The pier reopened.')}</article></main>`],
  ['fa', 'a Persian story about aid, quoting "later" and "not now"', `<main><article><h1>کمک مالی به سیل‌زدگان دو برابر شد</h1>${Array.from({ length: 8 }, (_, i) => `<p>بند ${i}: کمک مالی مردم به صندوق امداد دو برابر شد. رئیس کمیته گفت: «از آسیب‌دیدگان حمایت کنید، الان نه، بعدا دیر است.»</p>`).join('')}</article></main>`],
  // Thai furniture in the words of its phrases (found inside runs of text): headlines that donate blood, warn of a storm, open job applications, answer "not now"; comments; a footer menu; a caption; a share row; a story quoting an appeal.
  ['th', 'headlines: donating blood, a storm warning, job applications, "not now" (th)', `<main><article><h1>ท่าเรือ</h1>${story('The pier reopened.')}</article></main><aside><h3>ข่าวยอดนิยม</h3><ol><li><a href="/1">ชาวบ้านร่วมบริจาคเลือดช่วยผู้ป่วย</a></li><li><a href="/2">กรมอุตุฯ แจ้งเตือนพายุเข้าภาคใต้</a></li><li><a href="/3">เปิดรับสมัครงานท่าเรือแห่งใหม่</a></li><li><a href="/4">ไม่ใช่ตอนนี้ นายกฯ ตอบปมยุบสภา</a></li></ol></aside>`],
  ['th', 'a comment sign-in line (th)', `<main><article><h1>ท่าเรือ</h1>${story('The pier reopened.')}</article></main><div class="comments"><h3>ความคิดเห็น</h3><p>กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น</p><a href="/login">เข้าสู่ระบบ</a></div>`],
  ['th', 'a footer menu with newsletter and app (th)', `<main><article><h1>ท่าเรือ</h1>${story('The pier reopened.')}</article></main><footer><ul><li><a href="/about">เกี่ยวกับเรา</a></li><li><a href="/contact">ติดต่อเรา</a></li><li><a href="/newsletter">จดหมายข่าว</a></li><li><a href="/app">แอปของเรา</a></li><li><a href="/privacy">นโยบายความเป็นส่วนตัว</a></li></ul></footer>`],
  ['th', 'a caption quoting a banner (th)', `<main><article><h1>ท่าเรือ</h1>${story('The pier reopened.')}</article></main><figure><img alt=""><figcaption>อาสาสมัครตั้งจุดรับบริจาคสิ่งของช่วยผู้ประสบภัยน้ำท่วม มีป้ายเขียนว่า "ร่วมบริจาค"</figcaption></figure>`],
  ['th', 'a share row (th)', `<main><article><h1>ท่าเรือ</h1>${story('The pier reopened.')}<div class="share"><span>แชร์ข่าวนี้</span> <a href="https://facebook.com/sharer?u=x">เฟซบุ๊ก</a> <a href="https://twitter.com/intent/tweet?u=x">X</a> <a href="https://line.me/R/msg/text/?x">LINE</a></div></article></main>`],
  ['th', 'a Thai story about a fund, its words the appeals\' own', `<main><article><h1>ยอดบริจาคกองทุนน้ำท่วมเพิ่มเป็นสองเท่า</h1>${Array.from({ length: 8 }, (_, i) => `<p>ย่อหน้า ${i}: ยอดบริจาคเข้ากองทุนช่วยผู้ประสบภัยน้ำท่วมเพิ่มขึ้นเป็นสองเท่า "ร่วมบริจาคและสนับสนุนเราได้ ไม่ใช่ตอนนี้ก็ไว้ทีหลัง" ประธานมูลนิธิกล่าว</p>`).join('')}</article></main>`],
  // Urdu furniture in the words of its phrases: headlines of help, of "after ten years", "not yet", app downloads; comments; a footer menu; a caption; a share row; a story quoting an appeal.
  ['ur', 'headlines: help for flood victims, home after ten years, "not yet", app downloads (ur)', `<main><article><h1>بندرگاہ</h1>${story('The pier reopened.')}</article></main><aside><h3>سب سے زیادہ پڑھی گئی</h3><ol><li><a href="/1">وزیراعظم کا سیلاب متاثرین کی مدد کا اعلان</a></li><li><a href="/2">دس سال بعد میں گھر لوٹا ماہی گیر</a></li><li><a href="/3">ابھی نہیں ہوگا بجٹ کا اعلان</a></li><li><a href="/4">ایپ ڈاؤن لوڈ کرنے والوں کی تعداد میں اضافہ</a></li></ol></aside>`],
  ['ur', 'a comment sign-in line (ur)', `<main><article><h1>بندرگاہ</h1>${story('The pier reopened.')}</article></main><div class="comments"><h3>تبصرے</h3><p>تبصرہ کرنے کے لیے لاگ ان کریں۔</p><a href="/login">لاگ ان</a></div>`],
  ['ur', 'a footer menu with newsletter and app (ur)', `<main><article><h1>بندرگاہ</h1>${story('The pier reopened.')}</article></main><footer><ul><li><a href="/about">ہمارے بارے میں</a></li><li><a href="/contact">رابطہ کریں</a></li><li><a href="/newsletter">نیوز لیٹر</a></li><li><a href="/app">ہماری ایپ</a></li><li><a href="/privacy">پرائیویسی پالیسی</a></li></ul></footer>`],
  ['ur', 'a caption quoting a banner, and a share row (ur)', `<main><article><h1>بندرگاہ</h1>${story('The pier reopened.')}<div class="share"><span>شیئر کریں</span> <a href="https://facebook.com/sharer?u=x">فیس بک</a> <a href="https://twitter.com/intent/tweet?u=x">ٹوئٹر</a> <a href="https://wa.me/?text=x">واٹس ایپ</a></div></article></main><figure><img alt=""><figcaption>رضاکاروں نے سیلاب متاثرین کے لیے عطیات جمع کیے۔ ایک بینر پر لکھا تھا "ہماری مدد کریں"۔</figcaption></figure>`],
  ['ur', 'an Urdu story about a fund, its words the appeals\' own', `<main><article><h1>سیلاب فنڈ میں عطیات دوگنا</h1>${Array.from({ length: 8 }, (_, i) => `<p>پیراگراف ${i}: امدادی فنڈ میں لوگوں کے عطیات دوگنا ہو گئے ہیں۔ "آپ کا تعاون ہی ہماری طاقت ہے، عطیہ دیں،" کمیٹی کے صدر نے کہا، "ہمیں آپ کی مدد کی ضرورت ہے۔"</p>`).join('')}</article></main>`],
  // Marathi furniture in the words of its phrases: headlines of a donation, "after ten years", "not now or never", how to download a card; comments; a footer menu; a caption; a story quoting an appeal.
  ['mr', 'headlines: a temple\'s donation, home after ten years, "now or never", downloading a card (mr)', `<main><article><h1>बंदर</h1>${story('The pier reopened.')}</article></main><aside><h3>सर्वाधिक वाचलेले</h3><ol><li><a href="/1">पूरग्रस्तांना मंदिराकडून देणगी</a></li><li><a href="/2">दहा वर्षांनंतर घरी परतला मच्छीमार</a></li><li><a href="/3">आत्ता नाही तर कधीच नाही: मुख्यमंत्र्यांचे आवाहन</a></li><li><a href="/4">असे डाउनलोड करा तुमचे आधार कार्ड</a></li></ol></aside>`],
  ['mr', 'a comment sign-in line, a footer menu with newsletter and app, a caption quoting a banner (mr)', `<main><article><h1>बंदर</h1>${story('The pier reopened.')}</article></main><div class="comments"><h3>प्रतिक्रिया</h3><p>प्रतिक्रिया देण्यासाठी लॉग इन करा.</p><a href="/login">लॉग इन</a></div><figure><img alt=""><figcaption>स्वयंसेवकांनी पूरग्रस्तांसाठी देणगी गोळा केली. "आम्हाला मदत करा" असा फलक लावला होता.</figcaption></figure><footer><ul><li><a href="/about">आमच्याबद्दल</a></li><li><a href="/contact">संपर्क</a></li><li><a href="/newsletter">न्यूजलेटर</a></li><li><a href="/app">आमचे ॲप</a></li><li><a href="/privacy">गोपनीयता धोरण</a></li></ul></footer>`],
  ['mr', 'a Marathi story about a fund, its words the appeals\' own', `<main><article><h1>पूर निधीत देणगी दुप्पट</h1>${Array.from({ length: 8 }, (_, i) => `<p>परिच्छेद ${i}: मदत निधीत लोकांचे योगदान दुप्पट झाले आहे. "तुमचा पाठिंबा हीच आमची ताकद आहे, देणगी द्या," समितीचे अध्यक्ष म्हणाले, "आम्हाला तुमच्या मदतीची गरज आहे."</p>`).join('')}</article></main>`],
  // Headlines that open with a put-off's words lead to their story: a put-off dismisses in place.
  ['en', 'a most-read headline opening "Not now:" (en)', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside><h3>Most read</h3><ol><li><a href="/1">Not now: minister rules out an early election</a></li><li><a href="/2">Ferry returns to service</a></li><li><a href="/3">Pier reopens after storm</a></li><li><a href="/4">Council approves budget</a></li></ol></aside>`],
  ['de', 'a most-read headline opening "Nicht jetzt:" (de)', `<main><article><h1>Der Steg</h1>${story('The pier reopened.')}</article></main><aside><h3>Meistgelesen</h3><ol><li><a href="/1">Nicht jetzt: Minister schließt Neuwahl aus</a></li><li><a href="/2">Fähre fährt wieder</a></li><li><a href="/3">Steg nach Sturm wieder offen</a></li><li><a href="/4">Rat beschließt Haushalt</a></li></ol></aside>`],
  ['id', 'a most-read headline opening "Tidak sekarang" (id)', `<main><article><h1>Pelabuhan</h1>${story('The pier reopened.')}</article></main><aside><h3>Terpopuler</h3><ol><li><a href="/1">Tidak sekarang, kata menteri soal pemilu</a></li><li><a href="/2">Feri kembali beroperasi</a></li><li><a href="/3">Dermaga dibuka lagi</a></li><li><a href="/4">DPRD setujui anggaran</a></li></ol></aside>`],
  ['ms', 'headlines: a philanthropist gives, a new notice, "not now" for elections; comments; a footer menu (ms)', `<main><article><h1>Pelabuhan</h1>${story('The pier reopened.')}</article></main><aside><h3>Paling popular</h3><ol><li><a href="/1">Dermawan sumbang RM1 juta kepada mangsa banjir</a></li><li><a href="/2">Kerajaan keluarkan pemberitahuan baharu tentang cuti</a></li><li><a href="/3">Bukan sekarang masa untuk pilihan raya, kata menteri</a></li><li><a href="/4">Feri kembali beroperasi</a></li></ol></aside><div class="comments"><h3>Komen</h3><p>Log masuk untuk mengulas.</p><a href="/login">Log masuk</a></div><footer><ul><li><a href="/about">Tentang kami</a></li><li><a href="/contact">Hubungi kami</a></li><li><a href="/newsletter">Surat berita</a></li><li><a href="/app">Aplikasi kami</a></li><li><a href="/privacy">Dasar privasi</a></li></ul></footer>`],
  // Headlines in the words of the tr, id, vi and ko channel and prompt phrases: a striker joining a club, a scam group, WhatsApp's channels, an alert system, Google News, Naver subscribers.
  ['id', 'headlines: a striker joins a club, a Telegram scam group (id)', `<main><article><h1>Pelabuhan</h1>${story('The pier reopened.')}</article></main><aside><h3>Terpopuler</h3><ol><li><a href="/1">Gabung Persib, striker asal Brasil siap tampil</a></li><li><a href="/2">Grup Telegram penipu dibongkar polisi</a></li><li><a href="/3">Harga BBM naik lagi</a></li></ol></aside>`],
  ['tr', 'headlines: WhatsApp opens channels, an alert system fails (tr)', `<main><article><h1>Liman</h1>${story('The pier reopened.')}</article></main><aside><h3>Çok okunanlar</h3><ol><li><a href="/1">WhatsApp kanallar özelliğini herkese açtı</a></li><li><a href="/2">Anlık bildirim sistemi deprem sırasında çöktü</a></li><li><a href="/3">Feribot seferleri iptal</a></li></ol></aside>`],
  ['vi', 'headlines: newspapers on Google News (vi)', `<main><article><h1>Bến cảng</h1>${story('The pier reopened.')}</article></main><aside><h3>Đọc nhiều</h3><ol><li><a href="/1">Báo chí trên Google News tăng lượt đọc</a></li><li><a href="/2">Phà hoạt động trở lại</a></li><li><a href="/3">Bến cảng mới khánh thành</a></li></ol></aside>`],
  ['ko', 'headlines: publishers compete for Naver subscribers (ko)', `<main><article><h1>부두</h1>${story('The pier reopened.')}</article></main><aside><h3>많이 본 뉴스</h3><ol><li><a href="/1">언론사들, 네이버에서 구독자 늘리기 경쟁</a></li><li><a href="/2">여객선 운항 재개</a></li><li><a href="/3">새 부두 개장</a></li></ol></aside>`],
  ['ar', 'headlines: a player joins a club, a channel on WhatsApp (ar)', `<main><article><h1>الميناء</h1>${story('The pier reopened.')}</article></main><aside><h3>الأكثر قراءة</h3><ol><li><a href="/1">انضم لاعب جديد إلى النادي الأهلي</a></li><li><a href="/2">قناتنا الإخبارية تطلق خدمة على واتساب</a></li><li><a href="/3">افتتاح الميناء الجديد</a></li></ol></aside>`],
  ['he', 'headlines: a transit pass costs more, a free first month gone wrong (he)', `<main><article><h1>הנמל</h1>${story('The pier reopened.')}</article></main><aside><h3>הנקראים ביותר</h3><ol><li><a href="/news/2026/12/05/transit-pass">מחיר רכישת מינוי לתחבורה ציבורית עולה</a></li><li><a href="/news/2026/12/05/free-month">חודש ראשון חינם: הטעות של חברת הסלולר</a></li><li><a href="/news/2026/12/05/ferry">המעבורת חוזרת</a></li></ol></aside>`],
  ['zh', 'headlines: an app taken down, a city guide to download (zh)', `<main><article><h1>码头</h1>${story('The pier reopened.')}</article></main><aside><h3>热门</h3><ol><li><a href="/1">我们的App被下架了吗？官方回应</a></li><li><a href="/2">下载我们的城市指南</a></li><li><a href="/3">渡轮恢复运行</a></li></ol></aside>`],
  ['en', 'a puzzles menu and headlines about a crossword and "our new" finder', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside><h3>Puzzles</h3><ul><li><a href="/games/crossword">Daily crossword</a></li><li><a href="/games/quick">Quick crossword</a></li><li><a href="/games/sudoku">Sudoku</a></li></ul><h3>Most read</h3><ol><li><a href="/1">Crossword champion, 92, retires after 40 years</a></li><li><a href="/2">Try our new ferry timetable finder</a></li><li><a href="/3">Pier reopens</a></li></ol></aside>`],
  ['en', 'frames with no words: a video, a newsletter\'s post, a network\'s page plugin (at the end and beside the article)', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<div class="video"><iframe src="https://www.youtube.com/embed/abc" width="560" height="315"></iframe></div><figure><iframe src="https://harbourgazette.substack.com/embed/p/the-pier-reopens"></iframe></figure></article></main><aside><div class="fb"><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fgazette" width="340" height="500"></iframe></div><div class="video"><iframe src="https://www.youtube.com/embed/def"></iframe></div></aside>`],
  // Prices with no subscription beside them (a listing, a product, a story's figures, tickets, markets), and a headline list's prices above a lone "Subscribe" link.
  ['en', "prices of listings, products, tickets and markets; a story's figures; headlines with prices", `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside><div class="listing"><h4><a href="/listings/1">2-bed flat by the harbour</a></h4><p>$1,400 per month · Available now</p></div><div class="pick"><p>Our pick: the Kindle Paperwhite, $149</p><a href="https://amazon.com/dp/x">Buy at Amazon</a></div><div class="facts"><h4>By the numbers</h4><p>Cost of the pier: $4.2 million</p><p>Volunteers: 300</p></div><div class="event"><p>Tickets for the pier festival cost $25.</p><a href="/events/pier-festival">Book now</a></div><div class="markets"><p>Bitcoin $91,204 ▲ 2.1%</p><p>Gold $2,650 ▼ 0.3%</p><a href="/markets">Markets</a></div><div class="popular"><h3>Most read</h3><ul><li><a href="/news/a">Petrol hits $2 a litre</a></li><li><a href="/news/b">Ferry fares rise to £12</a></li><li><a href="/news/c">Pier reopens</a></li><li><a href="/news/d">Storm warning</a></li></ul><a href="/subscribe">Subscribe</a></div></aside>`],
  // Short headings that name an offer over what offers nothing: past issues, episodes, a menu column, a fact box, a story's link.
  ['en', 'a "Newsletter" heading over past issues', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside><div class="issues"><h3>Newsletter</h3><ul><li><a href="/newsletters/2026-12-01">Pier reopens after storm</a></li><li><a href="/newsletters/2026-11-30">Ferry timetable changes</a></li><li><a href="/newsletters/2026-11-29">Council approves budget</a></li></ul></div><ul><li><a href="/pier">The pier reopens</a></li></ul></aside>`],
  ['en', 'a "Podcasts" heading over episodes', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside><div class="episodes"><h3>Podcasts</h3><ul><li><a href="/podcasts/harbour-hour/12">The pier, rebuilt</a></li><li><a href="/podcasts/harbour-hour/11">Storm season</a></li><li><a href="/podcasts/harbour-hour/10">The ferry men</a></li></ul></div><ul><li><a href="/pier">The pier reopens</a></li></ul></aside>`],
  ['en', 'a "Newsletters" menu column', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><footer><div class="menu"><h4>Newsletters</h4><ul><li><a href="/newsletters/morning">Morning</a></li><li><a href="/newsletters/weekend">Weekend</a></li></ul></div></footer>`],
  ['en', 'a "Donations" fact box and a "Donate" brief linking to its story', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<div class="facts"><h4>Donations</h4><p>Residents gave $20,000 to rebuild the pier, the council said.</p></div></article></main><aside><div class="brief"><h4>Donate</h4><p>The lifeboat crew collects for new kit on Saturday at the harbour.</p><a href="/news/lifeboat-appeal">Read the story</a></div><ul><li><a href="/pier">The pier reopens</a></li></ul></aside>`],
  // Sign-up links to a newsletter's page with no sentence beside them: a footer's line of links, a menu's entry.
  ['en', 'a footer\'s and a menu\'s lone "Sign up" links to the newsletters', `<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/newsletters">Sign up</a></nav></header><main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><footer><p>Newsletters · <a href="/newsletters">Sign up</a></p><p><a href="/about">About us</a> · <a href="/contact">Contact</a></p></footer>`],
  ['en', 'a footer\'s lines beside its one "Sign up" link to the newsletters', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><footer><p>The Harbour Gazette is published by Harbour Media Ltd. All rights reserved.</p><a href="/newsletters">Sign up</a></footer>`],
  ['en', 'a story card about the newsletter, with a sign-up link beside its headline', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside><div class="card"><h3><a href="/news/newsletter-award">Our newsletter wins a regional award</a></h3><p>The judges praised the Morning Brief.</p><a href="/newsletters/morning-brief">Sign up</a></div><ul><li><a href="/pier">The pier reopens</a></li></ul></aside>`],
  ['ja', 'headlines: a channel passes a million subscribers, a minister apologises on the official accounts; a teaser\'s "read more" (ja)', `<main><article><h1>港</h1>${story('The pier reopened.')}</article></main><aside><h3>アクセスランキング</h3><ol><li><a href="/articles/1">人気YouTuber、チャンネル登録者数100万人を突破</a></li><li><a href="/articles/2">大臣が公式SNSで謝罪</a></li><li><a href="/articles/3">フェリーが運航再開</a></li></ol><div class="teaser"><p>港の修復工事が終わり、桟橋が再び開かれた。地元の人々が集まった。</p><a href="/articles/4">続きを読む</a></div></aside>`],
  ['ja', 'headlines: a membership fee rises, webinar fatigue, a registration opens; a card\'s summary mentions a webinar (ja)', `<main><article><h1>港</h1>${story('The pier reopened.')}</article></main><aside><h3>関連記事</h3><ul><li><a href="/news/articles/2612/05/news101.html">プライムのメンバーシップ料金を値上げ</a></li><li><a href="/news/articles/2612/05/news102.html">「ウェビナー疲れ」に悩む企業</a></li><li><a href="/news/articles/2612/05/news103.html">新型端末の参加登録受付が開始</a></li></ul><div class="card"><h4><a href="/news/articles/2612/05/news104.html">港湾局が計画を説明</a></h4><p>港湾局は無料ウェビナーで新しい桟橋の計画を説明した。</p></div></aside>`],
  ['de', 'headlines and a card: a phone to test, researchers testing for four weeks, ad-free TV (de)', `<main><article><h1>Der Steg</h1>${story('The pier reopened.')}</article></main><aside><h3>Meistgelesen</h3><ol><li><a href="/1">Jetzt testen: Das neue Smartphone im Alltag</a></li><li><a href="/2">Streamingdienst: Werbefrei lesen und sehen wird teurer</a></li><li><a href="/3">Fähre fährt wieder</a></li><li><a href="/4">Rat beschließt Haushalt</a></li></ol><div class="card"><h4><a href="/news/impfstoff">Neuer Impfstoff</a></h4><p>Vier Wochen testen Forscher den Impfstoff an Freiwilligen.</p></div></aside>`],
  ['en', 'a comment form\'s e-mail consent line; headlines and a contact line that spell e-mail and in-box', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article><section><h3>Leave a comment</h3><p>By submitting your e-mail and comment you agree to our community rules. Your e-mail address will not be published.</p><form><textarea name="comment"></textarea><input type="email" name="email"><button>Post comment</button></form></section><aside><h3>Most read</h3><ol><li><a href="/a">Why the harbour master stopped answering e-mail after six</a></li><li><a href="/b">Your in-box is full of scams: how to spot them</a></li><li><a href="/c">Ferry timetable changes</a></li></ol><p>Have a tip? E-mail the newsroom at <a href="mailto:tips@gazette.example">tips@gazette.example</a>.</p></aside></main>`],
  ['en', 'a story card headlined by the words of a newsletter\'s call; a menu\'s and a footer\'s newsletter call', `<header><nav><a href="/">Home</a><a href="/news">News</a><a href="/newsletters">Subscribe to our newsletter</a></nav></header><main><article><h1>The pier</h1>${story('The pier reopened.')}</article><aside><div class="card"><h3><a href="/2026/05/12/subscribe-to-our-newsletter">Subscribe to our newsletter</a></h3><p>The editor explains why the Gazette started a weekly letter to its readers.</p></div><ul><li><a href="/ferry">Ferry timetable changes</a></li><li><a href="/market">Night market returns</a></li></ul></aside></main><footer><p>The Gazette, 12 Quay Street, Harbour Town</p><a href="/newsletters">Sign up for our newsletter</a></footer>`],
  ['ja', 'a book\'s long description on its page, its free sample linked at the end: the page\'s text, not an offer', `<main><div class="book"><h1>港の再開発</h1><div id="detail" class="content"><p itemprop="description">港の再開発は、漁業と観光の両立を目指して十年前に始まった。当初は住民の反対も多かったが、説明会を重ねるうちに理解が広がり、いまでは新しい市場や遊歩道、小さな美術館までが整備されている。本書は、計画に関わった漁師や市の職員、商店主、建築家への長い取材をもとに、行政と住民が協力して課題を一つずつ乗り越えていった過程を、写真や図表を多用してわかりやすく解説する。後半では、予約や案内のためのアプリケーションを含むデジタル施策の試行錯誤や、ほかの港町への応用の可能性についても、具体的な数字を挙げながら丁寧に考察している。<br><br><a href="/pdf/sample.pdf">無料 お試し版</a><br></p></div><h2>正誤表</h2><section class="errata"><h4>p.1、図1の説明</h4><p>【誤】桟橋の長さは10メートルと記載していましたが、正しくは15メートルです。読者の方からのご指摘により修正しました。</p><h4>p.2、図2の説明</h4><p>【誤】桟橋の長さは20メートルと記載していましたが、正しくは25メートルです。読者の方からのご指摘により修正しました。</p><h4>p.3、図3の説明</h4><p>【誤】桟橋の長さは30メートルと記載していましたが、正しくは35メートルです。読者の方からのご指摘により修正しました。</p><h4>p.4、図4の説明</h4><p>【誤】桟橋の長さは40メートルと記載していましたが、正しくは45メートルです。読者の方からのご指摘により修正しました。</p><h4>p.5、図5の説明</h4><p>【誤】桟橋の長さは50メートルと記載していましたが、正しくは55メートルです。読者の方からのご指摘により修正しました。</p><h4>p.6、図6の説明</h4><p>【誤】桟橋の長さは60メートルと記載していましたが、正しくは65メートルです。読者の方からのご指摘により修正しました。</p><h4>p.7、図7の説明</h4><p>【誤】桟橋の長さは70メートルと記載していましたが、正しくは75メートルです。読者の方からのご指摘により修正しました。</p><h4>p.8、図8の説明</h4><p>【誤】桟橋の長さは80メートルと記載していましたが、正しくは85メートルです。読者の方からのご指摘により修正しました。</p></section></div></main>`],
  ['ja', 'headlines marked as members-only stories: a paywall\'s words on each story, not an appeal', `<main><article><h1>港</h1>${story('The pier reopened.')}</article></main><aside><h3>注目記事</h3><ul><li><a href="/articles/1">【限定記事】港湾再開発の全貌</a></li><li><a href="/articles/2">【プレミアム会員】フェリー会社の決算を読む</a></li><li><a href="/articles/3">ここでしか読めない船長の証言</a></li></ul></aside>`],
  ['ja', 'headlines of a ranking: a streaming service ends its first month free, a paper takes subscription orders by phone', `<main><article><h1>港</h1>${story('The pier reopened.')}</article></main><aside><h3>アクセスランキング</h3><ol><li><a href="/articles/1">動画配信サービス、初月無料キャンペーンを終了へ</a></li><li><a href="/articles/2">新聞の購読申し込み、電話でも受け付け</a></li><li><a href="/articles/3">フェリーが運航再開</a></li></ol></aside>`],
  ['zh', 'an audio story in a list of related headlines, its link ending "收听 05:02" (listen)', `<main><article><h1>码头</h1>${story('The pier reopened.')}</article></main><aside><h3>相关新闻</h3><ul>${['港务局周二晚间经过长时间讨论批准新码头预算', '渡轮公司宣布冬季时刻表调整，部分航班取消', '音频：市长回答读者关于码头的提问<span class="cta"><span>收听</span><span class="duration">05:02</span></span>', '在海角工作四十年的灯塔看守人本周正式退休'].map((h, i) => `<li class="teaser"><a href="/zhongwen/news/2026/07/26070${i + 1}_harbour.shtml">${h}</a><p class="date">2026年7月${i + 2}日</p>,
      <p class="topics"><a href="/zhongwen/topics/harbour">港口</a></p></li>`).join('')}</ul></aside>`],
  ['zh', 'the same audio story among short headlines, six in the list', `<main><article><h1>码头</h1>${story('The pier reopened.')}</article></main><aside><div class="list"><h3>相关内容</h3><ul>${['港务局批准新码头预算', '渡轮公司调整冬季时刻表', '灯塔看守人本周退休', '音频：市长谈码头<span class="cta"><span>收听</span><span class="duration">05:02</span></span>', '渔市周末恢复营业', '港口观察：新码头的代价'].map((h, i) => `<li class="teaser"><a href="/zhongwen/news/2026/07/26070${i + 1}_harbour.shtml">${h}</a><p class="date">2026年7月${i + 2}日</p>,
      <p class="topics"><a href="/zhongwen/topics/harbour">港口</a></p></li>`).join('')}</ul></div></aside>`],
  ['en', 'a writer\'s note under the story and a blog\'s blurb beside it ("… is senior harbour writer … You can follow him on Twitter")', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<footer><ul><li><img src="/img/dan-marsh.jpg" alt="Dan Marsh"><div><p>Dan Marsh is senior harbour writer for the Gazette and founder of the blog <a href="/blogs/tides">Tides</a>. You can follow him on <a href="https://twitter.com/danmarsh">Twitter</a> and send him feedback at dan@gazette.example.</p></div></li></ul></footer></article><aside><div class="blurb"><p>Tides covers the comings and goings of the harbour, with news and notes on ferries and fishing. You can follow him on <a href="https://twitter.com/danmarsh">Twitter</a> or reach him at <a href="mailto:dan@gazette.example">dan@gazette.example</a>.</p></div></aside></main>`],
  ['en', 'a story\'s card whose headline opens and closes with networks\' names, its picture\'s alt text naming an app store', `<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main><aside><h3>More stories</h3><div class="card"><div><a href="/article/threads-meta-twitter-delete-account-instagram">Twitter rival Threads won't let you delete your account unless you also delete Instagram</a><div>Read the fine print before you sign up.</div><time datetime="2026-07-06">1 hour ago</time> By <a href="/author/mara-lind">Mara Lind</a></div><a aria-hidden="true" href="/article/threads-meta-twitter-delete-account-instagram"><img src="t.jpg" alt="Threads, an Instagram app, on the App Store, in front of the logos of Instagram and Threads."></a></div></aside>`],
  ['en', 'a podcast episode\'s tools: play, a choice of apps, a transcript, and a share menu run by the page\'s script', `<main><article><h1>The pier</h1><div id="x" class="episode-tools"><button aria-label="Play">Play</button><button aria-label="Listen to this episode on Apple Podcasts"><img alt="icon" src="apple.svg"></button><span role="combobox">Apple Podcasts</span><button>Transcript</button><div class="hidden"><a href="javascript:void(0)">Share on Facebook</a><a href="javascript:void(0)">Share on Twitter</a><a href="javascript:void(0)">Share on Email</a></div></div>${story('The pier reopened.')}</article></main>`],
  ['en', 'a quote in the story ("Not right now," the captain said)', `<main><article><h1>The pier</h1>${story('The pier reopened.')}<blockquote><p>"Not right now," the captain told the crew. "We wait for the tide."</p></blockquote>${story('The ferry left at noon.')}</article></main>`],
  // The code scans to share the story with a friend on WeChat; nothing in it asks anything for the site.
  ['zh', 'a share bar\'s WeChat code ("用微信扫描二维码")', `<main><div class="side"><div id="x" class="bar"><a class="follow">+ 关注</a><span>分享</span><div class="share-item"><i class="icon"></i><span>微信</span><div class="pop"><div class="qr"><canvas width="80" height="80"></canvas></div><p>用微信扫描二维码</p></div></div><div class="share-item"><span>QQ</span></div></div></div><article><h1>码头</h1>${story('码头重新开放。')}</article></main>`],
];

describe('the everyday furniture of a news page is left alone', () => {
  for (const [lang, name, body] of FURNITURE) {
    it(name, () => {
      const findings = detect(page(body, lang));
      expect(findings.map((f) => `${f.category}: ${(f.element.textContent ?? '').slice(0, 60)}`)).toEqual([]);
    });
  }
});

/** Related-story lists whose headlines, and the slugs of their links, speak of donations or newsletters. */
const STORY_LISTS: readonly { lang: string; html: string }[] = [
  { lang: 'en', html: '<h3>More from the Gazette</h3><ul><li><a href="/2026/05/12/donations-pour-in-for-old-pier">Donations pour in for the old pier</a></li><li><a href="/news/our-newsletter-wins-a-regional-award">Our newsletter wins a regional award</a></li><li><a href="/ferry">Ferry timetable changes</a></li></ul>' },
  { lang: 'en', html: '<h3>Most read</h3><ol><li><a href="/local/donations-pour-in-for-the-old-pier">Donations pour in for the old pier</a></li><li><a href="/local/readers-pick-the-best-newsletter-of-the-year">Readers pick the best newsletter of the year</a></li><li><a href="/local/ferry-timetable-changes-in-may">Ferry timetable changes in May</a></li></ol>' },
  { lang: 'en', html: '<h3>Most popular</h3><ol><li><a href="/news/pier-donations">Pier donations top $20,000</a></li><li><a href="/news/ferry">New ferry arrives</a></li><li><a href="/news/newsletter">Our newsletter turns ten</a></li></ol>' },
  { lang: 'ru', html: '<h3>Читайте также</h3><ul><li><a href="/news/pozhertvovaniya-na-prichal">Жители собрали пожертвования на причал</a></li><li><a href="/news/novyj-parom">Новый паром выйдет в мае</a></li><li><a href="/news/podpiska-na-gazetu">Подписка на городскую газету подорожала</a></li></ul>' },
  { lang: 'ja', html: '<h3>アクセスランキング</h3><ol><li><a href="/articles/123456">港の修復に寄付が集まる</a></li><li><a href="/articles/123455">新しいアプリで船の時刻を確認</a></li><li><a href="/articles/123454">メルマガ読者が選ぶ今年の一冊</a></li></ol>' },
  { lang: 'it', html: '<h3>Leggi anche</h3><ul><li><a href="/2026/05/12/donazioni-per-il-molo">Donazioni record per il molo</a></li><li><a href="/2026/05/11/newsletter-del-porto">La newsletter del porto compie dieci anni</a></li><li><a href="/2026/05/10/traghetti">Nuovi orari dei traghetti</a></li></ul>' },
  // A guide to the feature that the publications' own lines ask readers to use.
  { lang: 'en', html: '<h3>Related</h3><ul><li><a href="/tech/how-to-set-your-preferred-source-on-google">How to set your preferred source on Google</a></li><li><a href="/tech/ferry">Ferry timetable changes</a></li><li><a href="/tech/pier">Pier reopens</a></li></ul>' },
  { lang: 'de', html: '<h3>Mehr zum Thema</h3><ul><li><a href="/region/spenden-fuer-den-steg-buerger-sammeln-20000-euro-a-123456.html">Spenden für den Steg: Bürger sammeln 20.000 Euro</a></li><li><a href="/faehre">Neue Fähre ab Mai</a></li></ul>' },
];

/** A comment section's sign-in line, in the words a newsletter uses to sign up. */
const COMMENT_SIGN_INS: readonly { lang: string; html: string }[] = [
  { lang: 'de', html: '<h3>Kommentare</h3><p>Melden Sie sich an, um zu kommentieren. Noch kein Konto? Jetzt registrieren.</p><a href="/login">Anmelden</a> <a href="/registrieren">Registrieren</a>' },
  { lang: 'es', html: '<h3>Comentarios</h3><p>Para comentar, inicia sesión o regístrate.</p><a href="/login">Iniciar sesión</a> <a href="/registro">Regístrate</a>' },
  { lang: 'pt', html: '<h3>Comentários</h3><p>Faça login para comentar. Ainda não tem conta? Cadastre-se grátis.</p><a href="/login">Entrar</a> <a href="/cadastro">Cadastre-se</a>' },
  { lang: 'nl', html: '<h3>Reacties</h3><p>Meld je aan om te reageren. Nog geen account? Schrijf je gratis in.</p><a href="/aanmelden">Aanmelden</a> <a href="/inschrijven">Inschrijven</a>' },
  { lang: 'tr', html: '<h3>Yorumlar</h3><p>Yorum yapmak için kaydol ya da giriş yap.</p><a href="/kaydol">Kaydol</a> <a href="/giris">Giriş yap</a>' },
  { lang: 'ko', html: '<h3>댓글</h3><p>댓글을 작성하려면 가입하기 또는 로그인이 필요합니다.</p><a href="/join">가입하기</a> <a href="/login">로그인</a>' },
];

it('still finds a list of ways to support the site, its items calls rather than headlines', () => {
  const doc = page(`<main><article>${article()}</article></main><aside><div id="box"><h3>Support the Gazette</h3>
    <p>Choose how you would like to support our journalism.</p><ul><li><a href="/contribute">Make a single contribution</a></li>
    <li><a href="/membership">Become a member</a></li><li><a href="/subscribe">Subscribe to the print edition</a></li></ul></div></aside>`);
  const box = doc.getElementById('box')!;
  expect(detect(doc).filter((f) => f.element.contains(box)).map((f) => f.category)).toEqual(['donation']);
});

describe('the site\'s search box', () => {
  const icons = `<ul><li><a href="https://www.facebook.com/harbourgazette"><img src="fb.gif" alt="Join the Gazette on Facebook"></a></li>
    <li><a href="https://letters.example/gazette/"><img src="mail.gif" alt="Subscribe to Gazette newsletters"></a></li>
    <li><a href="https://twitter.com/harbourgazette"><img src="tw.gif" alt="Twitter" title="Follow the Gazette on Twitter"></a></li>
    <li><a href="/sitemap#rss"><img src="rss.gif" alt="RSS feeds"></a></li></ul>`;
  const forms = [
    '<form action="/search" method="get"><label for="q">Search</label> <input id="q" name="query" type="text"> <input type="submit" value="Search"></form>',
    '<form role="search" action="/"><input name="s" type="text" placeholder="Search the Gazette"><button>Go</button></form>',
    '<form action="/find"><input type="search" name="term"></form>',
  ];

  it.each(forms)('is never collapsed with the network icons beside it: %s', (form) => {
    const doc = page(`<div id="top"><a href="/"><img src="logo.png" alt="The Gazette"></a><div class="tools"><div class="search">${form}</div><div class="networks">${icons}</div></div></div><main><article>${article()}</article></main>`);
    expect(detect(doc).filter((f) => f.element.querySelector('form') !== null).map((f) => f.reasons)).toEqual([]);
  });

  it('is no mailing platform\'s embedded form, whose hidden fields are named like a search\'s', () => {
    const hidden = ['u', 'f', 's', 'c', 'm'].map((name) => `<input type="hidden" name="${name}" value="1">`).join('');
    const doc = page(`<main><article>${article()}</article></main><aside><div id="box"><h2>Get the Morning Tide and start every day informed.</h2><form method="POST" action="https://gazette.mailing.example/proc.php">${hidden}<label for="email">Email*</label><input type="text" id="email" name="email" placeholder="Your email address"><button type="submit">Submit</button></form></div></aside>`);
    expect(detect(doc).map((f) => f.category)).toEqual(['newsletter']);
  });

  it('still lets a newsletter box beside it be found alone', () => {
    const doc = page(`<main><article>${article()}</article></main><aside><div class="widgets"><div class="search">${forms[0]}</div>
      <div id="box"><h3>Newsletters</h3><p>Get the day's news sent straight to your inbox.</p><form action="/newsletter"><input type="email" name="email"><button>Sign up</button></form></div></div></aside>`);
    expect(detect(doc).map((f) => f.element.id)).toEqual(['box']);
  });
});

describe('a list of links half of which are calls', () => {
  const list = `<ul><li><a href="/rss">Subscribe to <br>RSS feeds</a></li><li><a href="/email/register">Sign up for <br>newsletters</a></li>
    <li><a href="/tablet">Get the Gazette <br>tablet edition</a></li><li><a href="/mobile">Read the Gazette <br>on your phone</a></li>
    <li><a href="https://www.facebook.com/harbourgazette">Become a <br>fan of the Gazette</a></li></ul>`;

  it('is a row of offers under words that pitch', () => {
    const doc = page(`<main><article>${article()}</article></main><div id="box"><h3>Stay connected with the Gazette</h3>${list}</div>`);
    const box = doc.getElementById('box')!;
    expect(detect(doc).filter((f) => f.element.contains(box)).map((f) => f.category)).toEqual(['promo']);
  });

  it('is the site\'s list under words that do not', () => {
    const doc = page(`<main><article>${article()}</article></main><div id="box"><h3>Around the site</h3>${list}</div>`);
    expect(detect(doc).filter((f) => f.element.contains(doc.getElementById('box')!))).toEqual([]);
  });
});

describe('a comment section\'s sign-in line is not clutter', () => {
  for (const { lang, html } of COMMENT_SIGN_INS) {
    it(`leaves the ${lang} one alone, beside the article, at its end and in a fixed bar`, () => {
      for (const body of [
        `<main><article>${article()}</article></main><aside><div id="box">${html}</div></aside>`,
        `<main><article>${article()}<div id="box">${html}</div></article></main>`,
        `<main><article>${article()}</article></main><div id="box" style="position:fixed;bottom:0">${html}</div>`,
      ]) {
        const found = detect(page(body, lang)).filter((f) => f.element.closest('#box') || f.element.querySelector('#box'));
        expect(found.map((f) => f.reasons)).toEqual([]);
      }
    });
  }

  it('still finds a membership pitch that counts commenting among its benefits', () => {
    const doc = page(`<main><article>${article()}</article></main><aside><div id="box"><h3>Become a member</h3>
      <p>Members read without ads, comment on every story and keep our journalism free for all. Support us from $5 a month.</p>
      <a href="/membership">Join now</a></div></aside>`);
    const box = doc.getElementById('box')!;
    expect(detect(doc).filter((f) => f.element.contains(box)).map((f) => f.category)).toEqual(['donation']);
  });
});

describe('"find … on" wording that is not a follow prompt', () => {
  it('leaves a French related-stories list and a programme note alone', () => {
    expectLeftAlone('<h3>Retrouvez tous nos articles sur le climat</h3><ul><li><a href="/banquise">La banquise fond</a></li><li><a href="/secheresse">Sécheresse record</a></li><li><a href="/glaciers">Les glaciers reculent</a></li></ul>', 'fr');
    expectLeftAlone('<p>Retrouvez l\'intégralité de l\'émission sur notre site.</p><a href="/emissions/le-port">Écouter</a>', 'fr');
  });
});

/** Comment forms: an e-mail field beside a message field, with the words that explain it. */
const MESSAGE_FORMS: readonly { lang: string; html: string }[] = [
  { lang: 'en', html: '<h3>Leave a Reply</h3><form action="/comments" method="post"><p>Your email address will not be published. Required fields are marked *</p><p><label>Comment<textarea name="comment"></textarea></label></p><p><label>Name *<input name="author"></label></p><p><label>Email *<input type="email" name="email"></label></p><p><label><input type="checkbox" name="notify"> Notify me of new posts by email.</label></p><p><input type="submit" value="Post Comment"></p></form>' },
  { lang: 'de', html: '<h3>Kommentar schreiben</h3><form action="/kommentare" method="post"><p>Ihre E-Mail-Adresse wird nicht veröffentlicht.</p><textarea name="comment"></textarea><p><label>Name<input name="author"></label></p><p><label>E-Mail<input type="email" name="email"></label></p><p><label><input type="checkbox"> Benachrichtige mich über neue Beiträge per E-Mail.</label></p><button>Kommentar abschicken</button></form>' },
  { lang: 'fr', html: '<h3>Laisser un commentaire</h3><form action="/commentaires" method="post"><p>Votre adresse e-mail ne sera pas publiée.</p><textarea name="comment"></textarea><p><label>E-mail<input type="email" name="email"></label></p><p><label><input type="checkbox"> Prévenez-moi de tous les nouveaux articles par e-mail.</label></p><button>Laisser un commentaire</button></form>' },
];

describe('a comment form is not a newsletter sign-up, though it asks for an e-mail', () => {
  for (const { lang, html } of MESSAGE_FORMS) {
    it(`leaves the ${lang} one alone, beside the article and at its end`, () => expectLeftAlone(html, lang));
  }
  it('still finds a donation form with a message to the newsroom', () => {
    const doc = page(`<main><article>${article()}</article></main><aside><div id="box"><h3>Support the Gazette</h3>
      <form action="/donate" method="post"><p>Your gift keeps our journalism free for everyone.</p><label><input type="radio" name="amount" value="10"> $10</label>
      <label><input type="radio" name="amount" value="25"> $25</label><label>Email<input type="email" name="email"></label>
      <label>Leave us a message<textarea name="note"></textarea></label><button>Donate</button></form></div></aside>`);
    const box = doc.getElementById('box')!;
    expect(detect(doc).filter((f) => f.element.contains(box) || box.contains(f.element)).map((f) => f.category)).toEqual(['donation']);
  });
  it('still finds a newsletter box above the comment form', () => {
    const doc = page(`<main><article>${article()}<div id="box"><h3>The morning briefing</h3><p>Get our newsletter in your inbox every weekday.</p>
      <form><input type="email" aria-label="E-mail"><button>Sign up</button></form></div>${MESSAGE_FORMS[0]!.html}</article></main>`);
    const box = doc.getElementById('box')!;
    expect(detect(doc).map((f) => [f.element === box || box.contains(f.element), f.category])).toEqual([[true, 'newsletter']]);
  });
});

describe('a line of article facts followed by a row of links is not worded by the links', () => {
  it.each([
    ['en', '<p>A version of this article appears in print on May 12, 2019, Section A, Page 1 of the City edition with the headline: The pier reopens. <a href="/reprints">Order Reprints</a> | <a href="/todayspaper">Today’s Paper</a> | <a href="/subscribe">Subscribe</a></p>'],
    ['de', '<p>Dieser Artikel erschien am 12. Mai 2019 auf Seite 3 der gedruckten Zeitung. <a href="/epaper">E-Paper</a> · <a href="/archiv">Archiv</a> · <a href="/abo">Abonnieren</a></p>'],
  ])('leaves the %s one alone', (lang, html) => expectLeftAlone(html, lang));
  it('still finds a line that pitches in its own words before its row of offers', () => {
    const doc = page(`<main><article>${article()}</article></main><aside><p id="box">Our reporting is funded by readers like you. <a href="/donate">Donate</a> | <a href="/membership">Become a member</a></p></aside>`);
    expect(detect(doc).map((f) => [f.element.contains(doc.getElementById('box')), f.category])).toEqual([[true, 'donation']]);
  });
});

it('leaves a review\'s box for the app it reviews alone, its store button included', () => {
  expectLeftAlone('<h4>Harbour Ferries app</h4><p>Rating: 4/5. Free on iOS and Android.</p><a href="https://apps.apple.com/app/id99">Download on the App Store</a>');
});

describe('related stories about donations and newsletters are not clutter', () => {
  for (const [i, { lang, html }] of STORY_LISTS.entries()) {
    it(`leaves list ${i} (${lang}) alone, beside the article and at its end`, () => {
      for (const body of besideAndAtEnd(html)) {
        const found = detect(page(body, lang)).filter((f) => f.element.closest('#box') || f.element.querySelector('#box'));
        expect(found.map((f) => f.reasons)).toEqual([]);
      }
    });
  }
});

it('leaves a sidebar of two short headline lists alone, one about donations and a newsletter', () => {
  const lists =
    '<h3>Most read</h3><ol><li><a href="/news/pier-donations">Pier donations top $20,000</a></li><li><a href="/news/ferry">New ferry arrives</a></li><li><a href="/news/newsletter">Our newsletter turns ten</a></li></ol>' +
    '<h3>Latest</h3><ul><li><a href="/2026/05/11/pier-reopens">The pier reopens after a long winter</a></li><li><a href="/2026/05/10/ferry">Ferry season starts early this year</a></li></ul>';
  const doc = page(`<main><article>${article()}</article></main><aside id="box">${lists}</aside>`);
  expect(detect(doc).map((f) => f.reasons)).toEqual([]);
});

describe('an article\'s row of topic tags is not clutter, whatever the topics', () => {
  it.each([
    ['en', '<span>Topics:</span> <a href="/tag/donations">Donations</a> <a href="/tag/newsletters">Newsletters</a> <a href="/tag/pier">Pier</a>'],
    ['de', '<span>Themen:</span> <a href="/themen/spenden">Spenden</a> <a href="/themen/newsletter">Newsletter</a> <a href="/themen/hafen">Hafen</a>'],
  ])('leaves a %s tags row alone, beside the article and at its end', (lang, html) => {
    expectLeftAlone(html, lang);
  });
});

describe('a document to download, or a menu\'s link to the app page, is no app promo', () => {
  it.each([
    ['en', '<h4>Read the full report</h4><p>The council\'s 80-page study of the pier repairs, published on Tuesday.</p><a href="/files/pier-report.pdf">Download</a>'],
    ['de', '<p>Die Studie zum Steg als PDF.</p><a href="/dateien/steg.pdf">Herunterladen</a>'],
    ['en', '<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/app">App</a></li><li><a href="/careers">Careers</a></li></ul>'],
  ])('leaves a %s box alone, beside the article and at its end: %s', (lang, html) => {
    expectLeftAlone(html, lang);
  });
});

describe('a column of the site\'s menu is navigation, its heading an offer\'s word', () => {
  it.each([
    ['en', '<h4>Subscribe</h4><a href="/subscribe">Subscriptions</a><a href="/newsletters">Newsletters</a><a href="/app">Apps</a>'],
    ['de', '<h4>Abo</h4><ul><li><a href="/abo">Digital-Abo</a></li><li><a href="/newsletter">Newsletter</a></li><li><a href="/spenden">Spenden</a></li></ul>'],
  ])('leaves a %s column alone, beside the article and at its end', (lang, html) => {
    expectLeftAlone(html, lang);
  });
  it('still finds a follow-us row under as short a heading: its links lead to the networks', () => {
    const row = '<h4>Follow us</h4><a href="https://facebook.com/gazette">Facebook</a><a href="https://twitter.com/gazette">Twitter</a><a href="https://instagram.com/gazette">Instagram</a>';
    for (const body of besideAndAtEnd(row)) expect(detect(page(body)).map((f) => f.category)).toEqual(['promo']);
  });
});

describe('a row of the networks\' bare marks', () => {
  // Icons drawn by the site's CSS or an inline picture: no text, no accessible name.
  const marks = '<ul><li><a href="https://www.facebook.com/gazette"><svg></svg></a></li><li><a href="https://twitter.com/gazette"></a></li><li><a href="https://www.youtube.com/user/gazette"><i class="icon-youtube"></i></a></li></ul>';
  const inFooter = (html: string) => `<main><article>${article()}</article></main><footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li></ul><div id="box">${html}</div><p>© Gazette</p></footer>`;
  it.each([
    ['en', '<p>FOLLOW US</p>'],
    ['de', '<p>Folgen Sie uns</p>'],
    ['ja', '<p>ガゼットをフォローする</p>'],
  ])('under a %s call to follow is a follow-us row, beside the article, at its end and in the footer', (lang, call) => {
    for (const body of [...besideAndAtEnd(call + marks), inFooter(call + marks)]) {
      const found = detect(page(body, lang));
      expect(found.map((f) => f.category)).toEqual(['promo']);
      expect(found[0]!.element.closest('#box') ?? found[0]!.element.querySelector('#box')).not.toBeNull();
    }
  });
  it('with no call to follow is the site\'s links: alone, and beside a footer line\'s links to its pages', () => {
    expectLeftAlone(marks);
    const line = '<p><a href="/imprint">Imprint</a> | <a href="/contact">Write to us</a> | <a href="/rss">RSS</a> | <a href="/morning">The morning news in your inbox</a></p>';
    expect(detect(page(inFooter(line + marks))).map((f) => f.reasons)).toEqual([]);
  });
  it('is icons, not banners, though one icon\'s picture names a pitch in its alt text', () => {
    const icons = `<ul><li><a href="https://www.facebook.com/gazette"><img src="fb.gif" alt="Facebook"></a></li>
      <li><a href="https://letters.example/gazette/"><img src="mail.gif" alt="Subscribe to Gazette newsletters"></a></li>
      <li><a href="https://twitter.com/gazette"><img src="tw.gif" alt="Twitter"></a></li><li><a href="/rss"><img src="rss.gif" alt="RSS feeds"></a></li></ul>`;
    const doc = page(`<div id="top"><a href="/"><img src="logo.png" alt="The Gazette"></a><div class="networks">${icons}</div></div><main><article>${article()}</article></main>`);
    expect(detect(doc).map((f) => f.reasons)).toEqual([]);
  });
  it.each([
    ['<header>', '</header>'],
    // Pages written before HTML5 name their header instead.
    ['<div id="header">', '</div>'],
    ['<div id="masthead">', '</div>'],
  ])('under a call to follow in the site\'s header (%s) is its navigation', (open, close) => {
    const doc = page(`${open}<a href="/">The Gazette</a><div id="box"><p>Follow us</p>${marks}</div><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav>${close}<main><article>${article()}</article></main>`);
    expect(detect(doc).map((f) => f.reasons)).toEqual([]);
  });
});

describe('the site\'s footer', () => {
  const footer = (html: string) => `<main><article>${article()}</article></main><footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul><div id="box">${html}</div><p>© Gazette</p></footer>`;
  it('leaves its copyright row alone, its networks\' and stores\' marks between the copyright and the designer\'s credit', () => {
    const marks = ['https://www.facebook.com/gazette', 'https://twitter.com/gazette', 'https://www.instagram.com/gazette', 'https://apps.apple.com/app/id1', 'https://play.google.com/store/apps/details?id=example.gazette']
      .map((href) => `<a href="${href}"><img src="mark.png" alt="The Gazette"></a>`)
      .join(' ');
    const row = `<div class="col">© 2026 The Harbour Gazette, all rights reserved</div><div class="col">${marks}</div><div class="col"><p>Designed and built by</p><a href="https://studio.example/"><img src="studio.png"></a></div>`;
    expect(detect(page(footer(row))).map((f) => f.reasons)).toEqual([]);
  });
  it('collapses its follow links apart from its address and copyright lines beside them', () => {
    const row = '<address>52 Harbour Road<br>Port Ellen</address><span>(555) 010-0100</span><div id="follow"><a href="https://www.instagram.com/gazette">The Gazette on Instagram</a> <a href="https://flipboard.com/@gazette">The Gazette on Flipboard</a></div><span>Copyright © 2026 The Harbour Gazette. All rights reserved.</span>';
    const doc = page(`<main><article>${article()}</article></main><footer><div class="bottom">${row}</div></footer>`);
    expect(detect(doc).map((f) => f.element.id)).toEqual(['follow']);
  });
  it.each([
    ['en', '<h5>Subscribe</h5><ul><li><a href="https://subscribe.gazette.example/">Subscribe</a></li></ul>'],
    ['de', '<h5>Spenden</h5><a href="/spenden">Jetzt spenden</a>'],
  ])('leaves a %s column headed by an offer\'s word over its one link alone: navigation', (lang, html) => {
    expect(detect(page(footer(html), lang)).map((f) => f.reasons)).toEqual([]);
  });
  it('leaves a Korean row of the company\'s links alone, two of them subscriptions named in two words', () => {
    const row = '<dl><dt>한바다신문</dt><dd><a href="/company">회사소개</a> <a href="https://plus.gazette.example/payment">모바일한바다 구독신청</a> <a href="https://members.gazette.example/">지면 구독신청</a> <a href="/ombudsman">고충처리</a> <a href="/ad">광고안내</a> <span>대표번호 : 02-000-0000</span></dd></dl>';
    expect(detect(page(footer(row), 'ko')).map((f) => f.reasons)).toEqual([]);
  });
  it('still finds a sign-up form there, though its words are few', () => {
    const found = detect(page(footer('<h5>Newsletter</h5><form><input type="email" placeholder="E-mail"><button>Sign up</button></form>')));
    expect(found.map((f) => f.category)).toEqual(['newsletter']);
  });
  it('still finds a follow row there under one word of a call: its links lead to the networks', () => {
    const found = detect(page(footer('<h5>Follow</h5><a href="https://www.facebook.com/gazette">Facebook</a> <a href="https://twitter.com/gazette">Twitter</a> <a href="https://www.instagram.com/gazette">Instagram</a>')));
    expect(found.map((f) => f.category)).toEqual(['promo']);
  });
});

describe('a menu\'s entries are navigation, whatever they say', () => {
  const menu = (entry: string) =>
    `<header><nav><ol><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li id="entry">${entry}</li></ol></nav></header>` +
    `<main><article>${article()}</article></main>`;
  it('leaves a drop-down entry made of links alone', () => {
    const doc = page(menu('<a href="/marketing/apps">Daily Edition</a><ul><li><a href="/subscriptions/offer">Subscribe for a free trial</a></li><li><a href="/donate">Support our journalism with a donation</a></li></ul>'));
    expect(detect(doc).map((f) => f.reasons)).toEqual([]);
  });
  it('still finds a sign-up card in a mega-menu, with words and a field of its own', () => {
    const doc = page(menu('<div><h4>Newsletters</h4><p>The best of the week, delivered to your inbox every Friday.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>'));
    expect(detect(doc).map((f) => f.category)).toEqual(['newsletter']);
  });
});

/** A writer's bio with a "Follow" button on one profile link is not a follow-us box, in any language. */
const BIOS: readonly { lang: string; html: string }[] = [
  { lang: 'es', html: '<img src="a.png" alt=""><p>Marta Ruiz es periodista de la sección de Sociedad. Escribe sobre el puerto y la costa desde 2015.</p><a href="https://twitter.com/martaruiz">Seguir</a>' },
  { lang: 'de', html: '<p>Von Jonas Weber, Redakteur im Ressort Wirtschaft. Er schreibt über Häfen und Schifffahrt.</p><a href="https://x.com/jonasweber">Folgen</a> <a href="https://www.linkedin.com/in/jonasweber">LinkedIn</a>' },
  { lang: 'pt', html: '<p>Ana Costa é repórter de Cidades. Cobre o porto e a orla desde 2018.</p><a href="https://www.instagram.com/anacosta">Seguir</a>' },
  { lang: 'en', html: '<p>Mara Lind covers the coast for the Gazette. She has reported on harbours for a decade.</p><a href="https://twitter.com/maralind">Follow</a>' },
  { lang: 'en', html: '<p>Theo Marsh is a reporter who covers ferries and the people who run them.</p><h4>Connect with Theo</h4><a href="https://twitter.com/theomarsh">Twitter</a> <a href="https://www.linkedin.com/in/theomarsh">LinkedIn</a>' },
];

describe('a writer\'s bio with a follow button is not clutter', () => {
  for (const { lang, html } of BIOS) {
    it(`leaves a ${lang} bio alone, at the end of the article`, () => {
      const doc = page(`<main><article>${article()}<div id="box">${html}</div></article></main>`, lang);
      expect(detect(doc).filter((f) => f.element.closest('#box') || f.element.querySelector('#box')).map((f) => f.reasons)).toEqual([]);
    });
  }
});

it('leaves a review\'s one link to the podcast it reviews alone', () => {
  const doc = page(`<main><article>${article()}<p id="box">The series runs to eight episodes, and the podcast is best heard in order. <a href="https://podcasts.apple.com/podcast/id7">Apple Podcasts</a></p></article></main>`);
  expect(detect(doc).map((f) => f.reasons)).toEqual([]);
});

describe('a log-in or password form bounds only its own box', () => {
  const NEWSLETTER = '<div id="nl"><h3>Newsletter</h3><p>Get our morning briefing in your inbox, free.</p><form><input type="email" name="email"><button>Sign up</button></form></div>';

  it('leaves a newsletter box beside a log-in box in the same sidebar to be collapsed', () => {
    const doc = page(`<main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main>
      <aside><div class="login"><form><input type="email" name="user"><input type="password"><button>Log in</button></form><a href="/reset">Forgot your password?</a></div>${NEWSLETTER}</aside>`);
    expect(detect(doc).map((f) => f.element.id)).toEqual(['nl']);
  });

  it('sets no bound on a page wrapped whole in one form with a log-in in its header (forms do not nest: the sign-up is part of it)', () => {
    const doc = page(`<form><header><input type="email" name="user"><input type="password"><button>Log in</button></header>
      <main><article><h1>The pier</h1>${story('The pier reopened.')}</article></main>
      <aside><div id="nl"><h3>Newsletter</h3><p>Get our morning briefing in your inbox, free.</p><input type="email" name="email"><button>Sign up</button></div></aside></form>`);
    const box = doc.getElementById('nl')!;
    expect(detect(doc).filter((f) => f.element.contains(box) || box.contains(f.element)).length).toBe(1);
  });
});

describe('a price is an offer only beside a subscription', () => {
  it('reads no offer in a listing\'s price beside a newsletter\'s "Sign up" (no paid subscription)', () => {
    const doc = page(`<main><article><h1>The pier</h1>${article()}</article><aside><div class="newsletter"><h3>NEWSLETTER</h3><p>Harbour Daily: one email, everything on the coast.</p><a href="/newsletters/harbour-daily">Sign up</a></div><div class="listing"><h4><a href="/listings/1">Two-bed flat by the harbour</a></h4><p>$1,400 per month · Available now</p></div></aside>`);
    expect(detect(doc).flatMap((f) => f.reasons).filter((reason) => reason.startsWith('price'))).toEqual([]);
  });
  it('still reads it beside a "Subscribe" button with no link (a script opens the offer)', () => {
    const doc = page(`<main><article><h1>The pier</h1>${article()}</article><aside><div id="box"><p>Get 3 months for $1</p><button>Subscribe</button></div></aside>`);
    expect(detect(doc, { sensitivity: 'thorough' }).flatMap((f) => f.reasons)).toContain('price "$1"');
  });
});

describe('a "Continue reading" link to a story is its teaser\'s, not a put-off', () => {
  const teaser = (href: string, title: string) =>
    `<span class="head">Local</span><div class="widget"><a href="${href}"><img src="t.jpg"></a><a href="${href}">${title}</a><p><a href="${href}">Continue Reading »</a></p></div>`;
  it('leaves a sidebar of teasers under the site\'s network marks uncollapsed', () => {
    const doc = page(`<main><article>${article()}</article></main><div id="col"><div><img src="follow.jpg" alt="Follow Us"><br>
      <a href="https://www.facebook.com/pages/The-Gazette/7458504675"><img src="fb.jpg" alt="The Gazette Facebook fan page"></a>
      <a href="https://twitter.com/harbourgazette"><img src="tw.jpg" alt="The Gazette Twitter"></a>
      <a href="https://www.youtube.com/harbourgazette"><img src="yt.jpg" alt="The Gazette YouTube"></a>
      <a href="https://feeds.harbour.example/gazette/"><img src="rss.jpg" alt="The Gazette RSS"></a></div>
      ${teaser('https://www.coastnews.example/story/116355/ferry-timetable.html', 'The Real Reason Why The Ferry Timetable Changes In May')}
      ${teaser('/post/246-top-10-most-surprising-piers-on-the-coast/', 'The Top 10 Most Surprising Piers On The Coast')}</div>`);
    const teasers = [...doc.querySelectorAll('.widget')];
    expect(detect(doc).filter((f) => teasers.some((t) => f.element.contains(t)))).toEqual([]);
  });
  it('still reads a "No thanks, continue reading" that closes a wall in place as one', () => {
    const doc = page(`<main><article>${article()}</article></main><div id="box"><p>Support independent journalism: give what you can today.</p>
      <a href="/donate">Donate</a> <a href="#">No thanks, continue reading</a></div>`);
    expect(detect(doc).flatMap((f) => f.reasons)).toContain('button:en:putOff "continue reading"');
  });
});

describe('a signed post beside the story is its writer\'s words', () => {
  const thread = (body: string) => `<main><article>${article()}</article></main><div class="talkback"><h3>Reader comments</h3>
    <dl class="thread"><dt class="author">by <a href="/profile/tidewatcher/">tidewatcher</a> May 12, 2026 10:14 PM</dt>
      <dd id="c1">${body}</dd><dd class="tools"><a class="like">Like this</a> <a href="/comments/123#c1">Permalink</a></dd></dl></div>`;
  it('leaves a reader\'s comment that names the app stores and devices alone', () => {
    const doc = page(thread('The ferry company is not blocking anything. The timetable app is still in the App Store, and it works on your iPad and on your iPhone.'));
    expect(detect(doc).map((f) => f.reasons)).toEqual([]);
  });
  it('leaves a dated comment (a time stamp, no profile link) alone too', () => {
    const doc = page(`<main><article>${article()}</article></main><ol class="replies"><li><p class="meta">Morgan, <time datetime="2026-05-12T22:14">12 May</time></p>
      <p>Tip for anyone stuck: the puzzle app is back in the App Store, and it runs fine on your iPad.</p></li></ol>`);
    expect(detect(doc).map((f) => f.reasons)).toEqual([]);
  });
  it('still finds a channel\'s follow row whose "Follow" leads to the network, on a dated page of headlines', () => {
    const doc = page(`<main><article>${article()}</article></main><div class="channel-body"><p>Updated <time datetime="2026-05-12T09:32">09:32</time></p>
      <hgroup id="box"><h2>Social Media</h2><div><a class="like">Like</a> <a href="https://twitter.com/intent/follow?screen_name=harbourgazette">Follow</a></div></hgroup></div>`);
    const box = doc.getElementById('box')!;
    expect(detect(doc).filter((f) => box.contains(f.element) || f.element.contains(box)).map((f) => f.category)).toEqual(['promo']);
  });
  it('still finds the same words as a promotion of the site\'s app, with no one\'s name or date on it', () => {
    const doc = page(`<main><article>${article()}</article></main><aside><div id="box"><p>Read the Gazette on your iPhone and on your iPad: now in the App Store.</p></div></aside>`);
    expect(detect(doc).map((f) => f.category)).toEqual(['promo']);
  });
});

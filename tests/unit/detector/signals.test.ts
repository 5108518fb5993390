import { describe, expect, it } from 'vitest';
import { opensOrCloses, PhraseMatcher, tokenize, unspacedLength } from '../../../src/detector/phrase-matcher';
import { amountChoices, amountSignal, priceSignal } from '../../../src/detector/signals/amounts';
import { emailFieldSignals, fieldSignal, signupSignal } from '../../../src/detector/signals/forms';
import { frameSignal, leadsToTopic, linkSignal } from '../../../src/detector/signals/links';
import { findActions, findPitch } from '../../../src/detector/signals/phrases';
import { tokenSignals } from '../../../src/detector/signals/tokens';
import { detect, resetPhrases, usePhrases } from '../../../src/detector';
import { LANGUAGES } from '../../../src/detector/phrases';
import { article, page } from './helpers';

describe('phrase matcher', () => {
  const m = new PhraseMatcher<'a'>();
  m.add('a', 'en', 'sign up for ... newsletter*');
  m.add('a', 'en', 'need your help');
  m.add('a', 'en', 'we need your help');
  m.add('a', 'de', 'abonn*');
  m.add('a', 'ja', 'メルマガ');

  it('matches gaps of up to three words and stems', () => {
    expect(m.match('Sign up for the daily newsletters!').map((e) => e.phrase)).toEqual(['sign up for ... newsletter*']);
    expect(m.match('Sign up for one two three four newsletter')).toEqual([]);
    expect(m.match('Jetzt abonnieren').map((e) => e.phrase)).toEqual(['abonn*']);
  });
  it('counts a phrase nested in a longer hit once', () => {
    expect(m.match('We need your help.').map((e) => e.phrase)).toEqual(['we need your help']);
  });
  it('counts the same words read by two patterns of one kind once (a gap\'s pattern and the words it spans)', () => {
    const n = new PhraseMatcher<'a' | 'b'>();
    n.add('a', 'en', 'follow us on twitter');
    n.add('a', 'en', 'follow ... on twitter');
    n.add('b', 'en', 'follow ... on');
    expect(n.match('Follow us on Twitter').map((e) => e.phrase)).toEqual(['follow us on twitter']);
    expect(n.match('Follow the Gazette on Twitter').map((e) => e.phrase)).toEqual(['follow ... on twitter']);
  });
  it('matches unspaced scripts as substrings and weighs by length', () => {
    const [hit] = m.match('無料メルマガ登録');
    expect(hit?.phrase).toBe('メルマガ');
    expect(hit?.weight).toBe(2);
  });
  it('finds a word in katakana only where the run of katakana ends (a loanword is one run)', () => {
    const n = new PhraseMatcher<'a'>();
    n.add('a', 'ja', 'アプリ');
    n.add('a', 'ja', 'フォロー');
    const found = (text: string) => n.match(text).map((e) => e.phrase);
    expect(found('公式アプリで読む')).toEqual(['アプリ']);
    expect(found('スマホアプリ')).toEqual(['アプリ']);
    expect(found('アプリ アプリ データ先読み')).toEqual(['アプリ']);
    expect(found('アプリ・ストア')).toEqual(['アプリ']);
    expect(found('大規模なアプリケーションの作成')).toEqual([]);
    expect(found('フォローアップ調査を実施')).toEqual([]);
    expect(found('アプリケーションとアプリ')).toEqual(['アプリ']);
  });
  it('weighs a word marked + (a call with its object fused in) as two words, and reports it without the mark', () => {
    const n = new PhraseMatcher<'a'>();
    n.add('a', 'es', 'apóyanos+');
    n.add('a', 'es', 'apoya');
    const hits = n.match('Apóyanos hoy. Apoya el periodismo.');
    expect(hits.map((e) => [e.phrase, e.weight])).toEqual([['apóyanos', 2], ['apoya', 1]]);
  });
  it('lists the same phrase from two languages once', () => {
    const n = new PhraseMatcher<'a'>();
    n.add('a', 'en', 'newsletter');
    n.add('a', 'de', 'newsletter');
    expect(n.match('newsletter')).toHaveLength(1);
  });
  it('answers a text asked again the same, however the first answer was used', () => {
    const first = m.match('We need your help.');
    first.length = 0;
    expect(m.match('We need your help.').map((e) => e.phrase)).toEqual(['we need your help']);
    m.forget();
    expect(m.match('We need your help.').map((e) => e.phrase)).toEqual(['we need your help']);
  });
});

describe('words', () => {
  it('are runs of letters and digits in any script, a Latin word written against Japanese or Chinese included', () => {
    expect(tokenize('App Storeからダウンロード')).toEqual(['app', 'store', 'からダウンロード']);
    expect(tokenize('Twitterをフォロー 2024年')).toEqual(['twitter', 'をフォロー', '2024', '年']);
    expect(tokenize("Don't miss — café, naïve, русский, ١٢٣")).toEqual(['don', 't', 'miss', 'café', 'naïve', 'русский', '١٢٣']);
    // Turkish "İ" lower-cases to "i" and a combining dot: still one word.
    expect(tokenize('İNDİR · İzin ver')).toEqual(['indir', 'izin', 'ver']);
  });
  it('keep the vowel signs written on a letter (Devanagari), and end at a danda', () => {
    expect(tokenize('हमारा समर्थन करें। अभी योगदान दें')).toEqual(['हमारा', 'समर्थन', 'करें', 'अभी', 'योगदान', 'दें']);
  });
  it('are whole runs of Thai, which writes no spaces between its words, marks included', () => {
    expect(tokenize('ร่วมสนับสนุนสื่ออิสระ สนับสนุนเลย')).toEqual(['ร่วมสนับสนุนสื่ออิสระ', 'สนับสนุนเลย']);
  });
  it('are one word however their letters are written', () => {
    const same = (a: string, b: string) => expect(tokenize(a)).toEqual(tokenize(b));
    // Composed or decomposed (as some editors save Vietnamese).
    same('Ủng hộ ngay'.normalize('NFD'), 'Ủng hộ ngay');
    // Arabic and Hebrew with their vowel points, or without, as news writes them.
    same('تَبَرَّعْ الآنَ', 'تبرع الآن');
    same('תִּרְמוּ עַכְשָׁיו', 'תרמו עכשיו');
    // Devanagari's nukta written or left out, precomposed (U+095B) or not; candrabindu or anusvara.
    same('न्यूज़लेटर', 'न्यूजलेटर');
    same('न्यू\u095Bलेटर', 'न्यूज़लेटर');
    same('याद दिलाएँ', 'याद दिलाएं');
    // Bengali's য় precomposed (U+09DF) or as য and a nukta: one letter, still not য.
    same('\u09DF', '\u09AF\u09BC');
    expect(tokenize('\u09DF')).not.toEqual(tokenize('\u09AF'));
    // A soft hyphen or a zero-width joiner inside a word does not cut it.
    same('Unter\u00ADstützen Sie uns', 'Unterstützen Sie uns');
    same('র\u200D্যাব', 'র্যাব');
    // Romanian's s and t with a cedilla, as older pages write them, or with the comma below.
    same('Susţineţi-ne', 'Susțineți-ne');
    // Greek in capitals, which leave out the accents, or accented in lower case.
    same('ΕΓΓΡΑΦΕΙΤΕ ΣΤΟ ΕΝΗΜΕΡΩΤΙΚΟ ΔΕΛΤΙΟ', 'Εγγραφείτε στο ενημερωτικό δελτίο');
    same('Ά'.normalize('NFD'), 'ά');
    expect(tokenize('ΪΫ')).toEqual(tokenize('ΐΰ'));
    // A text with none of these marks is only lower-cased.
    expect(tokenize('Donate NOW')).toEqual(['donate', 'now']);
  });
  it('are found in the listed phrases however the page spells them', () => {
    resetPhrases();
    usePhrases({ vi: LANGUAGES.vi, ar: LANGUAGES.ar, hi: LANGUAGES.hi });
    expect(findActions('Ủng hộ ngay'.normalize('NFD')).map((h) => h.key)).toContain('donate');
    expect(findActions('تَبَرَّعْ الآنَ').map((h) => h.key)).toContain('donate');
    expect(findActions('बाद में याद दिलाएँ').map((h) => h.key)).toContain('putOff');
    usePhrases({ ro: LANGUAGES.ro });
    expect(findActions('Donează acum').map((h) => h.key)).toContain('donate');
    expect(findActions('Abonaţi-vă').map((h) => h.key)).toContain('subscribe');
    usePhrases({ el: LANGUAGES.el });
    expect(findActions('ΚΑΝΤΕ ΔΩΡΕΑ').map((h) => h.key)).toContain('donate');
    expect(findPitch('ΤΟ ΕΝΗΜΕΡΩΤΙΚΟ ΜΑΣ ΔΕΛΤΙΟ').map((h) => h.key)).toContain('newsletter');
    expect(findPitch('हमारा न्यू\u095Bलेटर').map((h) => h.key)).toContain('newsletter');
    resetPhrases();
  });
  it('are found inside a run of Thai, and weigh by its length in Japanese or Chinese characters (two Thai a character)', () => {
    expect(unspacedLength('บริจาค')).toBe(3);
    expect(unspacedLength('寄付')).toBe(2);
    resetPhrases();
    usePhrases({ th: LANGUAGES.th });
    const weights = Object.fromEntries(findPitch('กรุณาร่วมบริจาคและสมัครรับจดหมายข่าวของเรา').map((h) => [h.phrase, h.weight]));
    // บริจาค is one word (weak) and counts once inside ร่วมบริจาค (two); the newsletter's four words are strong.
    expect(weights).toEqual({ 'ร่วมบริจาค': 2, 'สมัครรับจดหมายข่าว': 3 });
    resetPhrases();
  });
  it('lets an English action be found in a Japanese label', () => {
    expect(findActions('App Storeからダウンロード').map((h) => h.key)).toContain('app');
  });
});

describe('where a call stands in a label', () => {
  it('opens or closes it, a stem\'s start counting', () => {
    expect(opensOrCloses('Subscribe for $1 a week', 'subscribe')).toBe(true);
    expect(opensOrCloses('Yes, sign me up!', 'sign me up')).toBe(true);
    expect(opensOrCloses('Abonnieren Sie jetzt', 'abonn*')).toBe(true);
    expect(opensOrCloses('I\'ll give today', 'i\'ll give')).toBe(true);
    expect(opensOrCloses('今すぐ無料で登録する', '登録する')).toBe(true);
  });
  it('not in a headline\'s middle', () => {
    expect(opensOrCloses('Ferry later due to storm', 'later')).toBe(false);
    expect(opensOrCloses('Fähre später wegen Sturm', 'später')).toBe(false);
    expect(opensOrCloses('Rail subscribers face higher fares', 'subscribe')).toBe(false);
    expect(opensOrCloses('태풍으로 여객선 운항 취소 결정', '취소')).toBe(false);
    expect(opensOrCloses('アプリケーション開発の基本', 'アプリ')).toBe(false);
  });
});

describe('phrase data', () => {
  it('reads put-off and offer buttons', () => {
    expect(findActions('Remind me later').map((h) => h.key)).toContain('putOff');
    expect(findActions('Not now').map((h) => h.key)).toContain('putOff');
    expect(findActions('Donate now').map((h) => h.key)).toContain('donate');
    expect(findActions('Log in').map((h) => h.key)).toEqual(['account']);
  });
  it.each([
    ['en', 'Maybe next time'], ['en', "I'll do it later"], ['en', 'Remind me next month'], ['en', 'Cancel'],
    ['de', 'Vielleicht ein anderes Mal'], ['de', 'Abbrechen'], ['fr', 'Une autre fois'], ['fr', 'Annuler'],
    ['es', 'En otro momento'], ['es', 'Cancelar'], ['it', "Magari un'altra volta"], ['it', 'Annulla'],
    ['pt', 'Fica para a próxima'], ['pt', 'Cancelar'], ['ru', 'В другой раз'], ['ru', 'Отмена'],
    ['uk', 'Іншим разом'], ['uk', 'Скасувати'], ['pl', 'Może innym razem'], ['pl', 'Anuluj'],
    ['cs', 'Příště'], ['cs', 'Zrušit'], ['zh', '取消'],
  ])('reads the %s button "%s" as a put-off', (lang, label) => {
    resetPhrases();
    usePhrases({ [lang]: LANGUAGES[lang as keyof typeof LANGUAGES] });
    expect(findActions(label).map((h) => h.key)).toContain('putOff');
    resetPhrases();
  });
  it('reads wording per category', () => {
    expect(findPitch('Get our briefing delivered to your inbox').map((h) => h.key)).toContain('newsletter');
    expect(findPitch('Please support independent journalism').map((h) => h.key)).toContain('donation');
  });
});

describe('link targets', () => {
  it.each([
    ['https://example.org/donate?src=x', 'link:donate-path'],
    ['https://www.paypal.com/donate/?id=1', 'link:payment'],
    ['https://www.patreon.com/someone', 'link:payment'],
    ['https://send.monobank.ua/jar/abc', 'link:payment'],
    ['https://www.gofundme.com/f/flood', 'link:payment'],
    ['https://patronite.pl/gazeta', 'link:payment'],
    ['https://github.com/sponsors/janehale', 'link:payment'],
    ['https://janehale.fanbox.cc/', 'link:payment'],
    ['https://bmc.link/janehale', 'link:payment'],
    ['https://cash.app/$janehale', 'link:payment'],
    ['https://venmo.com/u/janehale', 'link:payment'],
    ['https://apps.apple.com/app/id123', 'link:app-store:apps.apple'],
    ['https://play.google.com/store/apps/details?id=x', 'link:app-store:play.google'],
    ['https://market.android.com/details?id=com.gazette.android', 'link:app-store:market.android'],
    ['http://www.windowsphone.com/en-us/store/app/gazette/0a1b2c', 'link:app-store:windowsphone'],
    ['/app', 'link:app-page'],
    ['https://news.example/mobile-apps/?ref=footer', 'link:app-page'],
    ['https://podcasts.apple.com/us/podcast/the-tide/id1', 'link:podcast:podcasts.apple'],
    ['https://open.spotify.com/show/abc', 'link:podcast:open.spotify'],
    ['/predplatne?ref=paywall', 'link:subscribe-path'],
    ['/newsletters/daily', 'link:newsletter-path'],
    ['https://news.example/emails/coast-weekly-brief/', 'link:newsletter-path'],
    ['/subscribe?ref=top', 'link:subscribe-path'],
    ['https://twitter.com/somepaper', 'link:social:twitter'],
    // Networks of older pages, a blog on its own subdomain, Google's source preferences.
    ['https://plus.google.com/+SomePaper', 'link:social:plus.google'],
    ['https://somepaper.tumblr.com/', 'link:social:somepaper.tumblr'],
    ['https://www.google.com/preferences/source?q=somepaper.example', 'link:social:google'],
    // A Mastodon account, on the flagship instances or one named for the network.
    ['https://mastodon.social/@somepaper', 'link:social:other'],
    ['https://discord.gg/somepaper', 'link:social:other'],
    ['https://discord.com/invite/somepaper', 'link:social:discord'],
    ['https://newsie.mstdn.io/@somepaper', 'link:social:other'],
    // A site's gift-subscription page, the last step of its path.
    ['/gift', 'link:subscribe-path'],
    ['https://news.example/abonnement/cadeau/', 'link:subscribe-path'],
    // The newer languages' pages for giving, newsletters and subscriptions; a KakaoTalk channel, a Naver press page.
    ['/doneren', 'link:donate-path'],
    ['/stott-oss/', 'link:donate-path'],
    ['/bagis?kaynak=x', 'link:donate-path'],
    ['/donasi', 'link:donate-path'],
    ['/nieuwsbrief', 'link:newsletter-path'],
    ['/nyhetsbrev/', 'link:newsletter-path'],
    ['/bülten', 'link:newsletter-path'],
    ['/prenumerera', 'link:subscribe-path'],
    ['/abone-ol', 'link:subscribe-path'],
    ['/berlangganan', 'link:subscribe-path'],
    ['/offres', 'link:subscribe-path'],
    ['/ofertas/', 'link:subscribe-path'],
    ['/angebot?utm_source=box', 'link:subscribe-path'],
    ['/aanbod', 'link:subscribe-path'],
    // A site's e-mail alerts page, and its page of plans and prices.
    ['https://news.example/pages/email-alerts/?category=harbour', 'link:newsletter-path'],
    ['/news-alerts/', 'link:newsletter-path'],
    // The members' page, the last step of its path.
    ['https://news.example/members/', 'link:donate-path'],
    ['/members?ref=story', 'link:donate-path'],
    ['https://buy.news.example/gazette/plans', 'link:subscribe-path'],
    ['/pricing?ref=nav', 'link:subscribe-path'],
    ['https://pf.kakao.com/_abc', 'link:social:pf.kakao'],
    // A network's page under its local or mobile address.
    ['https://de-de.facebook.com/harbourgazette', 'link:social:facebook'],
    ['https://m.facebook.com/harbourgazette', 'link:social:facebook'],
    ['https://mobile.twitter.com/harbourgazette', 'link:social:twitter'],
    ['https://media.naver.com/press/001', 'link:social:media.naver'],
  ])('%s is %s', (href, reason) => {
    expect(linkSignal(href)?.reason).toBe(reason);
  });
  it('ignores share links and ordinary article links', () => {
    expect(linkSignal('https://twitter.com/intent/tweet?url=x')).toBeNull();
    expect(linkSignal('https://de-de.facebook.com/sharer/sharer.php?u=x')).toBeNull();
    expect(linkSignal('/2024/05/harbour-pier-rebuilt')).toBeNull();
    // A members' area behind a log-in.
    expect(linkSignal('/members/login')).toBeNull();
    // A story on the council's plans, or on a storm's alerts.
    expect(linkSignal('/2026/05/council-plans-new-pier')).toBeNull();
    expect(linkSignal('/weather/storm-alerts-issued-for-coast')).toBeNull();
    // A story whose slug opens on a word of giving ("stöd till hamnen", support for the harbour); a help desk.
    expect(linkSignal('/nyheter/stod-till-hamnen-klubbat')).toBeNull();
    expect(linkSignal('/destek')).toBeNull();
    // A writer's page among the contributors; the way to contribute is still one.
    expect(linkSignal('/contributors/jane-hale')).toBeNull();
    expect(linkSignal('https://news.example/contributor/jane-hale/')).toBeNull();
    expect(linkSignal('/contribute?src=footer')?.reason).toBe('link:donate-path');
    expect(linkSignal('/contribution/monthly')?.reason).toBe('link:donate-path');
    // The rules and answers about an offer tell, they ask for nothing; a payment service's terms stay its own.
    expect(linkSignal('/static/contribution-policy')).toBeNull();
    expect(linkSignal('/subscription-terms?ref=footer')).toBeNull();
    expect(linkSignal('/membership/faq')).toBeNull();
    expect(linkSignal('/newsletters/terms-and-conditions')).toBeNull();
    expect(linkSignal('/subscribe/terminal-offer')?.reason).toBe('link:subscribe-path');
    expect(linkSignal('https://www.paypal.com/donate/?terms=1')?.reason).toBe('link:payment');
    expect(linkSignal('https://mastodon.social/about')).toBeNull();
    expect(linkSignal('https://discord.com/channels/1/2')).toBeNull();
    expect(linkSignal('https://github.com/janehale')).toBeNull();
    expect(linkSignal('https://venmo.com/')).toBeNull();
    expect(linkSignal('https://cash.app/')).toBeNull();
    expect(linkSignal('#top')).toBeNull();
    // Sharing a story by e-mail, and a story about e-mails.
    expect(linkSignal('/email/?url=https%3A%2F%2Fnews.example%2Fpier')).toBeNull();
    expect(linkSignal('/2026/05/12/leaked-emails-show-pier-deal')).toBeNull();
    // A web app's pages, and an old CMS's article paths, name no app to install.
    expect(linkSignal('/app/login')).toBeNull();
    expect(linkSignal('/apps/pbcs.dll/article?aid=2026051201')).toBeNull();
    // A song or playlist on a music service is no podcast of the site's.
    expect(linkSignal('https://open.spotify.com/track/abc')).toBeNull();
    expect(linkSignal('https://plus.google.com/share?url=x')).toBeNull();
    expect(linkSignal('https://www.tumblr.com/share/link?url=x')).toBeNull();
    // A gift guide's pages are stories, not a gift subscription.
    expect(linkSignal('/gift-guide/best-gifts-for-cooks')).toBeNull();
    // Job offers and a story about Christmas deals are no subscription offer.
    expect(linkSignal('/offres-emploi')).toBeNull();
    expect(linkSignal('/2026/12/05/les-offres-de-noel')).toBeNull();
  });
  it.each([
    '/2026/05/12/donations-pour-in-for-old-pier',
    'https://news.example/region/spenden-fuer-den-steg-a-1234567.html',
    '/local/readers-pick-the-best-newsletter-of-the-year',
    '/opinion/why-we-will-never-put-up-a-paywall-or-subscription?utm_source=newsletter',
    '/en/newsletter-scandal-rocks-the-harbour-council/a-4711231',
  ])('reads no offer in the slug of a story a headline links to: %s', (href) => {
    expect(linkSignal(href, true)).toBeNull();
    // The same target under an image or a word or two is still read: a campaign page may have a long slug.
    expect(linkSignal(href)).not.toBeNull();
  });
  it.each([
    ['/donate', 'link:donate-path'],
    ['/become-a-member', 'link:donate-path'],
    ['/newsletters/morning-briefing-sign-up', 'link:newsletter-path'],
    ['/donate/give-the-gift-of-local-news-this-winter', 'link:donate-path'],
    ['https://donate.harbour.example/2026/05/spring-appeal-for-the-newsroom', 'link:donate-path'],
    ['/subscribe?offer=2026-05-01-spring-sale-for-new-readers', 'link:subscribe-path'],
    // A site that numbers every page as it numbers its stories: the number names the page, its words what it is.
    ['/en/newsletter-registration/a-4711230', 'link:newsletter-path'],
  ])('still reads an offer page a headline-long label links to: %s', (href, reason) => {
    expect(linkSignal(href, true)?.reason).toBe(reason);
  });
  const frameReason = (src: string) => frameSignal(src)?.reason ?? null;
  it('reads a network\'s follow widget framed into the page, not its like or share button', () => {
    expect(frameReason('https://www.facebook.com/plugins/likebox.php?href=https%3A%2F%2Fwww.facebook.com%2Fsomepaper')).toBe('link:social:facebook');
    expect(frameReason('//www.facebook.com/plugins/page.php?href=x')).toBe('link:social:facebook');
    expect(frameReason('https://platform.twitter.com/widgets/follow_button.html?screen_name=somepaper')).toBe('link:social:twitter');
    expect(frameReason('https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fnews.example%2Fstory')).toBeNull();
    // A like button for the publication's own page on the network is its follow button.
    expect(frameReason('//www.facebook.com/plugins/like.php?href=https://www.facebook.com/somepaper&width&layout=button_count&action=like')).toBe('link:social:facebook');
    expect(frameReason('https://www.facebook.com/plugins/like.php?locale=ja_JP&href=https%3A%2F%2Fwww.facebook.com%2Fsomepaper&layout=box_count')).toBe('link:social:facebook');
    expect(frameReason('https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fnews.example%2Fstory%3Fref%3Dfacebook.com%2Fx')).toBeNull();
    expect(frameReason('https://www.facebook.com/plugins/share_button.php?href=x')).toBeNull();
    expect(frameReason('https://www.youtube.com/embed/abc')).toBeNull();
  });
  it('reads a platform\'s newsletter sign-up or donation form framed into the page, not a post or a profile framed from it', () => {
    expect(frameReason('https://harbourgazette.substack.com/embed')).toBe('frame:signup');
    expect(frameReason('https://embeds.beehiiv.com/2f1c9a7e-4a?slim=true')).toBe('frame:signup');
    expect(frameReason('https://wb.messengerpeople.com/?widget_hash=5f0c2a&lang=de&wn=1')).toBe('frame:signup');
    expect(frameReason('https://wb.whatsbroadcast.com/?lang=de&widget_hash=5f0c2a')).toBe('frame:signup');
    expect(frameReason('https://donorbox.org/embed/gazette-2026')).toBe('frame:donation');
    expect(frameReason('https://givebutter.com/embed/c/gazette')).toBe('frame:donation');
    expect(frameReason('https://ko-fi.com/gazette/?hidefeed=true&widget=true&embed=true&preview=true')).toBe('frame:donation');
    expect(frameReason('https://harbourgazette.substack.com/embed/p/the-pier-reopens')).toBeNull();
    expect(frameReason('https://harbourgazette.substack.com/p/the-pier-reopens')).toBeNull();
    expect(frameReason('https://ko-fi.com/gazette')).toBeNull();
    expect(frameReason('https://www.messengerpeople.com/')).toBeNull();
  });
  it.each(['/tag/donations', '/topics/newsletter', 'https://news.example/de/themen/spenden/', '/sujet/abonnement?page=2', '/tema/donaciones'])(
    '%s leads to a topic\'s page',
    (href) => expect(leadsToTopic(href)).toBe(true),
  );
  it.each(['/donate', '/newsletters', '/themen', '/tagesschau/donate', '/2026/05/12/topical-donations'])('%s does not', (href) => expect(leadsToTopic(href)).toBe(false));
});

describe('amounts', () => {
  it.each(['$5', '€10', '10 €', '500 ₽', '25 zł', '100 Kč', '200 грн', 'R$ 20', '$5/mo', '5 €/mois', '12,50 €', 'CHF 10', '1 000 ₽', '1.000 €', '$1,000', 'A$10', '₩10,000', '1.000 ₺', '50 TL', '1,000円', '100元', '9,900원', 'Rp 50.000', '₪20'])('%s is a sum of money', (label) => {
    expect(amountSignal(label)?.reason).toBe(`amount "${label}"`);
  });
  it.each(['2024', '10 min', '$', 'Other', 'Give $5', '3 of 10', '$5 off your first year', '10:30'])('%s is not', (label) => {
    expect(amountSignal(label)).toBeNull();
  });
});

describe('prices in a line of words', () => {
  it.each([
    ['Get 3 months for $1', '$1'],
    ['Jetzt 3 Monate für 1 € lesen', '1 €'],
    ['Unlimited access for £1 a month.', '£1'],
    ['Just $4.99/mo, cancel anytime', '$4.99/mo'],
    ['Первый месяц за 1 ₽', '1 ₽'],
    ['Pierwszy miesiąc za 1 zł!', '1 zł'],
    ['月額980円で読み放題', '980円'],
    ['首月仅需1元', '1元'],
    ['첫 달 100원, 무제한 구독', '100원'],
    ['İlk ay sadece 1 TL', '1 TL'],
    ['R$ 1,90 no primeiro mês', 'R$ 1,90'],
    ['Langganan hanya Rp 1.000 untuk bulan pertama', 'Rp 1.000'],
    ['All access for just 99 cents!', '99 cents'],
    ['Read every story for 99¢ a week', '99¢'],
    ['Nur 99 Cent im ersten Monat', '99 Cent'],
  ])('%s names %s', (text, price) => expect(priceSignal(text)?.reason).toBe(`price "${price}"`));
  it.each(['Read 3 months of stories', 'The pier opened in 2024', 'Volunteers: 300', '$', '5 kroner later', '2 đội bóng', 'Model X2€', '2026年12月5日', 'Five centuries of harbour history', `Get 3 months for $1. ${'The offer ends soon. '.repeat(10)}`])(
    '%s names none',
    (text) => expect(priceSignal(text)).toBeNull(),
  );
});

describe('amount choices', () => {
  const field = (html: string) => page(`<form>${html}</form>`).querySelector('input, select')!;
  it('reads a radio button\'s label, around it or pointing at it', () => {
    expect(amountChoices(field('<label><input type="radio" name="a"> $25</label>')).map((s) => s.reason)).toEqual(['amount "$25"']);
    expect(amountChoices(field('<input type="radio" id="r" name="a"><label for="r">10 €</label>')).map((s) => s.reason)).toEqual(['amount "10 €"']);
    expect(amountChoices(field('<label><input type="radio" name="a"> Yes</label>'))).toEqual([]);
  });
  it('reads a choice list as an amount picker when two of its options are sums', () => {
    expect(amountChoices(field('<select><option>10 €</option><option>20 €</option><option>Other</option></select>')).length).toBe(2);
    expect(amountChoices(field('<select><option>Light</option><option>Dark</option></select>'))).toEqual([]);
    expect(amountChoices(field('<select><option>All editions</option><option>$5</option></select>'))).toEqual([]);
  });
  it('makes a donation form with an amount list one appeal, its list no site control', () => {
    const form = '<form id="box" action="/spenden"><p>Unterstützen Sie unsere Arbeit mit einer Spende.</p><select><option>10 €</option><option>20 €</option></select><button>Jetzt spenden</button></form>';
    const doc = page(`<main><article>${article()}</article></main><aside>${form}</aside>`, 'de');
    expect(detect(doc).map((f) => f.element.querySelector('select') !== null)).toEqual([true]);
  });
});

describe('sign-up forms', () => {
  const emailIn = (html: string, lang = 'en') => page(html, lang).querySelector('input[type="email"]')!;
  it('are an e-mail field, at most a name beside it, and the form\'s own button', () => {
    expect(signupSignal(emailIn('<div><form><input type="email"><button>Go</button></form></div>'))?.reason).toBe('form:signup');
    expect(signupSignal(emailIn('<div><form><input name="first_name"><input type="email"><input type="submit" value="OK"></form></div>'))?.reason).toBe('form:signup');
  });
  it('may be sent by the page\'s script, with no <form> around the field: the block that holds it and a button', () => {
    const fieldIn = (html: string) => page(html, 'en').querySelector('input')!;
    expect(signupSignal(fieldIn('<div><p>Get the Gazette Daily</p><input type="text" placeholder="Email address"><a href="#" class="btn">Sign me up</a></div>'))?.reason).toBe('form:signup');
    expect(signupSignal(fieldIn('<div><div class="row"><input type="email"></div><div class="row"><button type="button">Subscribe</button></div></div>'))?.reason).toBe('form:signup');
    // No button near it, a log-in, a password beside it, a first step: no sign-up.
    expect(signupSignal(fieldIn('<div><p>Get the Gazette Daily</p><input type="email"></div>'))).toBeNull();
    expect(signupSignal(fieldIn('<div><input type="email" placeholder="Email"><button>Log in</button></div>'))).toBeNull();
    expect(signupSignal(fieldIn('<div><input type="email"><input type="password"><button>Go</button></div>'))).toBeNull();
    expect(signupSignal(fieldIn('<div><p>Enter your email</p><input type="email"><button>Continue</button></div>'))).toBeNull();
  });
  it('leave out a mailing list\'s hidden bot trap (a field out of the tab order), even one named for e-mail', () => {
    const trap = '<div style="position:absolute;left:-5000px" aria-hidden="true"><input type="text" name="b_123_abc" tabindex="-1" aria-label="Email Form" value=""></div>';
    expect(signupSignal(emailIn(`<div><form><input name="FNAME"><input type="email" name="EMAIL">${trap}<input type="submit" value="Subscribe"></form></div>`))?.reason).toBe('form:signup');
  });
  it('leave out a second address field hidden inside the form ("Leave this field empty"), not one hidden with the whole form', () => {
    const trap = (hiding: string) => `<li ${hiding}><label>Leave this field empty</label><input type="text" class="email" name="email_nobot"></li>`;
    const form = (trapHtml: string, formAttributes = '') =>
      `<div><p>Get our latest stories free by email.</p><form ${formAttributes}><ul><li><input type="email" name="session_email"></li>${trapHtml}</ul><input type="submit" value="Sign me up"></form></div>`;
    for (const hiding of ['style="display: none;"', 'style="DISPLAY:NONE"', 'hidden', 'aria-hidden="true"']) {
      expect(emailFieldSignals(emailIn(form(trap(hiding)))).map((s) => s.reason)).toEqual(['form:email', 'form:signup']);
    }
    // Shown, it is a second address (a share form's); hidden with its whole form, it is still the form's own.
    expect(emailFieldSignals(emailIn(form(trap('class="row"')))).map((s) => s.reason)).toEqual(['form:share']);
    expect(emailFieldSignals(emailIn(form(trap('class="row"'), 'style="display:none"'))).map((s) => s.reason)).toEqual(['form:share']);
    // A form that shows its only address field at a later step is still a sign-up.
    expect(emailFieldSignals(emailIn('<div><p>Get our latest stories free by email.</p><form><div style="display:none"><input type="email"></div><button>Sign me up</button></form></div>')).map((s) => s.reason)).toEqual(['form:email', 'form:signup']);
  });
  it('leave out a second address field named as a bot trap, which the site\'s style sheet hides', () => {
    const form = (trapHtml: string) =>
      `<div><p>Stories from the coast by e-mail, free.</p><form><input type="hidden" name="form_id" value="4">${trapHtml}<p><input type="email" name="data[field_1]" placeholder="Email address"></p><input type="submit" value="Subscribe"></form></div>`;
    const reasons = (trapHtml: string) => emailFieldSignals(page(form(trapHtml), 'en').querySelector('input[placeholder]')!).map((s) => s.reason);
    for (const trap of [
      '<label class="newsletter_hp_email_label">Leave this field empty<input type="email" name="data[email]"></label>',
      '<div class="honeypot-field"><input type="email" name="address"></div>',
      '<p class="hidden"><input type="email" name="bot-field"></p>',
    ]) {
      expect(reasons(trap)).toEqual(['form:email', 'form:signup']);
    }
    // A second address that is no trap by its names is still a share form's.
    expect(reasons('<label class="friend_email_label">Your friend\'s address<input type="email" name="data[friend]"></label>')).toEqual(['form:share']);
  });
  it('read a form with a second address, which sends a story to a friend, as a share form, not a sign-up', () => {
    expect(emailFieldSignals(emailIn('<div><h4>Artikel per E-Mail versenden</h4><form><input type="email" placeholder="Empfänger"><input type="email" placeholder="Ihre E-Mail"><button>Senden</button></form></div>', 'de')).map((s) => s.reason)).toEqual(['form:share']);
    expect(emailFieldSignals(emailIn('<div><form><input type="email"><button>Subscribe</button></form></div>')).map((s) => s.reason)).toEqual(['form:email', 'form:signup']);
  });
  it('read an e-mail field as a log-in when its button logs in, or when it moves on to a next step among account words', () => {
    const reasons = (html: string, lang = 'en') => emailFieldSignals(emailIn(html, lang)).map((s) => s.reason);
    expect(reasons('<div><form><input type="email"><button>Sign in</button></form></div>')).toEqual(['form:login']);
    expect(reasons('<div><form><input type="email"><button>Войти</button></form></div>', 'ru')).toEqual(['form:login']);
    expect(reasons('<div><h2>Sign in or create an account</h2><form><input type="email"><button>Continue</button></form></div>')).toEqual(['form:login-step']);
    expect(reasons('<div><h2>Welcome back</h2><form><input type="email"><button>Continue</button></form></div>')).toEqual(['form:login-step']);
    expect(reasons('<div><h2>Inicia sesión</h2><form><input type="email"><button>Continuar</button></form></div>', 'es')).toEqual(['form:login-step']);
    // A button that names an account to create, or a next step with no account words around it, logs nobody in.
    expect(reasons('<div><form><input type="email"><button>Create account</button></form></div>')).toEqual(['form:email']);
    expect(reasons('<div><h2>Get the Morning Brief</h2><form><input type="email"><button>Continue</button></form></div>')).toEqual(['form:email']);
    // Account words that only show the way to the other form ("Already a subscriber? Log in",
    // "Hai già un account?") sit in a newsletter box and a registration wall as well.
    expect(reasons('<div><h2>Get the Morning Brief</h2><form><input type="email"><button>Continue</button></form><p>Already a subscriber? <a href="/login">Log in</a></p></div>')).toEqual(['form:email']);
    expect(reasons('<div><h2>Registrati gratis</h2><form><input type="email"><button>Continua</button></form><p>Hai già un account? <a href="/login">Accedi</a></p></div>', 'it')).toEqual(['form:email']);
    expect(reasons('<div><h2>Get our weekly newsletter</h2><form><input type="email"><button>Next</button></form><a href="/account/newsletters">Manage my newsletters</a></div>')).toEqual(['form:email']);
  });
  it('are not a form without a button, with a password, a message, a second address, or log-in words around it', () => {
    expect(signupSignal(emailIn('<div><form><input type="email"></form></div>'))).toBeNull();
    expect(signupSignal(emailIn('<div><form><input type="email"><input type="password"><button>Go</button></form></div>'))).toBeNull();
    expect(signupSignal(emailIn('<div><form><input type="email"><textarea></textarea><button>Send</button></form></div>'))).toBeNull();
    expect(signupSignal(emailIn('<div><form><input type="email"><input type="email"><button>Send</button></form></div>'))).toBeNull();
    expect(signupSignal(emailIn('<div><h3>Sign in</h3><form><input type="email"><button>Continue</button></form></div>'))).toBeNull();
    expect(signupSignal(emailIn('<div><h3>Anmelden</h3><form><input type="email"><button>Weiter</button></form><a href="/pw">Passwort vergessen?</a></div>', 'de'))).toBeNull();
    // The e-mail step of a two-step log-in drawn with no words at all.
    expect(signupSignal(emailIn('<div><form><input type="email" placeholder="Email"><button>Next</button></form></div>'))).toBeNull();
    expect(signupSignal(emailIn('<div><form><input type="email"><input type="submit" value="Continue →"></form></div>'))).toBeNull();
    expect(signupSignal(emailIn('<div><form><input type="email"><button>Далее</button></form></div>', 'ru'))).toBeNull();
  });
});

describe('form fields', () => {
  const field = (html: string) => page(html).body.firstElementChild as Element;
  it('knows e-mail fields by type, name or placeholder', () => {
    expect(fieldSignal(field('<input type="email">'))?.reason).toBe('form:email');
    expect(fieldSignal(field('<input name="user_email">'))?.reason).toBe('form:email');
    expect(fieldSignal(field('<input placeholder="Tu correo">'))?.reason).toBe('form:email');
    expect(fieldSignal(field('<input type="search" name="q">'))).toBeNull();
  });
  it('knows an old page\'s e-mail field by the hint prefilled as its value', () => {
    expect(fieldSignal(field('<input type="text" name="em" value="Enter email">'))?.reason).toBe('form:email');
    expect(fieldSignal(field('<input type="text" name="q" value="Search">'))).toBeNull();
  });
  it('knows log-in and comment fields', () => {
    expect(fieldSignal(field('<input type="password">'))?.reason).toBe('form:login');
    expect(fieldSignal(field('<textarea></textarea>'))?.reason).toBe('form:comment');
  });
});

describe('class and id tokens', () => {
  it('map words to categories', () => {
    expect(tokenSignals('box c-newsletter__form').map((s) => s.reason)).toContain('token:newsletter');
    expect(tokenSignals('donate-banner').map((s) => s.category)).toContain('donation');
    expect(tokenSignals('x9f3 kq2')).toEqual([]);
  });
  it('are extra evidence only: obfuscated class names still work', () => {
    const doc = page(`<main><article>${article()}</article></main>
      <div class="x9f3"><div class="kq2"><h4>Sign up for our newsletter</h4><p>The best stories in your inbox.</p>
      <form><input type="email"><button>Sign up</button></form></div><a href="/pier">The pier reopens</a></div>`);
    const [finding] = detect(doc);
    expect(finding?.category).toBe('newsletter');
    expect(finding?.element.className).toBe('kq2');
    expect(finding?.reasons).toContain('form:email');
  });
});

describe('roles and placement', () => {
  it('a dialog with a put-off button is a reminder-style nag', () => {
    const doc = page(`<main><article>${article()}</article></main>
      <div role="dialog" id="nag"><p>We noticed you are using an ad blocker.</p><p>Please whitelist us.</p>
      <button>Subscribe</button><button>Not now</button></div>`);
    const [finding] = detect(doc);
    expect(finding?.element.id).toBe('nag');
    expect(finding?.reasons).toContain('role:dialog');
  });
  it('no single keyword decides', () => {
    const doc = page(`<main><article>${article()}</article></main><aside><p id="lone">Donate</p></aside>`);
    expect(detect(doc)).toEqual([]);
  });
});

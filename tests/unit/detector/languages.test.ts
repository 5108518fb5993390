import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/detector';
import { article, page } from './helpers';

/** One hand-written appeal per language: a heading, a sentence and a button, beside a real article. */
const APPEALS: readonly { lang: string; category: string; html: string }[] = [
  { lang: 'en', category: 'donation', html: '<h4>Support Harbour Public Radio</h4><p>Harbour Public Radio\'s online services are supported by users like you. <a href="https://contribute.harbourradio.example/give/">Contribute now…</a></p>' },
  { lang: 'en', category: 'donation', html: '<h3>Support our journalism</h3><p>We rely on readers like you.</p><a href="/donate">Donate</a>' },
  { lang: 'ru', category: 'donation', html: '<h3>Поддержите нас</h3><p>Нам нужна ваша помощь, чтобы продолжать работу.</p><a href="/support">Поддержать</a>' },
  { lang: 'uk', category: 'donation', html: '<h3>Підтримайте нас</h3><p>Нам потрібна ваша допомога, щоб працювати далі.</p><a href="/donate">Підтримати</a>' },
  { lang: 'de', category: 'newsletter', html: '<h3>Unser Newsletter</h3><p>Bleiben Sie auf dem Laufenden, jeden Morgen in Ihr Postfach.</p><input type="email" placeholder="E-Mail"><button>Anmelden</button>' },
  { lang: 'fr', category: 'donation', html: '<h3>Soutenez-nous</h3><p>Votre soutien finance un journalisme indépendant.</p><a href="/faire-un-don">Faire un don</a>' },
  { lang: 'es', category: 'donation', html: '<h3>Apoya nuestro periodismo</h3><p>Necesitamos tu ayuda para seguir informando.</p><a href="/donar">Donar</a>' },
  { lang: 'it', category: 'newsletter', html: '<h3>Iscriviti alla newsletter</h3><p>Ricevi le notizie nella tua casella ogni mattina.</p><input type="email" name="email"><button>Iscriviti</button>' },
  { lang: 'pt', category: 'donation', html: '<h3>Apoie o jornalismo</h3><p>Precisamos da sua ajuda para continuar.</p><a href="/apoie">Apoiar</a>' },
  { lang: 'pl', category: 'donation', html: '<h3>Wesprzyj nas</h3><p>Potrzebujemy twojej pomocy, aby dalej pisać.</p><a href="/wesprzyj">Wesprzyj</a>' },
  { lang: 'cs', category: 'newsletter', html: '<h3>Zprávy do e-mailu</h3><p>Přihlaste se k odběru novinek.</p><input type="email"><button>Odebírat</button>' },
  { lang: 'ja', category: 'newsletter', html: '<h3>メールマガジン</h3><p>毎朝メールでお届けします（登録無料）</p><input type="email"><button>登録する</button>' },
  { lang: 'nl', category: 'donation', html: '<h3>Steun onze journalistiek</h3><p>We hebben je hulp nodig om onafhankelijk te blijven.</p><a href="/doneren">Doneer</a>' },
  { lang: 'sv', category: 'donation', html: '<h3>Stöd vår journalistik</h3><p>Vi behöver din hjälp för att kunna fortsätta granska makten.</p><a href="/stod">Stöd oss</a>' },
  { lang: 'ko', category: 'donation', html: '<h3>독립 언론을 후원해 주세요</h3><p>여러분의 후원으로 만들어지는 신문입니다.</p><a href="/support">후원하기</a>' },
  { lang: 'tr', category: 'donation', html: '<h3>Bağımsız gazeteciliğe destek olun</h3><p>Okurlarımızın desteğiyle ayakta duruyoruz. Desteğinize ihtiyacımız var.</p><a href="/destek">Destek ol</a>' },
  { lang: 'da', category: 'donation', html: '<h3>Støt uafhængig journalistik</h3><p>Vi har brug for din hjælp. Giv et bidrag via MobilePay eller bliv støttemedlem.</p><a href="/stot">Støt os</a>' },
  { lang: 'vi', category: 'donation', html: '<h3>Ủng hộ báo chí độc lập</h3><p>Chúng tôi cần sự ủng hộ của bạn để tiếp tục đưa tin không quảng cáo.</p><a href="/ung-ho">Ủng hộ ngay</a>' },
  { lang: 'hi', category: 'donation', html: '<h3>स्वतंत्र पत्रकारिता का समर्थन करें</h3><p>हमें आपके सहयोग की ज़रूरत है, ताकि हम बिना विज्ञापन के ख़बरें आप तक पहुँचा सकें।</p><a href="/support">योगदान दें</a>' },
  { lang: 'bn', category: 'donation', html: '<h3>স্বাধীন সাংবাদিকতাকে সমর্থন করুন</h3><p>পাঠকদের সহযোগিতায় আমরা বিজ্ঞাপন ছাড়া খবর প্রকাশ করি। আমাদের পাশে থাকুন।</p><a href="/support">এখনই অনুদান দিন</a>' },
  { lang: 'ta', category: 'donation', html: '<h3>சுதந்திரமான இதழியலை ஆதரியுங்கள்</h3><p>வாசகர்களின் ஆதரவுடன் நாங்கள் விளம்பரமில்லாமல் செய்திகளை வெளியிடுகிறோம். உங்கள் ஆதரவு எங்களுக்குத் தேவை.</p><a href="/donate">நன்கொடை அளியுங்கள்</a>' },
  { lang: 'te', category: 'donation', html: '<h3>స్వతంత్ర జర్నలిజానికి మద్దతు ఇవ్వండి</h3><p>పాఠకుల సహకారంతో మేము ప్రకటనలు లేని వార్తలు అందిస్తున్నాం. మీ మద్దతు మాకు అవసరం.</p><a href="/donate">విరాళం ఇవ్వండి</a>' },
  { lang: 'fi', category: 'donation', html: '<h3>Tue riippumatonta journalismia</h3><p>Toimimme lukijoiden tuella ilman mainoksia. Jokainen lahjoitus auttaa.</p><a href="/lahjoita">Lahjoita</a>' },
  { lang: 'sk', category: 'donation', html: '<h3>Podporte nezávislú žurnalistiku</h3><p>Potrebujeme vašu pomoc, aby sme mohli pokračovať. Prispejte akoukoľvek sumou.</p><a href="/podpora">Podporiť</a>' },
  { lang: 'sr', category: 'donation', html: '<h3>Подржите независно новинарство</h3><p>Радимо без огласа, уз помоћ читалаца. Требамо вашу подршку да бисмо наставили.</p><a href="/doniraj">Донирајте</a>' },
  { lang: 'bg', category: 'donation', html: '<h3>Подкрепете независимата журналистика</h3><p>Работим без реклами, благодарение на читателите. Имаме нужда от вашата помощ, за да продължим.</p><a href="/darenie">Направете дарение</a>' },
  { lang: 'ca', category: 'donation', html: '<h3>Dona suport al periodisme independent</h3><p>Som un mitjà sense publicitat que depèn dels lectors. Necessitem la teva ajuda per continuar.</p><a href="/donacions">Fes una donació</a>' },
  { lang: 'hr', category: 'donation', html: '<h3>Podržite neovisno novinarstvo</h3><p>Radimo bez oglasa, uz pomoć čitatelja. Trebamo vašu podršku kako bismo nastavili.</p><a href="/doniraj">Donirajte</a>' },
  { lang: 'el', category: 'donation', html: '<h3>Στηρίξτε την ανεξάρτητη δημοσιογραφία</h3><p>Η δημοσιογραφία μας στηρίζεται στους αναγνώστες. Χρειαζόμαστε τη βοήθειά σας.</p><a href="/donate">Κάντε δωρεά</a>' },
  { lang: 'ro', category: 'donation', html: '<h3>Susține jurnalismul independent</h3><p>Avem nevoie de ajutorul tău ca să continuăm. Fiecare donație contează.</p><a href="/doneaza">Donează</a>' },
  { lang: 'hu', category: 'donation', html: '<h3>Támogasd a független újságírást</h3><p>Olvasóink támogatásából működünk, hirdetésmentesen.</p><a href="/tamogatas">Támogatom</a>' },
  { lang: 'fa', category: 'donation', html: '<h3>از روزنامه‌نگاری مستقل حمایت کنید</h3><p>ما بدون تبلیغات کار می‌کنیم و به حمایت شما نیاز داریم.</p><a href="/support">حامی شوید</a>' },
  { lang: 'zh', category: 'promo', html: '<h3>下载客户端</h3><p>立即下载，随时阅读</p><a href="https://apps.apple.com/app/id1">App Store</a><a href="https://play.google.com/store/apps/details?id=x">Google Play</a>' },
  // A metered paywall's counter.
  { lang: 'de', category: 'promo', html: 'Sie können diesen Monat noch 3 Gratis-Artikel lesen. <a href="/digital">Unsere Angebote</a>' },
];

describe('appeals in each language', () => {
  for (const { lang, category, html } of APPEALS) {
    it(`finds a ${category} appeal in ${lang}`, () => {
      const doc = page(`<main><article>${article()}</article></main><aside><div id="box">${html}</div><ul><li><a href="/pier">The pier reopens</a></li></ul></aside>`, lang);
      const findings = detect(doc);
      expect(findings.map((f) => [f.element.id, f.category])).toEqual([['box', category]]);
      expect(findings[0]?.reasons.length).toBeGreaterThan(1);
    });
  }
});

/**
 * The wordings sites use most for each kind of appeal (a metered paywall, an app, an ad-block or
 * notification prompt, a gift), in several languages; invented prose. Each is looked for beside
 * the article and at its end, inside it.
 */
const COMMON: readonly { lang: string; category: string; html: string }[] = [
  { lang: 'en', category: 'donation', html: '<h2>A message from the editor</h2><p>Our reporting is free for everyone because readers choose to pay for it. If you can, make a one-off or monthly gift today.</p><a href="/give">Give now</a>' },
  { lang: 'en', category: 'donation', html: '<p>This newsletter is made possible by supporters like you.</p><a href="/join">Become a member</a>' },
  { lang: 'en', category: 'newsletter', html: '<h3>Get the morning email</h3><p>The day\'s top stories, delivered free to your inbox.</p><form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form>' },
  { lang: 'en', category: 'newsletter', html: '<p>Sign up for our weekly roundup</p><form><input type="text" name="email"><input type="submit" value="Go"></form>' },
  { lang: 'en', category: 'promo', html: '<p>You have 2 free articles left this month.</p><a href="/subscribe">Subscribe for $1 a week</a> <a href="/login">Log in</a>' },
  { lang: 'en', category: 'promo', html: '<p>Read this in our app for a better experience</p><a href="https://apps.apple.com/app/id123">Open in app</a>' },
  { lang: 'en', category: 'promo', html: '<div><a href="https://apps.apple.com/us/app/id123">Get our new free tablet app now</a></div>' },
  { lang: 'en', category: 'reminder', html: '<p>It looks like you are using an ad blocker. Ads help fund our journalism. Please whitelist us.</p><button>I have disabled it</button>' },
  { lang: 'en', category: 'reminder', html: '<p>Would you like to receive notifications about breaking news?</p><button>Allow</button><button>No thanks</button>' },
  { lang: 'de', category: 'donation', html: '<h2>Gefällt Ihnen dieser Artikel?</h2><p>Dann unterstützen Sie uns mit einem freiwilligen Beitrag.</p><a href="/unterstuetzen">Jetzt unterstützen</a>' },
  // A sidebar's teaser card, in the du-form ("melde dich an", as "melden Sie sich an").
  { lang: 'de', category: 'newsletter', html: '<a href="https://email.hafen-zeitung.example/join/wochenende"><img src="nl.jpg" alt=""><span>Wochenend-Newsletter: Melde dich jetzt an!</span></a>' },
  { lang: 'de', category: 'newsletter', html: '<h3>Der Morgen-Newsletter</h3><p>Die wichtigsten Nachrichten des Tages, kostenlos per E-Mail.</p><form><input type="email"><button>Jetzt abonnieren</button></form>' },
  { lang: 'de', category: 'promo', html: '<p>Lesen Sie weiter mit unserem Digital-Abo: 4 Wochen für 0 Euro.</p><a href="/abo">Jetzt testen</a>' },
  { lang: 'de', category: 'reminder', html: '<p>Sie nutzen einen Werbeblocker. Bitte deaktivieren Sie ihn für unsere Seite.</p><button>Später erinnern</button>' },
  { lang: 'de', category: 'reminder', html: '<h4>Sie haben einen Adblocker aktiviert.</h4><p>Anzeigen bezahlen die Arbeit unserer Redaktion. Wenn Ihnen die Seite gefällt, schalten Sie bitte den Adblocker ab.</p><span class="button">Seite neu laden</span>' },
  { lang: 'fr', category: 'donation', html: '<h2>Soutenez une information libre</h2><p>Nos articles sont gratuits grâce à vos dons. Chaque contribution compte.</p><a href="/don">Je fais un don</a>' },
  { lang: 'fr', category: 'newsletter', html: '<h3>Recevez notre lettre d\'information</h3><p>Inscrivez-vous pour recevoir l\'essentiel de l\'actualité chaque matin.</p><form><input type="email"><button>S\'inscrire</button></form>' },
  { lang: 'fr', category: 'promo', html: '<p>Cet article vous est offert. Abonnez-vous pour lire la suite sans limite.</p><a href="/abonnement">Je m\'abonne</a>' },
  { lang: 'fr', category: 'reminder', html: '<p>Activer les notifications pour ne rien manquer ?</p><button>Plus tard</button><button>Activer</button>' },
  { lang: 'es', category: 'donation', html: '<h2>Tu apoyo importa</h2><p>El periodismo independiente necesita lectores comprometidos. Hazte socio desde 5 euros al mes.</p><a href="/socios">Hazte socio</a>' },
  { lang: 'es', category: 'newsletter', html: '<h3>Recibe nuestro boletín</h3><p>Suscríbete y recibe las noticias más importantes en tu correo.</p><form><input type="email"><button>Suscribirme</button></form>' },
  { lang: 'es', category: 'promo', html: '<p>Descarga nuestra aplicación y lee las noticias sin conexión.</p><a href="https://play.google.com/store/apps/details?id=x">Google Play</a>' },
  { lang: 'es', category: 'reminder', html: '<p>Has desactivado la publicidad. Por favor desactiva tu bloqueador de anuncios.</p><button>Recordar más tarde</button>' },
  { lang: 'it', category: 'donation', html: '<h2>Sostieni il giornalismo indipendente</h2><p>Con un piccolo contributo ci aiuti a restare liberi.</p><a href="/sostieni">Sostienici</a>' },
  { lang: 'it', category: 'promo', html: '<p>Abbonati per leggere tutti gli articoli. Il primo mese costa 1 euro.</p><a href="/abbonati">Abbonati ora</a>' },
  { lang: 'pt', category: 'newsletter', html: '<h3>Receba a nossa newsletter</h3><p>Inscreva-se e receba as principais notícias no seu e-mail.</p><form><input type="email"><button>Inscrever</button></form>' },
  { lang: 'pt', category: 'promo', html: '<p>Assine o jornal digital por apenas R$ 1,90 no primeiro mês.</p><a href="/assine">Assine já</a>' },
  { lang: 'ru', category: 'donation', html: '<h2>Помогите нам работать дальше</h2><p>Независимая журналистика существует благодаря вашим пожертвованиям.</p><a href="/donate">Пожертвовать</a>' },
  { lang: 'ru', category: 'newsletter', html: '<h3>Подпишитесь на нашу рассылку</h3><p>Главные новости дня каждое утро на вашу почту.</p><form><input type="email"><button>Подписаться</button></form>' },
  { lang: 'ru', category: 'promo', html: '<p>Читайте нас в Telegram — подписывайтесь на наш канал.</p><a href="https://t.me/example">Подписаться</a>' },
  { lang: 'pl', category: 'newsletter', html: '<h3>Zapisz się do newslettera</h3><p>Najważniejsze wiadomości dnia prosto na twoją skrzynkę.</p><form><input type="email"><button>Zapisz się</button></form>' },
  { lang: 'pl', category: 'promo', html: '<p>Wykup prenumeratę cyfrową i czytaj bez ograniczeń.</p><a href="/prenumerata">Kup dostęp</a>' },
  { lang: 'uk', category: 'newsletter', html: '<h3>Підпишіться на розсилку</h3><p>Головні новини дня щоранку на вашу пошту.</p><form><input type="email"><button>Підписатися</button></form>' },
  { lang: 'cs', category: 'donation', html: '<h2>Podpořte nezávislou žurnalistiku</h2><p>Bez vašich příspěvků bychom nemohli psát.</p><a href="/podpora">Přispět</a>' },
  { lang: 'ja', category: 'promo', html: '<p>有料会員になると全ての記事が読み放題です。</p><a href="/subscribe">有料会員登録</a>' },
  { lang: 'zh', category: 'newsletter', html: '<h3>订阅我们的新闻邮件</h3><p>每天早上把最重要的新闻发送到您的邮箱。</p><form><input type="email"><button>订阅</button></form>' },
  // Dialogs, fixed bars and prompts; a notification prompt is the offer it makes, its "Not now" nested in it.
  { lang: 'en', category: 'donation', html: '<div role="dialog" aria-label="Support"><p>Enjoying ad-free content? Independent sites like ours depend on you.</p><button>Support us</button><button>Remind me later</button></div>' },
  { lang: 'en', category: 'donation', html: '<div style="position:fixed;bottom:0"><p>Please don\'t scroll past this. We ask you, humbly, to support our independence. If everyone reading this gave a little, our fundraiser would be done within an hour.</p><a href="/give">Give $5</a><button>Maybe later</button></div>' },
  { lang: 'en', category: 'newsletter', html: '<div role="dialog"><p>Don\'t miss out! Get the best stories every week.</p><form><input type="email" aria-label="Email"><button>Count me in</button></form><button aria-label="Close">×</button></div>' },
  { lang: 'en', category: 'promo', html: '<div><p>Hi there! Turn on notifications to get breaking news as it happens.</p><button>Not now</button><button>Turn on</button></div>' },
  { lang: 'en', category: 'promo', html: '<div><p>Unlock all articles: subscribe today and save 50% on your first year.</p><button>See offers</button></div>' },
  { lang: 'en', category: 'promo', html: '<div><p>Our journalism is best on the app. Faster, with offline reading.</p><a href="https://example.onelink.me/abc">Get the app</a><button>Continue in browser</button></div>' },
  { lang: 'de', category: 'promo', html: '<div><p>Möchten Sie Push-Benachrichtigungen erhalten?</p><button>Nicht jetzt</button><button>Erlauben</button></div>' },
  { lang: 'fr', category: 'reminder', html: '<div><p>Vous utilisez un bloqueur de publicité. Désactivez-le pour soutenir notre rédaction.</p><button>Me le rappeler plus tard</button></div>' },
  { lang: 'es', category: 'newsletter', html: '<div role="dialog"><p>¡No te pierdas nada! Recibe lo mejor de la semana.</p><form><input type="email" placeholder="Tu email"><button>Apuntarme</button></form></div>' },
  { lang: 'it', category: 'reminder', html: '<div><p>Stai usando un ad blocker. La pubblicità ci permette di offrirti notizie gratuite.</p><button>Ricordamelo più tardi</button></div>' },
  { lang: 'pt', category: 'donation', html: '<div><p>Apoie o jornalismo independente. Faça uma doação e ajude-nos a continuar.</p><a href="/doacao">Doar agora</a></div>' },
  { lang: 'ru', category: 'reminder', html: '<div><p>Вы используете блокировщик рекламы. Пожалуйста, отключите его.</p><button>Напомнить позже</button></div>' },
  { lang: 'en', category: 'donation', html: '<section><h2>Wikipedia is not for sale.</h2><p>Please don\'t skip this 1-minute read. This Tuesday, we ask you to reflect on the number of times you visited this site this year and the value you got from it.</p><button>Donate now</button><button>Maybe later</button></section>' },
  // Follow-us boxes, app and QR-code prompts, ad-block prompts in more languages; Latin words written against Japanese.
  { lang: 'ja', category: 'promo', html: '<p>LINEで友だち追加して最新ニュースを受け取ろう</p><a href="https://line.me/R/ti/p/@example">友だち追加</a>' },
  { lang: 'ja', category: 'promo', html: '<p>いいね！して最新情報をチェック</p><a href="https://www.facebook.com/example">Facebook</a> <a href="https://twitter.com/example">Twitter</a>' },
  // A box for the paper's digital edition (電子版) that asks "won't you read it digitally?" (デジタルで読みませんか).
  { lang: 'ja', category: 'promo', html: '<div class="info"><a href="/promo/digital">港新聞電子版をもっと知りたい方はこちら</a><p><a href="/lp/viewer">港新聞をデジタルで読みませんか？</a></p></div>' },
  { lang: 'ja', category: 'newsletter', html: '<h3>メルマガ登録</h3><p>最新記事を毎週お届けします。</p><form><input type="email"><button>登録</button></form>' },
  { lang: 'ja', category: 'promo', html: '<p>公式Twitterアカウントをフォローして、最新情報を受け取ろう。</p><a href="https://twitter.com/example">@example をフォロー</a>' },
  { lang: 'ja', category: 'promo', html: '<p>無料アプリで記事を読もう</p><a href="https://apps.apple.com/jp/app/id1">App Storeからダウンロード</a> <a href="https://play.google.com/store/apps/details?id=x">Google Playで手に入れよう</a>' },
  { lang: 'zh', category: 'promo', html: '<p>扫描二维码关注我们的微信公众号</p><img src="qr.png" alt="二维码">' },
  { lang: 'zh', category: 'promo', html: '<p>下载新闻客户端，随时随地看新闻</p><a href="https://apps.apple.com/cn/app/id1">iPhone版</a> <a href="/android.apk">Android版</a>' },
  { lang: 'zh', category: 'newsletter', html: '<h3>订阅电子报</h3><p>每周把精选文章发送到您的电子邮箱。</p><form><input type="email"><button>订阅</button></form>' },
  { lang: 'de', category: 'promo', html: '<p>Folgen Sie uns auf Facebook und Twitter, um keine Nachricht zu verpassen.</p><a href="https://www.facebook.com/x">Facebook</a> <a href="https://twitter.com/x">Twitter</a>' },
  { lang: 'fr', category: 'promo', html: '<p>Suivez-nous sur Facebook et Twitter pour ne rien manquer de l’actualité.</p><a href="https://www.facebook.com/x">Facebook</a> <a href="https://twitter.com/x">Twitter</a>' },
  { lang: 'pt', category: 'promo', html: '<p>Siga-nos no Facebook e no Twitter e receba as últimas notícias.</p><a href="https://www.facebook.com/x">Facebook</a> <a href="https://twitter.com/x">Twitter</a>' },
  { lang: 'pl', category: 'promo', html: '<p>Polub nas na Facebooku i obserwuj na Twitterze.</p><a href="https://www.facebook.com/x">Facebook</a> <a href="https://twitter.com/x">Twitter</a>' },
  { lang: 'cs', category: 'promo', html: '<p>Sledujte nás na Facebooku a Twitteru, ať vám nic neuteče.</p><a href="https://www.facebook.com/x">Facebook</a> <a href="https://twitter.com/x">Twitter</a>' },
  { lang: 'es', category: 'newsletter', html: '<h3>Boletín diario</h3><p>Recibe cada mañana las noticias más importantes en tu email.</p><form><input type="email"><button>Enviar</button></form>' },
  { lang: 'ru', category: 'promo', html: '<p>Присоединяйтесь к нам в социальных сетях</p><a href="https://vk.com/x">ВКонтакте</a> <a href="https://t.me/x">Telegram</a> <a href="https://ok.ru/x">Одноклассники</a>' },
  { lang: 'uk', category: 'promo', html: '<p>Приєднуйтесь до нас у соцмережах</p><a href="https://www.facebook.com/x">Facebook</a> <a href="https://t.me/x">Telegram</a> <a href="https://instagram.com/x">Instagram</a>' },
  { lang: 'pl', category: 'reminder', html: '<p>Wygląda na to, że używasz blokera reklam. Reklamy pozwalają nam utrzymać serwis.</p><button>Przypomnij później</button>' },
  { lang: 'cs', category: 'reminder', html: '<p>Používáte blokátor reklam. Reklama nám pomáhá financovat obsah.</p><button>Připomenout později</button>' },
  { lang: 'ja', category: 'reminder', html: '<p>広告ブロッカーを無効にしてください。広告収入でサイトを運営しています。</p><button>後で</button>' },
  { lang: 'zh', category: 'reminder', html: '<p>检测到您正在使用广告拦截插件，请将本站加入白名单。</p><button>稍后提醒</button>' },
  { lang: 'uk', category: 'reminder', html: '<p>Схоже, ви використовуєте блокувальник реклами. Будь ласка, вимкніть його.</p><button>Нагадати пізніше</button>' },
  { lang: 'en', category: 'promo', html: '<h3><span>Connect with the Gazette</span></h3><p><a href="https://www.facebook.com/harbourgazette"><img src="fb.png" alt="The Gazette on Facebook"></a><a href="https://twitter.com/harbourgazette"><img src="tw.png" alt="The Gazette on Twitter"></a><a href="https://www.youtube.com/harbourgazette"><img src="yt.png" alt="The Gazette on YouTube"></a></p>' },
  { lang: 'en', category: 'promo', html: '<div><h4>Stay connected</h4><a href="https://www.facebook.com/x">Facebook</a> <a href="https://twitter.com/x">Twitter</a> <a href="https://instagram.com/x">Instagram</a> <a href="https://youtube.com/x">YouTube</a> <a href="/rss">RSS</a></div>' },
  { lang: 'en', category: 'promo', html: '<p>Subscribe to the print edition and save 40% off the cover price.</p><a href="/magazine/subscribe">Subscribe</a>' },
  // Payment and crowdfunding platforms of each country, amount pickers, bank details, tax-deductible gifts.
  { lang: 'de', category: 'donation', html: '<h3>Unterstützen Sie uns</h3><p>Spendenkonto: IBAN DE12 3456 7890 1234 5678 90, Verwendungszweck: Spende</p><a href="https://www.paypal.com/donate?id=1">Per PayPal spenden</a>' },
  { lang: 'uk', category: 'donation', html: '<p>Підтримайте нашу редакцію донатом на банку.</p><a href="https://send.monobank.ua/jar/abc">Monobank</a>' },
  { lang: 'pl', category: 'donation', html: '<p>Dziękujemy, że jesteś z nami. Wesprzyj nas na Patronite lub jednorazowo.</p><a href="https://patronite.pl/x">Patronite</a> <a href="https://zrzutka.pl/x">Zrzutka</a>' },
  { lang: 'cs', category: 'donation', html: '<p>Děkujeme, že čtete. Přispějte nám přes Darujme.cz.</p><a href="https://www.darujme.cz/projekt/1">Darujme.cz</a>' },
  { lang: 'ru', category: 'donation', html: '<p>Мы работаем благодаря нашим читателям. Сделайте разовый или ежемесячный платеж.</p><button>500 ₽</button><button>1000 ₽</button><a href="https://cloudtips.ru/x">Другая сумма</a>' },
  { lang: 'es', category: 'donation', html: '<p>Colabora con un pago único o hazte socio.</p><button>10 €</button><button>25 €</button><a href="/colabora">Otra cantidad</a>' },
  { lang: 'en', category: 'donation', html: '<p>Help us cover the costs of the flood appeal on GoFundMe.</p><a href="https://www.gofundme.com/f/x">Give on GoFundMe</a>' },
  { lang: 'en', category: 'donation', html: '<p>Choose an amount</p><button>$5</button><button>$10</button><button>$25</button><button>Other</button><p>Monthly support keeps our newsroom independent.</p><button>Continue</button>' },
  { lang: 'fr', category: 'donation', html: '<p>Faites un don défiscalisé : 66 % de votre don est déductible de vos impôts.</p><a href="https://www.helloasso.com/associations/x">Je donne</a>' },
  { lang: 'it', category: 'donation', html: '<p>Sostieni la nostra informazione libera con una donazione, anche piccola.</p><a href="https://www.paypal.me/x">Dona con PayPal</a>' },
  { lang: 'pt', category: 'donation', html: '<p>Contribua com o jornalismo independente via Pix ou cartão.</p><a href="https://apoia.se/x">Apoia.se</a>' },
  { lang: 'ja', category: 'donation', html: '<p>サイト運営を応援してください。</p><a href="https://ofuse.me/x">OFUSEで応援する</a>' },
  // Sign-up forms whose only wording is the site's own ("The Briefing", "Ranní přehled"), and metered paywalls' limits.
  { lang: 'en', category: 'newsletter', html: '<p>The Briefing: everything you need to know, every weekday at 6am.</p><form><input type="email" placeholder="Email"><button>Go</button></form>' },
  { lang: 'en', category: 'newsletter', html: '<h3>Get smarter about your city</h3><p>One email a week. No spam, ever.</p><form><input type="email" placeholder="name@example.com"><button>Join</button></form>' },
  { lang: 'en', category: 'newsletter', html: '<p>Thanks for reading! Want this in your inbox? It’s free.</p><a href="https://example.substack.com/subscribe">Subscribe now</a>' },
  { lang: 'de', category: 'newsletter', html: '<h3>Das Wichtigste am Morgen</h3><p>Erhalten Sie unsere Nachrichten täglich per Mail.</p><form><input type="email" placeholder="Ihre E-Mail-Adresse"><button>Los</button></form>' },
  { lang: 'fr', category: 'newsletter', html: '<h3>La lettre du soir</h3><p>Recevez chaque soir une sélection de nos articles.</p><form><input type="email" placeholder="Votre e-mail"><button>OK</button></form>' },
  { lang: 'es', category: 'newsletter', html: '<h3>Lo mejor de la semana</h3><p>Apúntate y te lo enviamos cada viernes.</p><form><input type="email" placeholder="Correo electrónico"><button>Apuntarme</button></form>' },
  { lang: 'it', category: 'newsletter', html: '<h3>Il punto del mattino</h3><p>Le notizie più importanti, ogni giorno nella tua casella di posta.</p><form><input type="email"><button>Invia</button></form>' },
  { lang: 'pt', category: 'newsletter', html: '<h3>Resumo diário</h3><p>Cadastre-se e receba as notícias no seu e-mail.</p><form><input type="email"><button>Cadastrar</button></form>' },
  { lang: 'pl', category: 'newsletter', html: '<h3>Poranny przegląd</h3><p>Codziennie rano najważniejsze informacje w Twojej skrzynce.</p><form><input type="email"><button>Zapisuję się</button></form>' },
  { lang: 'cs', category: 'newsletter', html: '<h3>Ranní přehled</h3><p>Každé ráno to nejdůležitější do vaší e-mailové schránky.</p><form><input type="email"><button>Přihlásit</button></form>' },
  { lang: 'uk', category: 'newsletter', html: '<h3>Ранковий дайджест</h3><p>Найважливіше за день — щоранку на вашу електронну пошту.</p><form><input type="email"><button>Надіслати</button></form>' },
  { lang: 'ru', category: 'newsletter', html: '<h3>Утренний дайджест</h3><p>Самое важное за день — каждое утро на ваш e-mail.</p><form><input type="email"><button>Отправить</button></form>' },
  { lang: 'ja', category: 'newsletter', html: '<h3>朝刊ダイジェスト</h3><p>毎朝、注目記事をメールでお届けします。</p><form><input type="email"><button>送信</button></form>' },
  { lang: 'zh', category: 'newsletter', html: '<h3>每日早报</h3><p>每天早上，精选新闻发送到你的邮箱。</p><form><input type="email"><button>提交</button></form>' },
  { lang: 'en', category: 'promo', html: '<p>You have 3 free articles remaining this month. Subscribe for unlimited access.</p><a href="/subscribe">See subscription options</a><a href="/login">Sign in</a>' },
  { lang: 'de', category: 'promo', html: '<p>Sie haben Ihr Limit an kostenlosen Artikeln erreicht.</p><a href="/abo">Jetzt Abo abschließen</a><a href="/login">Anmelden</a>' },
  { lang: 'es', category: 'promo', html: '<p>Has alcanzado el límite de artículos gratuitos de este mes.</p><a href="/suscripcion">Suscríbete</a><a href="/login">Inicia sesión</a>' },
  // Dialogs that ask for notifications or a contribution and offer to put it off, in more languages.
  { lang: 'it', category: 'reminder', html: '<div role="dialog"><p>Vuoi ricevere le notifiche sulle ultime notizie?</p><button>No, grazie</button><button>Consenti</button></div>' },
  { lang: 'es', category: 'reminder', html: '<div role="dialog"><p>¿Quieres recibir notificaciones con las últimas noticias?</p><button>Ahora no</button><button>Permitir</button></div>' },
  { lang: 'pl', category: 'reminder', html: '<div role="dialog"><p>Czy chcesz otrzymywać powiadomienia o najnowszych wiadomościach?</p><button>Nie teraz</button><button>Zezwól</button></div>' },
  { lang: 'cs', category: 'reminder', html: '<div role="dialog"><p>Chcete dostávat upozornění na nejnovější zprávy?</p><button>Teď ne</button><button>Povolit</button></div>' },
  { lang: 'ja', category: 'reminder', html: '<div role="dialog"><p>最新ニュースの通知を受け取りますか？</p><button>後で</button><button>許可する</button></div>' },
  { lang: 'uk', category: 'reminder', html: '<div role="dialog"><p>Бажаєте отримувати сповіщення про найважливіші новини?</p><button>Не зараз</button><button>Дозволити</button></div>' },
  { lang: 'de', category: 'donation', html: '<div role="dialog"><h2>Bevor Sie weiterlesen</h2><p>Guter Journalismus kostet Geld. Mit einem Beitrag ab 3 Euro sichern Sie unsere Unabhängigkeit.</p><a href="/unterstuetzen">Jetzt unterstützen</a><button>Vielleicht später</button></div>' },
  { lang: 'fr', category: 'donation', html: '<div role="dialog"><h2>Avant de continuer</h2><p>Une information indépendante a un coût. Soutenez-nous dès 1 €.</p><a href="/don">Je soutiens</a><button>Plus tard</button></div>' },
  { lang: 'pt', category: 'donation', html: '<div role="dialog"><p>O jornalismo independente precisa de você. Apoie a partir de R$ 5.</p><a href="/apoie">Quero apoiar</a><button>Agora não</button></div>' },
  { lang: 'en', category: 'reminder', html: '<div class="overlay"><p>Please disable your ad blocker or support us by subscribing.</p><button>I\'ve disabled my ad blocker</button><button>Continue without disabling</button></div>' },
  { lang: 'en', category: 'donation', html: '<div class="slide-in"><p>We noticed you\'ve been reading a lot. Would you consider supporting us?</p><a href="/support">Yes, I\'ll support</a><button>Not right now</button></div>' },
  // Shapes: an amount picker, a fixed bar closed by ×, an open <dialog>, words each in a span, a pitch and its button far apart.
  { lang: 'en', category: 'donation', html: '<form action="/donate"><p>Help keep this site free. Choose an amount:</p><label><input type="radio" name="amt" value="5">$5</label><label><input type="radio" name="amt" value="10">$10</label><input type="submit" value="Donate"></form>' },
  { lang: 'en', category: 'promo', html: '<div style="position:fixed;bottom:0"><span>Subscribe for $1 a week.</span> <a href="/subscribe">Subscribe</a> <button aria-label="Close">×</button></div>' },
  { lang: 'en', category: 'donation', html: '<dialog open><h2>Will you help us?</h2><p>We are a nonprofit newsroom and depend on donations from readers like you.</p><a href="/donate">Donate now</a><button>Close</button></dialog>' },
  { lang: 'en', category: 'newsletter', html: '<div class="signup"><p><span>Get</span> <span>the</span> <span>best</span> <span>of</span> <span>our</span> <span>journalism</span> <span>in</span> <span>your</span> <span>inbox</span></p><form><input type="email" aria-label="Email"><button type="submit">Sign up</button></form></div>' },
  { lang: 'en', category: 'donation', html: '<div class="cta"><div><div><p>Independent journalism needs you.</p></div></div><div><div><a class="button" href="https://donorbox.org/x">Give</a></div></div></div>' },
  { lang: 'de', category: 'donation', html: '<dialog open><h2>Ein kleiner Gefallen</h2><p>Unabhängiger Journalismus braucht Ihre Unterstützung. Schon ab 5 Euro helfen Sie uns.</p><a href="/unterstuetzen">Jetzt unterstützen</a><button>Schließen</button></dialog>' },
  // Podcasts, gift subscriptions, pages for subscribers only, patrons, and plainer sentences of each kind.
  { lang: 'en', category: 'donation', html: '<h2>We have a small favour to ask</h2><p>Millions turn to us for open, independent news. We have no shareholders and no billionaire owner. Would you consider supporting us today?</p><a href="/contribute">Support us</a><button>Remind me in June</button>' },
  { lang: 'en', category: 'donation', html: '<p>Can you chip in? Nonprofit newsrooms like ours rely on readers. Every dollar makes a difference.</p><a href="https://secure.example.org/page/chip">Chip in $10</a>' },
  { lang: 'en', category: 'donation', html: '<p>If you value what we do, please consider a tax-deductible donation to our nonprofit newsroom.</p><a href="/give">Donate</a>' },
  { lang: 'en', category: 'donation', html: '<p>Enjoy our work? Support us on Patreon and get early access to new episodes.</p><a href="https://www.patreon.com/example">Become a patron</a>' },
  { lang: 'en', category: 'donation', html: '<p>Like what you read? Buy us a coffee.</p><a href="https://ko-fi.com/example">Buy us a coffee</a>' },
  { lang: 'en', category: 'newsletter', html: '<h3>Stay informed</h3><p>Enter your email address to get our free daily newsletter.</p><input type="email" placeholder="Email address"><button>Sign me up</button>' },
  { lang: 'en', category: 'newsletter', html: '<p>Like this story? Get more like it in your inbox every Friday.</p><form><input type="email"><button>Submit</button></form>' },
  { lang: 'en', category: 'newsletter', html: '<p>Want more stories like this? Subscribe to our newsletter.</p><a href="/newsletters">Subscribe</a>' },
  { lang: 'en', category: 'promo', html: '<p>This article is for subscribers only. Subscribe now to continue reading.</p><a href="/subscribe">Subscribe</a><p>Already a subscriber? <a href="/login">Sign in</a></p>' },
  { lang: 'en', category: 'promo', html: '<p>Follow us on Facebook, X and Instagram for the latest updates.</p><a href="https://facebook.com/example">Facebook</a> <a href="https://x.com/example">X</a> <a href="https://instagram.com/example">Instagram</a>' },
  { lang: 'en', category: 'promo', html: '<p>Listen to our daily podcast on Apple Podcasts or Spotify.</p><a href="https://podcasts.apple.com/podcast/id1">Apple Podcasts</a> <a href="https://open.spotify.com/show/abc">Spotify</a>' },
  { lang: 'en', category: 'promo', html: '<p>Give the gift of great journalism. Share a subscription with someone you love.</p><a href="/gift">Give a gift subscription</a>' },
  { lang: 'en', category: 'reminder', html: '<h2>We noticed you are using an ad blocker</h2><p>We rely on advertising to keep our content free. Please consider turning it off for this site.</p><button>Continue without supporting us</button>' },
  { lang: 'en', category: 'newsletter', html: '<div role="dialog"><h2>Before you go...</h2><p>Get our top stories delivered straight to your inbox.</p><form><input type="email"><button>Sign up</button></form><button>No thanks</button></div>' },
  { lang: 'en', category: 'donation', html: '<p>Join our community of supporters. Members read without ads and keep our reporting free for all.</p><a href="/membership">Join now</a>' },
  { lang: 'en', category: 'donation', html: '<p>Reader-funded since 2009. Your support keeps this site running.</p><a href="/support">Support</a>' },
  { lang: 'en', category: 'promo', html: '<p>Get unlimited digital access for just $1.</p><a href="/offer">Get offer</a>' },
  { lang: 'en', category: 'newsletter', html: '<p>Get the latest headlines delivered to you daily.</p><form><input type="email" placeholder="Enter your email"><button aria-label="Submit">→</button></form>' },
  { lang: 'en', category: 'donation', html: '<div role="dialog"><p>Support independent journalism.</p><a href="/donate">Give</a><button>I\'ll give later</button></div>' },
  { lang: 'de', category: 'donation', html: '<p>Journalismus kostet Geld. Unterstützen Sie uns mit einer Spende.</p><a href="/spenden">Spenden</a>' },
  { lang: 'de', category: 'promo', html: '<p>Dieser Artikel ist nur für Abonnenten. Jetzt weiterlesen mit unserem Digital-Abo.</p><a href="/abo">Jetzt abonnieren</a> <a href="/login">Anmelden</a>' },
  { lang: 'de', category: 'newsletter', html: '<p>Melden Sie sich für unseren kostenlosen Newsletter an.</p><input type="email"><button>Anmelden</button>' },
  { lang: 'de', category: 'promo', html: '<p>Laden Sie unsere App herunter und lesen Sie unterwegs.</p><a href="https://apps.apple.com/de/app/id1">App Store</a>' },
  { lang: 'fr', category: 'promo', html: '<p>Cet article est réservé aux abonnés. Il vous reste 80% de l\'article à lire.</p><a href="/abonnement">S\'abonner</a> <a href="/connexion">Se connecter</a>' },
  { lang: 'fr', category: 'newsletter', html: '<p>Chaque matin, recevez gratuitement notre newsletter.</p><input type="email"><button>Je m\'inscris</button>' },
  { lang: 'fr', category: 'promo', html: '<p>Téléchargez l\'application pour suivre l\'actualité en direct.</p><a href="https://play.google.com/store/apps/details?id=x">Télécharger</a>' },
  { lang: 'fr', category: 'donation', html: '<p>Nous sommes un média indépendant, sans publicité. Aidez-nous en faisant un don.</p><a href="/soutenir">Soutenir</a>' },
  { lang: 'es', category: 'promo', html: '<p>Suscríbete para seguir leyendo. Primer mes por 1 €.</p><a href="/suscripcion">Suscríbete</a> <a href="/login">Inicia sesión</a>' },
  { lang: 'es', category: 'donation', html: '<p>Hazte mecenas y ayúdanos a seguir haciendo periodismo independiente.</p><a href="/apoya">Colabora</a>' },
  { lang: 'es', category: 'promo', html: '<p>Síguenos en nuestras redes sociales</p><a href="https://facebook.com/x">Facebook</a> <a href="https://twitter.com/x">Twitter</a>' },
  { lang: 'it', category: 'newsletter', html: '<p>Resta aggiornato: ricevi ogni sera la nostra selezione via email.</p><form><input type="email"><button>Invia</button></form>' },
  { lang: 'it', category: 'promo', html: '<p>Seguici su Facebook e Instagram</p><a href="https://facebook.com/x">Facebook</a> <a href="https://instagram.com/x">Instagram</a>' },
  { lang: 'it', category: 'promo', html: '<p>Scarica l\'app gratuita e leggi ovunque.</p><a href="https://apps.apple.com/it/app/id1">App Store</a>' },
  { lang: 'pt', category: 'promo', html: '<p>Conteúdo exclusivo para assinantes. Assine para continuar lendo.</p><a href="/assinatura">Assine</a> <a href="/entrar">Entrar</a>' },
  { lang: 'pt', category: 'reminder', html: '<p>Deseja receber notificações das principais notícias?</p><button>Agora não</button><button>Permitir</button>' },
  { lang: 'ru', category: 'donation', html: '<p>Мы существуем на деньги читателей. Поддержите нас — оформите ежемесячное пожертвование.</p><a href="/donate">Поддержать</a>' },
  { lang: 'ru', category: 'newsletter', html: '<p>Получайте главные новости на почту</p><input type="email"><button>Подписаться</button>' },
  { lang: 'pl', category: 'donation', html: '<p>Wspieraj niezależne dziennikarstwo. Zostań patronem.</p><a href="https://patronite.pl/x">Wspieram</a>' },
  { lang: 'pl', category: 'newsletter', html: '<p>Zapisz się na nasz newsletter i bądź na bieżąco.</p><input type="email"><button>Zapisz</button>' },
  { lang: 'cs', category: 'promo', html: '<p>Tento článek je dostupný pouze pro předplatitele.</p><a href="/predplatne">Předplatit</a>' },
  { lang: 'cs', category: 'donation', html: '<p>Líbí se vám náš obsah? Podpořte nás libovolnou částkou.</p><a href="/darujte">Darovat</a>' },
  { lang: 'uk', category: 'donation', html: '<p>Станьте нашим патроном на Patreon.</p><a href="https://patreon.com/x">Підтримати</a>' },
  { lang: 'uk', category: 'promo', html: '<p>Читайте нас у Telegram: підписуйтесь на наш канал, щоб не пропустити головне.</p><a href="https://t.me/x">Telegram</a>' },
  { lang: 'ja', category: 'promo', html: '<p>アプリで読む</p><a href="https://apps.apple.com/jp/app/id1">ダウンロード</a>' },
  { lang: 'ja', category: 'newsletter', html: '<p>ニュースレターに登録して最新情報を受け取る</p><input type="email"><button>登録</button>' },
  { lang: 'ja', category: 'promo', html: '<p>公式SNSをフォローしよう</p><a href="https://twitter.com/x">Twitter</a> <a href="https://facebook.com/x">Facebook</a>' },
  { lang: 'zh', category: 'donation', html: '<p>支持我们的独立新闻报道，请考虑捐款。</p><a href="/donate">捐款</a>' },
  { lang: 'zh', category: 'promo', html: '<p>订阅会员，畅读全部文章。</p><a href="/subscribe">立即订阅</a>' },
  { lang: 'en', category: 'promo', html: '<h3>Join us at the Harbour Ideas Festival</h3><p>Three days of talks with our reporters and guests. Readers save 20% on tickets.</p><a href="/events/festival">Book tickets</a>' },
  { lang: 'en', category: 'promo', html: '<h3>The Ledger Shop</h3><p>Prints, mugs and tote bags: every purchase supports our newsroom.</p><a href="https://shop.harbourledger.example">Visit the shop</a>' },
  { lang: 'en', category: 'promo', html: '<p>Tell us what you think: take our two-minute reader survey and help shape what we cover.</p><a href="/survey">Take the survey</a>' },
  { lang: 'en', category: 'promo', html: '<h3>Free e-book</h3><p>Download our guide to the coast\'s best walks, free for newsletter subscribers.</p><a href="/guide">Get the guide</a>' },
  { lang: 'de', category: 'promo', html: '<h3>Jetzt im Shop</h3><p>Das Jahrbuch 2026 mit den besten Reportagen – ab sofort bestellen.</p><a href="/shop/jahrbuch">Jetzt bestellen</a>' },
  { lang: 'es', category: 'promo', html: '<p>Participa en nuestra encuesta a lectores y ayúdanos a mejorar.</p><a href="/encuesta">Responder la encuesta</a>' },
  { lang: 'pt', category: 'promo', html: '<p>Participe da pesquisa com leitores e ajude a melhorar o jornal.</p><a href="/pesquisa">Responder à pesquisa</a>' },
  { lang: 'ru', category: 'promo', html: '<p>Пройдите опрос читателей: это займёт две минуты.</p><a href="/opros">Пройти опрос</a>' },
  { lang: 'pl', category: 'promo', html: '<h3>Nasz sklep</h3><p>Kubki, torby i kalendarze: w naszym sklepie wspierasz redakcję.</p><a href="/sklep">Do sklepu</a>' },
  { lang: 'ja', category: 'promo', html: '<p>読者アンケートにご協力ください。抽選で記念品をお送りします。</p><a href="/survey">アンケートに回答</a>' },
  { lang: 'zh', category: 'promo', html: '<p>参与读者调查，帮助我们改进报道。</p><a href="/survey">参与调查</a>' },
  { lang: 'uk', category: 'promo', html: '<p>Пройдіть опитування читачів і допоможіть нам стати кращими.</p><a href="/opytuvannia">Пройти опитування</a>' },
  // One network's follow box (news aggregators, messaging channels), its button saying only "Follow"; a patron in Polish.
  { lang: 'en', category: 'promo', html: '<p>Follow us on Google News for the latest stories from the coast.</p><a href="https://news.google.com/publications/X">Follow</a>' },
  { lang: 'es', category: 'promo', html: '<p>Síguenos en Google News y recibe nuestras noticias.</p><a href="https://news.google.com/publications/X">Seguir</a>' },
  { lang: 'de', category: 'promo', html: '<p>Folgen Sie uns auf Google News, um keine Nachricht zu verpassen.</p><a href="https://news.google.com/publications/X">Folgen</a>' },
  { lang: 'fr', category: 'promo', html: '<p>Suivez-nous sur Google Actualités pour ne rien manquer.</p><a href="https://news.google.com/publications/X">Suivre</a>' },
  { lang: 'it', category: 'promo', html: '<p>Seguici su Google News per restare aggiornato.</p><a href="https://news.google.com/publications/X">Segui</a>' },
  { lang: 'pt', category: 'promo', html: '<p>Siga-nos no Google Notícias e receba as últimas notícias.</p><a href="https://news.google.com/publications/X">Seguir</a>' },
  { lang: 'en', category: 'promo', html: '<p>Join our WhatsApp channel to get breaking news straight to your phone.</p><a href="https://whatsapp.com/channel/X">Join now</a>' },
  { lang: 'es', category: 'promo', html: '<p>Únete a nuestro canal de WhatsApp y recibe las noticias más importantes.</p><a href="https://whatsapp.com/channel/X">Unirme</a>' },
  { lang: 'de', category: 'promo', html: '<p>Die Hafenzeitung als E-Paper: jeden Morgen ab 5 Uhr digital lesen.</p><a href="/epaper">Zum E-Paper</a>' },
  { lang: 'en', category: 'promo', html: '<p>Read the Gazette\'s digital edition, page by page, from 5 a.m.</p><a href="/eedition">Open the e-Edition</a>' },
  // The shortest appeals, in languages that fuse "us" into the verb ("apóyanos", "seguici"): as strong as English "support us".
  { lang: 'en', category: 'donation', html: '<p>Support us. We are an independent outlet.</p><a href="/donate">Donate</a>' },
  { lang: 'es', category: 'donation', html: '<p>Apóyanos. Somos un medio independiente.</p><a href="/donar">Donar</a>' },
  { lang: 'it', category: 'donation', html: '<p>Sostienici. Siamo una testata indipendente.</p><a href="/dona">Dona</a>' },
  { lang: 'pt', category: 'donation', html: '<p>Apoie-nos. Somos um veículo independente.</p><a href="/doar">Doar</a>' },
  { lang: 'es', category: 'promo', html: '<p>Síguenos para más historias.</p><a href="https://instagram.com/x">Instagram</a>' },
  { lang: 'it', category: 'promo', html: '<p>Seguici per altre storie.</p><a href="https://instagram.com/x">Instagram</a>' },
  { lang: 'en', category: 'promo', html: '<h3>Choose your plan</h3><div><h4>Digital</h4><p>$4 a month</p><a href="/subscribe?plan=digital">Choose</a></div><div><h4>Print + Digital</h4><p>$10 a month</p><a href="/subscribe?plan=print">Choose</a></div>' },
  { lang: 'fr', category: 'promo', html: '<h3>Choisissez votre formule</h3><div><h4>Numérique</h4><p>9,99 € par mois</p><a href="/abonnement?offre=numerique">Choisir</a></div><div><h4>Papier + numérique</h4><p>19,99 € par mois</p><a href="/abonnement?offre=papier">Choisir</a></div>' },
  { lang: 'de', category: 'newsletter', html: '<div class="infobox"><p><b>Newsletter</b></p><p>Täglich um 6 Uhr: Die wichtigsten Nachrichten aus der Region, kostenlos in Ihrem Postfach.</p><p><a href="/newsletter-anmeldung">Hier anmelden</a></p></div>' },
  { lang: 'es', category: 'donation', html: '<h3>Este periódico es posible gracias a ti</h3><p>Sin accionistas ni grandes anunciantes. Solo con el apoyo de nuestros lectores.</p><a href="/colabora">Quiero colaborar</a>' },
  { lang: 'zh', category: 'donation', html: '<p>如果您喜欢我们的报道，欢迎赞赏支持。</p><a href="https://afdian.net/a/harbour">爱发电</a>' },
  { lang: 'cs', category: 'donation', html: '<p>Pomozte nám přinášet nezávislé zpravodajství. Podpořte nás darem.</p><a href="/darovat">Darovat</a>' },
  { lang: 'en', category: 'promo', html: '<p>Get the weekend paper delivered to your door.</p><a href="/print">Subscribe to print</a>' },
  { lang: 'ja', category: 'donation', html: '<p>この記事が気に入ったらサポートをしてみませんか？いただいたサポートは取材費に使わせていただきます。</p><button>サポートする</button>' },
  { lang: 'ja', category: 'donation', html: '<h3>寄付のお願い</h3><p>私たちの報道は読者の皆さまの寄付に支えられています。</p><a href="/donate">寄付で応援する</a>' },
  { lang: 'zh', category: 'donation', html: '<p>喜欢这篇文章？请打赏支持作者。</p><button>打赏</button>' },
  { lang: 'zh', category: 'donation', html: '<h3>支持我們</h3><p>我們是獨立媒體，需要讀者的支持才能持續報導。</p><a href="/support">贊助我們</a>' },
  { lang: 'fr', category: 'donation', html: '<h3>Vous avez aimé cet article ?</h3><p>Aidez-nous à rester indépendants : chaque don, même petit, compte.</p><a href="https://www.helloasso.com/associations/x/formulaires/1">Faire un don</a>' },
  { lang: 'pt', category: 'donation', html: '<p>Gostou? Apoie nosso trabalho com um Pix de qualquer valor.</p><p>Chave Pix: apoie@harbour.com.br</p>' },
  { lang: 'en', category: 'promo', html: '<p>Get notified when we publish breaking news?</p><button>Allow</button><button>Later</button>' },
  { lang: 'en', category: 'promo', html: '<h3>Listen to The Harbour Daily</h3><p>Our news podcast, every weekday morning in 20 minutes.</p><a href="https://open.spotify.com/show/x">Spotify</a> <a href="https://podcasts.apple.com/podcast/id1">Apple Podcasts</a>' },
  { lang: 'de', category: 'promo', html: '<h3>Der Morgen-Podcast</h3><p>Jeden Werktag in 15 Minuten das Wichtigste.</p><a href="https://open.spotify.com/show/x">Spotify</a> <a href="https://podcasts.apple.com/de/podcast/id1">Apple Podcasts</a>' },
  { lang: 'pl', category: 'donation', html: '<p>Piszemy dzięki wsparciu czytelników. Zostań naszym patronem.</p><a href="https://patronite.pl/harbour">Wspieraj na Patronite</a>' },
  // A podcast's promo that leads to the site's own page for it, with a call to listen.
  { lang: 'en', category: 'promo', html: '<h3>Catch the latest episode</h3><p>On the Tideline podcast, two of our reporters talk through a week on the coast.</p><a href="/audio/tideline">Listen now</a>' },
  { lang: 'de', category: 'promo', html: '<h3>Der Podcast zur Küste</h3><p>Jeden Freitag eine neue Folge mit unseren Reporterinnen.</p><a href="/audio/kuestenfunk">Jetzt reinhören</a>' },
  { lang: 'es', category: 'promo', html: '<h3>Escucha nuestro pódcast</h3><p>Cada viernes, un nuevo episodio sobre la costa.</p><a href="/audio/la-costa">Escuchar</a>' },
  // An app promo that leads to the site's own page for its app, its button a bare "download".
  { lang: 'de', category: 'promo', html: '<p>Lesen Sie die Hafenzeitung auch in unserer App.</p><a href="/app">Zur App</a>' },
  { lang: 'es', category: 'promo', html: '<p>Descarga la app de La Gaceta y lee las noticias sin conexión.</p><a href="/app">Descargar</a>' },
  { lang: 'en', category: 'promo', html: '<p>Our app brings you breaking news, offline reading and the daily puzzle.</p><a href="/mobile-apps">Download</a>' },
  { lang: 'fr', category: 'promo', html: '<p>Découvrez notre offre numérique : 1 € le premier mois, sans engagement.</p><a href="/offre">J\'en profite</a>' },
  // Donation forms: the amounts are a radio group's labels or a choice list's options.
  { lang: 'en', category: 'donation', html: '<form action="/give"><h3>Make a gift today</h3><label><input type="radio" name="amt"> $10</label><label><input type="radio" name="amt"> $25</label><label><input type="radio" name="amt"> $50</label><label>Other <input type="number" name="other"></label><button type="submit">Give now</button></form>' },
  { lang: 'de', category: 'donation', html: '<form action="/spenden"><p>Unterstützen Sie unsere Arbeit mit einer Spende.</p><select name="betrag"><option>10 €</option><option>20 €</option><option>50 €</option></select><button>Jetzt spenden</button></form>' },
  { lang: 'en', category: 'promo', html: '<p>Get the Gazette app</p><a href="/app">Download now</a>' },
  // A metered paywall's count, its only words besides the call.
  { lang: 'en', category: 'promo', html: '<p>You\'ve read 3 of 5 free articles this month.</p><a href="/subscribe">Subscribe for unlimited access</a>' },
  // Built of the site's own elements, its button scripted.
  { lang: 'en', category: 'donation', html: '<gz-promo><gz-heading>Support local journalism</gz-heading><gz-text>Our reporting is funded by readers. Give what you can today.</gz-text><gz-button role="button" tabindex="0">Donate</gz-button></gz-promo>' },
  // A blog's PayPal button (an image input), under a volunteer's plea.
  { lang: 'en', category: 'donation', html: '<p>This site is run by volunteers. If you like what we do, a small donation helps keep the servers running.</p><form action="https://www.paypal.com/cgi-bin/webscr" method="post"><input type="hidden" name="cmd" value="_s-xclick"><input type="image" src="/img/donate.gif" name="submit" alt="PayPal - The safer, easier way to pay online!"></form>' },
  // App links named by their platform.
  { lang: 'zh', category: 'promo', html: '<p>下载本站客户端，随时随地阅读最新新闻。</p><p><a href="/mobile/ios">iPhone版</a> <a href="/mobile/android">Android版</a></p>' },
  { lang: 'ja', category: 'promo', html: '<p>港新聞の公式アプリで、最新ニュースをいつでも。</p><p><a href="/mobile/ios">iPhone版</a> <a href="/mobile/android">Android版</a></p>' },
  // A nonprofit's plea in a line, and a German one for a voluntary contribution.
  { lang: 'en', category: 'donation', html: '<p>Join the thousands of readers who power our nonprofit newsroom.</p><a class="btn" href="/donate">Donate now</a>' },
  { lang: 'de', category: 'donation', html: '<p>Guter Journalismus braucht Unterstützung. Mit einem freiwilligen Beitrag sichern Sie unsere Unabhängigkeit.</p><a href="/unterstuetzen">Beitrag leisten</a>' },
  // "Open the app for a better read", the site's name between the words.
  { lang: 'zh', category: 'promo', html: '<p>打开港口新闻APP，阅读体验更佳</p><a href="/download">立即打开</a>' },
  // An old page's sign-up: the hint prefilled as the field's value, a scripted button.
  { lang: 'en', category: 'newsletter', html: '<b>Free Newsletter</b><br>Get the day\'s top stories by email.<br><form action="/nl"><input type="text" name="em" size="20" value="Enter email"> <input type="button" value="Subscribe" onclick="send()"></form>' },
  // A news channel or group on a messaging app, told by its wording and its link.
  { lang: 'pt', category: 'promo', html: '<p>Receba as notícias do Diário do Porto no seu WhatsApp.</p><a href="https://chat.whatsapp.com/ABC123">Entrar no grupo</a>' },
  { lang: 'es', category: 'promo', html: '<p>Recibe las noticias del puerto en tu WhatsApp cada tarde.</p><a href="https://whatsapp.com/channel/0029">Unirme al canal</a>' },
  // A smart-app banner that names the app only as "the app".
  { lang: 'en', category: 'promo', html: '<img src="icon.png" alt=""><p><strong>Harbour Gazette</strong> Read it in the app</p><a href="https://apps.apple.com/app/id123456">Open</a><button aria-label="Close">×</button>' },
  // Push-alert prompts put off in Chinese ("下次再说") and Japanese ("また今度").
  { lang: 'zh', category: 'promo', html: '<p>开启推送通知，第一时间获取重大新闻</p><button>开启</button> <button>下次再说</button>' },
  { lang: 'ja', category: 'promo', html: '<p>プッシュ通知を許可して、最新ニュースを受け取りましょう。</p><button>許可する</button> <button>また今度</button>' },
  // Rioplatense Spanish, which addresses the reader as "vos" ("suscribite", "doná", "escuchalo").
  { lang: 'es', category: 'newsletter', html: '<p>Recibí en tu email las noticias más importantes del día.</p><a href="/newsletters">Suscribite al newsletter</a>' },
  { lang: 'es', category: 'donation', html: '<h3>El periodismo de calidad cuesta</h3><p>Si valorás nuestro trabajo, apoyá a La Gaceta con un aporte mensual.</p><a href="/aporte">Doná ahora</a>' },
  { lang: 'es', category: 'promo', html: '<span>Seguinos en</span> <a href="https://www.instagram.com/lagaceta">Instagram</a> <a href="https://twitter.com/lagaceta">Twitter</a> <a href="https://www.facebook.com/lagaceta">Facebook</a>' },
  { lang: 'es', category: 'promo', html: '<p>Descargá la app de La Gaceta y enterate de todo antes que nadie.</p><a href="https://apps.apple.com/ar/app/la-gaceta/id1">App Store</a> <a href="https://play.google.com/store/apps/details?id=ar.lagaceta">Google Play</a>' },
  { lang: 'es', category: 'promo', html: '<p>Escuchá nuestro podcast diario con las noticias más importantes.</p><a href="https://open.spotify.com/show/abc">Escuchalo en Spotify</a>' },
  // "If you value our work", the plea's opening in several languages.
  { lang: 'fr', category: 'donation', html: '<p>Si vous appréciez notre travail, aidez-nous à rester libres.</p><a href="/soutenir">Je soutiens</a>' },
  { lang: 'de', category: 'donation', html: '<p>Schätzen Sie unsere Arbeit? Dann helfen Sie uns mit einem Betrag Ihrer Wahl.</p><a href="/unterstuetzen">Jetzt helfen</a>' },
  // A fund drive's progress line over its button.
  { lang: 'en', category: 'donation', html: '<p>We\'ve raised $12,340 of our $20,000 goal.</p><div class="bar"><span style="width:62%"></span></div><a href="/give">Give now</a>' },
  // Channels on news aggregators (Dzen, Google News), an app's download page, a free registration wall.
  { lang: 'ru', category: 'promo', html: '<p>Читайте нас в Дзене</p><a href="https://dzen.ru/gazeta">Подписаться</a>' },
  { lang: 'pt', category: 'promo', html: '<p>Siga o Diário do Porto no Google Notícias</p><a href="https://news.google.com/publications/CAAq">Seguir</a>' },
  { lang: 'zh', category: 'promo', html: '<p>下载港口新闻APP，获取更多精彩内容</p><a href="/app/download">立即下载</a>' },
  { lang: 'de', category: 'promo', html: '<p>Jetzt kostenlos registrieren und weiterlesen.</p><a href="/registrieren">Kostenlos registrieren</a> <a href="/login">Anmelden</a>' },
  // A named newsletter that says only how it is delivered ("per Mail", "na e-mail", "メールでお届け") and offers it.
  { lang: 'de', category: 'newsletter', html: '<h4>Der Hafenbrief</h4><p>Was die Stadt bewegt – jeden Freitag kostenlos per Mail.</p><a href="/hafenbrief">Jetzt bestellen</a>' },
  { lang: 'fr', category: 'newsletter', html: '<h4>La Marée</h4><p>Recevez gratuitement notre sélection chaque vendredi par e-mail.</p><a href="/lettres">Je m\'abonne</a>' },
  { lang: 'pl', category: 'newsletter', html: '<h4>Przypływ</h4><p>Najlepsze teksty tygodnia w każdy piątek na e-mail.</p><a href="/newsletter">Zamawiam</a>' },
  { lang: 'cs', category: 'newsletter', html: '<h4>Příliv</h4><p>Nejlepší články týdne každý pátek do vašeho e-mailu.</p><a href="/newsletter">Chci odebírat</a>' },
  { lang: 'ja', category: 'newsletter', html: '<h4>週刊タイド</h4><p>今週の注目記事を毎週金曜日にメールでお届けします。</p><a href="/mail">無料で受け取る</a>' },
  { lang: 'pt', category: 'newsletter', html: '<h4>A Maré</h4><p>As melhores histórias da semana no seu e-mail, toda sexta-feira.</p><a href="/boletim">Quero receber</a>' },
  { lang: 'es', category: 'newsletter', html: '<h4>La Marea</h4><p>Las mejores historias de la semana en tu correo.</p><a href="/boletines">Quiero recibirla</a>' },
  // A magazine's issue offered by its contents; the publication's video channel.
  { lang: 'en', category: 'promo', html: '<img src="cover.jpg" alt="June issue cover"><h4>In the latest issue</h4><p>The secret life of the harbour, and more.</p><a href="/subscribe?source=sidebar">Subscribe to the magazine</a>' },
  { lang: 'en', category: 'promo', html: '<p>Watch more videos from the coast on our YouTube channel.</p><a href="https://www.youtube.com/@gazette">Visit our channel</a>' },
  // A plea for the site itself, its button to a payment platform.
  { lang: 'fr', category: 'donation', html: '<p>Soutenez le site sur Tipeee, chaque euro compte.</p><a href="https://fr.tipeee.com/gazette">Soutenir</a>' },
  // A follow button to the publication's channel on Apple News.
  { lang: 'en', category: 'promo', html: '<p>Get the latest from the Gazette on Apple News.</p><a href="https://apple.news/T1234abcd">Follow us</a>' },  // A channel on a messaging app in the languages that word it their own way.
  { lang: 'pt', category: 'promo', html: '<p>Entre no canal do Diário do Porto no WhatsApp e receba as principais notícias.</p><a href="https://whatsapp.com/channel/0029Va">Entrar no canal</a>' },
  { lang: 'pl', category: 'promo', html: '<p>Dołącz do naszego kanału na WhatsAppie i bądź na bieżąco.</p><a href="https://whatsapp.com/channel/0029Va">Dołącz</a>' },
  { lang: 'uk', category: 'promo', html: '<p>Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися головне.</p><a href="https://t.me/gazeta">Підписатися</a>' },
  { lang: 'zh', category: 'promo', html: '<p>加入我们的Telegram频道，获取最新报道。</p><a href="https://t.me/gazette_zh">立即加入</a>' },
  // Google's own channels: a publication on Google News, "add us as a preferred source".
  { lang: 'en', category: 'promo', html: '<p>Follow The Gazette on Google News</p><a href="https://news.google.com/publications/CAAqBwgKMJ">Follow</a>' },
  { lang: 'en', category: 'promo', html: '<p>Make us your preferred source on Google and see more of our stories in Top Stories.</p><a href="https://www.google.com/preferences/source?q=gazette.com">Add as preferred source</a>' },
  { lang: 'en', category: 'promo', html: '<p>Add The Gazette as a preferred source on Google to see more of our stories.</p><a href="https://www.google.com/preferences/source?q=gazette.com">Add us on Google</a>' },
  // An old blog's donate button: PayPal's hosted form, its only words in the button's picture; a tip jar.
  { lang: 'en', category: 'donation', html: '<h3>Support this site</h3><form action="https://www.paypal.com/cgi-bin/webscr" method="post"><input type="hidden" name="cmd" value="_s-xclick"><input type="image" src="btn_donate_LG.gif" name="submit" alt="PayPal - The safer, easier way to pay online!"></form>' },
  { lang: 'en', category: 'donation', html: '<p>If you enjoyed this post, consider leaving a tip. Every little bit keeps the lights on.</p><a href="https://www.paypal.me/gazette">Leave a tip</a>' },
  // An app offered for the reader's device.
  { lang: 'en', category: 'promo', html: '<p>Get The Gazette on your iPad.</p><a href="https://itunes.apple.com/us/app/gazette/id123">Download now</a>' },
  // Breaking-news alerts by text message, told by the carrier's fine print; a festival's booking box.
  { lang: 'en', category: 'newsletter', html: '<p><strong>Get breaking news alerts on your phone.</strong> Text NEWS to 55555 to sign up. Message and data rates may apply.</p><a href="/alerts">More ways to get alerts</a>' },
  { lang: 'fr', category: 'promo', html: '<h3>Nos événements</h3><p>Trois jours de débats au Festival du Journal. Réservez vos places dès maintenant.</p><a href="/festival">Je réserve</a>' },
  // Words parted only by a line break or a tag (old pages' <br>, minified markup's adjacent spans), not by a space.
  { lang: 'en', category: 'promo', html: '<center><font size="2"><b>Subscribe to the Daily Herald</b><br>Home delivery for just $3.99 a week<br><a href="/circulation/subscribe.html">Click here</a></font></center>' },
  { lang: 'en', category: 'newsletter', html: '<div class="nl"><span class="title">Get the morning briefing</span><span class="desc">The day\'s top stories in your inbox every weekday.</span><span class="btn" onclick="x()">Sign up</span></div>' },
  { lang: 'en', category: 'donation', html: '<h4>Give to the Gazette</h4><form action="/give"><label><input type="radio" name="a" value="5"> $5</label><label><input type="radio" name="a" value="10"> $10</label><label><input type="radio" name="a" value="25"> $25</label><label><input type="radio" name="a" value="other"> Other</label><label><input type="checkbox"> Make it monthly</label><button>Continue</button></form>' },
  // A button's words in spans of their own ("<span>Not</span><span>now</span>"), read as the reader sees them.
  { lang: 'en', category: 'promo', html: '<p>Unlimited access to every story.</p><a class="btn" href="/join"><span class="a">Subscribe</span><span class="b">from $1 a week</span></a>' },
  { lang: 'en', category: 'newsletter', html: '<p>Would you like breaking news alerts?</p><button><span>Allow</span></button> <button><span>Not</span><span>now</span></button>' },
  { lang: 'en', category: 'donation', html: '<p>Enjoying the Gazette?</p><a href="/members">Become a member</a> <button><span>Maybe</span><span>later</span></button>' },
  // "Soutenez une presse indépendante", its words in spans of their own.
  { lang: 'fr', category: 'donation', html: '<div class="don"><span>Soutenez</span><span>une presse indépendante.</span><a href="/don">Je fais un don</a></div>' },
  // Japanese and Chinese channels and platforms: Yahoo! News and LINE follows, a donation platform, "this paper's app".
  { lang: 'ja', category: 'promo', html: '<p>Yahoo!ニュースでフォローすると、新着記事をお知らせします。</p><a href="https://news.yahoo.co.jp/media/gazette">フォローする</a>' },
  { lang: 'ja', category: 'promo', html: '<p>LINE NEWSで最新記事をチェック</p><a href="https://line.me/R/ti/p/@gazette">友だち追加</a>' },
  { lang: 'ja', category: 'donation', html: '<p>取材活動を続けるため、ご寄付をお願いしています。</p><a href="https://congrant.com/project/gazette/1">寄付する</a>' },
  { lang: 'zh', category: 'promo', html: '<p>下載本報App，即時掌握新聞動態。</p><a href="https://apps.apple.com/tw/app/id1">App Store</a><a href="https://play.google.com/store/apps/details?id=x">Google Play</a>' },
  // Older networks' follow boxes: a page's like box, Flipboard and Apple News.
  { lang: 'en', category: 'promo', html: '<h3>Like us on Facebook</h3><div class="fb-page" data-href="https://www.facebook.com/gazette"><blockquote><a href="https://www.facebook.com/gazette">The Gazette</a></blockquote></div>' },
  { lang: 'en', category: 'promo', html: '<p>Follow the Gazette on Flipboard and Apple News for more stories like this.</p><a href="https://flipboard.com/@gazette"><img src="f.png" alt="Flipboard"></a>' },
  { lang: 'en', category: 'promo', html: '<a href="https://www.facebook.com/gazette"><img src="fb.gif" alt=""></a> Become a fan of the Gazette on <a href="https://www.facebook.com/gazette">Facebook</a>' },
  // A sign-up the page's script sends (no <form>), and one whose only words name the newsletter and when it comes.
  { lang: 'en', category: 'newsletter', html: '<h4>Get the Gazette Daily</h4><p>Our best stories.</p><input type="text" placeholder="Email address"><a href="#" class="btn">Sign me up</a>' },
  { lang: 'en', category: 'newsletter', html: '<div class="inline-signup"><p><strong>Like this story?</strong> Get the Gazette Daily, sent to you every weekday morning. <a href="/newsletters">Sign up here</a>.</p></div>' },
  // A registration wall, and a subscribers' club.
  // The same wall asking for the e-mail first, as an e-mail-first log-in does (form:login-step).
  { lang: 'en', category: 'promo', html: '<h2>Create your free account to keep reading</h2><p>Get unlimited access to our reporting.</p><form><label>Email address<input type="email"></label><button>Continue</button></form><p>Already have an account? <a href="/login">Log in</a></p>' },
  { lang: 'fr', category: 'promo', html: '<h2>Créez votre compte gratuit</h2><p>Accédez à tous nos articles gratuits.</p><form><input type="email" placeholder="Adresse e-mail"><button>Continuer</button></form><p>Déjà un compte ? <a href="/connexion">Se connecter</a></p>' },
  // Where the wall's pitch is short, its e-mail field outweighs it: found, as a sign-up.
  { lang: 'it', category: 'newsletter', html: '<h2>Registrati gratis per continuare a leggere</h2><p>Accesso illimitato a tutti gli articoli.</p><form><input type="email" placeholder="Email"><button>Continua</button></form><p>Hai già un account? <a href="/login">Accedi</a></p>' },
  // A newsletter box sent by "Continue" whose only account words are a link for subscribers.
  { lang: 'en', category: 'newsletter', html: '<h3>Get the Morning Brief</h3><p>Our best stories in your inbox every morning.</p><form><input type="email" placeholder="Email address"><button>Continue</button></form><p>Already a subscriber? <a href="/login">Log in</a></p>' },
  { lang: 'de', category: 'promo', html: '<h2>Jetzt kostenlos registrieren und weiterlesen</h2><p>Mit einem kostenlosen Konto lesen Sie drei Artikel im Monat.</p><form><input type="email" placeholder="E-Mail-Adresse"><button>Weiter</button></form><p>Bereits registriert? <a href="/login">Einloggen</a></p>' },
  { lang: 'en', category: 'promo', html: '<h2>Register to keep reading</h2><p>Create a free account to read 5 more stories this month and get our newsletters.</p><a href="/register" class="btn">Create free account</a><p>Already registered? <a href="/login">Sign in</a></p>' },
  { lang: 'es', category: 'promo', html: '<h3>Conocé el Club de la Gaceta</h3><p>Descuentos exclusivos en cientos de comercios para suscriptores. Sumate hoy.</p><a href="/club">Quiero sumarme</a>' },
  // Follow lines and walls in other languages.
  { lang: 'de', category: 'promo', html: '<p>Mit H+ weiterlesen. Zugang zu allen H+ Artikeln, jederzeit kündbar.</p><a href="/plus/angebote">Jetzt 1 Monat gratis</a> <a href="/login">Anmelden</a>' },
  { lang: 'de', category: 'promo', html: '<p>Sie möchten keine Nachricht mehr verpassen? Dann abonnieren Sie unseren WhatsApp-Kanal.</p><a href="https://whatsapp.com/channel/xyz">Zum Kanal</a>' },
  { lang: 'es', category: 'promo', html: '<p><em>Sigue a EL DIARIO DEL PUERTO en <a href="https://www.facebook.com/eldiario">Facebook</a>, <a href="https://twitter.com/eldiario">Twitter</a> e <a href="https://www.instagram.com/eldiario">Instagram</a>.</em></p>' },
  { lang: 'es', category: 'newsletter', html: '<p>Apúntate a nuestra newsletter y recibe cada mañana lo más importante.</p><a href="/newsletter">Apúntate</a>' },
  { lang: 'cs', category: 'promo', html: '<p><em>Sledujte nás na <a href="https://www.facebook.com/noviny">Facebooku</a> a <a href="https://twitter.com/noviny">Twitteru</a>.</em></p>' },
  { lang: 'ru', category: 'promo', html: '<p><em>Читайте нас в <a href="https://dzen.ru/gazeta">Дзене</a> и <a href="https://t.me/gazeta">Telegram</a>.</em></p>' },
  { lang: 'pl', category: 'promo', html: '<p><em>Obserwuj nas w <a href="https://news.google.com/publications/abc">Google News</a> i czytaj nas na <a href="https://www.facebook.com/gazeta">Facebooku</a>.</em></p>' },
  // A fan page, an official WeChat account's QR code, a LINE account, a news app, in Chinese and Japanese.
  { lang: 'zh', category: 'promo', html: '<p>喜歡這篇文章嗎？歡迎按讚追蹤我們的粉絲專頁，掌握最新消息！</p><a href="https://www.facebook.com/gazette.tw">前往粉絲專頁</a>' },
  { lang: 'zh', category: 'promo', html: '<img src="qr.png" alt=""><p>长按识别二维码，关注“港口日报”官方微信</p>' },
  { lang: 'ja', category: 'promo', html: '<p>LINE@で最新情報を配信中！友だち登録はこちらから。</p><a href="https://line.me/R/ti/p/@gazette"><img src="add_friend.png" alt="友だち追加"></a>' },
  { lang: 'zh', category: 'promo', html: '<p>看更多新闻，请下载港口新闻客户端</p><a href="/app/download">下载</a>' },
  // Blogs and podcasts address their readers familiarly: du, ihr, ты, tu.
  { lang: 'de', category: 'donation', html: '<h3>Dir gefällt dieser Blog?</h3><p>Dann unterstütze uns mit einem kleinen Beitrag, damit wir weiter unabhängig schreiben können.</p><a href="https://www.paypal.com/donate?id=1">Unterstütze uns</a>' },
  { lang: 'de', category: 'donation', html: '<p>Hat dir der Artikel geholfen? Spendier mir einen Kaffee!</p><a href="https://ko-fi.com/blogger">Kaffee spendieren</a>' },
  { lang: 'de', category: 'promo', html: '<p>Folge uns auf Instagram und Facebook, um nichts mehr zu verpassen!</p><a href="https://instagram.com/blog">Instagram</a> <a href="https://facebook.com/blog">Facebook</a>' },
  { lang: 'ru', category: 'donation', html: '<p>Нравится то, что мы делаем? Поддержи нас — каждый рубль помогает нам оставаться независимыми.</p><a href="/donate">Поддержать</a>' },
  { lang: 'cs', category: 'donation', html: '<p>Líbí se ti, co děláme? Podpoř nás a pomoz nám zůstat nezávislí.</p><a href="https://www.darujme.cz/projekt/1">Podpořit</a>' },
  { lang: 'es', category: 'donation', html: '<p>¿Te gusta lo que hacemos? Invítanos a un café y ayúdanos a seguir.</p><a href="https://ko-fi.com/blog">Invítanos a un café</a>' },
  // A blogger asks for the support of their own work.
  { lang: 'en', category: 'donation', html: '<p>If you enjoyed this post, please consider supporting me on Patreon. It keeps this blog going.</p><a href="https://www.patreon.com/harbourblog">Support me on Patreon</a>' },
  { lang: 'en', category: 'donation', html: '<p>Found this useful? You can support my work with a one-off tip.</p><a href="https://ko-fi.com/harbour">Support me on Ko-fi</a>' },
  { lang: 'fr', category: 'donation', html: '<p>Cet article vous a plu ? Soutenez mon travail sur Tipeee, même avec un euro.</p><a href="https://fr.tipeee.com/blog">Soutenir</a>' },
  { lang: 'es', category: 'donation', html: '<p>¿Te ha servido este artículo? Apoya mi trabajo con un pequeño aporte.</p><a href="https://ko-fi.com/blog">Apoyar</a>' },
  { lang: 'de', category: 'donation', html: '<p>Dir hat der Beitrag gefallen? Unterstütze meine Arbeit mit einem kleinen Betrag.</p><a href="https://www.paypal.me/blogger">Per PayPal unterstützen</a>' },
  { lang: 'pl', category: 'donation', html: '<p>Podobał ci się wpis? Wesprzyj moją pracę i postaw mi kawę.</p><a href="https://buycoffee.to/blog">Postaw kawę</a>' },
  // Older ways to follow a site: its RSS feed, its replica edition, breaking news by text.
  { lang: 'de', category: 'promo', html: '<h4>Immer informiert</h4><p>Abonnieren Sie unseren RSS-Feed oder folgen Sie uns auf Mastodon.</p><a href="/rss.xml">RSS-Feed</a> <a href="https://mastodon.social/@zeitung">Mastodon</a>' },
  { lang: 'en', category: 'promo', html: '<p>Read today\'s paper just as it was printed — the Replica Edition is free for subscribers.</p><a href="/eedition">Read the Replica Edition</a>' },
  { lang: 'en', category: 'newsletter', html: '<h4>Get breaking news by text</h4><p>Text NEWS to 55555 to get alerts on your phone. Msg &amp; data rates may apply.</p>' },
  // A readers' Discord, a "become a subscriber", a LINE friend add.
  { lang: 'en', category: 'promo', html: '<h4>Join the conversation</h4><p>Talk about today\'s stories with other readers in our Discord server.</p><a href="https://discord.gg/harbourgazette">Join our Discord</a>' },
  { lang: 'de', category: 'promo', html: '<p>Sie lesen gerne unsere Artikel? Dann werden Sie Abonnent!</p><a href="/abo">Jetzt abonnieren</a>' },
  { lang: 'ja', category: 'promo', html: '<p>ハーバー新聞電子版を購読する</p><a href="/subscribe">今すぐ登録</a>' },
  { lang: 'zh', category: 'promo', html: '<p>加入好友，新聞不漏接</p><a href="https://line.me/R/ti/p/@harbour">加入LINE好友</a>' },
  // A newsletter box whose form the page's script has yet to fill in: nothing to act on, but named and worded as one.
  { lang: 'en', category: 'newsletter', html: '<div class="newsletter-signup"><h4>Get the Morning Brief</h4><p>Our best stories, in your inbox every weekday.</p><div class="signup-form-placeholder"></div></div>' },
  // Plans laid out as a table of data: its figures pitch nothing, its heading and buttons do.
  { lang: 'en', category: 'promo', html: '<h3>Choose your plan</h3><table><tr><th>Monthly</th><th>Yearly</th></tr><tr><td>$4.99</td><td>$49</td></tr><tr><td><a href="/subscribe?plan=m">Subscribe</a></td><td><a href="/subscribe?plan=y">Subscribe</a></td></tr></table>' },
  // A soft prompt for push notifications.
  { lang: 'de', category: 'promo', html: '<div role="dialog"><p>Möchten Sie bei Eilmeldungen benachrichtigt werden?</p><button>Erlauben</button><button>Später</button></div>' },
  // A blogger's tip jar on GitHub Sponsors, pixivFANBOX, Cash App and Venmo.
  { lang: 'en', category: 'donation', html: '<p>If this post helped you, you can sponsor my work.</p><a href="https://github.com/sponsors/janehale">Sponsor on GitHub</a>' },
  { lang: 'ja', category: 'donation', html: '<p>記事が役に立ったら、活動を支援していただけると嬉しいです。</p><a href="https://janehale.fanbox.cc/">FANBOXで支援する</a>' },
  { lang: 'en', category: 'donation', html: '<p>Tips keep this site running:</p><a href="https://cash.app/$janehale">Cash App</a> · <a href="https://venmo.com/u/janehale">Venmo</a>' },
  // A newsroom that lives from its readers, and a "Je soutiens" button to a path that names nothing.
  { lang: 'fr', category: 'donation', html: '<p>Notre rédaction est indépendante. Elle ne vit que grâce à ses lecteurs.</p><a href="/don">Je soutiens</a>' },
  // A friends' scheme, a daily e-mail briefing, a free registration wall, an evening with the reporters.
  { lang: 'en', category: 'donation', html: '<h4>Become a Friend of the Gazette</h4><p>Friends keep our reporting free for everyone, from £3 a month.</p><a href="/friends/join">Join the Friends</a>' },
  { lang: 'en', category: 'newsletter', html: '<p>Subscribe to our daily email briefing, free to your inbox at 6am.</p><a href="/email">Subscribe</a>' },
  { lang: 'en', category: 'promo', html: '<p>Register for free to continue reading. It only takes a minute.</p><a href="/register">Register</a> <a href="/login">Sign in</a>' },
  { lang: 'en', category: 'promo', html: '<h4>Gazette Live</h4><p>Join our reporters for an evening of conversation. Members save 20%.</p><a href="/live">Book now</a>' },
  // Web-push prompts ("We'd like to send you notifications … Allow · Cancel"): a cancel button puts the offer off.
  { lang: 'en', category: 'promo', html: '<div class="push-prompt"><div class="push-text">We&#39;d like to show you notifications for the latest news and updates.</div><button>Cancel</button><button>Allow</button></div>' },
  { lang: 'de', category: 'promo', html: '<div class="push-prompt"><div class="push-text">Wir möchten Ihnen Benachrichtigungen über neue Artikel senden.</div><button>Abbrechen</button><button>Erlauben</button></div>' },
  { lang: 'fr', category: 'promo', html: '<div class="push-prompt"><div class="push-text">Nous aimerions vous envoyer des notifications pour les dernières actualités.</div><button>Annuler</button><button>Autoriser</button></div>' },
  { lang: 'es', category: 'promo', html: '<div class="push-prompt"><div class="push-text">Nos gustaría enviarte notificaciones de las últimas noticias.</div><button>Cancelar</button><button>Permitir</button></div>' },
  { lang: 'it', category: 'promo', html: '<div class="push-prompt"><div class="push-text">Vorremmo inviarti notifiche sulle ultime notizie.</div><button>Annulla</button><button>Consenti</button></div>' },
  { lang: 'pt', category: 'promo', html: '<div class="push-prompt"><div class="push-text">Gostaríamos de enviar notificações sobre as últimas notícias.</div><button>Cancelar</button><button>Permitir</button></div>' },
  { lang: 'pl', category: 'promo', html: '<div class="push-prompt"><div class="push-text">Chcemy wysyłać Ci powiadomienia o najnowszych artykułach.</div><button>Anuluj</button><button>Zezwól</button></div>' },
  { lang: 'ru', category: 'promo', html: '<div class="push-prompt"><div class="push-text">Мы хотели бы отправлять вам уведомления о последних новостях.</div><button>Отмена</button><button>Разрешить</button></div>' },
  { lang: 'uk', category: 'promo', html: '<div class="push-prompt"><div class="push-text">Ми хотіли б надсилати вам сповіщення про останні новини.</div><button>Скасувати</button><button>Дозволити</button></div>' },
  { lang: 'cs', category: 'promo', html: '<div class="push-prompt"><div class="push-text">Chceme vám posílat upozornění na nejnovější zprávy.</div><button>Zrušit</button><button>Povolit</button></div>' },
  // Tip jars of one-person blogs: the wording names the blog or the coffee, the link the platform.
  { lang: 'en', category: 'donation', html: '<p>Enjoying the blog?</p><a href="https://ko-fi.com/janehale">Buy me a coffee</a>' },
  { lang: 'en', category: 'donation', html: '<p>This project is funded by its community. Back us on Open Collective.</p><a href="https://opencollective.com/harbour/donate"><img src="oc.svg" alt="Donate to our collective"></a>' },
  { lang: 'de', category: 'donation', html: '<p>Dir gefällt mein Blog? Dann lade mich auf einen Kaffee ein.</p><a href="https://www.paypal.me/janehale">Per PayPal unterstützen</a>' },
  { lang: 'fr', category: 'donation', html: '<p>Ce blog vous plaît ? Offrez-moi un café.</p><a href="https://ko-fi.com/janehale">Soutenir sur Ko-fi</a>' },
  { lang: 'es', category: 'donation', html: '<p>¿Te gusta este blog? Puedes invitarme a un café.</p><a href="https://www.buymeacoffee.com/janehale">Invítame a un café</a>' },
  // An article sold alone, an end-of-story ask with sums on its buttons, a members-only story.
  { lang: 'en', category: 'promo', html: '<p>Buy this article for $0.99 or get a day pass for $2.99.</p><a href="/purchase/article">Buy article</a><a href="/purchase/day">Get day pass</a>' },
  { lang: 'en', category: 'donation', html: '<p><strong>Before you go…</strong> Good journalism costs money. Our newsroom depends on readers to keep going.</p><a href="/give">Give $5</a><a href="/give?amt=10">Give $10</a>' },
  { lang: 'en', category: 'donation', html: '<p>Members-only story</p><p>Become a member to read this story, and everything else here, for $5/month.</p><a href="/membership">Upgrade</a>' },
  // "Quality journalism costs money; we live from our readers", and one button.
  { lang: 'en', category: 'donation', html: '<p>Quality journalism costs money, and this site stays open to all thanks to our readers.</p><a href="/members">Count me in</a>' },
  { lang: 'fr', category: 'donation', html: '<p>Une information de qualité a un coût. Notre journal ne dépend que de ses lecteurs.</p><a href="/don">Je donne</a>' },
  { lang: 'es', category: 'donation', html: '<p>El periodismo de calidad cuesta dinero. Sin publicidad ni muros, dependemos de nuestros lectores.</p><a href="/colabora">Colabora</a>' },
  { lang: 'it', category: 'donation', html: '<p>Il giornalismo di qualità ha un costo. Questo sito vive grazie ai suoi lettori.</p><a href="/sostieni">Sostieni</a>' },
  { lang: 'pt', category: 'donation', html: '<p>Jornalismo de qualidade custa dinheiro. Dependemos dos nossos leitores para continuar.</p><a href="/apoiar">Quero apoiar</a>' },
  { lang: 'pl', category: 'donation', html: '<p>Dobre dziennikarstwo kosztuje. Utrzymujemy się dzięki naszym czytelnikom.</p><a href="/wsparcie">Wspieram</a>' },
  { lang: 'cs', category: 'donation', html: '<p>Kvalitní žurnalistika něco stojí. Jsme financováni našimi čtenáři.</p><a href="/podpora">Podpořit</a>' },
  { lang: 'ru', category: 'donation', html: '<p>Качественная журналистика стоит денег. Мы существуем благодаря нашим читателям.</p><a href="/donate">Поддержать</a>' },
  { lang: 'uk', category: 'donation', html: '<p>Якісна журналістика коштує грошей. Ми існуємо завдяки нашим читачам.</p><a href="/donate">Підтримати</a>' },
  // A WhatsApp follow line with its Follow button; a newsletter of one e-mail a day.
  { lang: 'en', category: 'promo', html: '<p>Follow the Gazette on WhatsApp for breaking news on your phone.</p><a href="https://whatsapp.com/channel/0029Va">Follow</a>' },
  { lang: 'en', category: 'newsletter', html: '<p>Harbour Daily: one email a day with everything happening on the coast.</p><a href="/newsletters/harbour-daily">Sign up</a>' },
  // Public radio, matched gifts, nonprofit newsrooms, members' events, games, an insiders' club.
  { lang: 'en', category: 'donation', html: '<h4>Support public radio</h4><p>WHRB is listener-supported. Become a sustaining member today.</p><a href="/give">Give</a>' },
  { lang: 'en', category: 'donation', html: '<p><strong>Double your impact!</strong> Every gift made before midnight will be matched dollar for dollar.</p><a href="/give">Give now</a>' },
  { lang: 'en', category: 'donation', html: '<p>The Harbour Report is a nonprofit newsroom. We don\'t have a paywall, and we never will.</p><a href="/donate">Make a gift</a>' },
  { lang: 'en', category: 'donation', html: '<p>Want more stories like this one? Help us hire another reporter.</p><a href="https://harbour.fundjournalism.org/">Donate</a>' },
  { lang: 'en', category: 'donation', html: '<p>Public media is under threat. Stand with us and keep local news on the air.</p><a href="/support">Stand with us</a>' },
  { lang: 'en', category: 'promo', html: '<p>Join our reporters live on Zoom this Thursday for a conversation about the pier. Free for members.</p><a href="/events/pier">RSVP</a>' },
  { lang: 'en', category: 'promo', html: '<div class="games-promo"><p>Play today\'s crossword, sudoku and more. Unlimited puzzles with Gazette Games.</p><a href="/games">Play now</a></div>' },
  { lang: 'en', category: 'promo', html: '<p>Do you have a story we should tell? Become a Gazette Insider and get early access to our investigations.</p><a href="/insider">Join Insider</a>' },
  // The same in other languages: nonprofit newsrooms without a paywall, doubled gifts, subscribers' evenings, puzzles.
  { lang: 'de', category: 'donation', html: '<p>Wir sind eine gemeinnützige Redaktion. Bei uns gibt es keine Paywall – und das soll so bleiben.</p><a href="/spenden">Jetzt spenden</a>' },
  { lang: 'de', category: 'promo', html: '<p>Treffen Sie unsere Reporterinnen und Reporter live: Leserabend am Donnerstag, für Abonnenten kostenlos.</p><a href="/events">Jetzt anmelden</a>' },
  { lang: 'de', category: 'promo', html: '<p>Rätseln Sie mit: Kreuzworträtsel, Sudoku und mehr – unbegrenzt mit dem Rätsel-Abo.</p><a href="/raetsel">Jetzt spielen</a>' },
  { lang: 'fr', category: 'promo', html: '<p>Rencontrez nos journalistes lors d\'une soirée réservée aux abonnés, jeudi à Paris.</p><a href="/evenements">Je m\'inscris</a>' },
  { lang: 'fr', category: 'promo', html: '<p>Mots croisés, sudoku et mots fléchés : jouez en illimité avec votre abonnement.</p><a href="/jeux">Jouer</a>' },
  { lang: 'es', category: 'donation', html: '<p>Somos un medio sin ánimo de lucro. No tenemos muro de pago y nunca lo tendremos.</p><a href="/donar">Haz una donación</a>' },
  { lang: 'fr', category: 'donation', html: '<p>Votre don est doublé ! Jusqu\'au 31 décembre, chaque euro versé est doublé par nos partenaires.</p><a href="/don">Je donne</a>' },
  { lang: 'ja', category: 'promo', html: '<p>記者と話そう：有料会員限定のオンラインイベントを開催します。</p><a href="/event">申し込む</a>' },
  { lang: 'zh', category: 'promo', html: '<p>会员专享：与记者面对面的线上活动，名额有限。</p><a href="/event">立即报名</a>' },
  // Asks in everyday words: keep the lights on, people like you, a members' goal, no billionaire owner, a QR code.
  { lang: 'en', category: 'donation', html: '<p>Can you spare $5 to keep the lights on in our newsroom?</p><a href="/donate">Yes, I can help</a>' },
  { lang: 'en', category: 'donation', html: '<p>Journalism like this is only possible with support from people like you.</p><a href="/contribute">Pitch in</a>' },
  { lang: 'en', category: 'donation', html: '<p>We are 312 members away from our goal of 5,000 by year end. Will you be one of them?</p><a href="/join">Count me in</a>' },
  { lang: 'en', category: 'donation', html: '<p>No billionaire owner. No corporate parent. Just readers who believe local news matters.</p><a href="/support">Back our work</a>' },
  { lang: 'en', category: 'donation', html: '<p>If you value this reporting, please consider chipping in.</p><a href="/donate">Chip in</a>' },
  { lang: 'en', category: 'donation', html: '<p>Love the Gazette? Show it with a recurring gift.</p><a href="/donate">Give monthly</a>' },
  { lang: 'en', category: 'newsletter', html: '<p>Be the first to know. Our free alerts land in your inbox the moment news breaks.</p><a href="/alerts">Get alerts</a>' },
  { lang: 'en', category: 'promo', html: '<p>Take the Gazette with you. Scan the QR code to get our app.</p><img src="/qr.png" alt="QR code">' },
  { lang: 'en', category: 'donation', html: '<p>Reader support is our lifeline. Every dollar goes straight to reporting.</p><a href="/donate">Support now</a>' },
  { lang: 'en', category: 'donation', html: '<p>Keep the Gazette free for all. Join 10,000 readers who give what they can.</p><a href="/give">Give what you can</a>' },
  // More everyday asks: a morning email, delivery, an offer that ends, a story to hear in the app; "can you help us with 5 €?".
  { lang: 'en', category: 'newsletter', html: '<p>Smart, short, free: our morning email gets you up to speed in five minutes.</p><a href="/newsletters/morning">Get it</a>' },
  // A daily e-mail that carries the publication's name: "Get the daily Gazette email".
  { lang: 'en', category: 'newsletter', html: '<p>Get the daily Gazette email</p><form><input type="text" name="fp_email" placeholder="Email"><a href="#">Send</a></form>' },
  { lang: 'en', category: 'promo', html: '<p>Get the print edition delivered every Saturday.</p><a href="/print">Start delivery</a>' },
  { lang: 'en', category: 'promo', html: '<p>Save 50% on your first year. Offer ends Sunday.</p><a href="/offers">Claim offer</a>' },
  { lang: 'en', category: 'promo', html: '<p>Listen to this story and more on the Gazette app.</p><a href="https://apps.apple.com/app/id1">Download</a>' },
  { lang: 'de', category: 'donation', html: '<p>Können Sie uns mit 5 Euro helfen? Damit bleibt unser Journalismus für alle frei zugänglich.</p><a href="/unterstuetzen">Ja, ich helfe</a>' },
  { lang: 'fr', category: 'donation', html: '<p>Pouvez-vous nous aider avec 5 € ? Ainsi, notre journalisme reste accessible à tous.</p><a href="/soutenir">Oui, je soutiens</a>' },
  { lang: 'es', category: 'donation', html: '<p>¿Nos ayudas con 5 €? Así nuestro periodismo seguirá siendo gratis para todos.</p><a href="/colaborar">Sí, quiero ayudar</a>' },
  { lang: 'it', category: 'donation', html: '<p>Ci aiuti con 5 euro? Così il nostro giornalismo resta gratuito per tutti.</p><a href="/sostienici">Sì, voglio aiutare</a>' },
  { lang: 'pt', category: 'donation', html: '<p>Pode nos ajudar com R$ 10? Assim nosso jornalismo continua gratuito para todos.</p><a href="/apoie">Sim, quero ajudar</a>' },
  // Put-offs in other words: "Remind me in May", "Une autre fois" (signals.test.ts has them in each language).
  { lang: 'en', category: 'reminder', html: '<p>Not ready to give today? We\'ll remind you in a month.</p><button>Remind me in May</button><button>Close</button>' },
  { lang: 'en', category: 'promo', html: '<p>You\'ve hit your article limit. Come back next month, or subscribe now.</p><button>Remind me next month</button>' },
  { lang: 'fr', category: 'donation', html: '<p>Soutenez le journalisme indépendant.</p><a href="/don">Je donne</a><button>Une autre fois</button>' },
  // "… and to keep it that way, we need you": the ask, not the outlet's description of itself.
  { lang: 'de', category: 'donation', html: '<p>Bei uns gibt es keine Paywall – und damit das so bleibt, brauchen wir Sie.</p><a href="/spenden">Jetzt spenden</a>' },
  { lang: 'en', category: 'donation', html: '<p>Our stories are free to read. To keep it that way, we need you.</p><a href="/donate">Donate</a>' },
  // A reader's words quoted in an appeal: the ask around the quote is read.
  { lang: 'en', category: 'donation', html: '<p>“The Gazette is how I know what happens in my town,” writes one reader. Support independent journalism today.</p><a href="/donate">Donate</a>' },
  { lang: 'de', category: 'donation', html: '<p>„Ohne die Zeitung wüsste ich nichts über meine Stadt“, schreibt eine Leserin. Unterstützen Sie unabhängigen Journalismus.</p><a href="/spenden">Jetzt spenden</a>' },
  // A call asked in the middle of a question, its link to where the offer is made.
  { lang: 'en', category: 'donation', html: '<p>Our explainers are free for everyone.</p><a href="/pages/support-now">Will you support our explanatory journalism today?</a>' },
  // Dutch: a donation ask, a tip jar, amounts to give, a newsletter, a paywall offer, an app, a follow row, a push prompt, an ad-block wall, a podcast, a contest, a gift.
  { lang: 'nl', category: 'donation', html: '<h2>Vind je dit artikel waardevol?</h2><p>Kwaliteitsjournalistiek kost geld. Met jouw steun blijft onze site voor iedereen toegankelijk.</p><a href="/steun">Steun ons</a>' },
  { lang: 'nl', category: 'donation', html: '<p>Wij zijn een onafhankelijk platform zonder adverteerders. Word lid vanaf 5 euro per maand.</p><a href="/lid-worden">Word lid</a>' },
  { lang: 'nl', category: 'donation', html: '<p>Vind je mijn blog leuk? Trakteer me op een kopje koffie.</p><a href="https://ko-fi.com/jan">Trakteer</a>' },
  { lang: 'nl', category: 'donation', html: '<div role="dialog"><p>Geniet je van onze artikelen zonder advertenties? Steun ons met een vrijwillige bijdrage.</p><button>Ik doneer</button><button>Misschien later</button></div>' },
  { lang: 'nl', category: 'donation', html: '<p>Doe een eenmalige gift of word maandelijks donateur.</p><a href="/gift?bedrag=5">€ 5</a> <a href="/gift?bedrag=10">€ 10</a> <a href="/gift?bedrag=25">€ 25</a>' },
  { lang: 'nl', category: 'newsletter', html: '<h3>De ochtendnieuwsbrief</h3><p>Het belangrijkste nieuws van de dag, elke ochtend gratis in je inbox.</p><form><input type="email" placeholder="Je e-mailadres"><button>Aanmelden</button></form>' },
  { lang: 'nl', category: 'newsletter', html: '<div role="dialog"><p>Mis niets! Schrijf je in voor onze nieuwsbrief.</p><form><input type="email" aria-label="E-mailadres"><button>Inschrijven</button></form><button>Nee bedankt</button></div>' },
  { lang: 'nl', category: 'promo', html: '<p>Je hebt je limiet van gratis artikelen bereikt. Lees onbeperkt met een digitaal abonnement, de eerste maand gratis.</p><a href="/abonneren">Word abonnee</a> <a href="/inloggen">Inloggen</a>' },
  { lang: 'nl', category: 'promo', html: '<p>Dit artikel is alleen voor abonnees. Neem een abonnement, maandelijks opzegbaar.</p><a href="/abonnement">Bekijk aanbod</a>' },
  { lang: 'nl', category: 'promo', html: '<p>Lees het nieuws sneller in onze app.</p><a href="https://apps.apple.com/app/id1">Download de app</a>' },
  { lang: 'nl', category: 'promo', html: '<p>Volg ons op Facebook en Instagram en mis niets.</p><a href="https://www.facebook.com/x">Facebook</a> <a href="https://www.instagram.com/x">Instagram</a>' },
  { lang: 'nl', category: 'promo', html: '<div class="push-prompt"><div class="push-text">We willen je meldingen sturen over het laatste nieuws.</div><button>Annuleren</button><button>Toestaan</button></div>' },
  { lang: 'nl', category: 'promo', html: '<div role="dialog"><p>Wil je meldingen ontvangen over het laatste nieuws?</p><button>Niet nu</button><button>Toestaan</button></div>' },
  { lang: 'nl', category: 'reminder', html: '<p>Je gebruikt een adblocker. Advertenties helpen ons de journalistiek te betalen. Schakel je adblocker uit voor onze site.</p><button>Herinner me later</button>' },
  { lang: 'nl', category: 'promo', html: '<h3>Onze podcast</h3><p>Elke week een nieuwe aflevering over het nieuws uit de regio.</p><a href="/podcast">Luister</a>' },
  { lang: 'nl', category: 'promo', html: '<h3>Winactie</h3><p>Maak kans op twee kaarten voor het havenfestival!</p><a href="/winactie">Doe mee</a>' },
  { lang: 'nl', category: 'promo', html: '<h3>Geef een abonnement cadeau</h3><p>Het perfecte cadeau: een jaar lang de krant.</p><a href="/cadeau">Bestel nu</a>' },
  // Swedish: asks (Swish, a coffee, membership), newsletters, a paywall, an app, a follow row, a push prompt, an ad-block wall, a podcast, a contest.
  { lang: 'sv', category: 'donation', html: '<h2>Uppskattar du det vi gör?</h2><p>Kvalitetsjournalistik kostar pengar. Med ditt stöd fortsätter sajten vara gratis för alla.</p><a href="/bidra">Bidra</a>' },
  { lang: 'sv', category: 'donation', html: '<p>Swisha en gåva till 123 456 78 90 eller bli månadsgivare.</p><a href="/ge">Ge en gåva</a>' },
  { lang: 'sv', category: 'donation', html: '<p>Gillar du bloggen? Bjud mig på en kopp kaffe.</p><a href="https://ko-fi.com/anna">Bjud på kaffe</a>' },
  { lang: 'sv', category: 'donation', html: '<div role="dialog"><p>Vi är reklamfria och oberoende. Bli medlem för 50 kronor i månaden.</p><button>Bli medlem</button><button>Kanske senare</button></div>' },
  { lang: 'sv', category: 'newsletter', html: '<h3>Morgonbrevet</h3><p>Dagens viktigaste nyheter i din inkorg varje morgon. Avsluta när du vill.</p><form><input type="email" placeholder="Din e-postadress"><button>Prenumerera</button></form>' },
  { lang: 'sv', category: 'newsletter', html: '<div role="dialog"><p>Missa inget! Anmäl dig till vårt nyhetsbrev.</p><form><input type="email" aria-label="E-postadress"><button>Anmäl dig</button></form><button>Nej tack</button></div>' },
  { lang: 'sv', category: 'promo', html: '<p>Du har läst dina gratis artiklar. Läs obegränsat med en digital prenumeration – första månaden gratis, ingen bindningstid.</p><a href="/prenumerera">Prenumerera</a> <a href="/logga-in">Logga in</a>' },
  { lang: 'sv', category: 'promo', html: '<p>Den här artikeln är endast för prenumeranter.</p><a href="/erbjudande">Se erbjudanden</a>' },
  { lang: 'sv', category: 'promo', html: '<p>Läs nyheterna snabbare i vår app.</p><a href="https://apps.apple.com/app/id1">Ladda ner appen</a>' },
  { lang: 'sv', category: 'promo', html: '<p>Följ oss på Facebook och Instagram.</p><a href="https://www.facebook.com/x">Facebook</a> <a href="https://www.instagram.com/x">Instagram</a>' },
  { lang: 'sv', category: 'promo', html: '<div class="push-prompt"><div class="push-text">Vi vill skicka notiser om de senaste nyheterna.</div><button>Avbryt</button><button>Tillåt</button></div>' },
  { lang: 'sv', category: 'reminder', html: '<p>Du använder en annonsblockerare. Annonserna finansierar vår journalistik. Stäng av din annonsblockerare för vår sajt.</p><button>Påminn mig senare</button>' },
  { lang: 'sv', category: 'promo', html: '<h3>Vår podd</h3><p>Varje vecka ett nytt avsnitt om nyheterna i regionen.</p><a href="/podd">Lyssna</a>' },
  { lang: 'sv', category: 'promo', html: '<h3>Tävla och vinn</h3><p>Vinn biljetter till hamnfestivalen!</p><a href="/tavling">Tävla</a>' },
  // Korean: a reader-funded paper's ask, a fee for a good story, newsletters, an app, a paywall, a KakaoTalk channel, a push prompt, an ad-block wall closed "for today", an event popup.
  { lang: 'ko', category: 'donation', html: '<p>좋은 기사에 원고료를 주세요. 독자의 후원이 좋은 저널리즘을 만듭니다.</p><a href="/donate">원고료 주기</a>' },
  { lang: 'ko', category: 'donation', html: '<div role="dialog"><p>광고 없이 기사를 보고 계신가요? 독자 후원으로 운영됩니다.</p><button>후원하기</button><button>다음에</button></div>' },
  { lang: 'ko', category: 'newsletter', html: '<h3>아침 뉴스레터</h3><p>매일 아침 주요 뉴스를 이메일로 받아보세요.</p><form><input type="email" placeholder="이메일 주소"><button>구독하기</button></form>' },
  { lang: 'ko', category: 'newsletter', html: '<h4>주간 브리핑</h4><p>매주 금요일, 한 주의 좋은 기사를 메일로 받아보기</p><a href="/newsletter">구독 신청</a>' },
  { lang: 'ko', category: 'promo', html: '<p>앱에서 더 빠르게 뉴스를 보세요.</p><a href="https://apps.apple.com/app/id1">앱 다운로드</a>' },
  { lang: 'ko', category: 'promo', html: '<p>유료 회원 전용 기사입니다. 디지털 구독 첫 달 무료.</p><a href="/subscribe">구독하기</a> <a href="/login">로그인</a>' },
  { lang: 'ko', category: 'promo', html: '<p>카카오톡 채널을 추가하고 주요 뉴스를 받아보세요.</p><a href="https://pf.kakao.com/_abc">채널 추가</a>' },
  { lang: 'ko', category: 'promo', html: '<div class="push-prompt"><div class="push-text">최신 뉴스 푸시 알림을 받으시겠습니까?</div><button>나중에</button><button>허용</button></div>' },
  { lang: 'ko', category: 'reminder', html: '<div class="popup"><p>광고 차단 프로그램을 사용 중입니다. 광고 수익으로 기사를 만듭니다. 광고 차단을 해제해 주세요.</p><button>오늘 하루 보지 않기</button></div>' },
  { lang: 'ko', category: 'promo', html: '<div class="popup"><a href="/event"><img src="e.jpg" alt="구독 이벤트"></a><p>신규 구독 이벤트 참여하고 경품 받으세요</p><label><input type="checkbox">오늘 하루 보지 않기</label><button>닫기</button></div>' },
  // Turkish, Arabic and Hebrew: asks, newsletters, an app, follow rows, push prompts, ad-block walls, paywalls.
  { lang: 'tr', category: 'donation', html: '<p>Reklamsız ve bağımsız kalmak için bağış yapın.</p><a href="/bagis">Bağış yap</a>' },
  { lang: 'tr', category: 'newsletter', html: '<h3>E-bültenimize abone olun</h3><p>Günün en önemli haberleri her sabah e-posta kutunuza gelsin.</p><form><input type="email" placeholder="E-posta adresiniz"><button>Abone ol</button></form>' },
  { lang: 'tr', category: 'promo', html: '<p>Haberleri uygulamamızda daha hızlı okuyun.</p><a href="https://apps.apple.com/app/id1">Uygulamayı indir</a>' },
  { lang: 'tr', category: 'promo', html: '<div class="push-prompt"><p>Son dakika haberleri için bildirimleri açın, hiçbir haberi kaçırmayın.</p><button>Şimdi değil</button><button>İzin ver</button></div>' },
  { lang: 'tr', category: 'promo', html: '<p>Bizi sosyal medyada takip edin.</p><a href="https://www.facebook.com/x">Facebook</a> <a href="https://twitter.com/x">Twitter</a> <a href="https://www.instagram.com/x">Instagram</a>' },
  { lang: 'tr', category: 'reminder', html: '<p>Reklam engelleyici kullanıyorsunuz. Lütfen reklam engelleyicinizi kapatın.</p><button>Daha sonra hatırlat</button>' },
  { lang: 'tr', category: 'promo', html: '<p>Bu içerik sadece abonelere açıktır. Dijital abonelik ilk ay ücretsiz.</p><a href="/abonelik">ABONE OL</a> <a href="/giris">Giriş yap</a>' },
  { lang: 'ar', category: 'donation', html: '<h3>ادعم الصحافة المستقلة</h3><p>نحتاج إلى دعمكم لنواصل عملنا. كل تبرع يصنع فرقا.</p><a href="/donate">تبرع الآن</a>' },
  { lang: 'ar', category: 'newsletter', html: '<h3>اشترك في نشرتنا البريدية</h3><p>أهم الأخبار كل صباح في بريدك الإلكتروني.</p><form><input type="email" placeholder="البريد الإلكتروني"><button>اشترك</button></form>' },
  { lang: 'ar', category: 'promo', html: '<p>اقرأ الأخبار أسرع على تطبيقنا.</p><a href="https://play.google.com/store/apps/details?id=x">حمل التطبيق</a>' },
  { lang: 'ar', category: 'promo', html: '<p>تابعونا على فيسبوك وتويتر.</p><a href="https://www.facebook.com/x">فيسبوك</a> <a href="https://twitter.com/x">تويتر</a>' },
  { lang: 'ar', category: 'promo', html: '<div class="push-prompt"><p>هل تريد تفعيل الإشعارات لتلقي آخر الأخبار؟</p><button>ليس الآن</button><button>نعم</button></div>' },
  { lang: 'ar', category: 'reminder', html: '<p>يبدو أنك تستخدم مانع الإعلانات. الإعلانات تمول صحافتنا.</p><button>ذكرني لاحقا</button>' },
  { lang: 'he', category: 'donation', html: '<h3>תמכו בעיתונות עצמאית</h3><p>אנחנו צריכים את העזרה שלכם כדי להמשיך. כל תרומה חשובה.</p><a href="/donate">תרמו עכשיו</a>' },
  { lang: 'he', category: 'newsletter', html: '<h3>הירשמו לניוזלטר שלנו</h3><p>החדשות החשובות ביותר לתיבת המייל שלכם כל בוקר.</p><form><input type="email" placeholder="כתובת מייל"><button>הרשמה</button></form>' },
  { lang: 'he', category: 'promo', html: '<p>הכתבה הזו למנויים בלבד. עשו מינוי דיגיטלי, החודש הראשון ב-1 ש"ח.</p><a href="/subscribe">לרכישת מינוי</a> <a href="/login">התחברות</a>' },
  { lang: 'he', category: 'promo', html: '<p>קראו מהר יותר באפליקציה שלנו.</p><a href="https://apps.apple.com/app/id1">הורידו את האפליקציה</a>' },
  { lang: 'he', category: 'reminder', html: '<p>נראה שאתם משתמשים בחוסם פרסומות. הפרסומות מממנות את העיתונות שלנו.</p><button>הזכר לי מאוחר יותר</button>' },
  // Danish, Norwegian (tagged nb, no and nn) and Indonesian: asks with MobilePay and Vipps, newsletters, paywalls, apps, push prompts, ad-block walls.
  { lang: 'da', category: 'newsletter', html: '<h3>Morgenbrevet</h3><p>Dagens vigtigste nyheder i din indbakke hver morgen.</p><form><input type="email" placeholder="Din e-mail"><button>Tilmeld</button></form>' },
  { lang: 'da', category: 'promo', html: '<p>Denne artikel er kun for abonnenter. Første måned gratis, ingen binding.</p><a href="/abonnement">Se tilbud</a> <a href="/log-ind">Log ind</a>' },
  { lang: 'da', category: 'promo', html: '<p>Læs nyhederne hurtigere i vores app.</p><a href="https://apps.apple.com/app/id1">Hent appen</a>' },
  { lang: 'da', category: 'reminder', html: '<p>Du bruger en adblocker. Annoncer betaler for vores journalistik. Slå din adblocker fra.</p><button>Påmind mig senere</button>' },
  { lang: 'nb', category: 'donation', html: '<h3>Støtt uavhengig journalistikk</h3><p>Vi trenger din støtte. Gi et bidrag med Vipps eller bli medlem.</p><a href="/stott">Støtt oss</a>' },
  { lang: 'no', category: 'newsletter', html: '<h3>Morgenbrevet</h3><p>Dagens viktigste nyheter i innboksen din hver morgen.</p><form><input type="email" placeholder="Din e-postadresse"><button>Meld deg på</button></form>' },
  { lang: 'nb', category: 'promo', html: '<p>Denne saken er kun for abonnenter. Første måned gratis.</p><a href="/abonnement">Se tilbud</a> <a href="/logg-inn">Logg inn</a>' },
  { lang: 'nn', category: 'reminder', html: '<p>Du bruker en annonseblokker. Annonsene betaler for journalistikken vår. Slå av annonseblokkeren.</p><button>Minn meg på senere</button>' },
  { lang: 'id', category: 'donation', html: '<h3>Dukung jurnalisme independen</h3><p>Kami membutuhkan dukungan Anda agar tetap bebas iklan.</p><a href="/donasi">Donasi sekarang</a>' },
  { lang: 'id', category: 'newsletter', html: '<h3>Buletin pagi</h3><p>Berita terpenting setiap pagi langsung ke kotak masuk Anda.</p><form><input type="email" placeholder="Alamat email"><button>Berlangganan</button></form>' },
  { lang: 'id', category: 'promo', html: '<p>Baca berita lebih cepat di aplikasi kami.</p><a href="https://play.google.com/store/apps/details?id=x">Unduh aplikasi</a>' },
  { lang: 'id', category: 'promo', html: '<div class="push-prompt"><p>Aktifkan notifikasi agar tidak ketinggalan berita terbaru.</p><button>Nanti saja</button><button>Izinkan</button></div>' },
  { lang: 'id', category: 'reminder', html: '<p>Sepertinya Anda menggunakan pemblokir iklan. Iklan membiayai jurnalisme kami.</p><button>Ingatkan saya nanti</button>' },
  // A weekly letter offered by a link alone, its page named in the language's word for a newsletter.
  { lang: 'nl', category: 'newsletter', html: '<h4>Het weekoverzicht</h4><p>Elke vrijdag de beste verhalen van de week per e-mail.</p><a href="/nieuwsbrief">Aanmelden</a>' },
  { lang: 'sv', category: 'newsletter', html: '<h4>Veckans bästa</h4><p>Varje fredag veckans bästa texter via mejl.</p><a href="/nyhetsbrev">Anmäl dig</a>' },
  // An ad-block wall whose put-off is its only button, and a nag worded like a consent prompt without cookies: still reminders.
  { lang: 'en', category: 'reminder', html: '<div role="dialog"><p>You seem to be using an ad blocker. Ads keep this site free to read. Please allow ads on our site.</p><button>Not now</button></div>' },
  // Vietnamese: an ask, a newsletter, an app, a members-only story, an ad-block wall, a push prompt.
  { lang: 'vi', category: 'newsletter', html: '<h3>Bản tin sáng</h3><p>Những tin quan trọng nhất mỗi sáng gửi đến email của bạn.</p><form><input type="email" placeholder="Địa chỉ email"><button>Đăng ký</button></form>' },
  { lang: 'vi', category: 'promo', html: '<p>Đọc tin nhanh hơn trên ứng dụng của chúng tôi.</p><a href="https://apps.apple.com/app/id1">Tải ứng dụng</a>' },
  { lang: 'vi', category: 'promo', html: '<p>Bài viết chỉ dành cho thành viên. Dùng thử miễn phí tháng đầu.</p><a href="/goi-thanh-vien">Xem ưu đãi</a> <a href="/dang-nhap">Đăng nhập</a>' },
  { lang: 'vi', category: 'reminder', html: '<p>Bạn đang dùng trình chặn quảng cáo. Quảng cáo giúp chúng tôi duy trì tòa soạn.</p><button>Nhắc tôi sau</button>' },
  { lang: 'vi', category: 'promo', html: '<div class="push-prompt"><p>Bật thông báo để không bỏ lỡ tin nóng?</p><button>Để sau</button><button>Cho phép</button></div>' },
  // An adjective inside the ask ("support our award-winning local journalism"); a public station's listeners.
  { lang: 'en', category: 'donation', html: '<h3>Will you support our award-winning local journalism?</h3><p>Most outlets make their money from ads or a paywall. We chose to keep every story free.</p><button>$60/year</button><button>$120/year</button><a href="/give">Yes, I\'ll give $120/year</a>' },
  { lang: 'en', category: 'donation', html: '<p>Harbour Radio is powered by listeners like you. Thank you.</p><a href="/radio/give">Give now</a>' },
  // A push prompt in the singular ("per Push-Benachrichtigung"); alerts offered with "Non merci"; a gift "déductible des impôts" for "un journalisme libre".
  { lang: 'de', category: 'promo', html: '<div role="dialog"><p>Möchten Sie über Eilmeldungen per Push-Benachrichtigung informiert werden?</p><button>Später</button><button>Erlauben</button></div>' },
  { lang: 'fr', category: 'promo', html: '<p>Recevez nos alertes pour ne rien manquer de l\'actualité.</p><button>Non merci</button><button>Activer</button>' },
  { lang: 'fr', category: 'donation', html: '<p>Notre indépendance dépend de vous. Soutenez un journalisme libre, faites un don déductible des impôts.</p><a href="/don">Je donne</a>' },
  { lang: 'es', category: 'donation', html: '<p>El periodismo de calidad cuesta. Si puedes, apoya nuestro trabajo con una aportación.</p><a href="/colabora">Colabora</a>' },
  // Hindi: the follow-us lines Hindi news sites end their pages with, their newsletters and prompts.
  { lang: 'hi', category: 'donation', html: '<p>हमारी पत्रकारिता पाठकों के सहयोग से चलती है। हर योगदान मायने रखता है।</p><a href="/contribute">अभी योगदान दें</a>' },
  { lang: 'hi', category: 'newsletter', html: '<h3>हमारा न्यूजलेटर</h3><p>दिन की सबसे बड़ी ख़बरें हर सुबह आपके इनबॉक्स में।</p><form><input type="email" placeholder="अपना ईमेल पता लिखें"><button>सब्सक्राइब करें</button></form>' },
  { lang: 'hi', category: 'promo', html: '<p>ताज़ा ख़बरों के लिए हमें गूगल न्यूज़ पर फॉलो करें।</p><a href="https://news.google.com/publications/CAAqBwgKMP">फॉलो करें</a>' },
  { lang: 'hi', category: 'promo', html: '<p>हमारे व्हाट्सएप चैनल से जुड़ें और हर बड़ी ख़बर सबसे पहले पाएँ।</p><a href="https://whatsapp.com/channel/0029VaAbCdEf">चैनल से जुड़ें</a>' },
  { lang: 'hi', category: 'promo', html: '<p>ख़बरें तेज़ी से पढ़ने के लिए हमारा ऐप डाउनलोड करें।</p><a href="https://play.google.com/store/apps/details?id=x">ऐप डाउनलोड करें</a>' },
  { lang: 'hi', category: 'promo', html: '<p>यह लेख केवल सब्सक्राइबर्स के लिए है। पहला महीना मुफ्त।</p><a href="/subscribe">सब्सक्राइब करें</a> <a href="/login">लॉग इन</a>' },
  { lang: 'hi', category: 'reminder', html: '<p>आप एड ब्लॉकर का इस्तेमाल कर रहे हैं। कृपया हमारी साइट के लिए इसे बंद करें।</p><button>बाद में याद दिलाएँ</button>' },
  { lang: 'hi', category: 'promo', html: '<div class="push-prompt"><p>नोटिफिकेशन ऑन करें, कोई भी ख़बर मिस न करें।</p><button>अभी नहीं</button><button>अनुमति दें</button></div>' },
  // Bengali: the Google News and Facebook lines Bangla news sites end their pages with, newsletters and prompts.
  { lang: 'bn', category: 'promo', html: '<p>বন্দর সংবাদের খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন</p><a href="https://news.google.com/publications/CAAqBwgKMP">ফলো করুন</a>' },
  { lang: 'bn', category: 'promo', html: '<p>সর্বশেষ খবর পেতে আমাদের ফেসবুক পেজে লাইক দিন</p><a href="https://www.facebook.com/bandar">লাইক দিন</a>' },
  { lang: 'bn', category: 'newsletter', html: '<h3>আমাদের নিউজলেটার</h3><p>প্রতিদিন সকালে দিনের সেরা খবর আপনার ইনবক্সে।</p><form><input type="email" placeholder="আপনার ইমেইল ঠিকানা"><button>সাবস্ক্রাইব করুন</button></form>' },
  { lang: 'bn', category: 'promo', html: '<p>আরও দ্রুত খবর পড়তে আমাদের অ্যাপ ডাউনলোড করুন।</p><a href="https://play.google.com/store/apps/details?id=x">অ্যাপ ডাউনলোড করুন</a>' },
  { lang: 'bn', category: 'reminder', html: '<p>আপনি অ্যাড ব্লকার ব্যবহার করছেন। অনুগ্রহ করে আমাদের সাইটের জন্য এটি বন্ধ করুন।</p><button>পরে মনে করিয়ে দিন</button>' },
  { lang: 'bn', category: 'donation', html: '<p>পাঠকের সহযোগিতায় চলে আমাদের সাংবাদিকতা। প্রতিটি অনুদান গুরুত্বপূর্ণ।</p><a href="/donate">অনুদান দিন</a>' },
  // Tamil: the Google News and WhatsApp lines Tamil news sites end their stories with, newsletters and prompts (endings fused onto the words).
  { lang: 'ta', category: 'promo', html: '<p>உடனுக்குடன் செய்திகளுக்கு துறைமுக டைம்ஸை கூகுள் நியூஸில் பின்தொடருங்கள்</p><a href="https://news.google.com/publications/CAAqBwgKMP">பின்தொடருங்கள்</a>' },
  { lang: 'ta', category: 'promo', html: '<p>எங்கள் வாட்ஸ்அப் சேனலில் இணையுங்கள், முக்கிய செய்திகளை முதலில் பெறுங்கள்.</p><a href="https://whatsapp.com/channel/0029VaAbCdEf">சேனலில் இணையுங்கள்</a>' },
  { lang: 'ta', category: 'newsletter', html: '<h3>எங்கள் செய்திமடல்</h3><p>ஒவ்வொரு காலையும் அன்றைய முக்கிய செய்திகள் உங்கள் இன்பாக்ஸில்.</p><form><input type="email" placeholder="உங்கள் மின்னஞ்சல் முகவரி"><button>குழுசேருங்கள்</button></form>' },
  { lang: 'ta', category: 'promo', html: '<p>செய்திகளை விரைவாகப் படிக்க எங்கள் செயலியைப் பதிவிறக்கம் செய்யுங்கள்.</p><a href="https://play.google.com/store/apps/details?id=x">செயலியைப் பதிவிறக்குங்கள்</a>' },
  { lang: 'ta', category: 'reminder', html: '<p>நீங்கள் ஆட் பிளாக்கரைப் பயன்படுத்துகிறீர்கள். எங்கள் தளத்திற்கு அதை முடக்கவும்.</p><button>பிறகு நினைவூட்டு</button>' },
  { lang: 'ta', category: 'donation', html: '<p>வாசகர்களின் பங்களிப்பால் இயங்குகிறது எங்கள் இதழியல். ஒவ்வொரு பங்களிப்பும் முக்கியம்.</p><a href="/donate">நன்கொடை அளியுங்கள்</a>' },
  { lang: 'ta', category: 'promo', html: '<div class="push-prompt"><p>அறிவிப்புகளை இயக்குங்கள், எந்தச் செய்தியையும் தவறவிடாதீர்கள்.</p><button>இப்போது வேண்டாம்</button><button>அனுமதி</button></div>' },
  // Telugu: the same lines (a zero-width non-joiner inside words, endings fused onto them).
  { lang: 'te', category: 'promo', html: '<p>తాజా వార్తల కోసం రేవు టైమ్స్‌ను గూగుల్ న్యూస్‌లో ఫాలో అవ్వండి</p><a href="https://news.google.com/publications/CAAqBwgKMP">ఫాలో అవ్వండి</a>' },
  { lang: 'te', category: 'promo', html: '<p>మా వాట్సాప్ ఛానెల్‌లో చేరండి, ముఖ్యమైన వార్తలు ముందుగా పొందండి.</p><a href="https://whatsapp.com/channel/0029VaAbCdEf">ఛానెల్‌లో చేరండి</a>' },
  { lang: 'te', category: 'newsletter', html: '<h3>మా న్యూస్‌లెటర్</h3><p>ప్రతి ఉదయం రోజులోని ముఖ్యమైన వార్తలు మీ ఇన్‌బాక్స్‌కు.</p><form><input type="email" placeholder="మీ ఈమెయిల్ చిరునామా"><button>సబ్‌స్క్రైబ్ చేయండి</button></form>' },
  { lang: 'te', category: 'promo', html: '<p>వార్తలు వేగంగా చదవడానికి మా యాప్‌ను డౌన్‌లోడ్ చేసుకోండి.</p><a href="https://play.google.com/store/apps/details?id=x">యాప్ డౌన్‌లోడ్ చేసుకోండి</a>' },
  { lang: 'te', category: 'reminder', html: '<p>మీరు యాడ్ బ్లాకర్ ఉపయోగిస్తున్నారు. దయచేసి మా సైట్ కోసం దాన్ని ఆపివేయండి.</p><button>తర్వాత గుర్తు చేయండి</button>' },
  { lang: 'te', category: 'donation', html: '<p>పాఠకుల సహకారంతో నడుస్తోంది మా జర్నలిజం. ప్రతి విరాళం ముఖ్యం.</p><a href="/donate">విరాళం ఇవ్వండి</a>' },
  { lang: 'te', category: 'promo', html: '<div class="push-prompt"><p>నోటిఫికేషన్లు ఆన్ చేయండి, ఏ వార్తనూ మిస్ కాకండి.</p><button>ఇప్పుడు కాదు</button><button>అనుమతించండి</button></div>' },
  // Greek, Romanian (also as older pages write it, with cedillas) and Hungarian (endings fused onto its words): the usual lines and prompts.
  { lang: 'el', category: 'promo', html: '<p>Ακολουθήστε μας στο Google News για όλες τις ειδήσεις.</p><a href="https://news.google.com/publications/CAAqBwgKMP">Ακολουθήστε</a>' },
  { lang: 'el', category: 'newsletter', html: '<h3>Το ενημερωτικό μας δελτίο</h3><p>Οι σημαντικότερες ειδήσεις κάθε πρωί στο email σας.</p><form><input type="email" placeholder="Διεύθυνση email"><button>Εγγραφή</button></form>' },
  { lang: 'el', category: 'reminder', html: '<p>Χρησιμοποιείτε ad blocker. Απενεργοποιήστε τον για τον ιστότοπό μας.</p><button>Υπενθύμιση αργότερα</button>' },
  { lang: 'el', category: 'promo', html: '<h3>Μόνο για συνδρομητές</h3><p>Γίνετε συνδρομητής σήμερα: ο πρώτος μήνας δωρεάν.</p><a href="/syndromi">Συνδρομή</a>' },
  { lang: 'el', category: 'donation', html: '<p>Κάθε δωρεά μετράει: η στήριξή σας κρατά τη δημοσιογραφία μας ελεύθερη.</p><a href="/donate">Κάντε δωρεά</a>' },
  { lang: 'ro', category: 'promo', html: '<p>Urmărește-ne pe Google News pentru cele mai noi știri.</p><a href="https://news.google.com/publications/CAAqBwgKMP">Urmărește</a>' },
  { lang: 'ro', category: 'newsletter', html: '<h3>Newsletterul nostru</h3><p>Cele mai importante știri, în fiecare dimineață pe email. Te poți dezabona oricând.</p><form><input type="email" placeholder="Adresa ta de email"><button>Abonează-te</button></form>' },
  { lang: 'ro', category: 'reminder', html: '<p>Folosești un ad blocker. Te rugăm să îl dezactivezi pentru site-ul nostru.</p><button>Amintește-mi mai târziu</button>' },
  { lang: 'ro', category: 'donation', html: '<p>Susţineţi-ne: jurnalismul independent are nevoie de cititori. Faceţi o donaţie.</p><a href="/doneaza">Donaţi</a>' },
  { lang: 'ro', category: 'promo', html: '<p>Descarcă aplicația noastră și citește știrile mai repede.</p><a href="https://play.google.com/store/apps/details?id=x">Descarcă aplicația</a>' },
  { lang: 'hu', category: 'promo', html: '<p>Kövess minket a Facebookon is, és ne maradj le semmiről!</p><a href="https://www.facebook.com/kikotohirek">Követés</a>' },
  { lang: 'hu', category: 'newsletter', html: '<h3>Iratkozz fel hírlevelünkre!</h3><p>A nap legfontosabb hírei minden reggel a postafiókodba. Bármikor leiratkozhatsz.</p><form><input type="email" placeholder="E-mail cím"><button>Feliratkozom</button></form>' },
  { lang: 'hu', category: 'reminder', html: '<p>Hirdetésblokkolót használsz. Kérjük, kapcsold ki oldalunkon.</p><button>Emlékeztess később</button>' },
  { lang: 'hu', category: 'promo', html: '<h3>Csak előfizetőknek</h3><p>Fizess elő most: az első hónap ingyen.</p><a href="/elofizetes">Előfizetek</a>' },
  { lang: 'hu', category: 'donation', html: '<p>Független újságírásunk olvasóink támogatásából működik. Legyél támogatónk!</p><a href="/tamogatas">Támogatom</a>' },
  // Finnish (endings added to its words) and Slovak (Czech's neighbour): the usual lines and prompts.
  { lang: 'fi', category: 'promo', html: '<p>Seuraa meitä Facebookissa ja Instagramissa.</p><a href="https://www.facebook.com/satamasanomat">Seuraa</a>' },
  { lang: 'fi', category: 'newsletter', html: '<h3>Tilaa uutiskirjeemme</h3><p>Päivän tärkeimmät uutiset sähköpostiisi joka aamu. Voit perua tilauksen milloin tahansa.</p><form><input type="email" placeholder="Sähköpostiosoite"><button>Tilaa</button></form>' },
  { lang: 'fi', category: 'reminder', html: '<p>Käytät mainosten estoa. Poista mainosten esto käytöstä sivustollamme.</p><button>Muistuta myöhemmin</button>' },
  { lang: 'fi', category: 'promo', html: '<h3>Vain tilaajille</h3><p>Tilaa nyt: ensimmäinen kuukausi 1 €.</p><a href="/tilaa">Tilaa</a>' },
  { lang: 'fi', category: 'donation', html: '<p>Journalismiamme tehdään lukijoiden tuella. Jokainen lahjoitus on tärkeä.</p><a href="/lahjoita">Lahjoita nyt</a>' },
  { lang: 'sk', category: 'promo', html: '<p>Sledujte nás na Facebooku a Instagrame.</p><a href="https://www.facebook.com/pristav">Sledovať</a>' },
  { lang: 'sk', category: 'newsletter', html: '<h3>Odber noviniek</h3><p>Najdôležitejšie správy dňa každé ráno do vašej schránky.</p><form><input type="email" placeholder="Vaša e-mailová adresa"><button>Odoberať</button></form>' },
  { lang: 'sk', category: 'reminder', html: '<p>Používate blokovanie reklám. Vypnite ho, prosím, na našej stránke.</p><button>Pripomenúť neskôr</button>' },
  { lang: 'sk', category: 'promo', html: '<h3>Len pre predplatiteľov</h3><p>Predplaťte si nás: prvý mesiac za 1 €.</p><a href="/predplatne">Predplatiť</a>' },
  { lang: 'sk', category: 'promo', html: '<p>Stiahnite si aplikáciu a čítajte správy rýchlejšie.</p><a href="https://play.google.com/store/apps/details?id=x">Stiahnuť aplikáciu</a>' },
  // Catalan (read with Spanish's pack as well) and Croatian (Bosnian's and Serbian's in Latin letters too): the usual lines and prompts.
  { lang: 'ca', category: 'promo', html: '<p>Segueix-nos a les xarxes per no perdre\'t res.</p><a href="https://www.instagram.com/vilaport">Segueix-nos</a>' },
  { lang: 'ca', category: 'newsletter', html: '<h3>El nostre butlletí</h3><p>Les notícies més importants del dia, cada matí al teu correu. Et pots donar de baixa quan vulguis.</p><form><input type="email" placeholder="Adreça electrònica"><button>Subscriu-te</button></form>' },
  { lang: 'ca', category: 'reminder', html: '<p>Fas servir un bloquejador d\'anuncis. Desactiva el bloquejador al nostre web, si us plau.</p><button>Recorda-m\'ho més tard</button>' },
  { lang: 'ca', category: 'promo', html: '<h3>Només per a subscriptors</h3><p>Subscriu-te ara i tindràs accés il·limitat a totes les notícies.</p><a href="/subscripcio">Subscriu-te</a>' },
  { lang: 'ca', category: 'donation', html: '<p>Fes-te soci i dona suport al periodisme independent del teu poble.</p><a href="/socis">Fes-te\'n soci</a>' },
  { lang: 'hr', category: 'promo', html: '<p>Pratite nas na društvenim mrežama i ne propustite najvažnije vijesti.</p><a href="https://www.facebook.com/lukanovosti">Pratite nas</a>' },
  { lang: 'hr', category: 'newsletter', html: '<h3>Naš bilten</h3><p>Najvažnije vijesti dana svako jutro u vaš sandučić.</p><form><input type="email" placeholder="Vaša e-mail adresa"><button>Pretplati se</button></form>' },
  { lang: 'hr', category: 'reminder', html: '<p>Koristite blokator oglasa. Molimo, isključite blokator na našoj stranici.</p><button>Podsjeti me kasnije</button>' },
  { lang: 'hr', category: 'promo', html: '<h3>Samo za pretplatnike</h3><p>Pretplatite se: prvi mjesec za 1 €.</p><a href="/pretplata">Pretplatite se</a>' },
  { lang: 'hr', category: 'promo', html: '<p>Preuzmite aplikaciju i čitajte vijesti brže.</p><a href="https://play.google.com/store/apps/details?id=x">Preuzmite aplikaciju</a>' },
  // Serbian, in Cyrillic (read with Russian's and Ukrainian's packs as well) and in Latin letters.
  { lang: 'sr', category: 'promo', html: '<p>Пратите нас на друштвеним мрежама и не пропустите најважније вести.</p><a href="https://www.facebook.com/lukavesti">Пратите нас</a>' },
  { lang: 'sr', category: 'reminder', html: '<p>Користите блокатор огласа. Молимо, искључите блокатор на нашем сајту.</p><button>Подсети ме касније</button>' },
  { lang: 'sr', category: 'promo', html: '<h3>Само за претплатнике</h3><p>Претплатите се: први месец за 100 динара.</p><a href="/pretplata">Претплатите се</a>' },
  { lang: 'sr', category: 'promo', html: '<p>Preuzmite aplikaciju i čitajte vesti brže.</p><a href="https://play.google.com/store/apps/details?id=x">Preuzmite aplikaciju</a>' },
  // Bulgarian (read with Russian's and Ukrainian's packs as well): the usual lines and prompts.
  { lang: 'bg', category: 'promo', html: '<p>Последвайте ни във Вайбър и не пропускайте най-важното.</p><a href="https://www.facebook.com/pristanishte">Последвайте ни</a>' },
  { lang: 'bg', category: 'newsletter', html: '<h3>Нашият бюлетин</h3><p>Най-важните новини от деня всяка сутрин на вашия имейл.</p><form><input type="email" placeholder="Имейл адрес"><button>Абонирайте се</button></form>' },
  { lang: 'bg', category: 'reminder', html: '<p>Използвате блокер за реклами. Моля, изключете блокера за нашия сайт.</p><button>Напомни ми по-късно</button>' },
  { lang: 'bg', category: 'promo', html: '<h3>Само за абонати</h3><p>Абонирайте се: първия месец за 1 лев.</p><a href="/abonament">Абонирайте се</a>' },
  { lang: 'bg', category: 'promo', html: '<p>Изтеглете приложението и четете новините по-бързо.</p><a href="https://play.google.com/store/apps/details?id=x">Изтеглете</a>' },
  // Persian: the Telegram and Instagram lines Persian news sites end their pages with, newsletters and prompts.
  { lang: 'fa', category: 'promo', html: '<p>برای دریافت آخرین اخبار به کانال تلگرام ما بپیوندید.</p><a href="https://t.me/bandarnews">عضویت در کانال</a>' },
  { lang: 'fa', category: 'promo', html: '<p>ما را در اینستاگرام دنبال کنید.</p><a href="https://www.instagram.com/bandarnews">اینستاگرام</a>' },
  { lang: 'fa', category: 'newsletter', html: '<h3>خبرنامه ما</h3><p>مهم‌ترین خبرهای روز را هر صبح به ایمیل شما می‌فرستیم.</p><form><input type="email" placeholder="آدرس ایمیل"><button>عضویت</button></form>' },
  { lang: 'fa', category: 'promo', html: '<p>خبرها را سریع‌تر در اپلیکیشن ما بخوانید.</p><a href="https://play.google.com/store/apps/details?id=x">دانلود اپلیکیشن</a>' },
  { lang: 'fa', category: 'reminder', html: '<p>شما از مسدودکننده تبلیغات استفاده می‌کنید. لطفا آن را برای سایت ما خاموش کنید.</p><button>بعداً یادآوری کن</button>' },
  { lang: 'fa', category: 'donation', html: '<p>با کمک شما به کارمان ادامه می‌دهیم. هر کمکی ارزشمند است.</p><a href="/donate">کمک مالی</a>' },
  // Thai, written without spaces between words: its phrases are found inside runs of text.
  { lang: 'th', category: 'donation', html: '<h3>ร่วมสนับสนุนสื่ออิสระ</h3><p>เราไม่มีทุนใหญ่หนุนหลัง การทำงานของเราอยู่ได้ด้วยการสนับสนุนจากผู้อ่านอย่างคุณ</p><a href="/support">สนับสนุนเรา</a>' },
  { lang: 'th', category: 'promo', html: '<p>ติดตามข่าวสารล่าสุดได้ทุกวัน เพิ่มเพื่อนกับเราทาง LINE Official</p><a href="https://line.me/R/ti/p/@newsth">เพิ่มเพื่อน</a>' },
  { lang: 'th', category: 'newsletter', html: '<h3>สมัครรับจดหมายข่าว</h3><p>รับสรุปข่าวสำคัญส่งตรงถึงอีเมลของคุณทุกเช้า</p><form><input type="email" placeholder="อีเมลของคุณ"><button>สมัครเลย</button></form>' },
  { lang: 'th', category: 'promo', html: '<p>อ่านข่าวได้สะดวกกว่าบนมือถือ ดาวน์โหลดแอปของเราได้แล้ววันนี้</p><a href="https://apps.apple.com/app/id123">ดาวน์โหลด</a>' },
  { lang: 'th', category: 'promo', html: '<p>ต้องการรับการแจ้งเตือนข่าวด่วนจากเราหรือไม่</p><button>ไม่ใช่ตอนนี้</button><button>อนุญาต</button>' },
  { lang: 'th', category: 'reminder', html: '<h3>ตรวจพบตัวบล็อกโฆษณา</h3><p>กรุณาปิดตัวบล็อกโฆษณาเพื่อสนับสนุนการทำงานของเรา</p><button>ไว้ทีหลัง</button>' },
  { lang: 'th', category: 'promo', html: '<h3>เนื้อหานี้สำหรับสมาชิกเท่านั้น</h3><p>สมัครสมาชิกวันนี้ ทดลองอ่านฟรีเดือนแรก</p><a href="/subscribe">สมัครสมาชิก</a>' },
  { lang: 'th', category: 'promo', html: '<p>ติดตามเราได้ที่ Facebook และ YouTube</p><a href="https://facebook.com/newsth">เฟซบุ๊ก</a> <a href="https://youtube.com/@newsth">ยูทูบ</a>' },
  // Urdu: its sites' WhatsApp channels, Google News and YouTube lines, and the usual prompts.
  { lang: 'ur', category: 'donation', html: '<h3>آزاد صحافت کی حمایت کریں</h3><p>ہماری صحافت قارئین کے تعاون سے چلتی ہے۔ ہر عطیہ اہم ہے۔</p><a href="/atiya">ابھی عطیہ دیں</a>' },
  { lang: 'ur', category: 'promo', html: '<p>تازہ ترین خبروں کے لیے ہمارا واٹس ایپ چینل جوائن کریں۔</p><a href="https://whatsapp.com/channel/0029">چینل جوائن کریں</a>' },
  { lang: 'ur', category: 'promo', html: '<p>تازہ ترین خبروں کے لیے ہمیں گوگل نیوز پر فالو کریں۔</p><a href="https://news.google.com/publications/CAAq">فالو کریں</a>' },
  { lang: 'ur', category: 'newsletter', html: '<h3>ہمارا نیوز لیٹر</h3><p>اہم خبریں ہر صبح آپ کے ای میل ان باکس میں۔</p><form><input type="email" placeholder="آپ کا ای میل"><button>سبسکرائب کریں</button></form>' },
  { lang: 'ur', category: 'promo', html: '<p>خبریں تیزی سے پڑھنے کے لیے ہماری ایپ ڈاؤن لوڈ کریں۔</p><a href="https://play.google.com/store/apps/details?id=x">ایپ ڈاؤن لوڈ کریں</a>' },
  { lang: 'ur', category: 'reminder', html: '<p>آپ ایڈ بلاکر استعمال کر رہے ہیں۔ براہ کرم ایڈ بلاکر بند کریں۔</p><button>بعد میں یاد دلائیں</button>' },
  { lang: 'ur', category: 'promo', html: '<p>کیا آپ تازہ ترین خبروں کے نوٹیفکیشن حاصل کرنا چاہتے ہیں؟</p><button>ابھی نہیں</button><button>اجازت دیں</button>' },
  { lang: 'ur', category: 'promo', html: '<p>ہمارا یوٹیوب چینل سبسکرائب کریں اور فیس بک پیج لائک کریں۔</p><a href="https://youtube.com/@news">یوٹیوب</a> <a href="https://facebook.com/news">فیس بک</a>' },
  // Marathi, in Hindi's script with words of its own (करा, not करें), read when the page declares it.
  { lang: 'mr', category: 'donation', html: '<h3>स्वतंत्र पत्रकारितेला पाठिंबा द्या</h3><p>आमची पत्रकारिता वाचकांच्या पाठिंब्यावर चालते. प्रत्येक योगदान महत्त्वाचे आहे.</p><a href="/yogdan">आता देणगी द्या</a>' },
  { lang: 'mr', category: 'promo', html: '<p>ताज्या बातम्यांसाठी आम्हाला गुगल न्यूजवर फॉलो करा.</p><a href="https://news.google.com/publications/CAAq">फॉलो करा</a>' },
  { lang: 'mr', category: 'promo', html: '<p>ताज्या बातम्यांसाठी आमचे व्हॉट्सॲप चॅनेल जॉईन करा.</p><a href="https://whatsapp.com/channel/0029">चॅनेल जॉईन करा</a>' },
  { lang: 'mr', category: 'newsletter', html: '<h3>आमचे न्यूजलेटर</h3><p>महत्त्वाच्या बातम्या दररोज सकाळी तुमच्या इनबॉक्समध्ये.</p><form><input type="email" placeholder="तुमचा ईमेल"><button>सबस्क्राईब करा</button></form>' },
  { lang: 'mr', category: 'promo', html: '<p>बातम्या वेगाने वाचण्यासाठी आमचे अ‍ॅप डाउनलोड करा.</p><a href="https://play.google.com/store/apps/details?id=x">अ‍ॅप डाउनलोड करा</a>' },
  { lang: 'mr', category: 'reminder', html: '<p>तुम्ही ॲड ब्लॉकर वापरत आहात. कृपया ॲड ब्लॉकर बंद करा.</p><button>नंतर आठवण करून द्या</button>' },
  { lang: 'mr', category: 'promo', html: '<p>ताज्या बातम्यांचे नोटिफिकेशन मिळवायचे आहेत का?</p><button>आत्ता नाही</button><button>परवानगी द्या</button>' },
  // Malay, read with the Indonesian pack (which lists Malay's own words: sertai, muat turun, langgan, surat berita).
  { lang: 'ms', category: 'promo', html: '<p>Sertai saluran WhatsApp kami untuk berita terkini.</p><a href="https://whatsapp.com/channel/0029">Sertai</a>' },
  { lang: 'ms', category: 'newsletter', html: '<h3>Langgan surat berita kami</h3><p>Berita utama setiap pagi terus ke peti masuk e-mel anda.</p><form><input type="email" placeholder="Alamat e-mel"><button>Langgan</button></form>' },
  { lang: 'ms', category: 'promo', html: '<p>Baca berita dengan lebih pantas. Muat turun aplikasi kami sekarang.</p><a href="https://play.google.com/store/apps/details?id=x">Muat turun</a>' },
  { lang: 'ms', category: 'donation', html: '<h3>Sokong kewartawanan bebas</h3><p>Kami bergantung kepada pembaca seperti anda. Setiap sumbangan penting.</p><a href="/derma">Derma sekarang</a>' },
  { lang: 'ms', category: 'reminder', html: '<p>Anda menggunakan penyekat iklan. Sila matikan penyekat iklan untuk menyokong kami.</p><button>Ingatkan saya kemudian</button>' },
  { lang: 'ms', category: 'promo', html: '<p>Aktifkan pemberitahuan untuk berita terkini?</p><button>Bukan sekarang</button><button>Benarkan</button>' },
  // A put-off as long as a sentence still dismisses when it acts in place.
  { lang: 'en', category: 'donation', html: '<h3>Before you go</h3><p>Our newsroom relies on readers like you. Will you chip in $5 today?</p><a href="/donate">Donate</a> <a href="#" class="dismiss">Not now, take me back to the story</a>' },
  // A probe round in tr, id, vi and ko: a push prompt, messaging channels, Google News and Naver lines.
  { lang: 'tr', category: 'promo', html: '<p>Son dakika haberleri için bildirimlere izin verin.</p><button>Daha sonra</button><button>İzin ver</button>' },
  { lang: 'tr', category: 'promo', html: '<p>Haberleri WhatsApp kanalımızdan takip edin.</p><a href="https://whatsapp.com/channel/0029">Kanala katıl</a>' },
  { lang: 'id', category: 'promo', html: '<p>Ikuti saluran WhatsApp kami untuk berita terkini.</p><a href="https://whatsapp.com/channel/0029">Gabung</a>' },
  { lang: 'id', category: 'promo', html: '<p>Dapatkan update berita pilihan dan breaking news setiap hari. Mari bergabung di Grup Telegram kami.</p><a href="https://t.me/beritaid">Gabung</a>' },
  { lang: 'vi', category: 'promo', html: '<p>Theo dõi chúng tôi trên Google News để cập nhật tin tức mới nhất.</p><a href="https://news.google.com/publications/CAAq">Theo dõi</a>' },
  { lang: 'ko', category: 'promo', html: '<p>네이버에서 구독하고 최신 뉴스를 받아보세요.</p><a href="https://media.naver.com/press/001">구독하기</a>' },
  // A probe round in ar, he, fa, ja, zh, it, pt, cs, uk, da, nb, ru: a WhatsApp channel "in" (not "on") the app, a subscribers' wall, an app.
  { lang: 'ar', category: 'promo', html: '<p>تابعونا على قناتنا في واتساب لمتابعة آخر الأخبار.</p><a href="https://whatsapp.com/channel/0029">انضم الآن</a>' },
  { lang: 'he', category: 'promo', html: '<h3>הכתבה זמינה למנויים בלבד</h3><p>הצטרפו עכשיו וקבלו חודש ראשון חינם.</p><a href="/subscribe">לרכישת מינוי</a>' },
  { lang: 'zh', category: 'promo', html: '<p>下载我们的APP，随时随地阅读新闻。</p><a href="https://apps.apple.com/cn/app/id1">立即下载</a>' },
  // The publication's games, offered to subscribers.
  { lang: 'en', category: 'promo', html: '<p>Try our new crossword, updated every day. Free for subscribers.</p><a href="/games/crossword">Play now</a>' },
  // A newsletter platform's sign-up form framed into the page, with no words of the page's own: an appeal in any language.
  { lang: 'en', category: 'newsletter', html: '<iframe src="https://harbourgazette.substack.com/embed" width="480" height="320" frameborder="0" scrolling="no"></iframe>' },
  { lang: 'en', category: 'newsletter', html: '<iframe src="https://embeds.beehiiv.com/2f1c9a7e-4a?slim=true" data-test-id="beehiiv-embed" width="100%" height="52" frameborder="0"></iframe>' },
  // A donation platform's form framed into the page, under a heading or alone.
  { lang: 'en', category: 'donation', html: '<h3>Support the Gazette</h3><iframe src="https://donorbox.org/embed/gazette-2026" name="donorbox" allowpaymentrequest frameborder="0" scrolling="no" height="900px" width="100%"></iframe>' },
  { lang: 'en', category: 'donation', html: '<iframe id="kofiframe" src="https://ko-fi.com/gazette/?hidefeed=true&widget=true&embed=true&preview=true" style="border:none;width:100%" height="712" title="gazette"></iframe>' },
  // A subscription offered at a price, in words no phrase lists: the price beside the subscription's button says it.
  { lang: 'en', category: 'promo', html: '<p>Get 3 months for $1</p><a href="/subscribe">Subscribe</a>' },
  { lang: 'de', category: 'promo', html: '<p>Jetzt 3 Monate für 1 € lesen</p><a href="/abo">Abonnieren</a>' },
  { lang: 'es', category: 'promo', html: '<p>Los primeros 3 meses por 1 €</p><a href="/suscripcion">Suscríbete</a>' },
  { lang: 'ru', category: 'promo', html: '<p>Первый месяц за 1 ₽</p><a href="/subscribe">Оформить подписку</a>' },
  { lang: 'zh', category: 'promo', html: '<p>首月仅需1元</p><a href="/subscribe">立即订阅</a>' },
  { lang: 'ko', category: 'promo', html: '<p>첫 달 100원</p><a href="/subscribe">구독하기</a>' },
  { lang: 'tr', category: 'promo', html: '<p>İlk ay sadece 1 TL</p><a href="/abonelik">Abone ol</a>' },
  { lang: 'id', category: 'promo', html: '<p>Hanya Rp 1.000 untuk bulan pertama</p><a href="/langganan">Berlangganan</a>' },
  { lang: 'he', category: 'promo', html: '<p>₪1 בחודש הראשון</p><a href="/subscribe">הירשמו</a>' },
  // A box titled by its offer's name, its line saying nothing an appeal says.
  { lang: 'en', category: 'newsletter', html: '<h3>NEWSLETTER</h3><p>Harbour Daily: one email, everything on the coast.</p><a href="/newsletters/harbour-daily">Sign up</a>' },
  { lang: 'de', category: 'newsletter', html: '<h3>Newsletter</h3><p>Die wichtigsten Nachrichten des Tages, ausgewählt von der Redaktion.</p><a href="/newsletter">Jetzt anmelden</a>' },
  { lang: 'fr', category: 'newsletter', html: '<h3>Newsletter</h3><p>L\'essentiel de l\'actualité, choisi par la rédaction.</p><a href="/newsletters">Je m\'inscris</a>' },
  { lang: 'en', category: 'promo', html: '<h3>Our app</h3><p>The Gazette on your phone.</p><a href="/app">Get it</a>' },
  // A sentence of the box's own beside a sign-up link to a newsletter's page, in words no phrase lists.
  { lang: 'en', category: 'newsletter', html: '<p>Want the best of the Gazette every Sunday? It is free.</p><a href="/newsletters/sunday">Send it to me</a>' },
  { lang: 'en', category: 'newsletter', html: '<p>Start your day with the Morning Brief.</p><a href="/newsletters/morning-brief">Sign up</a>' },
  { lang: 'de', category: 'newsletter', html: '<p>Der Morgen am Hafen: jeden Tag um sechs Uhr.</p><a href="/newsletter/morgen">Jetzt anmelden</a>' },
  { lang: 'es', category: 'newsletter', html: '<p>El resumen del puerto, cada viernes por la tarde.</p><a href="/newsletters/puerto">Apúntate</a>' },
  // A sentence of the box's own beside its one call, which names the newsletter in its own words.
  { lang: 'en', category: 'newsletter', html: '<p>Our best stories from the coast, every morning.</p><a href="/signup">Subscribe to our newsletter</a>' },
  { lang: 'en', category: 'newsletter', html: '<div>Original reporting and sharp analysis from the harbour, every morning</div><a href="/info/morning-briefing">Sign up for our email</a>' },
  { lang: 'en', category: 'newsletter', html: '<p>Original reporting and sharp analysis from the harbour, every morning.</p><button type="button">Sign up for the newsletter</button>' },
  { lang: 'de', category: 'newsletter', html: '<p>Die besten Geschichten vom Hafen, jeden Morgen.</p><a href="/anmeldung">Newsletter abonnieren</a>' },
  { lang: 'fr', category: 'newsletter', html: '<p>Les meilleures histoires du port, chaque matin.</p><a href="/inscription">Inscrivez-vous à notre newsletter</a>' },
  { lang: 'es', category: 'newsletter', html: '<p>Las mejores historias del puerto, cada mañana.</p><a href="/registro">Suscríbete a nuestro boletín</a>' },
  { lang: 'ja', category: 'newsletter', html: '<p>港の話題を毎朝お届けします。</p><a href="/touroku">メールマガジンに登録する</a>' },
  // Japanese: a free registration wall with its log-in link, a row of the official accounts, a YouTube channel.
  { lang: 'ja', category: 'promo', html: '<p>無料会員登録で、記事の全文をお読みいただけます。</p><a href="/register">無料会員登録はこちら</a><a href="/login">ログイン</a>' },
  { lang: 'ja', category: 'promo', html: '<h3>公式SNS</h3><a href="https://twitter.com/x">Twitter</a><a href="https://www.facebook.com/x">Facebook</a><a href="/rss">RSS</a>' },
  { lang: 'ja', category: 'promo', html: '<p>YouTubeチャンネル登録お願いします！</p><a href="https://www.youtube.com/channel/UC123">チャンネル登録</a>' },
  // Japanese tech sites: "sign up here" links, a membership wall, a webinar, a Twitter line.
  { lang: 'ja', category: 'newsletter', html: '<p>ニュースレター「Harbour Weekly」を毎週お届けしています。</p><a href="/newsletter/">登録はこちら</a>' },
  { lang: 'ja', category: 'promo', html: '<p>メンバーシップに登録すると、すべての記事をお読みいただけます。</p><a href="/membership/">今すぐ登録</a>' },
  { lang: 'ja', category: 'promo', html: '<p>【無料ウェビナー】港湾DXの最前線</p><a href="/seminar/123">参加登録はこちら</a>' },
  { lang: 'ja', category: 'promo', html: '<p>Harbour NEWSの最新記事をTwitterでチェック</p><a href="https://twitter.com/harbour_news">@harbour_newsをフォロー</a>' },
  // Chinese (Taiwan): LINE's "add us as a friend" line.
  { lang: 'zh-TW', category: 'promo', html: '<p>加入LINE好友，每日新聞推播</p><a href="https://line.me/R/ti/p/@news">加入好友</a>' },
  // German tech sites: a trial of the paid tier, an ad-free subscription, a row of the fediverse's networks.
  { lang: 'de', category: 'promo', html: '<h3>Gazette+</h3><p>Das Beste aus unseren Magazinen: Jetzt 4 Wochen testen.</p><a href="/plus/abo">Jetzt testen</a>' },
  { lang: 'de', category: 'promo', html: '<p>Pur-Abo: Werbefrei lesen und ohne Tracking.</p><a href="/pur">Pur-Abo abschließen</a>' },
  { lang: 'de', category: 'promo', html: '<p>Folgen Sie uns auf Mastodon und Bluesky.</p><a href="https://social.example/@gazette">Mastodon</a> <a href="https://bsky.app/profile/gazette">Bluesky</a>' },
  // An ad-free tier sold by its button alone, on the site's page of plans.
  { lang: 'en', category: 'donation', html: '<span>Tired of too many ads?</span><a href="https://buy.gazette.example/plans" type="button">go ad free now</a>' },
  // An offers page in the page's own word for it (offres, ofertas, Angebot).
  { lang: 'fr', category: 'promo', html: '<p>Découvrez nos offres d\'abonnement à partir de 1 €.</p><a href="/offres">Découvrir</a>' },
  // Older English spellings ("e-mail", "in-box"), and a sign-up box whose form the page's script draws later (its consent line stays).
  { lang: 'en', category: 'newsletter', html: '<h3>Get the Gazette by e-mail</h3><p>Enter your e-mail address for the morning report.</p><a href="/morning-report">Go</a>' },
  { lang: 'en', category: 'newsletter', html: '<div class="newsletter-subscribe"><h3>The Daily</h3><p>The best of the Gazette, every day, in your in-box, with an alert when big news breaks.</p><div class="newsletter-subscribe__fields"></div></div>' },
  { lang: 'en', category: 'newsletter', html: '<p>The Best Free Coast Newsletter Anywhere</p><p>By submitting your email, you agree to the <a href="/terms">Terms of Use</a> and <a href="/privacy">Privacy Policy</a>.</p>' },
  { lang: 'en', category: 'newsletter', html: '<p>The Harbour newsletter, every Friday.</p><p>By entering your e-mail you agree to our <a href="/privacy">Privacy Policy</a>.</p><div class="form-slot"></div>' },
  { lang: 'en', category: 'newsletter', html: '<section class="signup-box"><h4>Harbour Newsletter</h4><p>The week on the water, every Friday.</p><small>By submitting your information you agree to the <a href="/terms">Terms &amp; Conditions</a> and <a href="/privacy">Privacy Policy</a>.</small></section>' },
  { lang: 'en', category: 'newsletter', html: '<div class="nl"><span>Newsletter</span><p>Tide tables and harbour news, free.</p><p>By submitting your details, you agree to our <a href="/privacy">Privacy Policy</a>.</p><div class="nl__form"></div></div>' },
  { lang: 'en', category: 'newsletter', html: '<div class="w-newsletter"><h5>Keep me up to date on the harbour\'s news and events.</h5><div class="w-newsletter__form"></div></div>' },
  // A paper's trial offer: try it free for two weeks, a free-trial and a subscription-application button.
  { lang: 'ja', category: 'promo', html: '<p>まずは2週間無料でお試しいただけます。</p><a href="/trial/">無料お試し</a> <a href="/order/">購読申し込み</a>' },
  { lang: 'ja', category: 'promo', html: '<a href="/order/">購読申込</a> <a href="/trial/">まずは初月無料<span>のお試しキャンペーン実施中！</span></a>' },
  // A paywall's words: what only members (or only the app) can read.
  { lang: 'ja', category: 'promo', html: '<p>会員でしか読めない特集を毎日更新中。</p><a href="/join/">詳しく見る</a>' },
  { lang: 'ja', category: 'promo', html: '<p>この続きはプレミアム会員限定記事です。</p><a href="/premium/">詳しくはこちら</a>' },
  // The site's contests and shop.
  { lang: 'en', category: 'promo', html: '<a href="/sweepstakes"><img src="s.jpg" alt="Win a trip"></a><p>Enter for a chance to win a trip for two. No purchase necessary.</p>' },
  { lang: 'en', category: 'promo', html: '<h3>Win two tickets to the jazz festival!</h3><p>Enter our giveaway for a chance to win.</p><a href="/contests/jazz">Enter now</a>' },
  { lang: 'de', category: 'promo', html: '<h3>Gewinnspiel</h3><p>Jetzt mitmachen und zwei Karten für das Hafenfest gewinnen! Teilnahmeschluss ist Freitag.</p><a href="/aktion">Jetzt teilnehmen</a>' },
  { lang: 'fr', category: 'promo', html: '<h3>Jeu concours</h3><p>Tentez de gagner deux places pour le festival. Participation gratuite.</p><a href="/jeu">Je participe</a>' },
  { lang: 'es', category: 'promo', html: '<h3>Sorteo</h3><p>Participa y gana dos entradas para el festival del puerto.</p><a href="/sorteo">Participar</a>' },
  { lang: 'en', category: 'promo', html: '<h3>The Gazette Store</h3><p>Mugs, tote bags and framed front pages. Every purchase supports local journalism.</p><a href="https://store.gazette.example/">Shop now</a>' },
  { lang: 'en', category: 'donation', html: '<h4>Support local journalism</h4><p>Your subscription keeps reporters covering your town.</p><a href="/offers">Start today</a>' },
  { lang: 'en', category: 'newsletter', html: '<p>Want breaking news alerts from the Gazette? We only send the big stories.</p><button>Yes, please</button><button>Not right now</button>' },
  // A subscription offered as a gift.
  { lang: 'de', category: 'promo', html: '<h3>Verschenken Sie ein Abo</h3><p>Die perfekte Geschenkidee: ein Jahr Qualitätsjournalismus.</p><a href="/geschenk">Jetzt verschenken</a>' },
  { lang: 'fr', category: 'promo', html: '<h3>Offrez un abonnement</h3><p>Faites plaisir à vos proches : un an d\'information de qualité.</p><a href="/cadeau">J\'offre un abonnement</a>' },
  { lang: 'es', category: 'promo', html: '<h3>Regala una suscripción</h3><p>El regalo perfecto: un año de periodismo de calidad.</p><a href="/regalo">Regalar</a>' },
  { lang: 'it', category: 'promo', html: '<h3>Regala un abbonamento</h3><p>Il regalo perfetto: un anno di giornalismo di qualità.</p><a href="/regalo">Regala ora</a>' },
  { lang: 'pt', category: 'promo', html: '<h3>Dê uma assinatura de presente</h3><p>O presente perfeito: um ano de jornalismo de qualidade.</p><a href="/presente">Presentear</a>' },
  // "Find <the paper> on", the paper named where English says "us".
  { lang: 'fr', category: 'promo', html: '<p>Retrouvez La Gazette sur :</p><a href="https://www.facebook.com/lagazette">Facebook</a> <a href="https://www.youtube.com/@lagazette">YouTube</a>' },
  // An app's pitch in a few words over its store badge.
  { lang: 'en', category: 'promo', html: '<h3>Read the Gazette on the go</h3><div class="badge"><p>FREE App<br>Download</p></div><a href="https://apps.apple.com/us/app/gazette/id1"><img src="app-store.png" alt=""></a>' },
  // An offer that is one button, its price in its label.
  { lang: 'en', category: 'promo', html: '<a href="/all-access">Subscribe today! Read the Gazette online for just 99 cents.</a>' },
  // A promotion's box whose call is to start following, on links to the network, under a title that names no call.
  { lang: 'en', category: 'promo', html: '<div class="promo"><h3><a href="https://twitter.com/harbourgazette">Tweeting on</a></h3><p><a href="https://twitter.com/harbourgazette">Start following the Harbour Gazette on Twitter today.<br>Click to launch.</a></p></div>' },
  // A sign-up's box whose one call leads "to the sign-up" on the mailing service's page.
  { lang: 'de', category: 'newsletter', html: '<h4>Bleib am Ball!</h4><p>Jeden Freitag schicken wir dir unseren Newsletter mit den wichtigsten Artikeln ins Postfach.</p><a class="button" href="https://subscribe.mailing.example/?n=hafenblatt">Zur Anmeldung</a><p>Mehr zum Datenschutz liest du <a href="/datenschutz">hier</a>.</p>' },
  // A follow row of the networks' marks, each named only by its picture's alternative text ("WhatsApp button").
  { lang: 'es', category: 'promo', html: '<span>Síguenos:</span><a href="https://whatsapp.com/channel/gaceta"><img src="wa.png" alt="Botón WhatsApp"></a><a href="https://www.google.com/preferences/source?q=gaceta.example"><img src="gn.png" alt="Botón Google Noticias"></a>' },
  // An address asked for as "Email Adresse", one word as readers write it, and the promise to let them go.
  { lang: 'de', category: 'newsletter', html: '<h4>Hafenblatt-Post</h4><p>Gib uns deine Email Adresse, dann schreiben wir dir jeden Freitag. Du kannst dich jederzeit abmelden.</p><a href="/post">Mitmachen</a>' },
  // "Let's keep in touch" over the networks' marks.
  { lang: 'fr', category: 'promo', html: '<h3>Gardons le contact</h3><a href="https://www.instagram.com/lagazette"><img src="i.png" alt="Instagram"></a> <a href="https://www.youtube.com/@lagazette"><img src="y.png" alt="Youtube"></a> <a href="https://twitter.com/lagazette"><img src="t.png" alt="Twitter"></a>' },
  { lang: 'en', category: 'promo', html: '<h3>Stay in touch</h3><a href="https://www.instagram.com/harbourgazette"><img src="i.png" alt="Instagram"></a> <a href="https://www.youtube.com/@harbourgazette"><img src="y.png" alt="Youtube"></a> <a href="https://twitter.com/harbourgazette"><img src="t.png" alt="Twitter"></a>' },
  // The publication's own book, offered in its own voice.
  { lang: 'en', category: 'promo', html: '<h4>Order the Harbour Atlas today!</h4><p>Explore the coast\'s hidden coves with our new book.</p><a href="https://books.gazette.example/atlas">Order now!</a>' },
  // The publication's magazine, offered in its own voice.
  { lang: 'en', category: 'promo', html: '<h4>Get our quarterly print magazine</h4><p>Long reads from the coast, four times a year.</p><a href="/print/offer">Subscribe</a>' },
  // "Join us" over links named for the networks as Polish declines them after "na" ("on Facebook").
  { lang: 'pl', category: 'promo', html: '<span>Dołącz do nas</span><ul><li><a href="https://www.instagram.com/gazeta"><img src="i.png" alt=""> na Instagramie</a></li><li><a href="https://www.facebook.com/gazeta"><img src="f.png" alt=""> na Facebooku</a></li></ul>' },
  // A newsletter named "电邮" (e-mail), "delivered on time every weekday", its button drawn from a span.
  { lang: 'zh', category: 'newsletter', html: '<div><span>海港日报晨间电邮</span></div><p>每个工作日早上定时投递，当天要闻一封看完。</p><input type="text" placeholder="请输入您的邮箱地址"><span class="btn">订阅</span>' },
  // A magazine's subscription menu: subscribe, renew, "give a free gift" (a word between "a" and "gift").
  { lang: 'en', category: 'promo', html: '<ul class="links"><li><a href="/subscribe">Subscribe</a></li><li><a href="/renew">Renew</a></li><li><a href="/gift">Give a Free Gift</a></li><li><a href="/digital">Digital Editions</a></li></ul>' },
  // A code to scan beside the words that ask to (zh): the app's or the account's, with no link to tap.
  { lang: 'zh', category: 'promo', html: '<div class="float"><div><img class="pic" src="/img/app.png"></div><div><p>扫码下载港口日报APP</p><span>看新闻，快人一步</span></div></div>' },
  { lang: 'zh', category: 'promo', html: '<div class="box"><span><img src="/media/2024/0801/a.jpg" width="248" height="248" alt="关注公众号：港口日报财经">关注公众号：港口日报财经</span></div>' },
  // "Install the … app" (fa), its name between the words.
  { lang: 'fa', category: 'promo', html: '<div>برای دسترسی سریع به تازه‌ترین اخبار بندر <a href="/app"><span>اپلیکیشن روزنامه بندر</span></a> را نصب کنید.</div>' },
  // "Follow" alone, heading the networks' links.
  { lang: 'pl', category: 'promo', html: '<h4>Obserwuj</h4><ul><li><a href="https://www.facebook.com/gazeta">Facebook</a></li><li><a href="https://twitter.com/gazeta">Twitter</a></li></ul>' },
  // A magazine's trial issue ("Probeheft"), offered to read on trial ("testlesen").
  { lang: 'de', category: 'promo', html: '<h4>Probeheft bestellen</h4><p><a href="/probeheft">Jetzt das Hafenblatt testlesen</a></p>' },
  // A box whose only control is "learn more" in the page's language, after a price or support pitch.
  { lang: 'de', category: 'promo', html: '<p>Für nur 2,50 Euro im Monat lesen Sie die Zeitung werbefrei und mit vollem Archiv.</p><a href="/plus">Mehr erfahren</a>' },
  { lang: 'de', category: 'donation', html: '<p>Unterstützen Sie unabhängige Berichterstattung aus der Region: Leserinnen und Leser machen sie möglich.</p><a href="/foerdern">Mehr Infos</a>' },
];

describe('common wordings of each kind of appeal', () => {
  for (const { lang, category, html } of COMMON) {
    for (const place of ['beside the article', 'at the end of the article'] as const) {
      it(`finds a ${category} appeal in ${lang} ${place}: ${html.replace(/<[^>]+>/g, ' ').trim().slice(0, 48) || html.slice(0, 48)}…`, () => {
        const box = `<div id="box">${html}</div>`;
        const body =
          place === 'beside the article'
            ? `<main><article><h1>The pier</h1>${article()}</article></main><aside>${box}<ul><li><a href="/pier">The pier reopens</a></li></ul></aside>`
            : `<main><article><h1>The pier</h1>${article()}${box}</article></main>`;
        const doc = page(body, lang);
        const findings = detect(doc);
        const found = findings.find((f) => f.element.contains(doc.getElementById('box')) || doc.getElementById('box')!.contains(f.element));
        expect(found?.category).toBe(category);
        const story = [...doc.querySelectorAll('article > p')];
        expect(findings.filter((f) => story.some((p) => f.element.contains(p))), 'findings holding the story').toEqual([]);
      });
    }
  }
});

describe('a block headed with the networks’ name over links to them, in each language', () => {
  const NETWORKS = '<ul><li><a href="https://www.facebook.com/harbourgazette">Facebook</a></li><li><a href="https://www.instagram.com/harbourgazette">Instagram</a></li><li><a href="https://www.youtube.com/harbourgazette">YouTube</a></li></ul>';
  const HEADINGS: readonly [string, string][] = [
    ['en', 'Social media'],
    ['de', 'Soziale Netzwerke'],
    ['de', 'Gazette im Social-Web'],
    // The site's name and a preposition before the networks' name.
    ['en', 'The Harbour Gazette on social media'],
    ['de', 'Das Hafenblatt in den sozialen Medien'],
    ['fr', 'Réseaux sociaux'],
    ['es', 'Redes sociales'],
  ];
  for (const [lang, heading] of HEADINGS) {
    it(`reads "${heading}" (${lang}) over the site's accounts as a call to follow`, () => {
      const doc = page(`<main><article><h1>The pier</h1>${article()}</article></main><footer><div class="col"><a href="/about">About</a> <a href="/contact">Contact</a></div><div id="box"><h4>${heading}</h4>${NETWORKS}</div></footer>`, lang);
      const found = detect(doc).find((f) => f.element.contains(doc.getElementById('box')) || doc.getElementById('box')!.contains(f.element));
      expect(found?.category).toBe('promo');
    });
  }

  it('reads the name in a plain line that opens the box as its heading, over bare marks', () => {
    const marks = ['facebook', 'twitter', 'instagram'].map((n) => `<li><a href="https://www.${n}.com/harbourgazette" title="${n}"><svg></svg></a></li>`).join('');
    const doc = page(`<main><article><h1>The pier</h1>${article()}</article></main><footer><div class="col"><a href="/about">About</a> <a href="/contact">Contact</a></div><div id="box"><div class="title">Social channels</div><ul>${marks}</ul></div></footer>`);
    const found = detect(doc).find((f) => f.element.contains(doc.getElementById('box')) || doc.getElementById('box')!.contains(f.element));
    expect(found?.category).toBe('promo');
  });

  it('reads the name in bold type opening the box, over bare marks, as its heading', () => {
    const marks = ['youtube', 'facebook', 'instagram'].map((n) => `<a href="https://www.${n}.com/harbourgazette"><img src="${n}.png"></a>`).join(' ');
    const doc = page(`<main><article><h1>Der Hafen</h1>${article()}</article></main><footer><div class="col"><a href="/about">Impressum</a> <a href="/contact">Kontakt</a></div><div id="box"><strong>Hafenblatt.com Social Media</strong> ${marks}</div></footer>`, 'de');
    const found = detect(doc).find((f) => f.element.contains(doc.getElementById('box')) || doc.getElementById('box')!.contains(f.element));
    expect(found?.category).toBe('promo');
  });

  it('reads the name in a line that opens the box and ends in a colon, before bare marks, as its title', () => {
    const marks = ['facebook', 'twitter', 'instagram'].map((n) => `<a href="https://www.${n}.com/hafenblatt" aria-label="Hafenblatt bei ${n}"><span aria-hidden="true"></span></a>`).join('');
    const doc = page(`<main><article><h1>Der Hafen</h1>${article()}</article></main><footer><div class="col"><a href="/about">Impressum</a> <a href="/contact">Kontakt</a></div><div class="col"><p id="box">Social Media:${marks}</p></div></footer>`, 'de');
    const found = detect(doc).find((f) => f.element.contains(doc.getElementById('box')) || doc.getElementById('box')!.contains(f.element));
    expect(found?.category).toBe('promo');
  });

  it('reads a line as a title only where it ends in a colon: a caption naming the networks before their marks is no heading', () => {
    const marks = ['facebook', 'twitter', 'instagram'].map((n) => `<a href="https://www.${n}.com/hafenblatt" aria-label="Hafenblatt bei ${n}"><span aria-hidden="true"></span></a>`).join('');
    const doc = page(`<main><article><h1>Der Hafen</h1>${article()}</article></main><footer><div class="col"><a href="/about">Impressum</a> <a href="/contact">Kontakt</a></div><div class="col"><p id="box">Social Media${marks}</p></div></footer>`, 'de');
    expect(detect(doc).find((f) => f.element.contains(doc.getElementById('box')) || doc.getElementById('box')!.contains(f.element))).toBeUndefined();
  });

  it('reads bold type as a title only where it opens its box: a paragraph\'s bold words are its own', () => {
    const marks = ['youtube', 'facebook', 'instagram'].map((n) => `<a href="https://www.${n}.com/harbourgazette"><img src="${n}.png"></a>`).join(' ');
    const doc = page(`<main><article><h1>Der Hafen</h1>${article()}</article></main><footer><div class="col"><a href="/about">Impressum</a> <a href="/contact">Kontakt</a></div><div id="box">Hafenblatt.com <strong>Social Media</strong> ${marks}</div></footer>`, 'de');
    expect(detect(doc).find((f) => f.element.contains(doc.getElementById('box')) || doc.getElementById('box')!.contains(f.element))).toBeUndefined();
  });

  it('gives such a line no more weight than that: a like button\'s caption in the story stays', () => {
    const like = '<iframe src="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fharbourgazette.example%2Fpier"></iframe>';
    const doc = page(`<main id="main"><h1>The pier</h1>${article()}<div class="share"><nobr>Like on Facebook</nobr>${like}</div>${article(2)}</main>`);
    expect(detect(doc)).toEqual([]);
  });
});

describe('a box’s "learn more" link, in each language', () => {
  const LEARN_MORE: readonly [string, string, string][] = [
    ['en', 'Learn more', '<p>Support independent journalism. We rely on readers like you.</p>'],
    ['de', 'Mehr erfahren', '<p>Unterstützen Sie unabhängigen Journalismus. Wir brauchen Ihre Hilfe.</p>'],
    ['de', 'Weitere Infos', '<p>Unterstützen Sie unabhängigen Journalismus. Wir brauchen Ihre Hilfe.</p>'],
    ['fr', 'En savoir plus', '<p>Notre journal ne dépend que de ses lecteurs.</p>'],
    ['es', 'Más información', '<p>Apoya el periodismo independiente.</p>'],
    ['it', 'Scopri di più', '<p>Sostieni il giornalismo indipendente.</p>'],
    ['pt', 'Saiba mais', '<p>Apoie o jornalismo independente.</p>'],
    ['nl', 'Meer informatie', '<p>Steun onafhankelijke journalistiek. Goede journalistiek kost geld.</p>'],
    ['pl', 'Dowiedz się więcej', '<p>Wesprzyj niezależne dziennikarstwo. Potrzebujemy twojej pomocy.</p>'],
    ['cs', 'Zjistit více', '<p>Podpořte nezávislou žurnalistiku.</p>'],
    ['tr', 'Daha fazla bilgi', '<p>Bağımsız gazeteciliğe destek olun. Desteğinize ihtiyacımız var.</p>'],
  ];
  for (const [lang, label, pitch] of LEARN_MORE) {
    it(`reads "${label}" in ${lang} as the box’s offer`, () => {
      const doc = page(`<main><article><h1>The pier</h1>${article()}</article></main><aside><div id="box">${pitch}<a href="/about-us">${label}</a></div></aside>`, lang);
      const found = detect(doc).find((f) => f.element.contains(doc.getElementById('box')) || doc.getElementById('box')!.contains(f.element));
      expect(found?.reasons).toContain(`button:${lang}:subscribe "${label.toLowerCase()}"`);
    });
  }
});

describe('a call that leads "to the sign-up"', () => {
  it('reads "Zur Anmeldung" in de as the box\'s call to subscribe', () => {
    const doc = page(`<main><article><h1>Der Hafen</h1>${article()}</article></main><aside><div id="box"><p>Unser Newsletter, jeden Freitag in dein Postfach.</p><a href="https://subscribe.mailing.example/?n=hafenblatt">Zur Anmeldung</a></div></aside>`, 'de');
    const found = detect(doc).find((f) => f.element.contains(doc.getElementById('box')) || doc.getElementById('box')!.contains(f.element));
    expect(found?.reasons).toContain('button:de:subscribe "zur anmeldung"');
  });
});

describe('a network\'s follow widget framed into the page', () => {
  it('counts as the box\'s link to the network', () => {
    const widget = '<iframe src="https://www.facebook.com/plugins/likebox.php?href=https%3A%2F%2Fwww.facebook.com%2Fgazette" title="Facebook"></iframe>';
    const body = (frame: string) =>
      `<main><article><h1>The pier</h1>${article()}</article></main><aside><div id="box"><h3>Find us on Facebook</h3>${frame}</div><ul><li><a href="/pier">The pier reopens</a></li></ul></aside>`;
    const doc = page(body(widget), 'en');
    const findings = detect(doc);
    expect(findings.map((f) => f.category)).toEqual(['promo']);
    expect(findings[0]!.element.contains(doc.getElementById('box'))).toBe(true);
    // The same box framing the site's own page says nothing of following.
    expect(detect(page(body('<iframe src="/weather-widget"></iframe>'), 'en'))).toEqual([]);
  });
});

describe('an app offered in two stores, under the box’s own words', () => {
  const APPLE = 'https://apps.apple.com/app/harbour-gazette/id1';
  const GOOGLE = 'https://play.google.com/store/apps/details?id=example.gazette';
  const drawn = (href: string) => `<a href="${href}"><img src="badge.png" alt="Download"></a>`;
  // Badges drawn by the site's style sheet: the link holds a space and nothing else.
  const styled = (href: string) => `<a class="store-icon" href="${href}">&nbsp;</a>`;
  // Drawn the same way, the store named for screen readers alone.
  const named = (href: string) => `<a class="store-icon" href="${href}"><span class="is-vishidden">${href.includes('apple') ? 'iOS' : 'Android'}</span></a>`;
  const body = (box: string) =>
    `<main><article><h1>The pier</h1>${article()}</article></main><footer><div class="col"><a href="/about">About</a> <a href="/contact">Contact</a></div><div id="box">${box}</div></footer>`;
  const finding = (doc: Document) => detect(doc).find((f) => f.element.contains(doc.getElementById('box')) || doc.getElementById('box')!.contains(f.element));
  const TITLES: readonly [string, string][] = [
    ['en', 'The Gazette on your phone:'],
    ['de', 'Das Hafenblatt für mobile Geräte:'],
    ['fr', 'La Gazette sur mobile'],
  ];
  for (const [lang, title] of TITLES) {
    for (const [kind, badge] of [['image', drawn], ['styled', styled], ['screen-reader-named', named]] as const) {
      it(`reads "${title}" (${lang}) over ${kind} badges of two stores as an app's promotion`, () => {
        const doc = page(body(`<div class="title">${title}</div>${badge(APPLE)} ${badge(GOOGLE)}`), lang);
        expect(finding(doc)?.category).toBe('promo');
      });
    }
  }

  it('leaves one store\'s badge under the same words', () => {
    expect(finding(page(body(`<div class="title">The Gazette on your phone:</div>${drawn(APPLE)}`)))).toBeUndefined();
  });

  // The site's menu, opened from its header: its entries stay, the app's box among them does not.
  const menu = (box: string) =>
    `<header><div class="logo"><a href="/">The Harbour Gazette</a></div><div class="menu"><div class="col"><h4>Sections</h4><a href="/news">News</a> <a href="/ferry">Ferry</a> <a href="/pier">Pier</a> <a href="/weather">Weather</a></div><div id="box">${box}</div></div></header><main><article><h1>The pier</h1>${article()}</article></main>`;

  it('reads the same box in the header\'s menu as an app\'s promotion', () => {
    const doc = page(menu(`<h4>The Gazette app</h4>${drawn(APPLE)}${drawn(GOOGLE)}`), 'en');
    expect(finding(doc)?.category).toBe('promo');
  });

  it('leaves the menu\'s entries that name the stores in words', () => {
    const doc = page(menu(`<h4>Apps</h4><a href="${APPLE}">iPhone</a> <a href="${GOOGLE}">Android</a>`), 'en');
    expect(finding(doc)).toBeUndefined();
  });

  it('leaves a footer\'s column of links that name the stores', () => {
    const column = `<div class="title">Other</div><a href="${APPLE}">iOS app</a><br><a href="${GOOGLE}">Android app</a><br><a href="/rss">RSS</a>`;
    expect(finding(page(body(column)))).toBeUndefined();
  });
});

describe('a donation box whose wording asks around its one link', () => {
  it('is collapsed whole, its words with its link ("Every gift … maintain our independence")', () => {
    const box =
      '<div id="box" class="6d9ced90" style="float: none; text-align: center;"> <span class="support"><b> Please help us out : <br> Will you offer us a hand? Every gift, regardless of size, fuels our future. <br> ' +
      'Your critical contribution enables us to maintain our independence from shareholders or wealthy owners, allowing us to keep up reporting without bias. It means we can continue to make the Harbour Gazette available to everyone. <br> ' +
      '<a href="https://www.paypal.com/donate/?hosted_button_id=X">You can support us for as little as $1 via PayPal at office@gazette.example. </a> <br> Thank you. </b></span> </div>';
    const doc = page(`<main><article><h1>The pier</h1>${article()}${box}${article()}</article></main>`, 'en');
    const found = detect(doc).find((f) => f.element.contains(doc.getElementById('box')) || doc.getElementById('box')!.contains(f.element));
    expect(found?.category).toBe('donation');
    expect(found?.element.textContent).toContain('Every gift');
  });
});

describe('a newsletter bar atop the site\'s header', () => {
  it('is found by its own line "Receive our newsletter", though it sits in the header beside the menu', () => {
    const bar = '<div id="box" class="pre-header"><a href="/newsletter"><span>View all newsletters</span></a><div onclick="openSignup()"><span>Receive our newsletter - data, insights and analysis delivered to you</span></div></div>';
    const doc = page(`<header>${bar}<div class="logo"><a href="/">The Harbour Gazette</a></div><nav><a href="/news">News</a> <a href="/ferry">Ferry</a> <a href="/pier">Pier</a></nav></header><main><article><h1>The pier</h1>${article()}</article></main>`, 'en');
    const found = detect(doc).find((f) => f.element.contains(doc.getElementById('box')) || doc.getElementById('box')!.contains(f.element));
    expect(found?.category).toBe('newsletter');
  });
});

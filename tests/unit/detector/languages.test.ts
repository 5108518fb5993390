import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/detector';
import { article, page } from './helpers';

/** One hand-written appeal per language: a heading, a sentence and a button, beside a real article. */
const APPEALS: readonly { lang: string; category: string; html: string }[] = [
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
  { lang: 'zh', category: 'promo', html: '<h3>下载客户端</h3><p>立即下载，随时阅读</p><a href="https://apps.apple.com/app/id1">App Store</a><a href="https://play.google.com/store/apps/details?id=x">Google Play</a>' },
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

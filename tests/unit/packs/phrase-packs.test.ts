import { describe, expect, it } from 'vitest';
import { LANGUAGES, type LanguagePhrases } from '../../../src/detector/phrases';
import {
  declaredLanguages,
  packKey,
  packsFrom,
  packsToRead,
  packsVersion,
  PACKS_VERSION_KEY,
  pageLanguages,
  parsePack,
  readerLanguages,
  scriptLanguages,
  storePacks,
  wordLanguages,
  type PackArea,
} from '../../../src/packs/phrase-packs';

/** storage.local in memory, counting reads and writes. */
class MemoryArea implements PackArea {
  items: Record<string, unknown> = {};
  reads = 0;
  writes = 0;
  async get(keys: string | string[] | null) {
    this.reads++;
    const list = keys === null ? Object.keys(this.items) : typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(list.filter((k) => k in this.items).map((k) => [k, structuredClone(this.items[k])]));
  }
  async set(items: Record<string, unknown>) {
    this.writes++;
    Object.assign(this.items, structuredClone(items));
  }
  async remove(keys: string[]) {
    this.writes++;
    for (const key of keys) delete this.items[key];
  }
}

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('a pack read back from storage', () => {
  it('is taken when well formed, as a fresh object', () => {
    const read = parsePack(structuredClone(LANGUAGES.de));
    expect(read).toEqual(LANGUAGES.de);
    expect(read?.ownVoice).toBe(LANGUAGES.de.ownVoice);
    expect(read?.networks).toBe(LANGUAGES.de.networks);
    expect(read).not.toBe(LANGUAGES.de);
    // The words that ask to scan a code, which only some languages list, are kept too.
    const zh = parsePack(structuredClone(LANGUAGES.zh));
    expect(zh).toEqual(LANGUAGES.zh);
    expect(zh?.scan).toBe(LANGUAGES.zh.scan);
    expect(parsePack({ pitch: {}, actions: {} })).toEqual({ pitch: {}, actions: {} });
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'unterstützen sie uns'],
    ['an array', [LANGUAGES.de]],
    ['no actions', { pitch: LANGUAGES.de.pitch }],
    ['pitch as an array', { pitch: ['spenden'], actions: {} }],
    ['a list that is a number', { pitch: { donation: 42 }, actions: {} }],
    ['an empty list', { pitch: { donation: '  ' }, actions: {} }],
    ['an unknown category', { pitch: { lottery: 'gewinnen' }, actions: {} }],
    ['an unknown action', { pitch: {}, actions: { fly: 'fliegen' } }],
    ['its own voice a list of words', { pitch: {}, actions: {}, ownVoice: ['wir', 'uns'] }],
    ['its own voice empty', { pitch: {}, actions: {}, ownVoice: '' }],
    ['the networks\' name a list of words', { pitch: {}, actions: {}, networks: ['social media'] }],
    ['its words to scan a code a number', { pitch: {}, actions: {}, scan: 42 }],
    ['a list far too long', { pitch: { donation: 'a|'.repeat(20_000) }, actions: {} }],
    ['a throwing getter', { get pitch() { throw new Error('damaged'); }, actions: {} }],
  ])('is ignored, never thrown on, when it is %s', (_, value) => {
    expect(() => parsePack(value)).not.toThrow();
    expect(parsePack(value)).toBeUndefined();
  });

  it('leaves a damaged pack out and keeps the others', () => {
    const items = { [packKey('de')]: LANGUAGES.de, [packKey('ru')]: { pitch: 'broken' }, [packKey('fr')]: LANGUAGES.fr };
    expect(Object.keys(packsFrom(items, ['de', 'ru', 'fr', 'es']))).toEqual(['de', 'fr']);
  });
});

describe('the packs’ version', () => {
  it('is the same for the same phrases, whatever the order of their keys', () => {
    const reordered: Record<string, LanguagePhrases> = {};
    for (const lang of Object.keys(LANGUAGES).reverse()) reordered[lang] = structuredClone(LANGUAGES[lang as keyof typeof LANGUAGES]);
    expect(packsVersion(reordered)).toBe(packsVersion(LANGUAGES));
  });

  it('changes when one phrase of one pack changes', () => {
    const changed = { ...LANGUAGES, de: { ...LANGUAGES.de, pitch: { ...LANGUAGES.de.pitch, donation: LANGUAGES.de.pitch.donation + '|spendet' } } };
    expect(packsVersion(changed)).not.toBe(packsVersion(LANGUAGES));
    const english = { ...LANGUAGES, en: { ...LANGUAGES.en, actions: { ...LANGUAGES.en.actions, follow: 'follow' } } };
    expect(packsVersion(english)).not.toBe(packsVersion(LANGUAGES));
  });
});

describe('the background’s writing of the packs', () => {
  it('writes every language but English and the version, once', async () => {
    const area = new MemoryArea();
    expect(await storePacks(area, LANGUAGES)).toBe(true);
    expect(Object.keys(area.items).sort()).toEqual([...Object.keys(LANGUAGES).filter((l) => l !== 'en').map(packKey), PACKS_VERSION_KEY].sort());
    expect(area.items[packKey('ru')]).toEqual(LANGUAGES.ru);
    expect(area.items[PACKS_VERSION_KEY]).toBe(packsVersion(LANGUAGES));
    // The next start of the same version writes nothing.
    expect(await storePacks(area, LANGUAGES)).toBe(false);
    expect(area.writes).toBe(1);
  });

  it('writes again for a new version, and to repair a damaged or missing pack', async () => {
    const area = new MemoryArea();
    await storePacks(area, LANGUAGES);
    const next = { ...LANGUAGES, fr: { ...LANGUAGES.fr, actions: { ...LANGUAGES.fr.actions, follow: LANGUAGES.fr.actions.follow + '|abonnez vous' } } };
    expect(await storePacks(area, next)).toBe(true);
    expect(area.items[packKey('fr')]).toEqual(next.fr);
    area.items[packKey('de')] = { pitch: 7 };
    expect(await storePacks(area, next)).toBe(true);
    expect(area.items[packKey('de')]).toEqual(LANGUAGES.de);
    delete area.items[packKey('zh')];
    expect(await storePacks(area, next)).toBe(true);
    expect(area.writes).toBe(4);
  });

  it('removes the packs of languages a new version no longer has, and nothing else', async () => {
    const area = new MemoryArea();
    area.items['remembered:example.org'] = { selectors: ['.appeal'] };
    await storePacks(area, LANGUAGES);
    const { cs: _dropped, ...fewer } = LANGUAGES;
    expect(await storePacks(area, fewer)).toBe(true);
    expect(area.items).not.toHaveProperty(packKey('cs'));
    expect(area.items[packKey('ru')]).toEqual(LANGUAGES.ru);
    expect(area.items['remembered:example.org']).toEqual({ selectors: ['.appeal'] });
    expect(area.items[PACKS_VERSION_KEY]).toBe(packsVersion(fewer));
  });
});

describe('which languages', () => {
  it('takes the reader’s languages by their primary subtag, only those with phrases', () => {
    expect(readerLanguages(['de-AT', 'en-US', 'ru', 'DE', 'sv-SE', 'zh_TW', 'nl-BE', 'fi-FI', 'ko', 'he-IL', 'hi-IN', 'bn-BD', 'fa-IR', 'th-TH', 'ur-PK', 'mr-IN', 'ta-IN', 'te-IN', 'el-GR', 'ro-RO', 'hu-HU', 'sk-SK', 'lv-LV', 'ca-ES', 'hr-HR', 'bg-BG', 'sr-Cyrl-RS', ''])).toEqual(['en', 'ru', 'de', 'nl', 'sv', 'zh', 'ko', 'fa', 'ur', 'he', 'hi', 'mr', 'bn', 'ta', 'te', 'th', 'el', 'ro', 'hu', 'fi', 'sk', 'ca', 'hr', 'sr', 'bg']);
    expect(readerLanguages([])).toEqual([]);
  });

  it('reads what the page declares: html lang, xml:lang, Content-Language', () => {
    expect(declaredLanguages(doc('<html lang="de-DE"><body></body></html>'))).toEqual(['de']);
    expect(declaredLanguages(doc('<html xml:lang="uk"><body></body></html>'))).toEqual(['uk']);
    expect(declaredLanguages(doc('<html><head><meta http-equiv="Content-Language" content="fr, es-MX"></head></html>'))).toEqual(['fr', 'es']);
    expect(declaredLanguages(doc('<html lang="lv"><head><meta http-equiv="content-language" content="et"></head></html>'))).toEqual([]);
    expect(declaredLanguages(doc('<html lang="tr-TR"><body></body></html>'))).toEqual(['tr']);
    // Norwegian, and Nynorsk, are read with Bokmål's phrases.
    expect(declaredLanguages(doc('<html lang="no"><body></body></html>'))).toEqual(['nb']);
    expect(declaredLanguages(doc('<html lang="vi-VN"><body></body></html>'))).toEqual(['vi']);
    expect(declaredLanguages(doc('<html lang="nn-NO"><body></body></html>'))).toEqual(['nb']);
    // Malay, with Indonesian's phrases (its own words are listed among them).
    expect(declaredLanguages(doc('<html lang="ms-MY"><body></body></html>'))).toEqual(['id']);
    // Bosnian, with Croatian's phrases; Serbian with its own, in both its alphabets.
    expect(declaredLanguages(doc('<html lang="bs-BA"><body></body></html>'))).toEqual(['hr']);
    expect(declaredLanguages(doc('<html lang="sr-Latn-RS"><body></body></html>'))).toEqual(['sr']);
    expect(declaredLanguages(doc('<html lang="da"><head><meta http-equiv="Content-Language" content="id-ID"></head></html>'))).toEqual(['da', 'id']);
    expect(declaredLanguages(doc('<html lang="ko-KR"><body></body></html>'))).toEqual(['ko']);
    expect(declaredLanguages(doc('<html lang="nl-NL"><body></body></html>'))).toEqual(['nl']);
    const xhtml = new DOMParser().parseFromString('<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="pl"><body/></html>', 'application/xhtml+xml');
    expect(declaredLanguages(xhtml)).toEqual(['pl']);
  });

  it('infers languages from the script of the text: Cyrillic → ru, uk; kana → ja; Han → zh, ja; Hangul → ko; Arabic → ar (and ur with Urdu letters, else fa with Persian ones); Hebrew → he; Devanagari → hi; Bengali → bn; Tamil → ta; Telugu → te; Thai → th; Greek → el', () => {
    expect(scriptLanguages('Независимая журналистика нуждается в вашей поддержке')).toEqual(['ru', 'uk']);
    // Bulgarian writes ъ as a vowel in its commonest words; Russian's rare hard sign says nothing.
    expect(scriptLanguages('Общинският съвет обсъди в понеделник новия мост към пристанището. Разходите са се увеличили във всички части на проекта, съобщиха от общината, а сроковете за път и мост вече не са сигурни, защото изпълнителят не е в състояние да ги спази.')).toEqual(['ru', 'uk', 'bg']);
    // Serbian in Cyrillic writes letters of its own (ј, љ, њ, ћ, ђ, џ).
    expect(scriptLanguages('Градско веће је у понедељак расправљало о новом мосту. Трошкови су према подацима градске управе знатно порасли, а ни рокови се неће поштовати. На седници су први пут говорили и становници који су се жалили на буку са градилишта, која траје још од прошле године.')).toEqual(['ru', 'uk', 'sr']);
    expect(scriptLanguages('Подъезд и объявление: в объёме съезда разъяснили, что въезд закрыт до конца недели, а подъём цен отложен.')).toEqual(['ru', 'uk']);
    expect(scriptLanguages('ニュースレターのご登録はこちらからどうぞ、ありがとうございます')).toEqual(['ja']);
    expect(scriptLanguages('我们需要您的支持才能继续独立报道新闻事件和深度调查')).toEqual(['ja', 'zh']);
    expect(scriptLanguages('독립 언론을 후원해 주세요. 여러분의 후원으로 만들어지는 신문입니다')).toEqual(['ko']);
    expect(scriptLanguages('ادعم الصحافة المستقلة، نحتاج إلى دعمكم لنواصل عملنا')).toEqual(['ar']);
    // Persian's own letters (پ چ ژ ک گ ی) say fa, beside the script's ar.
    expect(scriptLanguages('از روزنامه‌نگاری مستقل حمایت کنید؛ ما بدون کمک شما نمی‌توانیم کار کنیم. هر کمکی، کوچک یا بزرگ، ارزشمند است و به ما کمک می‌کند تا گزارش‌های بیشتری تهیه کنیم')).toEqual(['ar', 'fa']);
    expect(scriptLanguages('תמכו בעיתונות עצמאית, אנחנו צריכים את העזרה שלכם')).toEqual(['he']);
    expect(scriptLanguages('स्वतंत्र पत्रकारिता का समर्थन करें, हमें आपके सहयोग की ज़रूरत है')).toEqual(['hi']);
    expect(scriptLanguages('স্বাধীন সাংবাদিকতাকে সমর্থন করুন, আমাদের পাশে থাকুন')).toEqual(['bn']);
    // Urdu's own letters (ٹ ڈ ڑ ں ھ ہ ے) say ur, not fa, though Urdu writes Persian's letters too.
    expect(scriptLanguages('آزاد صحافت کی حمایت کریں۔ ہماری صحافت قارئین کے تعاون سے چلتی ہے اور ہمیں آپ کی مدد کی ضرورت ہے۔ ہر عطیہ اہم ہے، چھوٹا ہو یا بڑا۔ ہم آپ کے شکر گزار ہیں کہ آپ ہمارے ساتھ ہیں اور ہماری خبریں پڑھتے ہیں۔')).toEqual(['ar', 'ur']);
    expect(scriptLanguages('சுதந்திரமான இதழியலை ஆதரியுங்கள், உங்கள் ஆதரவு எங்களுக்குத் தேவை')).toEqual(['ta']);
    expect(scriptLanguages('స్వతంత్ర జర్నలిజానికి మద్దతు ఇవ్వండి, మీ మద్దతు మాకు అవసరం')).toEqual(['te']);
    expect(scriptLanguages('ร่วมสนับสนุนสื่ออิสระ การทำงานของเราอยู่ได้ด้วยผู้อ่าน')).toEqual(['th']);
    expect(scriptLanguages('Στηρίξτε την ανεξάρτητη δημοσιογραφία, χρειαζόμαστε τη βοήθειά σας')).toEqual(['el']);
    expect(scriptLanguages('Plain English text with one word, Москва, in it')).toEqual([]);
  });

  it('takes a page’s declared languages and its script’s, English pages needing nothing more', () => {
    const russianWithoutLang = doc(`<html><body><script>var x = "Привет мир Привет мир Привет мир";</script><p>${'Поддержите независимую редакцию. '.repeat(3)}</p></body></html>`);
    expect(pageLanguages(russianWithoutLang)).toEqual(['ru', 'uk']);
    expect(pageLanguages(doc(`<html lang="en"><body><p>${'Support our newsroom. '.repeat(20)}</p></body></html>`))).toEqual(['en']);
    expect(pageLanguages(doc('<html lang="de"><body><p>日本語のニュースを毎朝お届けします。最新の政治経済社会文化科学技術の記事を無料で配信中</p></body></html>'))).toEqual(['de', 'ja', 'zh']);
    // Marathi is written in Hindi's script: a page that says it is Marathi reads both.
    expect(pageLanguages(doc('<html lang="mr"><body><p>स्वतंत्र पत्रकारितेला पाठिंबा द्या. आमची पत्रकारिता वाचकांच्या पाठिंब्यावर चालते.</p></body></html>'))).toEqual(['hi', 'mr']);
    // Script text is not page text.
    expect(pageLanguages(doc(`<html><body><script>${'"Привет мир" '.repeat(20)}</script><p>Hello</p></body></html>`))).toEqual([]);
  });

  it('reads the language a page states in its <meta> tags: a CMS’s language, og:locale, Dublin Core', () => {
    expect(declaredLanguages(doc('<html><head><meta name="language" content="de"></head><body></body></html>'))).toEqual(['de']);
    expect(declaredLanguages(doc('<html><head><meta property="og:locale" content="pt_BR"></head><body></body></html>'))).toEqual(['pt']);
    expect(declaredLanguages(doc('<html><head><meta name="DC.language" content="fr"></head><body></body></html>'))).toEqual(['fr']);
    expect(declaredLanguages(doc('<html><body><meta itemprop="inLanguage" content="es-AR"></body></html>'))).toEqual(['es']);
    // The translations a page has are not its language; nor is a description that mentions one.
    expect(declaredLanguages(doc('<html><head><meta property="og:locale:alternate" content="de_DE"><meta name="description" content="de"></head></html>'))).toEqual([]);
    // A name the detector has no phrases for, or a language written out in words, adds nothing.
    expect(declaredLanguages(doc('<html><head><meta name="language" content="English"><meta property="og:locale" content="lv_LV"></head></html>'))).toEqual([]);
  });

  it('tells a Latin-script page’s language by its commonest words, when English’s are fewer', () => {
    const prose: Record<string, string> = {
      de: 'Der Stadtrat hat am Montag über die neue Brücke beraten. Die Kosten sind nach Angaben der Verwaltung deutlich gestiegen, und auch der Zeitplan wird sich wohl verschieben. Bei der Sitzung waren zum ersten Mal auch Anwohner dabei, die sich über den Lärm beklagten.',
      fr: 'Le conseil municipal a débattu lundi du nouveau pont. Les coûts sont en forte hausse selon les services de la ville, et le calendrier pourrait être revu. Pour la première fois, des riverains ont pris la parole pendant la séance et se sont plaints du bruit des travaux.',
      es: 'El ayuntamiento debatió el lunes el nuevo puente. Los costes han subido mucho según los técnicos municipales, y el calendario se retrasará. Por primera vez los vecinos tomaron la palabra en la sesión y se quejaron del ruido de las obras, que ha durado más de lo previsto.',
      it: 'Il consiglio comunale ha discusso lunedì del nuovo ponte. I costi sono aumentati molto secondo gli uffici della città, e anche il calendario non sarà rispettato. Per la prima volta alla seduta hanno parlato gli abitanti del quartiere, che si sono lamentati del rumore dei cantieri.',
      nl: 'De gemeenteraad heeft maandag gesproken over de nieuwe brug. De kosten zijn volgens de ambtenaren flink gestegen, en ook het tijdpad wordt niet gehaald. Voor het eerst waren er bij de vergadering ook bewoners, die klaagden over het lawaai van de werkzaamheden bij de rivier.',
      pl: 'Rada miasta w poniedziałek rozmawiała o nowym moście. Koszty według urzędników znacznie wzrosły, a harmonogram prac nie jest już aktualny. Po raz pierwszy na sesji głos zabrali mieszkańcy, którzy skarżyli się na hałas z budowy i na to, że nikt ich nie pytał o zdanie przez cały rok.',
      ro: 'Consiliul local a discutat luni despre noul pod. Costurile au crescut mult după calculele primăriei, iar calendarul lucrărilor nu mai este sigur. Pentru prima dată la ședință au luat cuvântul și locuitorii, care s-au plâns de zgomotul de pe șantier și că nu au fost consultați.',
      hu: 'A városi közgyűlés hétfőn tárgyalt az új hídról. A költségek a hivatal szerint jelentősen nőttek, és az ütemterv is csúszik. Az ülésen először szólaltak fel a környéken élők is, akik azt mondták, hogy a zaj miatt már csak éjjel tudnak pihenni, pedig még egy év van hátra.',
      fi: 'Kaupunginvaltuusto keskusteli maanantaina uudesta sillasta. Kustannukset ovat nousseet selvästi viraston mukaan, ja myös aikataulu venyy. Kokouksessa puhuivat ensimmäistä kertaa myös asukkaat, jotka kertoivat, että melu on jo vuoden ajan haitannut heidän untaan, mutta kukaan ei ole vastannut.',
      sk: 'Mestské zastupiteľstvo v pondelok rokovalo o novom moste. Náklady sa podľa úradu výrazne zvýšili a harmonogram sa tiež posúva. Na zasadnutí po prvý raz vystúpili aj obyvatelia, ktorí sa sťažovali na hluk zo stavby, keď práce pokračujú aj v noci, a na to, že ich nikto nepočúva.',
      ca: 'El consell municipal va debatre dilluns sobre el nou pont. Els costos han augmentat molt segons els tècnics, i també el calendari de les obres es retardarà. Per primera vegada els veïns van prendre la paraula a la sessió i es van queixar del soroll de les obres, que són molt més llargues del que havia previst l\'ajuntament amb els seus tècnics.',
      hr: 'Gradsko vijeće u ponedjeljak je raspravljalo o novom mostu. Troškovi su prema podacima gradske uprave znatno porasli, a ni rokovi se neće poštovati. Na sjednici su prvi put govorili i stanovnici koji su se žalili na buku s gradilišta, što traje još od prošle godine, kao i na to da ih nitko nije pitao za mišljenje prije nego što su radovi počeli, ili nakon toga.',
      tr: 'Belediye meclisi pazartesi günü yeni köprüyü görüştü. Yetkililere göre maliyetler çok arttı ve takvim de bir kez daha değişti. Toplantıya ilk kez mahalle sakinleri de katıldı ve inşaat gürültüsü için şikayet etti. Bu konu daha önce de gündeme gelmişti, ancak bir sonuç çıkmadı ve proje için yeni bir karar gibi bir şey olmadı.',
    };
    for (const [lang, text] of Object.entries(prose)) expect(wordLanguages(text), lang).toContain(lang);
    expect(wordLanguages(prose.de ?? '')).toEqual(['de']);
    // Neighbours that share their commonest words are read together; losing nothing by it.
    expect(wordLanguages('Byrådet har i dag diskuteret den nye bro. Ifølge kommunen er udgifterne steget, og det er ikke sikkert at den bliver færdig til tiden. For første gang var der også borgere med på mødet, som har klaget over larmen fra byggeriet efter at arbejdet gik i gang.')).toContain('da');
    // English prose, and English with a foreign name or a short quotation, needs nothing more.
    expect(wordLanguages('The council met on Monday to discuss the new bridge. Costs have risen sharply, according to officials, and the timetable that was agreed last year has slipped. Residents who were at the meeting said they had been kept in the dark about the works.')).toEqual([]);
    expect(wordLanguages('The mayor, quoting the motto "Liberté, égalité, fraternité" and the Spanish saying "el que no arriesga no gana", said that the bridge would be finished by spring, and that the works had been delayed by the weather and the cost of steel.')).toEqual([]);
    // A menu's few words say nothing.
    expect(wordLanguages('Startseite Politik Wirtschaft Sport Kultur der die und')).toEqual([]);
  });

  it('reads a page that declares nothing, or English by its template’s default, in the language of its prose', () => {
    const german = `<p>${'Der Stadtrat hat am Montag über die neue Brücke beraten, und die Kosten sind nach Angaben der Verwaltung gestiegen. '.repeat(3)}</p>`;
    expect(pageLanguages(doc(`<html><body>${german}</body></html>`))).toEqual(['de']);
    expect(pageLanguages(doc(`<html lang="en-US"><body>${german}</body></html>`))).toEqual(['en', 'de']);
  });

  it('reads only packs not loaded yet, never English', () => {
    expect(packsToRead(['en', 'de', 'ru', 'de', 'xx'], ['en', 'ru'])).toEqual(['de']);
    expect(packsToRead(['en'], ['en'])).toEqual([]);
  });
});

/**
 * Phrase packs: the detector's languages other than English, which the background keeps in
 * `storage.local` (one item a language) so the content script, which bundles English alone, reads
 * only the languages a page needs. Pure: the storage keys, the version of the packs, the check of a
 * pack read back from storage, and which languages a reader and a page need. No extension API; the
 * callers hand in their storage area and their document.
 */
import { CATEGORIES, type Category } from '../contract/categories';
import { OPAQUE_TAGS } from '../detector/dom';
import { isLanguageCode, LANGUAGE_CODES, type LanguageCode } from '../detector/phrases/codes';
import { ACTION_KINDS, type ActionKind, type LanguagePhrases } from '../detector/phrases/types';

/** The storage item of one language's pack. */
const PACK_PREFIX = 'phrases:';
export const packKey = (lang: string): string => `${PACK_PREFIX}${lang}`;
/** The storage item holding packsVersion() of the packs stored. */
export const PACKS_VERSION_KEY = 'phrases-version';

/** A list longer than this is not one the project wrote (the longest is about 1,500 characters). */
const MAX_LIST_CHARS = 20_000;
/** How much of the page's text the script rule reads, and how many characters of a script decide. */
const SAMPLE_CHARS = 2_000;
const SAMPLE_NODES = 2_000;
const MIN_SCRIPT_CHARS = 20;

export interface PackArea {
  /** `null`: every item. */
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

// ---- what is stored ----

/** The same value, its object keys in sorted order, as one string: what the version hashes. */
function canonical(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
    .join(',')}}`;
}

/** A 53-bit string hash (cyrb53) in hex: changes when any phrase of any pack changes. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/** The content hash of all the packs: stored beside them, so a new extension version refreshes them. */
export function packsVersion(packs: Readonly<Record<string, LanguagePhrases>>): string {
  return hash(canonical(packs));
}

/** The languages that are stored: all but English, which the content script bundles. */
function storedLanguages(packs: Readonly<Record<string, LanguagePhrases>>): string[] {
  return Object.keys(packs).filter((lang) => lang !== 'en');
}

/**
 * The background's part, at each start: writes the packs and their version when the stored version
 * differs or a stored pack is missing or damaged, and then removes the packs of languages this
 * version no longer has (read by no one, they would stay forever); otherwise writes nothing. True
 * when it wrote.
 */
export async function storePacks(area: PackArea, packs: Readonly<Record<string, LanguagePhrases>>): Promise<boolean> {
  const version = packsVersion(packs);
  const langs = storedLanguages(packs);
  const stored = await area.get([PACKS_VERSION_KEY, ...langs.map(packKey)]);
  if (stored[PACKS_VERSION_KEY] === version && langs.every((lang) => parsePack(stored[packKey(lang)]) !== undefined)) return false;
  const items: Record<string, unknown> = {};
  for (const lang of langs) items[packKey(lang)] = packs[lang];
  // The version goes last in the same write: a reader never sees the new version beside old packs.
  items[PACKS_VERSION_KEY] = version;
  await area.set(items);
  const dropped = Object.keys(await area.get(null)).filter((key) => key.startsWith(PACK_PREFIX) && !Object.hasOwn(items, key));
  if (dropped.length > 0) await area.remove(dropped);
  return true;
}

// ---- what is read back ----

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One `"a|b|c"` list of phrases. */
function isList(list: unknown): list is string {
  return typeof list === 'string' && list.trim() !== '' && list.length <= MAX_LIST_CHARS;
}

/** One `{ key: "a|b|c" }` map of a pack, keeping only the keys `known`; undefined when anything in it is wrong. */
function parseLists<K extends string>(value: unknown, known: readonly K[]): { [P in K]?: string } | undefined {
  if (!isRecord(value)) return undefined;
  const lists: { [P in K]?: string } = {};
  for (const [key, list] of Object.entries(value)) {
    if (!(known as readonly string[]).includes(key) || !isList(list)) return undefined;
    lists[key as K] = list;
  }
  return lists;
}

/** A pack's lists besides its pitches and actions, each one `"a|b|c"` string when present. */
const OPTIONAL_LISTS = ['ownVoice', 'networks', 'scan'] as const satisfies readonly (keyof LanguagePhrases)[];

/**
 * A pack as read from storage, which an older version, another context or a damaged profile may
 * have written: undefined for anything that is not a well-formed pack (never throws). The result
 * is a fresh object holding only what was checked.
 */
export function parsePack(value: unknown): LanguagePhrases | undefined {
  try {
    if (!isRecord(value)) return undefined;
    const pitch = parseLists<Category>(value.pitch, CATEGORIES);
    const actions = parseLists<ActionKind>(value.actions, ACTION_KINDS);
    if (!pitch || !actions) return undefined;
    const pack: { -readonly [K in keyof LanguagePhrases]: LanguagePhrases[K] } = { pitch, actions };
    for (const key of OPTIONAL_LISTS) {
      const list = value[key];
      if (list === undefined) continue;
      if (!isList(list)) return undefined;
      pack[key] = list;
    }
    return pack;
  } catch {
    // A getter or a proxy in a value handed in by a test or a strange caller.
    return undefined;
  }
}

/** The well-formed packs of `langs` among storage `items` (a damaged or missing one is left out). */
export function packsFrom(items: Readonly<Record<string, unknown>>, langs: readonly string[]): Record<string, LanguagePhrases> {
  const packs: Record<string, LanguagePhrases> = {};
  for (const lang of langs) {
    const pack = parsePack(items[packKey(lang)]);
    if (pack) packs[lang] = pack;
  }
  return packs;
}

// ---- which languages ----

/**
 * Tags read with another language's phrases: Norwegian as a whole and Nynorsk with Bokmål's; Malay
 * with Indonesian's (one language in two standards; the id pack lists Malay's own words too);
 * Bosnian with Croatian's (Serbian has its own, Croatian's words in both its alphabets).
 */
const READ_AS: Readonly<Record<string, LanguageCode>> = { no: 'nb', nn: 'nb', ms: 'id', bs: 'hr' };

/** The language of a tag ("de-AT" → "de", "no" → "nb") when the detector has phrases for it. */
export function languageOf(tag: string): LanguageCode | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (Object.hasOwn(READ_AS, primary)) return READ_AS[primary];
  return isLanguageCode(primary) ? primary : undefined;
}

function known(tags: Iterable<string>): LanguageCode[] {
  const langs = new Set<LanguageCode>();
  for (const tag of tags) {
    const lang = languageOf(tag);
    if (lang) langs.add(lang);
  }
  return LANGUAGE_CODES.filter((lang) => langs.has(lang));
}

/** The reader's languages (navigator.languages) that the detector has phrases for. */
export function readerLanguages(tags: readonly string[]): LanguageCode[] {
  return known(tags);
}

/**
 * The `<meta>` names that state a page's language, lower-cased: many pages without `<html lang>`
 * state it in one of these (a CMS's `language`, Open Graph's `og:locale` "de_DE", Dublin Core's).
 * `og:locale:alternate` is left out: it names the translations a page has, not its own language.
 */
const LANGUAGE_META = new Set(['content-language', 'language', 'og:locale', 'dc.language', 'inlanguage']);

/** What the page says it is written in: `<html lang>`, `xml:lang`, and the `<meta>` tags of LANGUAGE_META. */
export function declaredLanguages(doc: Document): LanguageCode[] {
  const root = doc.documentElement;
  const tags: string[] = [];
  if (root) {
    tags.push(root.getAttribute('lang') ?? '', root.getAttribute('xml:lang') ?? '');
    tags.push(root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') ?? '');
  }
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const name = meta.getAttribute('http-equiv') ?? meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop') ?? '';
    if (!LANGUAGE_META.has(name.trim().toLowerCase())) continue;
    tags.push(...(meta.getAttribute('content') ?? '').split(','));
  }
  return known(tags);
}

const CYRILLIC = /[\u0400-\u04ff]/g;
/** Bulgarian's ъ, a vowel it writes in its commonest words (във, към, със); Russian writes it seldom, Ukrainian never. */
const BULGARIAN = /ъ/gi;
/** Serbian's Cyrillic letters that Russian, Ukrainian and Bulgarian do not write (Macedonian writes most of them). */
const SERBIAN = /[ђћџљњј]/gi;
/** Letters of BULGARIAN or SERBIAN in a sample, enough to tell such a page (Russian's few hard signs in 2,000 characters are not). */
const MIN_OWN_LETTERS = 8;
const KANA = /[\u3040-\u30ff\uff66-\uff9f]/g;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/g;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/g;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f]/g;
const HEBREW = /[\u0590-\u05ff]/g;
/** Letters of the Arabic script that Persian writes and Arabic does not (پ چ ژ ک گ ی); Urdu writes them too. */
const PERSIAN = /[\u067e\u0686\u0698\u06a9\u06af\u06cc]/g;
/** Letters of the Arabic script that Urdu writes and Persian and Arabic do not (ٹ ڈ ڑ ں ھ ہ ے). */
const URDU = /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]/g;
const DEVANAGARI = /[\u0900-\u097f]/g;
const BENGALI = /[\u0980-\u09ff]/g;
const TAMIL = /[\u0b80-\u0bff]/g;
const TELUGU = /[\u0c00-\u0c7f]/g;
const THAI = /[\u0e00-\u0e7f]/g;
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/g;

/**
 * The languages a script implies in `text`: Cyrillic → ru, uk, and bg too when it writes Bulgarian's ъ
 * as a vowel, sr when it writes Serbian's own letters; kana → ja; Han → zh, ja; Hangul → ko;
 * Arabic → ar, and ur too when it holds Urdu's own letters, else fa when it holds Persian's (which
 * Urdu writes as well); Hebrew → he; Devanagari → hi (Marathi and Nepali pages, in the same script,
 * share much of Hindi's wording; a page that declares Marathi reads mr as well); Bengali → bn; Tamil → ta; Telugu → te; Thai → th; Greek → el.
 */
export function scriptLanguages(text: string): LanguageCode[] {
  const has = (pattern: RegExp) => (text.match(pattern)?.length ?? 0) >= MIN_SCRIPT_CHARS;
  const langs: string[] = [];
  if (has(CYRILLIC)) langs.push('ru', 'uk');
  if ((text.match(BULGARIAN)?.length ?? 0) >= MIN_OWN_LETTERS) langs.push('bg');
  if ((text.match(SERBIAN)?.length ?? 0) >= MIN_OWN_LETTERS) langs.push('sr');
  if (has(KANA)) langs.push('ja');
  if (has(HAN)) langs.push('zh', 'ja');
  if (has(HANGUL)) langs.push('ko');
  if (has(ARABIC)) langs.push('ar');
  if (has(URDU)) langs.push('ur');
  else if (has(PERSIAN)) langs.push('fa');
  if (has(HEBREW)) langs.push('he');
  if (has(DEVANAGARI)) langs.push('hi');
  if (has(BENGALI)) langs.push('bn');
  if (has(TAMIL)) langs.push('ta');
  if (has(TELUGU)) langs.push('te');
  if (has(THAI)) langs.push('th');
  if (has(GREEK)) langs.push('el');
  return known(langs);
}

/**
 * The commonest short words of the languages written in Latin letters, each list leaving out the
 * words English or a neighbour uses as often ("to", "a", "is", "for", "at"): a page's prose holds
 * them by the dozen, its menus and names hardly any. Danish and Norwegian, Spanish, Italian and
 * Portuguese, and Czech and Slovak share some; a page read in a neighbour's pack as well loses nothing.
 */
const FUNCTION_WORDS: readonly (readonly [LanguageCode, ReadonlySet<string>])[] = (
  Object.entries({
    en: 'the and of to is that with was are this from have has were which their been would',
    de: 'der die und das nicht ist mit sich auf dem den ein eine auch wird werden nach bei zum zur über',
    fr: 'le les des et est une dans pour qui pas sur du avec aux cette sont par au ont été',
    es: 'el los las del que y una por para con es se al su como más pero fue ha',
    it: 'il della di che per una non sono gli nel anche alla più ha dei delle è',
    pt: 'os do da dos das que em para uma não com no na ao mais foi pelo pela',
    nl: 'het een van en dat niet op voor met zijn ook worden wordt bij naar dit deze',
    sv: 'och att det som är för på med av inte till har om ett den var från',
    da: 'og det som er på med af ikke til har om et den var fra efter',
    nb: 'og det som er på med av ikke til har om et den var fra etter',
    pl: 'w na się z nie do że jest jak od po przez oraz jego dla',
    cs: 'v se na je že pro jako ale jsou by který které také podle',
    tr: 've bir bu için ile olarak daha çok gibi olan sonra kadar',
    id: 'dan yang di untuk dengan dari ini itu tidak akan dalam pada juga',
    vi: 'của và các là được trong có cho với những không này người một',
    ro: 'și şi în cu că pe nu care fost pentru sunt după acest această iar sau unui unei',
    hu: 'az és hogy egy volt csak már még ez mint pedig után szerint között több azt',
    fi: 'ei että oli ovat kun mutta myös tai hän ole jo vain joka mukaan vuoden jälkeen',
    sk: 'sa ako sú ktorý ktoré ktorá tiež podľa pre aj alebo však keď môže',
    ca: 'els amb és dels però també aquest aquesta seva seu pels són perquè fins molt havia',
    hr: 'što koji koja koje od kao nije ili će još samo prema nakon također bila bili',
  } satisfies Partial<Record<LanguageCode, string>>) as [LanguageCode, string][]
).map(([lang, words]) => [lang, new Set(words.split(' '))] as const);
/** Hits below this say nothing: a name or a quoted phrase in another language. */
const MIN_WORD_HITS = 8;
/** A language this close to the best one is read as well (the neighbours above). */
const NEAR_BEST = 0.6;
/** How many paragraphs the word rule reads. */
const SAMPLE_PARAGRAPHS = 40;

/**
 * The Latin-script languages whose commonest words `text` is written in, when they outnumber
 * English's: what a page that declares nothing, or declares English by its template's default,
 * is really written in.
 */
export function wordLanguages(text: string): LanguageCode[] {
  const hits = new Map<LanguageCode, number>();
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    for (const [lang, words] of FUNCTION_WORDS) {
      if (words.has(word)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
    }
  }
  const english = hits.get('en') ?? 0;
  hits.delete('en');
  const best = Math.max(0, ...hits.values());
  if (best < MIN_WORD_HITS || best <= english) return [];
  return known([...hits].filter(([, n]) => n >= best * NEAR_BEST).map(([lang]) => lang));
}

/** Up to SAMPLE_CHARS characters of the page's paragraphs: its prose, where menus and names are few. */
export function proseSample(doc: Document): string {
  let sample = '';
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < SAMPLE_PARAGRAPHS && sample.length < SAMPLE_CHARS; i++) {
    sample += (paragraphs[i]?.textContent ?? '').slice(0, SAMPLE_CHARS - sample.length) + ' ';
  }
  return sample;
}

/** The first SAMPLE_CHARS characters of the page's visible-in-source text (the body's text nodes). */
export function textSample(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let sample = '';
  for (let n = 0; n < SAMPLE_NODES && sample.length < SAMPLE_CHARS; n++) {
    const node = walker.nextNode();
    if (!node) break;
    const parent = node.parentNode as Element | null;
    if (parent && OPAQUE_TAGS.has(parent.localName)) continue;
    const text = node.nodeValue?.trim();
    if (text) sample += text.slice(0, SAMPLE_CHARS - sample.length) + ' ';
  }
  return sample;
}

/** The page's languages: declared, implied by the script of a sample of its text, and by its prose's commonest words. */
export function pageLanguages(doc: Document): LanguageCode[] {
  return known([...declaredLanguages(doc), ...scriptLanguages(textSample(doc)), ...wordLanguages(proseSample(doc))]);
}

/** Of the languages `wanted`, those whose packs are still to read: not English, not loaded yet. */
export function packsToRead(wanted: readonly string[], loaded: readonly string[]): LanguageCode[] {
  return known(wanted).filter((lang) => lang !== 'en' && !loaded.includes(lang));
}

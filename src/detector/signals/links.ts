import type { Evidence, Signal } from './signal';

const SOCIAL: Signal = { evidence: 'link-social', category: 'promo', reason: 'link:social' };

/**
 * Link targets, tested on the raw href (lower-cased): one look at the URL says what the link is for.
 * Kinds told by words in the path (`inPath`) are tested on the URL less any story's slug (storyFree).
 */
const LINK_KINDS: readonly { test: RegExp; signal: Signal; inPath?: true; perService?: true }[] = [
  {
    test: /paypal\.(com|me)|congrant\.com|syncable\.biz|stripe\.com|patreon\.com|ko-fi\.com|buymeacoffee\.com|liberapay\.com|opencollective\.com|donorbox\.org|givebutter\.com|flattr\.com|boosty\.to|yoomoney\.ru|liqpay\.ua|tipeee\.com|steadyhq\.com|memberful\.com|fundraiseup\.com|gofundme\.com|justgiving\.com|givelively\.org|every\.org\/|betterplace\.org|helloasso\.com|teaming\.net|apoia\.se|catarse\.me|patronite\.pl|zrzutka\.pl|pomagam\.pl|buycoffee\.to|darujme\.cz|donio\.cz|herohero\.co|send\.monobank\.ua|cloudtips\.ru|donationalerts\.com|ofuse\.me|afdian\.(net|com)|github\.com\/sponsors\/|fanbox\.cc|bmc\.link|cash\.app\/\$|venmo\.com\/u\/|fundjournalism\.org|newsmatch\.org|blackbaud\.com|classy\.org|networkforgood\.org|donate\.nprstations\.org/,
    signal: { evidence: 'link-payment', category: 'donation', reason: 'link:payment' },
  },
  {
    // Older pages link the stores by their old names: Android Market, the Windows Phone Store.
    test: /apps\.apple\.com|itunes\.apple\.com|play\.google\.com\/store|market\.android\.com\/details|appgallery\.huawei|\.onelink\.me|app\.link\/|apps\.microsoft\.com|windowsphone\.com\/[a-z-]+\/store\/app/,
    signal: { evidence: 'link-app-store', category: 'promo', reason: 'link:app-store' },
    // One reason per store: an app offered in two stores (the App Store's badge and Google Play's) is an app's promotion.
    perService: true,
  },
  {
    // The site's own page for its app ("/app", "/mobile-apps"): the last step of a path, as "/app/login" is a web app's.
    test: /\/(?:apps?|mobile-?apps?|app-download|download-app|apps?\/download|download\/apps?)\/?(?=$|[?#])/,
    signal: { evidence: 'link-app-page', category: 'promo', reason: 'link:app-page' },
    inPath: true,
  },
  {
    test: /podcasts\.apple\.com|open\.spotify\.com\/(show|episode)|podcasts\.google\.com|overcast\.fm|pca\.st|pocketcasts\.com|castbox\.fm|music\.amazon\.[a-z.]+\/podcasts|deezer\.com\/([a-z]{2}\/)?show/,
    signal: { evidence: 'link-podcast', category: 'promo', reason: 'link:podcast' },
    perService: true,
  },
  {
    // "/contributors/jane-doe" is a writer's page, not a way to contribute.
    test: /\/\/(donate|give|giving|support|pledge\d*|contribute|join)\.|donat|contribut(?!ors?(?:$|[^a-z]))|support-?us|supportus|\/support-now|\/support\/?($|\?)|\/give\/|\/give($|\?)|\/pledge|\/membership|\/members\/?(?=$|[?#])|\/become-a-member|\/dona(?:r)?(?=$|[/?#])|\/doar|\/doacao|\/darovat|\/darujte|\/spende|\/spenden|\/unterstuetzen|\/faire-un-don|\/soutenir|\/soutien|\/apoie|\/apoya|\/sostieni|\/wesprzyj|\/podpor|\/pidtrym|\/podderzh|\/(?:doneren|doneer|steun-ons|stod-oss|stod|stott-oss|stott|stot-os|stot|bagis|destek-ol|donasi|dukung-kami)(?=$|[/?#])/,
    signal: { evidence: 'link-donate', category: 'donation', reason: 'link:donate-path' },
    inPath: true,
  },
  {
    // A site's list of the e-mails it sends ("/emails/morning-brief/") or its page of e-mail alerts
    // ("/email-alerts/"), not the "/email/" of a share link.
    test: /newsletter|infolettre|bolet[ií]n|boletim|nieuwsbrief|nyhetsbrev|nyhedsbrev|(?:e-?)?b(?:u|ü|%c3%bc)lten|\/buletin|\/nl-signup|\/email-signup|\/emails\/[a-z]|\/(?:e-?mail-|news-)?alerts\/?($|\?)|mailchi\.mp|list-manage\.com|substack\.com|\/rassylk/,
    signal: { evidence: 'link-newsletter', category: 'newsletter', reason: 'link:newsletter-path' },
    inPath: true,
  },
  {
    test: /\/subscri|\/subscription|[-/]abo\b|\/abonn|\/suscri|\/assin|\/premium|\/join\b|\/offer|\/(?:offres?|ofertas?|angebote?|aanbod)(?=$|[/?#])|\/(?:gift|gifting|gift-?subscriptions?|cadeau|regalo|regalar|presentear|geschenkabo)\/?(?=$|[?#])|\/podpisk|\/prenumer|\/predplat|\/abone(?:lik|-ol)?(?=$|[/?#])|\/(?:ber)?langganan|\/peredplat|\/upgrade|\/(?:plans|pricing)(?=$|[/?#])/,
    signal: { evidence: 'link-subscribe', category: 'promo', reason: 'link:subscribe-path' },
    inPath: true,
  },
  {
    test: /\/\/(?:www\.|m\.|mobile\.|[a-z]{2}-[a-z]{2}\.)?(facebook\.com|twitter\.com|x\.com|instagram\.com|youtube\.com|linkedin\.com|tiktok\.com|t\.me|vk\.com|ok\.ru|line\.me|pf\.kakao\.com|media\.naver\.com(?=\/press)|pinterest\.com|threads\.net|bsky\.app|weibo\.com|news\.google\.com|apple\.news|flipboard\.com|dzen\.ru|google\.com\/preferences|news\.yahoo\.co\.jp\/media|plus\.google\.com|[a-z0-9-]+\.tumblr\.com|zen\.yandex\.ru|yandex\.ru\/news|telegram\.me|(?:[a-z0-9-]+\.)?(?:mastodon|mstdn)\.[a-z]+(?=\/@)|whatsapp\.com(?=\/channel)|chat\.whatsapp\.com|discord\.gg|discord\.com(?=\/invite))\/(?!sharer|share|intent|dialog|home\?status)/,
    signal: SOCIAL,
    perService: true,
  },
];

/** Kinds of targets told by words in their path: the site's own pages for an offer (a headline's slug may hold the words too). */
export const PATH_EVIDENCE: ReadonlySet<Evidence> = new Set(LINK_KINDS.filter((k) => k.inPath).map((k) => k.signal.evidence));

/**
 * A page of rules or answers about an offer ("/contribution-policy", "/subscription-terms",
 * "/membership/faq"): it tells, it asks for nothing. Only the site's own pages (kinds told by their path).
 */
const RULES_PAGE = /[-_/](?:polic(?:y|ies)|guidelines|terms|conditions|faqs?|agb|cgv|cgu)(?=$|[-_/.?#])/;

/** One test that rules out most links (internal article links) before the per-kind tests run. */
const ANY_KIND = new RegExp(LINK_KINDS.map((k) => k.test.source).join('|'), 'i');

const SERVICE = /\/\/(?:www\.|m\.|mobile\.|[a-z]{2}-[a-z]{2}\.)?([a-z.]+?)\.(?:com|net|me|app|ru)\//;

/** A script link ("#", "javascript:"): a button that acts in place rather than a link to a page. */
export function actsInPlace(href: string): boolean {
  return href.startsWith('#') || href.toLowerCase().startsWith('javascript:');
}

/**
 * What a link's target says about it (at most one kind: the first that matches). A link that reads
 * as a headline (`headline`) may lead to a story, whose slug's words say nothing (storyFree).
 */
export function linkSignal(href: string, headline = false): Signal | null {
  if (!ANY_KIND.test(href)) return null;
  const url = href.toLowerCase();
  if (actsInPlace(url)) return null;
  let offer: string | undefined;
  const kind = LINK_KINDS.find((k) => k.test.test(k.inPath && headline ? (offer ??= storyFree(url)) : url));
  if (!kind || (kind.inPath && RULES_PAGE.test(url))) return null;
  if (!kind.perService) return kind.signal;
  // One reason per network, podcast app or store: a row of several is stronger evidence than one link.
  const service = SERVICE.exec(url)?.[1] ?? 'other';
  return { ...kind.signal, reason: `${kind.signal.reason}:${service}` };
}

/**
 * A network's own box framed into the page (a page's like box, a follow button), as older pages
 * show their "follow us". A like button is one when what it likes is the publication's page on the
 * network (its `href` another facebook.com address), not the story (a like is then a share).
 */
const FOLLOW_WIDGET =
  /\/\/(?:www\.)?(facebook)\.com\/plugins\/(?:page|likebox|like_box|follow)\.php|\/\/platform\.(twitter)\.com\/widgets\/follow_button|\/\/(?:www\.)?(youtube)\.com\/subscribe_widget|\/\/(?:www\.)?(facebook)\.com\/plugins\/like\.php\?(?:[^#]*?&)?href=(?:https?(?::|%3a))?(?:\/\/|%2f%2f)(?:www\.|m\.)?facebook\.com(?:\/|%2f)[^&#]/;

/**
 * A platform's form framed into the page, as publications embed their newsletter's sign-up
 * (Substack's `<publication>.substack.com/embed`, not a post's embed; beehiiv's; the messenger
 * newsletter's widget of MessengerPeople, formerly WhatsBroadcast, a sign-up for news on WhatsApp
 * or Telegram) and their donation form (Donorbox's, Givebutter's, Ko-fi's panel). The frame holds
 * the whole form and nothing else, so it is an appeal in any language.
 */
const FRAMED_FORMS: readonly { test: RegExp; signal: Signal }[] = [
  {
    test: /\/\/[a-z0-9-]+\.substack\.com\/embed\/?(?=$|[?#])|\/\/embeds\.beehiiv\.com\/|\/\/wb\.(?:messengerpeople|whatsbroadcast)\.com\/\?(?:[^#]*&)?widget_hash=/,
    signal: { evidence: 'frame-form', category: 'newsletter', reason: 'frame:signup' },
  },
  {
    test: /\/\/(?:www\.)?(?:donorbox\.org\/embed\/|givebutter\.com\/embed\/|ko-fi\.com\/[^?#]*\?(?:[^#]*&)?widget=true)/,
    signal: { evidence: 'frame-form', category: 'donation', reason: 'frame:donation' },
  },
];

/** What a frame's source says: a platform's form (FRAMED_FORMS), or a follow-us link when it is a network's follow widget. */
export function frameSignal(src: string): Signal | null {
  const url = src.toLowerCase();
  const form = FRAMED_FORMS.find((f) => f.test.test(url));
  if (form) return form.signal;
  const m = FOLLOW_WIDGET.exec(url);
  return m ? { ...SOCIAL, reason: `${SOCIAL.reason}:${m[1] ?? m[2] ?? m[3] ?? m[4]}` } : null;
}

/**
 * A topic's page ("/tag/donations", "/themen/newsletter"): the stories on one subject, which an
 * article's row of tags links to.
 */
const TOPIC_PATH =
  /\/(?:tags?|topics?|subjects?|category|categories|thema|themen|schlagworte?|stichworte?|sujets?|th[eè]mes?|mots?-cl[eé]s?|etiquetas?|etichett[ae]|temas?|temi|argomenti|assuntos?|categor[ií]as?|kategori[ae]|tagi|tematy?|t[eé]mata|[sš]t[ií]tky|tegi?|теги?|метки|мітки|темы?|теми)\/[^/?#]/;

/** Whether a link leads to a topic's page: its label names a subject ("Donations"), it offers nothing. */
export function leadsToTopic(href: string): boolean {
  return TOPIC_PATH.test(href.toLowerCase());
}

/** A dated path names one story ("/2026/05/12/…"). */
const DATED_PATH = /\/(?:19|20)\d\d\/[01]?\d\/|(?:19|20)\d\d-[01]\d-[0-3]\d/;
/** A segment with a long number names one page ("…-a-1234567.html"), a story's or, where a site numbers all its pages, any. */
const NUMBERED_SEGMENT = /\/[^/?#]*\d{6,}[^/?#]*(?=[/?#]|$)/g;
/** A dated path or a long number names one story. */
const STORY_PATH = new RegExp(`${DATED_PATH.source}|\\d{6,}`);
/** A path segment of five words or more is a story's slug, written from its headline. */
const LONG_SLUG = /\/[^/?#]*(?:[-_+][^-_+/?#]+){4,}(?=[/?#]|$)/g;
const ORIGIN = /^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#]*/;

/**
 * The part of a URL that can name an offer: a related story's slug repeats its headline
 * ("/donations-pour-in-for-the-old-pier"), so its words are no more a donation page than the
 * headline is a call. A story's slug and query go (a dated story's whole path); the host stays ("//donate.example").
 * (An image link has no headline: its long slug may be a campaign's page, and is kept.)
 */
function storyFree(url: string): string {
  const origin = ORIGIN.exec(url)?.[0] ?? '';
  const rest = url.slice(origin.length);
  const path = pathOf(rest);
  if (DATED_PATH.test(path)) return origin;
  const unslugged = path.replace(NUMBERED_SEGMENT, '/').replace(LONG_SLUG, '/');
  // A story's query only says where its link was placed ("?utm_source=newsletter").
  return origin + unslugged + (unslugged === path ? rest.slice(path.length) : '');
}

/** The path of what follows a URL's origin, without its query or fragment. */
function pathOf(rest: string): string {
  const cut = rest.search(/[?#]/);
  return cut < 0 ? rest : rest.slice(0, cut);
}

/** Whether a link leads to a site's home page ("https://gazette.example/", "/"): the root path, with no query. */
export function leadsHome(href: string): boolean {
  const url = href.toLowerCase();
  const origin = ORIGIN.exec(url)?.[0] ?? '';
  const rest = url.slice(origin.length);
  return (origin !== '' || rest.startsWith('/')) && !rest.includes('?') && /^\/?$/.test(pathOf(rest));
}

/** Whether a link's target reads as one story of a site: a dated path, a long number or a long slug. */
export function leadsToStory(href: string): boolean {
  const url = href.toLowerCase();
  const path = pathOf(url.slice(ORIGIN.exec(url)?.[0].length ?? 0));
  return STORY_PATH.test(path) || path.replace(LONG_SLUG, '') !== path;
}

import { CATEGORIES, type Category } from '../contract/categories';
import type { Candidate } from './candidates';
import type { Evidence, Signal } from './signals/signal';
import { SCREEN_READER_ONLY, WORDLIKE, countNonSpace, countReading, idAndClass, isDialog, measureText, precedes, readerText, textOutside } from './dom';
import { opensOrCloses, unspacedLength, UNSPACED_SCRIPT } from './phrase-matcher';
import { followsOwnAccounts, leadsOffSite, ownSite } from './own-site';
import { EMAIL_FIELD, PASSWORD_WORDS } from './signals/forms';
import { actsInPlace, leadsHome, leadsToStory, linkSignal, PATH_EVIDENCE } from './signals/links';
import { findInLabel, findPitch, loadedLanguages, speaksAsPublication } from './signals/phrases';
import { elementTokens } from './signals/tokens';
import { actionLabel, isSentence, NEWSLETTER_SIGNUP_LINK } from './walk';
import type { Sensitivity } from './types';

/**
 * How much each kind of evidence weighs. A block is clutter when its score reaches the
 * threshold of the chosen sensitivity AND it carries appeal wording; no single signal can
 * reach the threshold alone (the strongest, an e-mail field or a long phrase, is 3 of 4).
 */
const WEIGHTS: Readonly<Record<Evidence, number>> = {
  'pitch-decisive': 3,
  'pitch-strong': 2,
  'pitch-weak': 1,
  'pitch-price': 1,
  'label-phrase': 1,
  'action-donate': 1.5,
  'action-subscribe': 1,
  'action-app': 1.5,
  'action-follow': 0.5,
  // Counts only beside a call to follow (callsToFollow): a bare row of marks is the site's links.
  'action-follow-icon': 0.5,
  'action-listen': 1,
  'action-put-off': 2,
  'action-account': 0,
  'action-amount': 1,
  // A code beside words that ask to scan it: the call, drawn, as an app store's badge is.
  'action-scan': 2,
  'link-donate': 1.5,
  'link-payment': 2,
  'link-app-store': 2,
  'link-app-page': 1,
  'link-podcast': 1,
  'link-newsletter': 1,
  // With the link's own evidence and its call's, what a sign-up form weighs (an e-mail field and its button); only beside a sentence (isNewsletterTeaser).
  'link-newsletter-signup': 2,
  'link-subscribe': 1,
  'link-social': 0.5,
  'form-email': 3,
  'form-signup': 1,
  'form-login': -3,
  'form-login-step': 0,
  'form-comment': -4,
  // A form that sends the story to a friend's address is the page's tool, as a comment form is.
  'form-share': -4,
  // A platform's whole form in a frame: a sign-up form's field and button (3 + 1), a donation form's amounts and button.
  'frame-form': 4,
  token: 1,
  'token-generic': 0.5,
};

export const THRESHOLDS: Readonly<Record<Sensitivity, number>> = { cautious: 5.5, balanced: 4, thorough: 3 };

/** Evidence of one kind stops adding up here: ten social icons are one "follow us" row. */
const CAPS: Partial<Record<Evidence, number>> = {
  'label-phrase': 2,
  'link-social': 1.5,
  'link-podcast': 2,
  // Two stores (the App Store's badge and Google Play's): an app's promotion.
  'link-app-store': 4,
  'action-follow': 1.5,
  'action-follow-icon': 1.5,
  'action-amount': 2,
  'pitch-price': 1,
  token: 1.5,
  'token-generic': 0.5,
};
const PITCH_CAP = 6;
const REMINDER_DOMINANCE = 2;
const DIALOG_BONUS = 1.5;
const COMPLEMENTARY_BONUS = 0.5;
export const OWN_TOKEN_BONUS = 0.5;
/** Text beyond this many characters costs a point every TEXT_STEP: an appeal is short. */
const TEXT_ALLOWANCE = 500;
const TEXT_STEP = 400;
/** Links that carry no evidence (article lists, menus) beyond this count cost LINK_COST each. */
const LINK_ALLOWANCE = 6;
const LINK_COST = 0.3;
/** Three plain links holding half the text make a list of links. */
const MIN_LIST_LINKS = 3;
const LIST_SHARE = 0.5;
const MAX_LINKS_READ = 100;
const MENU_LABEL_WORDS = 6;

export interface Verdict {
  readonly candidate: Candidate;
  readonly category: Category;
  score: number;
  readonly reasons: string[];
  /**
   * Carries appeal wording (or a put-off control beside an offer) and is not the site's
   * navigation: without both, no score suffices.
   */
  readonly eligible: boolean;
  /** Links inside that offer nothing: a wrapper adding some holds more than the appeal. */
  readonly plainLinks: number;
  /** The first element of the run of siblings this block is reported with (see sibling-run.ts). */
  readonly runStart?: Element;
}

/** What the scoring of one pass shares between its candidates. */
export interface ScoreContext {
  /** Links that carry a signal of their own. */
  readonly signalledLinks: ReadonlySet<Element>;
  /** Below this score (before the link penalty) a block cannot pass nor be tipped by placement: its links and navigation are not read. */
  readonly floor: number;
  /** Per link: its text length when it is a plain one (a menu entry, an article title), else -1. Filled as links are read. */
  readonly plainLinkText: Map<Element, number>;
  /** The article (the page's Protection.article), whose own boxes are judged as part of the story (isStoryBox). */
  readonly story: Element | null;
  /** The page's own hosts (ownSite), asked of the few boxes in the story only. */
  readonly site: () => ReadonlySet<string>;
  /** The page is read in a language whose characters say more than a letter each: a block's size is measured as it reads (readingLength). */
  readonly wideText: boolean;
}

/** Languages written in characters that say more than a letter each (countReading). */
const WIDE_SCRIPT_LANGUAGES: ReadonlySet<string> = new Set(['ja', 'zh', 'ko']);

export function scoreContext(signalledLinks: ReadonlySet<Element>, floor = -Infinity, story: Element | null = null): ScoreContext {
  let site: ReadonlySet<string> | undefined;
  const doc = story?.ownerDocument;
  const wideText = loadedLanguages().some((lang) => WIDE_SCRIPT_LANGUAGES.has(lang));
  return { signalledLinks, floor, plainLinkText: new Map(), story, site: () => (site ??= doc ? ownSite(doc) : new Set()), wideText };
}

export function scoreCandidate(candidate: Candidate, ctx: ScoreContext): Verdict {
  const byCategory = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
  const spent = new Map<string, number>();
  let generic = 0;
  let pitch = 0;
  let putOff = false;
  let price = 0;
  const reasons: string[] = [];
  // Evidence that counts only beside what makes it an appeal's (asked of the few blocks that carry it).
  let priced: boolean | undefined;
  let followCall: boolean | undefined;
  const teaser = isNewsletterTeaser(candidate);

  for (const signal of candidate.signals.values()) {
    if (signal.evidence === 'pitch-price' && !(priced ??= offersSubscription(candidate))) continue;
    if (signal.evidence === 'link-newsletter-signup' && !teaser) continue;
    if (signal.evidence === 'frame-form' && !framesFormAlone(candidate)) continue;
    if (signal.evidence === 'action-follow-icon' && !(followCall ??= callsToFollow(candidate))) continue;
    const gained = capped(signal, spent);
    if (gained === 0) continue;
    reasons.push(signal.reason);
    if (signal.evidence === 'action-put-off') putOff = true;
    if (isPitch(signal.evidence)) pitch += gained;
    // An offer's price words a block as a phrase does, but is no phrase of a registration wall's or a menu's pitch.
    if (signal.evidence === 'pitch-price') price += gained;
    if (signal.category) {
      byCategory.set(signal.category, (byCategory.get(signal.category) ?? 0) + gained);
    } else {
      generic += gained;
    }
  }

  const el = candidate.element;
  const own = structureBonus(el, reasons);
  const category = strongestCategory(byCategory);
  const total = [...byCategory.values()].reduce((a, b) => a + b, 0);
  const size = sizePenalty(candidate, reasons, ctx);
  if (total + generic + own - size < ctx.floor) {
    // Hopeless whatever its links: not worth reading them.
    return { candidate, category, score: round(total + generic + own - size), reasons, plainLinks: 0, eligible: false };
  }
  const list = readLinks(candidate, ctx);
  const penalty = size + linkPenalty(list, reasons);
  return {
    candidate,
    category,
    score: round(total + generic + own - penalty),
    reasons,
    plainLinks: list.plain,
    eligible:
      (teaser || isWorded(candidate, pitch + price, putOff, ctx)) &&
      !isNavigation(candidate, pitch) &&
      !isSiteFrame(el, list.plain) &&
      !isAccountUi(candidate, pitch) &&
      !list.isList &&
      !holdsHeadlineList(candidate) &&
      !isInHeadlineList(el) &&
      !isStoryTeaser(candidate, ctx) &&
      !isSignedPost(candidate, ctx) &&
      !holdsHeadedSections(el) &&
      !isPersonBio(candidate) &&
      !isCommentSignIn(candidate) &&
      !isMessageForm(candidate) &&
      !holdsSiteControl(candidate) &&
      !isMenuColumn(candidate) &&
      !isWordless(candidate) &&
      !(category === 'reminder' && isConsentNotice(candidate)) &&
      !(category === 'newsletter' && speaksOfPassword(candidate)) &&
      !(category === 'donation' && isStoryBox(candidate, ctx)),
  };
}

/**
 * A price is an offer's beside a subscription's link or its "Subscribe" button ("Get 3 months for
 * $1 · Subscribe"): elsewhere it is a product's, a listing's, a ticket's, or a story's figure. A
 * newsletter's "Sign up" is a subscribe call too, but no paid one: it takes a promotion's label.
 */
function offersSubscription(candidate: Candidate): boolean {
  let call = false;
  let promoLabel = false;
  for (const signal of candidate.signals.values()) {
    if (signal.evidence === 'link-subscribe') return true;
    if (signal.evidence === 'action-subscribe') call = true;
    if (signal.evidence === 'label-phrase' && signal.category === 'promo') promoLabel = true;
  }
  return call && promoLabel;
}

/**
 * Networks' bare marks follow a call to follow ("Follow us", "…をフォローする"), a promotion's words
 * of the block's own: beside anything else (a footer's links, a newsletter's line) they are the
 * site's links to its pages there, and in the site's header and menus they are its navigation, as
 * a lone "Subscribe" there is.
 */
function callsToFollow(candidate: Candidate): boolean {
  if (candidate.element.closest(SITE_CHROME) !== null) return false;
  for (const signal of candidate.signals.values()) {
    if (signal.category === 'promo' && (isPitch(signal.evidence) || signal.evidence === 'label-phrase')) return true;
  }
  return false;
}

/** Items, each one link to a page of the site and nothing more, that make a list of headlines (fewer when each reads as one). */
const MIN_HEADLINE_ITEMS = 4;
const MIN_STORY_ITEMS = 3;
/** Words (characters, in a script written without spaces) from which a link's label reads as a headline. */
const HEADLINE_WORDS = 3;
const HEADLINE_CHARS_UNSPACED = 6;

/** Share of an item's text its link holds for the item to be that link alone (a headline may carry its date: "Posted 14 hours ago"). */
const LINK_ITEM_SHARE = 0.6;

/**
 * A label that states something and asks nothing ("Pier donations top $20,000", not "Become a
 * member"). A call opens or closes with what it offers; an offer's word in the middle is the
 * story's ("Ferry later due to storm").
 */
function readsAsHeadline(text: string): boolean {
  const label = text.trim();
  const long = label.split(/\s+/).length >= HEADLINE_WORDS || (UNSPACED_SCRIPT.test(label) && unspacedLength(label) >= HEADLINE_CHARS_UNSPACED);
  return long && !findInLabel(label).actions.some((hit) => opensOrCloses(label, hit.phrase));
}

/**
 * A most-read list, a list of related stories: items that are each one link to a page of the site,
 * holding half the block's text (in one list or several), are headlines, whatever their first
 * words ("Donate blood this weekend", "Subscribe to our new podcast"). Links that offer something
 * lead elsewhere (a donation or subscription page, a store, a social site) and do not count,
 * unless a headline's words repeat in its slug. Three items do when each reads as a headline or
 * leads to a story.
 */
function holdsHeadlineList(candidate: Candidate): boolean {
  const el = candidate.element;
  const lists = [...el.querySelectorAll('ul, ol')];
  if (el.localName === 'ul' || el.localName === 'ol') lists.push(el);
  // Counted over all its lists: a sidebar may set a short "Most read" over a short "Latest".
  const counts = { items: 0, headlines: 0, calls: 0, text: 0 };
  for (const list of lists) countItems(list, counts);
  if (!isHeadlineList(counts) || counts.text < LIST_SHARE * candidate.text.length) return false;
  // Under words that pitch, a list half of whose links are calls is a row of the site's offers
  // ("Stay connected: Sign up for newsletters · Subscribe to RSS feeds · Get the tablet edition").
  return counts.calls * 2 < counts.items || !pitchesOutsideLinks(el);
}

interface ItemCounts {
  items: number;
  headlines: number;
  /** Items whose label is a call, not a headline ("Sign up for newsletters", "Subscribe to RSS feeds"). */
  calls: number;
  /** Characters (whitespace excluded) of the items counted. */
  text: number;
}

function countItems(list: Element, counts: ItemCounts): void {
  for (let item = list.firstElementChild; item; item = item.nextElementSibling) {
    const kind = itemKind(item);
    if (kind === null) continue;
    counts.items++;
    if (kind.headline) counts.headlines++;
    if (kind.call) counts.calls++;
    counts.text += kind.text;
  }
}

function isHeadlineList({ items, headlines }: ItemCounts): boolean {
  return items >= MIN_HEADLINE_ITEMS || (items >= MIN_STORY_ITEMS && headlines === items);
}

/**
 * An item of a list that is one link to a page of the site (`headline` when it reads as one or
 * leads to a story, `call` when its label pitches instead), with its text; null for any other.
 */
function itemKind(item: Element): { headline: boolean; call: boolean; text: number } | null {
  const link = item.localName === 'li' ? item.querySelector('a[href]') : null;
  if (!link) return null;
  const text = countNonSpace(item.textContent ?? '');
  if (countNonSpace(link.textContent ?? '') < LINK_ITEM_SHARE * text) return null;
  const href = link.getAttribute('href') ?? '';
  const offer = linkSignal(href, true);
  if (offer && !PATH_EVIDENCE.has(offer.evidence)) return null;
  // Reading the label's words costs most: asked last, of items that are one link alone.
  const headline = leadsToStory(href) || readsAsHeadline(link.textContent ?? '');
  // A headline's short slug may hold an offer's word ("/news/pier-donations"); a call's may not.
  if (offer && !headline) return null;
  return { headline, call: !headline && findPitch(link.textContent ?? '').length > 0, text };
}

/**
 * A block that is one item of a list of headlines, or lies in one: a story's teaser among the
 * others, whatever its link's words ("Audio: the mayor answers · Listen 05:02", "Donate blood this
 * weekend").
 */
function isInHeadlineList(el: Element): boolean {
  const item = el.closest('li');
  const list = item?.parentElement;
  if (!item || !list || !itemKind(item)?.headline) return false;
  const counts = { items: 0, headlines: 0, calls: 0, text: 0 };
  countItems(list, counts);
  return isHeadlineList(counts);
}

/** Child blocks, each under its own heading, that make a grid of sections (footer columns); how many of them say nothing of an appeal. */
const MIN_HEADED_SECTIONS = 3;
const MIN_SILENT_SECTIONS = 2;
const HEADING = 'h1, h2, h3, h4, h5, h6, header, [role="heading"]';
/** Levels below a block searched for such a grid: a wrapper around the footer's columns holds it too. */
const GRID_DEPTH = 3;

/**
 * Site footers and sidebars set side by side several columns, each with its own heading
 * ("About", "Contact", "Follow us"), most of them with no appeal at all: a block holding such a
 * grid is page structure, not one appeal. (Several headed offers side by side, each pitching,
 * stay an appeal: a choice of newsletters, a row of "Follow us on …" cards.)
 */
function holdsHeadedSections(el: Element, depth = 0): boolean {
  let headed = 0;
  let silent = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.matches(HEADING) || child.querySelector(HEADING) === null) continue;
    headed++;
    if (child.querySelector('input, select, textarea') === null && findPitch(child.textContent ?? '').length === 0 && !offersOnly(child)) silent++;
  }
  if (headed >= MIN_HEADED_SECTIONS && silent >= MIN_SILENT_SECTIONS) return true;
  if (depth >= GRID_DEPTH) return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.firstElementChild !== null && holdsHeadedSections(child, depth + 1)) return true;
  }
  return false;
}

/** Whether every link and button in `el` is labelled as a call ("Like us", "Download now"): an offer's card, not a column of the site's links. */
function offersOnly(el: Element): boolean {
  const controls = el.querySelectorAll('a, button');
  for (const control of controls) {
    const label = actionLabel(control);
    if (label === null || !readsAsCall(label)) return false;
  }
  return controls.length > 0;
}

/** A label that offers something; a network's name alone ("Twitter") is a link to it, as a footer's column of them is. */
function readsAsCall(label: string): boolean {
  const oneWord = !/\s/.test(label.trim());
  return findInLabel(label).actions.some((hit) => hit.key !== 'follow' || !oneWord);
}

/**
 * A search box: never part of an appeal, whatever sits beside it. A field named "q" or "s" is
 * one where the reader can type into it: a mailing platform's embedded form carries a hidden "s"
 * of its own (ActiveCampaign's).
 */
const SEARCH_BOX =
  '[role="search"], input[type="search"], form[action*="search" i], input[name="q"]:not([type="hidden" i]), input[name="s"]:not([type="hidden" i])';

/**
 * The site's own controls make a block page furniture, whatever appeal sits beside it: a search
 * box (the header's search bar beside its "Join us on Facebook · Subscribe to our newsletters"
 * icons), and a choice list (theme, language, edition) outside a sign-up form or an amount picker.
 */
function holdsSiteControl(candidate: Candidate): boolean {
  const el = candidate.element;
  if (el.querySelector(SEARCH_BOX) !== null) return true;
  for (const signal of candidate.signals.values()) if (signal.evidence === 'form-email' || signal.evidence === 'action-amount') return false;
  return el.querySelector('select') !== null;
}

/** What a reader can act on: a link, a button, a field. */
const CONTROLS = 'a, button, input, select, textarea, [role="button"]';

/** Text of a story's box read for the publication's voice ("Support us<br>We …" says "we"). */
const MAX_OWN_VOICE_TEXT = 5000;

/**
 * A donation box inside the article that does not speak as the publication ("we", "our") and
 * whose offers all lead to another organisation's site is the story's "How to help" (the Red
 * Cross's page, a lifeboat fund's), not the publication's appeal; so are its lines of wording,
 * judged with the box around them that holds their offers. A button, a field, a link within the
 * site, or any other kind of offer (a platform to pay or listen on, a newsletter, a subscription)
 * is the publication's, as in a story plug (story-plugs.ts).
 */
function isStoryBox(candidate: Candidate, ctx: ScoreContext): boolean {
  if (ctx.story === null || !ctx.story.contains(candidate.element)) return false;
  for (let box: Element | null = candidate.element; box && box !== ctx.story; box = box.parentElement) {
    const controls = box.querySelectorAll(CONTROLS);
    if (controls.length > 0) return offersElsewhere(controls, ctx) && !speaksAsPublication(readerText(box, MAX_OWN_VOICE_TEXT));
  }
  return false;
}

/** Whether `controls` offer something, and only on another organisation's site. */
function offersElsewhere(controls: NodeListOf<Element>, ctx: ScoreContext): boolean {
  let elsewhere = false;
  for (const control of controls) {
    const href = control.localName === 'a' ? control.getAttribute('href') : null;
    if (href === null) return false;
    const target = linkSignal(href);
    if (target !== null && target.evidence !== 'link-donate') return false;
    // A plain link (a source, a related story) offers nothing either way.
    if (target === null && !ctx.signalledLinks.has(control)) continue;
    if (!leadsOffSite(href, ctx.site())) return false;
    elsewhere = true;
  }
  return elsewhere;
}

/** Wording that introduces a person: an author or contributor bio. */
const BIO_WORDING =
  /\b(?:he|she)(?:'s|’s| is| has| was| writes| covers| lives)\b|\bis (?:an? |the )?(?:[a-z-]+ ){0,3}(?:writer|editor|reporter|journalist|contributor|correspondent|columnist|author|critic|photographer|producer|founder)\b|\b(?:follow|reach|contact|e-?mail) (?:him|her)\b/i;
/** Evidence a bio may carry without pitching anything: links to the person's profiles, words of any weight ("Follow him on Twitter"). */
const BIO_EVIDENCE = new Set<Evidence>(['link-social', 'action-follow', 'action-follow-icon', 'label-phrase', 'pitch-weak', 'pitch-strong', 'pitch-decisive', 'token-generic']);

/**
 * A row of icons or badges with no words of its own (its evidence comes from link targets, titles
 * and alt text): collapsed, it would leave a placeholder line larger and louder than itself. A
 * banner image whose alt text is a sentence says its words there; a form's fields, or a frame
 * (a platform's form: frameSignal), show more than a row of icons.
 */
function isWordless(candidate: Candidate): boolean {
  return candidate.text.length === 0 && candidate.element.querySelector('input, select, textarea, iframe') === null && !isBanner(candidate);
}

/** Text that is only a close mark or two. */
const CLOSE_MARKS = /^\s*[×✕✖╳xX]?\s*$/u;
/** A close mark's glyph alone: beside words, a letter "X" may be the network's name. */
const CLOSE_GLYPH = /^\s*[×✕✖╳]\s*$/u;

/** Evidence of badges and icons (an app store's, a network's), whose alt texts are stock lines ("Get it on Google Play"). */
const BADGE_EVIDENCE: ReadonlySet<Evidence> = new Set(['link-app-store', 'link-social']);

/**
 * One image and no words (but a close mark: a banner that slides in has its "×"), its alt text a
 * sentence ("Support independent journalism: donate today"): a banner, which says its words
 * there. Badges and icons come in rows, or lead to a store or a network.
 */
function isBanner(candidate: Candidate): boolean {
  if (candidate.text.length > 0 && !CLOSE_MARKS.test(candidate.element.textContent ?? '')) return false;
  const images = candidate.element.querySelectorAll('img');
  if (images.length !== 1) return false;
  for (const signal of candidate.signals.values()) if (BADGE_EVIDENCE.has(signal.evidence)) return false;
  return isSentence((images[0]!.getAttribute('alt') ?? '').trim()) && !isInIconRow(candidate.element);
}

/** Items of a list that are each an image and no words, from which the list is a row of icons. */
const MIN_ICON_ITEMS = 3;

/** One item of a row of icons, or inside one ("Join us on Facebook · Subscribe to our newsletters · RSS"): an icon, not a banner. */
function isInIconRow(el: Element): boolean {
  const item = el.closest('li');
  if (!item?.parentElement) return false;
  let icons = 0;
  for (let sibling = item.parentElement.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling.querySelector('img') !== null && (sibling.textContent ?? '').trim() === '') icons++;
  }
  return icons >= MIN_ICON_ITEMS;
}

/** A headline that links: a heading around a link, or a link around a heading. */
const HEADLINE_LINK = 'h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href], a[href] h1, a[href] h2, a[href] h3, a[href] h4, a[href] h5, a[href] h6';

const WORDING_EVIDENCE: ReadonlySet<Evidence> = new Set(['pitch-decisive', 'pitch-strong', 'pitch-weak', 'pitch-price', 'label-phrase']);
/** A block is looked at, and its parent: the card around a summary's paragraph. */
const TEASER_LEVELS = 1;

/**
 * A story's teaser (a linked headline and its summary), or a line of one, found by its wording alone:
 * its words tell the story ("every donation will be matched dollar for dollar", "the library is
 * our lifeline"), they ask the reader for nothing. A headline that is itself an offer ("Sign up
 * for our newsletter" to the newsletter page) is a signalled link, and its box is judged as usual.
 */
function isStoryTeaser(candidate: Candidate, ctx: ScoreContext): boolean {
  // Only a case that rests on words alone: a field, an offer, a site's own class name speak for the box.
  for (const signal of candidate.signals.values()) if (!WORDING_EVIDENCE.has(signal.evidence)) return false;
  for (const box of blockAndCard(candidate.element, ctx)) {
    if (box.querySelector(HEADLINE_LINK) === null) continue;
    for (const control of box.querySelectorAll('a[href], button')) if (ctx.signalledLinks.has(control)) return false;
    return true;
  }
  return false;
}

/** The block and the card around it (TEASER_LEVELS up), short of the story: where a teaser's headline or a post's signature stands. */
function* blockAndCard(el: Element, ctx: ScoreContext): Generator<Element, void, void> {
  let box: Element | null = el;
  for (let level = 0; box && level <= TEASER_LEVELS && box !== ctx.story; level++, box = box.parentElement) yield box;
}

/** Characters (white space excluded) of a post and its signature line: a page's column is no one's post. */
const MAX_SIGNED_POST_TEXT = 2500;
/** What signs a post as someone's: a link to its writer's profile, or its time stamp. */
const SIGNATURE = 'a[href*="/profile/" i], a[href*="/profiles/" i], a[href*="/user/" i], a[href*="/users/" i], a[rel~="author" i], time, [datetime]';

/**
 * A reader's comment, or any signed or dated post beside the story, found by its wording alone:
 * its words are the writer's own ("the app is still in their App Store … on your iPad"), they ask
 * the reader for nothing. Only a case that rests on words, as with a story's teaser, and the
 * post's own tools ("Like this", acting in place); the signature is looked for in the block and
 * its parent while they are no bigger than one post.
 */
function isSignedPost(candidate: Candidate, ctx: ScoreContext): boolean {
  for (const signal of candidate.signals.values()) if (!WORDING_EVIDENCE.has(signal.evidence) && signal.evidence !== 'action-follow') return false;
  // A post's own "Like" acts in place; a "Follow" that leads to a network is an appeal's.
  for (const link of candidate.element.querySelectorAll('a[href]')) {
    if (ctx.signalledLinks.has(link) && !actsInPlace(link.getAttribute('href') ?? '')) return false;
  }
  for (const box of blockAndCard(candidate.element, ctx)) {
    if (measureText(box, MAX_SIGNED_POST_TEXT).overCap) return false;
    if (box.querySelector(SIGNATURE) !== null) return true;
  }
  return false;
}

/** A box the page marks as its writer's (an author box, a byline): what it links to is the person's. */
const WRITER_BOX = '[class*="author" i], [class*="byline" i]';

/**
 * An author bio ("… is a staff writer. She has covered …") with links to the person's profiles
 * is article furniture: words like "podcast" or "never miss" in it describe the person, they pitch
 * nothing; so are the links in the page's author box ("<name> on Twitter · RSS feed for <name>")
 * while nothing outside them pitches. A bio with an offer of its own (donate, subscribe, an
 * e-mail field), or a pitch in the author box's own words ("Follow us on Twitter"), is judged as
 * usual.
 */
function isPersonBio(candidate: Candidate): boolean {
  for (const signal of candidate.signals.values()) if (!BIO_EVIDENCE.has(signal.evidence)) return false;
  const el = candidate.element;
  if (el.closest(WRITER_BOX) !== null && findPitch(textOutside(el, (parent) => parent.closest('a') !== null)).length === 0) return true;
  return BIO_WORDING.test(el.textContent ?? '');
}

/** Words for cookies, in the languages the detector reads (most say "cookie"). */
const COOKIES = /cookie|kakor|informasjonskapsl|çerez|ciasteczk|куки|ملفات تعريف الارتباط|עוגיות|クッキー|쿠키/i;
/** Past this many characters of a box, its words are not read for a notice's (cookies, a password). */
const NOTICE_TEXT = 1000;

/**
 * A cookie notice that lets the reader decide later ("We use cookies … Accept · Not now") is the
 * site asking for consent, not a nag: its put-off is no reminder, and the choice stays the reader's.
 */
function isConsentNotice(candidate: Candidate): boolean {
  return COOKIES.test(readerText(candidate.element, NOTICE_TEXT));
}

/**
 * A box that speaks of a password is the site's account service ("A temporary password has been
 * emailed to you … check your spam folder", "Enter your email address to reset it"): its e-mail
 * words are instructions, it signs the reader up for nothing.
 */
function speaksOfPassword(candidate: Candidate): boolean {
  return PASSWORD_WORDS.test(readerText(candidate.element, NOTICE_TEXT));
}

/** Words for commenting, in the languages the detector reads (stems: "kommentieren", "comentário"). */
const COMMENTING = /comment|kommentar|kommentier|comentar|coment[aá]rio|komentarz|komentowa|koment[aá][rř]|комментар|комментир|коментар|коментув|コメント|评论|評論|留言/i;

/**
 * A comment section's sign-in line ("Melden Sie sich an, um zu kommentieren", "Para comentar,
 * inicia sesión o regístrate") uses a newsletter's words for signing up; it offers nothing but an
 * account. Anything said of money, or a pitch for a product, or an e-mail field, still makes it an appeal.
 */
function isCommentSignIn(candidate: Candidate): boolean {
  for (const signal of candidate.signals.values()) {
    if (signal.evidence === 'form-email' || signal.category === 'donation') return false;
    if (signal.category === 'promo' && isPitch(signal.evidence)) return false;
  }
  return COMMENTING.test(candidate.element.textContent ?? '');
}

/**
 * A comment or contact form (one with a message field) asks for the reader's e-mail to answer or
 * to notify them: "Your email address will not be published", "Notify me of new posts by email"
 * are its instructions, not a sign-up. Asked from inside the form or around it; a donation form
 * with a message to the newsroom, or a sign-up form beside it, is still judged as usual.
 */
function isMessageForm(candidate: Candidate): boolean {
  const el = candidate.element;
  const around = el.closest('form');
  const forms = around ? [around] : [...el.querySelectorAll('form')];
  if (!forms.some((form) => form.querySelector('textarea') !== null)) return false;
  for (const signal of candidate.signals.values()) {
    if (signal.evidence === 'form-signup' || signal.category === 'donation') return false;
  }
  return true;
}

/**
 * Wording in plain text, or in the labels of two offers at least (a lone "Subscribe to our
 * newsletter" link in a footer is navigation); or a put-off control beside an offer; or a banner
 * image's alt text, or a banner drawn as one link; or a platform's form in a frame, which says its
 * words inside it; or a link that asks to follow the publication on its own account there.
 */
function isWorded(candidate: Candidate, pitch: number, putOff: boolean, ctx: ScoreContext): boolean {
  if (putOff && candidate.offers > 0) return true;
  if (isSignupForm(candidate) || holdsFramedForm(candidate)) return true;
  if (pitch >= 1 && (candidate.wordedTexts > 0 || candidate.offers >= 2)) return true;
  if (candidate.offers === 0) return false;
  // A banner image that pitches in its alt text and leads to the offer.
  if ((pitch >= 2 && isBanner(candidate)) || isBannerLink(candidate.element) || offersInStores(candidate)) return true;
  return pitch >= 1 && (followsOwnChannel(candidate.element, ctx) || isDismissibleBar(candidate) || isCaptionedCall(candidate));
}

/** Stores a box's badges lead to for it to offer an app ("Download on the App Store", "Get it on Google Play"). */
const MIN_STORES = 2;

/**
 * Badges of two app stores under the box's own words ("Our apps", "News on the go:"): the badges
 * are the calls, drawn. Without a word of its own the row is wordless (isWordless) and stays; a
 * footer's column of links that name the stores ("iOS app", "Android app") is the site's menu. The
 * words title the badges from above them: a footer's row whose marks stand between its copyright
 * and its designer's credit is the footer's.
 */
function offersInStores(candidate: Candidate): boolean {
  if (candidate.text.length === 0) return false;
  // The block's signals name each store once (linkSignal's perService): fewer than two, no pair to look for.
  let linked = 0;
  for (const signal of candidate.signals.values()) if (signal.evidence === 'link-app-store') linked++;
  if (linked < MIN_STORES) return false;
  const stores = new Set<string>();
  const badges: Element[] = [];
  for (const link of candidate.element.querySelectorAll('a[href]')) {
    const signal = linkSignal(link.getAttribute('href') ?? '');
    if (signal?.evidence === 'link-app-store' && isBadge(link)) {
      stores.add(signal.reason);
      badges.push(link);
    }
  }
  return stores.size >= MIN_STORES && titlesFromAbove(candidate.element, badges);
}

/** The block's words (its badges' names for screen readers aside) all stand above its first badge, and none is a copyright line. */
function titlesFromAbove(el: Element, badges: readonly Element[]): boolean {
  const texts = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const words = node.nodeValue ?? '';
    if (!WORDLIKE.test(words) || badges.some((badge) => badge.contains(node))) continue;
    if (words.includes('©') || !precedes(node, badges[0]!)) return false;
  }
  return true;
}

/** A link with no words a reader sees: a store's badge, drawn as an image or by the site's style sheet, its name for screen readers alone. */
function isBadge(link: Element): boolean {
  return textOutside(link, (parent) => SCREEN_READER_ONLY.test(idAndClass(parent))).trim() === '';
}

/**
 * One call that pitches a newsletter or a contribution in its own words ("Sign up for our email",
 * "Support our reporting") under a sentence of its box's that says what it offers ("Original
 * reporting, direct to you every morning"): a menu's or a footer's entries stand beside other
 * entries, never under a line of their own. The footer's own lines (its address, its copyright)
 * stand beside whatever link it holds; a product's call (an app, a shop) may be a review's.
 */
function isCaptionedCall(candidate: Candidate): boolean {
  if (!isOneOfferLine(candidate)) return false;
  const el = candidate.element;
  if (el.matches(PAGE_FRAME) || !pitchesFor(candidate, CAPTIONED_CALLS)) return false;
  const controls = el.querySelectorAll(CONTROLS);
  if (controls.length !== 1) return false;
  const call = controls[0]!;
  const caption: string[] = [];
  const texts = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (call.contains(node) || !WORDLIKE.test(node.nodeValue ?? '')) continue;
    if (!precedes(node, call)) return false; // a line after the call is no caption of it
    caption.push(node.nodeValue!.trim());
  }
  const line = caption.join(' ');
  return isSentence(line) && !line.includes('©');
}

const CAPTIONED_CALLS: ReadonlySet<Category> = new Set(['newsletter', 'donation']);

/** Whether some wording in the block pitches one of `categories`. */
function pitchesFor(candidate: Candidate, categories: ReadonlySet<Category>): boolean {
  for (const signal of candidate.signals.values()) if (isPitch(signal.evidence) && signal.category && categories.has(signal.category)) return true;
  return false;
}

/** Characters (whitespace excluded) a bar with one offer and a close mark may hold: its line, not a section. */
const MAX_BAR_TEXT = 200;

/** A block of one offer and a bar's length of text: a line, not a section, where one call can speak for the block. */
function isOneOfferLine(candidate: Candidate): boolean {
  return candidate.offers === 1 && !candidate.text.overCap && candidate.text.length <= MAX_BAR_TEXT;
}

/**
 * One offer beside a close mark ("Sign up for our newsletter · ×", a sticky bar): the site's
 * own navigation is never put away by the reader, so the offer's label speaks for the bar. A
 * letter "X" may be the network's name; only the mark's glyphs count.
 */
function isDismissibleBar(candidate: Candidate): boolean {
  if (!isOneOfferLine(candidate)) return false;
  const el = candidate.element;
  const texts = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (!CLOSE_GLYPH.test(node.nodeValue ?? '')) continue;
    const href = node.parentElement?.closest('a[href]')?.getAttribute('href');
    if (href == null || actsInPlace(href)) return true;
  }
  return false;
}

/**
 * The publication asking to be followed on its own account, in the words of the link there
 * ("+ Follow The Gazette on Facebook" to facebook.com/TheGazette; a pin board's "Follow Gazette
 * on Pinterest"): the call and its offer at once. A link to someone else's account is a story's
 * pointer ("Follow the festival on Facebook"), and in the site's header, menus and footer such
 * links are its navigation.
 */
function followsOwnChannel(el: Element, ctx: ScoreContext): boolean {
  return el.closest(PAGE_FRAME) === null && followsOwnAccounts(el, ctx.site());
}

/** Pitches a banner link's label holds beside its call, at least: "Limited-time offer · Subscribe now". */
const BANNER_LINK_PITCHES = 2;

/**
 * A banner drawn as one link: a picture (a cover, a product) or a label set in lines of their own
 * (a button's "SUBSCRIBE NOW" over "to get home delivery"), and a label of more than one pitch,
 * all of the block's words ("LIMITED-TIME OFFER · SUBSCRIBE NOW" over this week's cover). A lone
 * "Subscribe" or "Subscribe now" link, pictured or not, says no more than its call, and a link
 * written as one line ("Subscribe to our newsletter") is a footer's or a menu's entry.
 */
function isBannerLink(el: Element): boolean {
  const links = el.matches('a[href]') ? [el] : el.querySelectorAll('a[href]');
  const link = links.length === 1 ? links[0]! : null;
  if (!link) return false;
  const label = link.textContent ?? '';
  if (label.trim().length !== (el.textContent ?? '').trim().length) return false;
  // A drawn button's lines are read apart: "SUBSCRIBE NOW" and "to get home delivery" run together in its text.
  const lines = link.querySelector('img, picture') === null ? linesOf(link) : [label];
  return lines !== null && findPitch(lines.join(' ')).length >= BANNER_LINK_PITCHES;
}

/** Lines a label is set in for it to be drawn as a button's, each an element of its own (a headline, a line under it); more is no button. */
const MIN_LABEL_LINES = 2;
const MAX_LABEL_LINES = 4;

/** The words of a link's lines, when all of them stand in elements of their own, two to four, none inside another (a drawn button's); else null. */
function linesOf(link: Element): string[] | null {
  const lines: Element[] = [];
  const texts = link.ownerDocument.createTreeWalker(link, 4 /* SHOW_TEXT */);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (!WORDLIKE.test(node.nodeValue ?? '')) continue;
    const line = node.parentElement;
    if (line === null || line === link) return null;
    if (!lines.includes(line)) lines.push(line);
    if (lines.length > MAX_LABEL_LINES) return null;
  }
  if (lines.length < MIN_LABEL_LINES || lines.some((a) => lines.some((b) => a !== b && a.contains(b)))) return null;
  return lines.map((line) => line.textContent ?? '');
}

/**
 * A sentence of the box's own beside a sign-up link to a newsletter's page ("Start your day with
 * the Morning Brief · Sign up"): the newsletter's pitch, whatever its words; the link weighs what a
 * sign-up form does. Only the box's one control, and not in the site's frame: a "Sign up" link
 * among others, or in a footer beside its lines, says no more than its label.
 */
function isNewsletterTeaser(candidate: Candidate): boolean {
  const el = candidate.element;
  if (!candidate.signals.has(NEWSLETTER_SIGNUP_LINK.reason) || el.closest(PAGE_FRAME) !== null) return false;
  const controls = el.querySelectorAll(CONTROLS);
  return controls.length === 1 && isSentence(textOutside(el, (parent) => controls[0]!.contains(parent)).trim());
}

/** The site's header, menus and footer, whose lines ("© 2026 The Gazette. All rights reserved.") stand beside any link. */
const PAGE_FRAME = 'header, nav, footer, [role="banner"], [role="navigation"], [role="contentinfo"]';

/** Characters a framed form's block may show around the frame: its title and the platform's credit line. */
const MAX_FRAMED_FORM_TEXT = 100;

/**
 * The block a platform's framed form (frameSignal) speaks for: the frame with no more than a
 * title and a credit line around it, not a sidebar that holds it among the site's teasers.
 */
function framesFormAlone(candidate: Candidate): boolean {
  return !candidate.text.overCap && candidate.text.length <= MAX_FRAMED_FORM_TEXT;
}

/** A platform's form in a frame, in its own block (framesFormAlone). */
function holdsFramedForm(candidate: Candidate): boolean {
  if (!framesFormAlone(candidate)) return false;
  for (const signal of candidate.signals.values()) if (signal.evidence === 'frame-form') return true;
  return false;
}

/**
 * A sign-up form (an e-mail field and its button, nothing else asked; signupSignal) speaks for
 * itself, unless the block also has a log-in button.
 */
function isSignupForm(candidate: Candidate): boolean {
  let signup = false;
  for (const signal of candidate.signals.values()) {
    if (signal.evidence === 'action-account' || signal.evidence === 'form-login') return false;
    if (signal.evidence === 'form-signup') signup = true;
  }
  return signup;
}

/**
 * Log-in forms and account menus ("Log in", "My profile", "Log out") are the reader's own tools.
 * A registration wall offers the same links, or the same e-mail-first step, under a pitch of its
 * own ("Create a free account to keep reading"): outside the site's header and menus, that wording
 * makes it an appeal.
 */
function isAccountUi(candidate: Candidate, pitch: number): boolean {
  let accountLinks = 0;
  let loginStep = false;
  for (const signal of candidate.signals.values()) {
    if (signal.evidence === 'form-login') return true;
    if (signal.evidence === 'form-login-step') loginStep = true;
    if (signal.evidence === 'action-account') accountLinks++;
  }
  return (accountLinks >= 2 || loginStep) && (pitch < WALL_PITCH || candidate.element.closest(SITE_CHROME) !== null);
}

/** Pitch (two strong phrases) that makes a block holding account links a registration wall. */
const WALL_PITCH = 4;

/** Where a header, footer or menu belongs to one of the page's sections, not to the page (`<footer>` in an article is the article's). */
const SECTIONING = 'article, aside, section, nav, main';
/** Plain links (the site's pages) past which a page's header, footer or menu carries its navigation. */
const MAX_FRAME_LINKS = 5;

/**
 * The page's header, footer or menu (PAGE_FRAME: a block of one, inside one or around one), with
 * the site's links in it: the offers it holds (a "Subscribe" row, a newsletter line, the networks'
 * marks) are judged in their own blocks, and the site's links, terms and contacts stay. A footer
 * that is one promotion, with few links of its own, is judged as any block.
 */
function isSiteFrame(el: Element, plainLinks: number): boolean {
  if (plainLinks <= MAX_FRAME_LINKS) return false;
  const frame = el.closest(PAGE_FRAME) ?? el.querySelector(PAGE_FRAME);
  return frame !== null && frame.parentElement?.closest(SECTIONING) == null;
}

const NAVIGATION_ROLES = new Set(['navigation', 'banner', 'menu', 'menubar']);
const HOLDS_NAVIGATION = 'nav, [role="navigation"], [role="banner"], [role="menu"], [role="menubar"]';

/**
 * Menus, site headers and footers hold lone "Donate" / "Subscribe" buttons: that is navigation, not
 * clutter (a footer's column headed "Subscribe" over its one "Subscribe" link too). Inside them a
 * block needs more than one word of wording, or in a footer a field to fill in or a link to a
 * network or a store (a follow or app row, judged as usual); in menus, words of its own: a menu's
 * entries say what they like ("Daily Edition ▸ Subscribe for a free trial") and stay links. A
 * sign-up form that asks for an address is no menu entry wherever it sits: a menu's drop-down
 * holding "Newsletter · [e-mail] · Subscribe" is judged, the form's block alone (not the menu's
 * "Newsletter" entry the drop-down hangs from).
 */
function isNavigation(candidate: Candidate, pitch: number): boolean {
  const el = candidate.element;
  if (el.localName === 'nav' || NAVIGATION_ROLES.has(el.getAttribute('role') ?? '')) return true;
  if (el.localName === 'header' && el.parentElement?.localName === 'body') return true;
  if (el.querySelector(HOLDS_NAVIGATION) !== null || holdsMasthead(el)) return true;
  if (el.closest(PAGE_FRAME) === null || el.closest('article') !== null) return false;
  if (el.closest(SITE_CHROME) === null) {
    return pitch < 2 && el.querySelector(FIELDS) === null && ![...el.querySelectorAll('a[href]')].some(leadsToPlatform);
  }
  // In a menu, a block whose appeal is all in its links' labels ("News ▸ … ▸ Sign up to receive our
  // content in your inbox") is the menu's; one that pitches in words of its own ("Download the app")
  // or has a field to fill in is judged.
  if (candidate.signals.has(EMAIL_FIELD.reason) && !holdsLinkOutsideForm(el)) return false;
  // Two stores' badges under a title of the box's own are a drawn offer, not a menu's entries.
  if (offersInStores(candidate)) return false;
  return pitch < 2 || (el.closest(HOLDS_NAVIGATION) !== null && el.querySelector(FIELDS) === null && !pitchesOutsideLinks(el));
}

/** A link of the block's own beside its form (a menu's entry), not one inside the form (its privacy note). */
function holdsLinkOutsideForm(el: Element): boolean {
  for (const link of el.querySelectorAll('a[href]')) {
    const form = link.closest('form');
    if (form === null || !el.contains(form)) return true;
  }
  return false;
}

/**
 * The site's title as the page's top heading, leading to its home page (`<h1><a href="/">The
 * Gazette</a></h1>`): the block around it is the masthead, whatever sign-in, shop and network
 * links sit beside the title, even when it is no `<header>`.
 */
function holdsMasthead(el: Element): boolean {
  for (const heading of el.getElementsByTagName('h1')) {
    const link = heading.closest('a[href]') ?? heading.querySelector('a[href]');
    if (link && leadsHome(link.getAttribute('href') ?? '')) return true;
  }
  return false;
}

/**
 * Words of `el` that are no link's, counted up to `max` + 1 (a field to type into counts past
 * `max`: a block that asks for something is no row of links).
 */
function wordsOutsideLinks(el: Element, max: number): number {
  if (el.querySelector(FIELDS) !== null) return max + 1;
  // Separators ("·", "|") are no words.
  return textOutsideLinks(el).split(/\s+/).filter((w) => WORDLIKE.test(w)).length;
}

function pitchesOutsideLinks(el: Element): boolean {
  return findPitch(textOutsideLinks(el)).length > 0;
}

function textOutsideLinks(el: Element): string {
  return textOutside(el, (parent) => parent.closest('a') !== null);
}

/** A column of a site's menu: this many links or more, under a heading of a few words at most. */
const MIN_MENU_LINKS = 3;
const MAX_MENU_HEADING_WORDS = 3;

/**
 * A footer's or sidebar's column of links ("Subscribe: Subscriptions · Newsletters · Apps"), each
 * a word or two leading to a page of the site, is menu, not an appeal: it says where things are.
 * Links to a network, a store or a payment service make a follow or app row, which is judged as usual.
 */
function isMenuColumn(candidate: Candidate): boolean {
  const el = candidate.element;
  const links = el.querySelectorAll('a');
  if (links.length < MIN_MENU_LINKS || el.querySelector('button, [role="button"]') !== null) return false;
  for (const link of links) {
    const label = (link.textContent ?? '').trim();
    if (label === '' || isSentence(label)) return false;
    if (leadsToPlatform(link)) return false;
  }
  return wordsOutsideLinks(el, MAX_MENU_HEADING_WORDS) <= MAX_MENU_HEADING_WORDS;
}

/** A link to a network, a store or a payment service, not to a page of the site's own: a follow or app row's. */
function leadsToPlatform(link: Element): boolean {
  const target = linkSignal(link.getAttribute('href') ?? '');
  return target !== null && !PATH_EVIDENCE.has(target.evidence);
}

/**
 * The site's header and menus, as HTML5 marks them or as pages written before it name them
 * (`div#header`, `div#masthead`): a row of network marks there is the site's navigation.
 */
const SITE_CHROME = 'header, nav, [role="banner"], [role="navigation"], #header, #masthead, #nav, #navigation';

/**
 * Fields to fill in: a block that asks for something is no row of links. A menu's own switches (a
 * checkbox that opens a drop-down drawn in CSS alone) and buttons ask nothing.
 */
const FIELDS = 'input:not([type="checkbox" i], [type="hidden" i], [type="submit" i], [type="button" i], [type="reset" i], [type="image" i]), textarea, select';

function isPitch(evidence: Evidence): boolean {
  return evidence === 'pitch-decisive' || evidence === 'pitch-strong' || evidence === 'pitch-weak';
}

/** The weight a signal still adds once others of its kind are counted (all wording shares one cap). */
function capped(signal: Signal, spent: Map<string, number>): number {
  const weight = WEIGHTS[signal.evidence];
  const pitch = isPitch(signal.evidence);
  const cap = pitch ? PITCH_CAP : CAPS[signal.evidence];
  if (cap === undefined || weight < 0) return weight;
  const bucket = pitch ? 'pitch' : signal.evidence;
  const used = spent.get(bucket) ?? 0;
  const gained = Math.max(0, Math.min(weight, cap - used));
  spent.set(bucket, used + gained);
  return gained;
}

function structureBonus(el: Element, reasons: string[]): number {
  let bonus = 0;
  if (isDialog(el)) {
    bonus += DIALOG_BONUS;
    reasons.push('role:dialog');
  } else if (el.localName === 'aside' || el.getAttribute('role') === 'complementary') {
    bonus += COMPLEMENTARY_BONUS;
    reasons.push('role:complementary');
  }
  if (elementTokens(el).some((s) => s.category !== null)) bonus += OWN_TOKEN_BONUS;
  return bonus;
}

function sizePenalty(candidate: Candidate, reasons: string[], ctx: ScoreContext): number {
  const penalty = Math.max(0, (ctx.wideText ? readingLength(candidate) : candidate.text.length) - TEXT_ALLOWANCE) / TEXT_STEP;
  if (penalty >= 1) reasons.push(`size:-${round(penalty)}`);
  return penalty;
}

/** Past this, a text's penalty is ten points: it is read no further. */
const READING_CAP = TEXT_ALLOWANCE + 10 * TEXT_STEP;
/** Letters a character says at most (countReading): a text this many times shorter than the allowance reads short in any script. */
const WIDEST_CHARACTER = 3;

/**
 * How long a block reads (countReading), on a page in a language written in characters that say
 * more than a letter each; measured again only when it could be long. A block gathered of several
 * (a run, a plug) keeps the length counted for all of them when it is the longer.
 */
function readingLength(candidate: Candidate): number {
  const { length } = candidate.text;
  if (length * WIDEST_CHARACTER <= TEXT_ALLOWANCE) return length;
  return Math.max(length, measureText(candidate.element, READING_CAP, undefined, countReading).length);
}

interface LinkCount {
  /** Links that carry no signal (menu entries, article titles). */
  readonly plain: number;
  /** Three such links or more holding half the text: a menu or a list of articles, not an appeal. */
  readonly isList: boolean;
}

function readLinks(candidate: Candidate, ctx: ScoreContext): LinkCount {
  // Menus built of scripted items (`data-href` spans) are menus too.
  const links = candidate.element.querySelectorAll('a, [data-href]');
  let plain = 0;
  let plainText = 0;
  for (let i = 0; i < links.length && i < MAX_LINKS_READ; i++) {
    const link = links[i] as Element;
    if (ctx.signalledLinks.has(link) || isInPageControl(link)) continue;
    let length = ctx.plainLinkText.get(link);
    if (length === undefined) {
      const text = link.textContent ?? '';
      // Menus are lists of short labels; a link that reads as a sentence or pitches is part of the
      // appeal, one in a field's label (a consent box's "Privacy Policy") is the field's fine print,
      // and a plugin's credit ("Powered by …") is the widget's own.
      const ownsLink = text.split(/\s+/).length > MENU_LABEL_WORDS || findPitch(text).length > 0 || link.closest('label') !== null || isCredit(link);
      length = ownsLink ? -1 : countNonSpace(text);
      ctx.plainLinkText.set(link, length);
    }
    if (length < 0) continue;
    plain++;
    plainText += length;
  }
  return { plain, isList: plain >= MIN_LIST_LINKS && plainText >= LIST_SHARE * candidate.text.length };
}

/** Words that credit the maker of a widget, before the link to it. */
const CREDIT = /(?:powered by|bereitgestellt von|propulsé par|réalisé par|desarrollado por|con la tecnología de|fornito da|mogelijk gemaakt door)\s*:?\s*$/i;

/** A link named as the maker of the widget around it ("Powered by <a>MailPlugin</a>"). */
function isCredit(link: Element): boolean {
  const before = link.previousSibling;
  return before !== null && before.nodeType === 3 && CREDIT.test(before.nodeValue ?? '');
}

/**
 * A link to a named place on the same page (a tab, an accordion's section: "#more-newsletters"),
 * or an anchor with no target at all (a script's close mark), opens or shuts part of the box it
 * sits in; it leads to none of the site's pages.
 */
function isInPageControl(link: Element): boolean {
  const href = link.getAttribute('href');
  if (href === null) return !link.hasAttribute('data-href'); // a script's control ("×"), leading nowhere
  return href.length > 1 && href.startsWith('#');
}

/** Many links that offer nothing make a block less of an appeal. */
function linkPenalty(links: LinkCount, reasons: string[]): number {
  const penalty = Math.max(0, links.plain - LINK_ALLOWANCE) * LINK_COST;
  if (penalty > 0) reasons.push(`links:-${round(penalty)}`);
  return penalty;
}

/**
 * The category with the most evidence (ties go to the one listed first in CATEGORIES). A put-off
 * control belongs to the appeal it sits in: a block is a reminder only when nagging is most of it.
 */
function strongestCategory(byCategory: ReadonlyMap<Category, number>): Category {
  let best: Category = CATEGORIES[0];
  for (const category of CATEGORIES) {
    if (category !== 'reminder' && (byCategory.get(category) ?? 0) > (byCategory.get(best) ?? 0)) best = category;
  }
  const reminder = byCategory.get('reminder') ?? 0;
  return reminder >= REMINDER_DOMINANCE * (byCategory.get(best) ?? 0) ? 'reminder' : best;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

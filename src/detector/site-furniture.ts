/**
 * What is the site's own, however it is worded: its header, menus and footer, lists of headlines,
 * a story's teaser, a signed post, an author's bio, account and comment forms, a cookie notice, a
 * story's "how to help" box. A block that is one of these is never an appeal (score.ts asks).
 */
import type { Candidate } from './candidates';
import { CONTROLS, PAGE_FRAME, SITE_CHROME, WORDLIKE, countNonSpace, measureText, readerText, textOutside } from './dom';
import { leadsOffSite } from './own-site';
import { isSentence, opensOrCloses, unspacedLength, UNSPACED_SCRIPT } from './phrase-matcher';
import type { ScoreContext } from './score';
import { actionLabel } from './signals/actions';
import { EMAIL_FIELD, PASSWORD_WORDS } from './signals/forms';
import { actsInPlace, leadsHome, leadsToStory, linkSignal, PATH_EVIDENCE } from './signals/links';
import { findInLabel, findPitch, speaksAsPublication } from './signals/phrases';
import { isPitch, type Evidence } from './signals/signal';
import { offersInStores } from './wording';

/** Three plain links or more holding half a block's text make a list of links (score.ts); items holding half of it make a list of headlines. */
export const MIN_LIST_LINKS = 3;
export const LIST_SHARE = 0.5;

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
export function holdsHeadlineList(candidate: Candidate): boolean {
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
export function isInHeadlineList(el: Element): boolean {
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
export function holdsHeadedSections(el: Element, depth = 0): boolean {
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
export function holdsSiteControl(candidate: Candidate): boolean {
  const el = candidate.element;
  if (el.querySelector(SEARCH_BOX) !== null) return true;
  for (const signal of candidate.signals.values()) if (signal.evidence === 'form-email' || signal.evidence === 'action-amount') return false;
  return el.querySelector('select') !== null;
}

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
export function isStoryBox(candidate: Candidate, ctx: ScoreContext): boolean {
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
export function isStoryTeaser(candidate: Candidate, ctx: ScoreContext): boolean {
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
export function isSignedPost(candidate: Candidate, ctx: ScoreContext): boolean {
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
export function isPersonBio(candidate: Candidate): boolean {
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
export function isConsentNotice(candidate: Candidate): boolean {
  return COOKIES.test(readerText(candidate.element, NOTICE_TEXT));
}

/**
 * A box that speaks of a password is the site's account service ("A temporary password has been
 * emailed to you … check your spam folder", "Enter your email address to reset it"): its e-mail
 * words are instructions, it signs the reader up for nothing.
 */
export function speaksOfPassword(candidate: Candidate): boolean {
  return PASSWORD_WORDS.test(readerText(candidate.element, NOTICE_TEXT));
}

/** Words for commenting, in the languages the detector reads (stems: "kommentieren", "comentário"). */
const COMMENTING = /comment|kommentar|kommentier|comentar|coment[aá]rio|komentarz|komentowa|koment[aá][rř]|комментар|комментир|коментар|коментув|コメント|评论|評論|留言/i;

/**
 * A comment section's sign-in line ("Melden Sie sich an, um zu kommentieren", "Para comentar,
 * inicia sesión o regístrate") uses a newsletter's words for signing up; it offers nothing but an
 * account. Anything said of money, or a pitch for a product, or an e-mail field, still makes it an appeal.
 */
export function isCommentSignIn(candidate: Candidate): boolean {
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
export function isMessageForm(candidate: Candidate): boolean {
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
 * Log-in forms and account menus ("Log in", "My profile", "Log out") are the reader's own tools.
 * A registration wall offers the same links, or the same e-mail-first step, under a pitch of its
 * own ("Create a free account to keep reading"): outside the site's header and menus, that wording
 * makes it an appeal.
 */
export function isAccountUi(candidate: Candidate, pitch: number): boolean {
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
export function isSiteFrame(el: Element, plainLinks: number): boolean {
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
export function isNavigation(candidate: Candidate, pitch: number): boolean {
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
export function isMenuColumn(candidate: Candidate): boolean {
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
 * Fields to fill in: a block that asks for something is no row of links. A menu's own switches (a
 * checkbox that opens a drop-down drawn in CSS alone) and buttons ask nothing.
 */
const FIELDS = 'input:not([type="checkbox" i], [type="hidden" i], [type="submit" i], [type="button" i], [type="reset" i], [type="image" i]), textarea, select';

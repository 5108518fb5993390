/**
 * Scores one candidate block: its evidence weighed and capped, less its size and its plain links.
 * No score suffices unless the block is worded as an appeal (wording.ts) and is none of the site's
 * own furniture (site-furniture.ts).
 */
import { CATEGORIES, type Category } from '../contract/categories';
import type { Candidate } from './candidates';
import { SITE_CHROME, countNonSpace, countReading, isDialog, measureText } from './dom';
import { ownSite } from './own-site';
import { findPitch, loadedLanguages } from './signals/phrases';
import { isPitch, type Evidence, type Signal } from './signals/signal';
import { elementTokens } from './signals/tokens';
import {
  holdsHeadedSections,
  holdsHeadlineList,
  holdsSiteControl,
  isAccountUi,
  isCommentSignIn,
  isConsentNotice,
  isInHeadlineList,
  isMenuColumn,
  isMessageForm,
  isNavigation,
  isPersonBio,
  isSignedPost,
  isSiteFrame,
  isStoryBox,
  isStoryTeaser,
  LIST_SHARE,
  MIN_LIST_LINKS,
  speaksOfPassword,
} from './site-furniture';
import type { Sensitivity } from './types';
import { framesFormAlone, isNewsletterTeaser, isWorded, isWordless } from './wording';

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

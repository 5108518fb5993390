/**
 * Whether a block is worded as an appeal: in plain words, or in what stands for them (a banner's
 * alt text, two stores' badges under a title, a sign-up form, a close mark beside one offer). A
 * block that says nothing of its own is the site's links, however many offers they name.
 */
import type { Category } from '../contract/categories';
import type { Candidate } from './candidates';
import { CONTROLS, PAGE_FRAME, SCREEN_READER_ONLY, WORDLIKE, idAndClass, precedes, textOutside } from './dom';
import { followsOwnAccounts } from './own-site';
import { isSentence } from './phrase-matcher';
import type { ScoreContext } from './score';
import { NEWSLETTER_SIGNUP_LINK } from './signals/actions';
import { actsInPlace, linkSignal } from './signals/links';
import { findPitch } from './signals/phrases';
import { isPitch, type Evidence } from './signals/signal';

/**
 * Wording in plain text, or in the labels of two offers at least (a lone "Subscribe to our
 * newsletter" link in a footer is navigation); or a put-off control beside an offer; or a banner
 * image's alt text, or a banner drawn as one link; or a platform's form in a frame, which says its
 * words inside it; or a link that asks to follow the publication on its own account there.
 */
export function isWorded(candidate: Candidate, pitch: number, putOff: boolean, ctx: ScoreContext): boolean {
  if (putOff && candidate.offers > 0) return true;
  if (isSignupForm(candidate) || holdsFramedForm(candidate)) return true;
  if (pitch >= 1 && (candidate.wordedTexts > 0 || candidate.offers >= 2)) return true;
  if (candidate.offers === 0) return false;
  // A banner image that pitches in its alt text and leads to the offer.
  if ((pitch >= 2 && isBanner(candidate)) || isBannerLink(candidate.element) || offersInStores(candidate)) return true;
  return pitch >= 1 && (followsOwnChannel(candidate.element, ctx) || isDismissibleBar(candidate) || isCaptionedCall(candidate));
}

/**
 * A row of icons or badges with no words of its own (its evidence comes from link targets, titles
 * and alt text): collapsed, it would leave a placeholder line larger and louder than itself. A
 * banner image whose alt text is a sentence says its words there; a form's fields, or a frame
 * (a platform's form: frameSignal), show more than a row of icons.
 */
export function isWordless(candidate: Candidate): boolean {
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

/** Stores a box's badges lead to for it to offer an app ("Download on the App Store", "Get it on Google Play"). */
const MIN_STORES = 2;

/**
 * Badges of two app stores under the box's own words ("Our apps", "News on the go:"): the badges
 * are the calls, drawn. Without a word of its own the row is wordless (isWordless) and stays; a
 * footer's column of links that name the stores ("iOS app", "Android app") is the site's menu. The
 * words title the badges from above them: a footer's row whose marks stand between its copyright
 * and its designer's credit is the footer's.
 */
export function offersInStores(candidate: Candidate): boolean {
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
export function isNewsletterTeaser(candidate: Candidate): boolean {
  const el = candidate.element;
  if (!candidate.signals.has(NEWSLETTER_SIGNUP_LINK.reason) || el.closest(PAGE_FRAME) !== null) return false;
  const controls = el.querySelectorAll(CONTROLS);
  return controls.length === 1 && isSentence(textOutside(el, (parent) => controls[0]!.contains(parent)).trim());
}

/** Characters a framed form's block may show around the frame: its title and the platform's credit line. */
const MAX_FRAMED_FORM_TEXT = 100;

/**
 * The block a platform's framed form (frameSignal) speaks for: the frame with no more than a
 * title and a credit line around it, not a sidebar that holds it among the site's teasers.
 */
export function framesFormAlone(candidate: Candidate): boolean {
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

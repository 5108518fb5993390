/**
 * What a button or a link offers or asks ("Donate", "Not now", "Subscribe to our newsletter", a
 * network's mark leading to it), read from its label and where it leads.
 */
import { SENTENCE_WORDS } from '../candidates';
import { readerText } from '../dom';
import { isSentence, opensOrCloses, tokenize, UNSPACED_SCRIPT } from '../phrase-matcher';
import { amountSignal } from './amounts';
import { actsInPlace, leadsToStory, leadsToTopic, linkSignal } from './links';
import { findInLabel, findPitch, pitchSignal, type PitchHit } from './phrases';
import type { Signal } from './signal';

/** A button or link with more children than this is a card or a box, not a labelled control. */
export const MAX_ACTION_CHILDREN = 8;

/** Where a form's submit button sends it: a form posted to PayPal is a donate button, whatever its picture says. */
function submitTarget(el: Element): string | null {
  if (el.localName !== 'button' && el.localName !== 'input') return null;
  const type = (el.getAttribute('type') ?? 'submit').toLowerCase();
  if (type !== 'submit' && type !== 'image') return null;
  return el.closest('form')?.getAttribute('action') ?? null;
}

/** A label that shares the story on a network ("Share on Facebook", "Auf Facebook teilen", "Facebookでシェア"); words written without spaces may stand anywhere in it. */
export const SHARE_LABEL = /^\s*(?:share|partager|compartir|compartilhar|condividi|deel|delen|udostępnij|sdílet|поделиться|поділитися|paylaş)(?!\p{L})|(?<!\p{L})(?:teilen|partager|delen|dela)\s*$|シェア|分享|공유/iu;

/** What a button or link offers or asks, by its target and its label (`label`: its actionLabel). */
export function actionSignals(el: Element, label = actionLabel(el)): Signal[] {
  const signals: Signal[] = [];
  const href = el.getAttribute('href') ?? submitTarget(el);
  // A card (no short label) or a label of a sentence's length reads as a headline.
  const link = href ? linkSignal(href, label === null ? el.textContent?.trim() !== '' : isSentence(label)) : null;
  if (link) signals.push(link);
  if (label !== null) {
    const amount = amountSignal(label);
    if (amount) signals.push(amount);
    const found = findInLabel(label);
    const sentence = isSentence(label);
    // A put-off dismisses in place: a link to a page with a sentence for its label is a headline that
    // opens with the words ("Not now: minister rules out an early election"), and a link to a story
    // is its teaser's read-on ("Continue reading »"), whatever its words.
    const leadsToPage = el.localName === 'a' && href !== null && !actsInPlace(href);
    for (const hit of found.actions) {
      // A label as long as a sentence with an offer's word in its middle is a headline ("Ferry later
      // due to storm"), unless it leads where the offer is made ("Will you support our journalism?").
      if (sentence && link === null && !opensOrCloses(label, hit.phrase)) continue;
      if (leadsToPage && hit.key === 'putOff' && (sentence || leadsToStory(href))) continue;
      // A network named by a sentence that leads elsewhere is a headline's ("Twitter rival … Instagram"): a follow button names the network alone, or leads to it.
      if (sentence && hit.key === 'follow' && link?.evidence !== 'link-social') continue;
      // "Share on Facebook" passes the story on: it follows no one.
      if (hit.key === 'follow' && SHARE_LABEL.test(label)) continue;
      signals.push({
        evidence: ACTION_EVIDENCE[hit.key],
        category: ACTION_CATEGORY[hit.key],
        reason: `button:${hit.lang}:${hit.key} "${hit.phrase}"`,
      });
    }
    const hits = found.pitch;
    // "Follow" on a link to the network is a follow-us call in any language (English lists the
    // word among its promo wording, so its buttons read so already).
    const follow = found.actions.find((hit) => hit.key === 'follow');
    if (follow && link?.evidence === 'link-social' && !hits.some((hit) => hit.key === 'promo')) {
      signals.push(labelSignal({ ...follow, key: 'promo' }));
    }
    if (hits.length > 0) {
      // A label that reads as a sentence ("No subscription yet? Subscribe now!") is wording; a
      // short one ("Newsletter") only hints at what the link is for, as menus are full of them.
      for (const hit of hits) signals.push(sentence ? pitchSignal(hit) : labelSignal(hit));
    }
    // "Sign up" on a link to a newsletter's page, or a call that names the newsletter itself
    // ("Subscribe to our newsletter", "Sign up for our email"): the one call that is its sign-up.
    if ((link?.evidence === 'link-newsletter' && found.actions.some((hit) => hit.key === 'subscribe')) || namesNewsletter(label, found, href)) {
      signals.push(NEWSLETTER_SIGNUP_LINK);
    }
  }
  // A network's bare mark that leads to its page is a follow button drawn, as "Facebook" on a link
  // to it is one written: a row of them under "Follow us" weighs what the written row does. A
  // picture's alternative text that reads as no such button ("WhatsApp button") leaves it drawn.
  if (link?.evidence === 'link-social' && el.textContent?.trim() === '' && !signals.some((s) => s.evidence === 'action-follow')) {
    signals.push({ evidence: 'action-follow-icon', category: 'promo', reason: `${link.reason}:icon` });
  }
  // A tag ("Donations", "Newsletter") names the topic whose page it leads to. Asked last, of links with evidence only.
  return signals.length > 0 && href !== null && leadsToTopic(href) ? [] : signals;
}

/**
 * A sign-up call that names what it signs up for as a newsletter ("Subscribe to our newsletter",
 * "Newsletter abonnieren", "Sign up for our email"): its words less the call's own still say so. A
 * bare call ("Sign up for our free account") does not, nor a label as long as a sentence or a link
 * to a story, whose label is its headline.
 */
function namesNewsletter(label: string, found: ReturnType<typeof findInLabel>, href: string | null): boolean {
  if (!found.pitch.some((hit) => hit.key === 'newsletter') || label.split(/\s+/).length > SENTENCE_WORDS) return false;
  if (href !== null && leadsToStory(href)) return false;
  return found.actions.some((hit) => {
    if (hit.key !== 'subscribe') return false;
    const rest = withoutCall(label, hit.phrase);
    return rest !== null && findPitch(rest).some((named) => named.key === 'newsletter');
  });
}

/** `label` less the call it opens or closes with; null when the call stands in its middle. */
function withoutCall(label: string, call: string): string | null {
  if (UNSPACED_SCRIPT.test(call)) {
    const flat = label.toLowerCase().replace(/\s+/g, '').replace(/[\p{P}\p{S}]+$/u, '');
    const needle = call.toLowerCase().replace(/\s+/g, '');
    if (flat.startsWith(needle)) return flat.slice(needle.length);
    return flat.endsWith(needle) ? flat.slice(0, -needle.length) : null;
  }
  const words = tokenize(label);
  const callWords = tokenize(call);
  const at = (offset: number) => callWords.every((word, i) => words[offset + i] === word);
  if (at(0)) return words.slice(callWords.length).join(' ');
  return at(words.length - callWords.length) ? words.slice(0, words.length - callWords.length).join(' ') : null;
}

export const NEWSLETTER_SIGNUP_LINK: Signal = { evidence: 'link-newsletter-signup', category: 'newsletter', reason: 'link:newsletter-signup' };

function labelSignal(hit: PitchHit): Signal {
  return { evidence: 'label-phrase', category: hit.key, reason: `label:${hit.lang}:${hit.key} "${hit.phrase}"` };
}

const ACTION_EVIDENCE = {
  donate: 'action-donate',
  subscribe: 'action-subscribe',
  app: 'action-app',
  follow: 'action-follow',
  listen: 'action-listen',
  putOff: 'action-put-off',
  account: 'action-account',
} as const;

const ACTION_CATEGORY = {
  donate: 'donation',
  subscribe: 'promo',
  app: 'promo',
  follow: 'promo',
  listen: 'promo',
  putOff: 'reminder',
  account: null,
} as const;

/** Characters of a control's label past which it is a card's or a long link's text, no label. */
const MAX_LABEL_CHARS = 100;

/** The short text a button or link shows (or its accessible name); null for cards and long links. */
export function actionLabel(el: Element): string | null {
  if (el.childElementCount > MAX_ACTION_CHILDREN) return null;
  let text = el.localName === 'input' ? (el.getAttribute('value') ?? el.getAttribute('alt') ?? '') : readerText(el, MAX_LABEL_CHARS * 4);
  if (text.length > MAX_LABEL_CHARS * 4) return null;
  text = text.trim();
  if (!text) {
    const img = el.querySelector('img[alt]');
    text = (el.getAttribute('aria-label') ?? el.getAttribute('title') ?? img?.getAttribute('alt') ?? '').trim();
  }
  return text && text.length <= MAX_LABEL_CHARS ? text : null;
}

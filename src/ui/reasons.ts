/**
 * Turns the detector's reasons (short stable strings such as `phrase:en:donation "support us"`,
 * `link:payment`, `token:newsletter`; see src/detector/signals) into sentences a reader can follow.
 */
import { PICKED_REASON } from '../messaging/messages';
import type { Message, MessageKey } from './i18n';
import { isolated } from './text-language';

// A Map, not an object: a reason such as `constructor` must not find Object.prototype.
const FIXED: ReadonlyMap<string, MessageKey> = new Map(Object.entries({
  [PICKED_REASON]: 'reasonPicked',
  'link:payment': 'reasonLinkPayment',
  'link:donate-path': 'reasonLinkDonate',
  'link:app-page': 'reasonLinkAppPage',
  'link:newsletter-path': 'reasonLinkNewsletter',
  'link:newsletter-signup': 'reasonLinkNewsletterSignup',
  'link:subscribe-path': 'reasonLinkSubscribe',
  'form:email': 'reasonFormEmail',
  'form:signup': 'reasonFormSignup',
  'form:login': 'reasonFormLogin',
  'form:comment': 'reasonFormComment',
  'frame:signup': 'reasonFrameSignup',
  'frame:donation': 'reasonFrameDonation',
  'position:fixed': 'reasonPinned',
  'position:sticky': 'reasonPinned',
  'run:closing': 'reasonRunClosing',
  'plug:inline': 'reasonPlugInline',
  'run:siblings': 'reasonRunSiblings',
  'role:dialog': 'reasonDialog',
  'role:complementary': 'reasonAside',
} satisfies Record<string, MessageKey>));

/** `phrase:<lang>:<what> "<words>"`, and the same for `button:`, `label:` and `heading:`. */
const QUOTED = /^(phrase|button|label|heading):[a-z-]+:[A-Za-z-]+ "(.+)"$/s;
const QUOTED_KEY: Readonly<Record<string, MessageKey>> = { phrase: 'reasonPhrase', button: 'reasonButton', label: 'reasonLabel', heading: 'reasonHeading' };
const TOKEN = /^token:(.+)$/s;
const AMOUNT = /^amount "(.+)"$/s;
const PRICE = /^price "(.+)"$/s;

export function describeReason(reason: string): Message {
  const fixed = FIXED.get(reason);
  if (fixed) return { key: fixed };
  const quoted = QUOTED.exec(reason);
  if (quoted) return { key: QUOTED_KEY[quoted[1]!]!, subs: [isolated(quoted[2]!)] };
  // One reason per network or app (`link:social:facebook`); the reader needs only to know its kind.
  if (reason.startsWith('link:social:')) return { key: 'reasonLinkSocial' };
  if (reason.startsWith('link:podcast:')) return { key: 'reasonLinkPodcast' };
  if (reason.startsWith('link:app-store:')) return { key: 'reasonLinkAppStore' };
  const amount = AMOUNT.exec(reason);
  if (amount) return { key: 'reasonAmount', subs: [isolated(amount[1]!)] };
  const price = PRICE.exec(reason);
  if (price) return { key: 'reasonPrice', subs: [isolated(price[1]!)] };
  const token = TOKEN.exec(reason);
  if (token) return { key: 'reasonToken', subs: [isolated(token[1]!)] };
  // A reason this version does not know yet: shown as it is rather than hidden.
  return { key: 'reasonOther', subs: [isolated(reason)] };
}

/** Notes of what counted against a block (`size:-2`, `links:-1`): the score's arithmetic, no reason it was collapsed. */
const COUNTER_EVIDENCE = /^(size|links):-/;

/** The reasons of one element, each said once (two phrases can read the same). */
export function describeReasons(reasons: readonly string[]): Message[] {
  const seen = new Set<string>();
  const messages: Message[] = [];
  for (const reason of reasons) {
    if (COUNTER_EVIDENCE.test(reason)) continue;
    const message = describeReason(reason);
    const id = `${message.key}\u0000${(message.subs ?? []).join('\u0000')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    messages.push(message);
  }
  return messages;
}

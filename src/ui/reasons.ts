/**
 * Turns the detector's reasons (short stable strings such as `phrase:en:donation "support us"`,
 * `link:payment`, `token:newsletter`; see src/detector/signals) into sentences a reader can follow.
 */
import type { Message, MessageKey } from './i18n';

/** Reasons the content script gives for elements the reader chose to collapse. */
export const PICKED_REASON = 'custom:picked';
export const RULE_REASON = 'custom:rule';

const FIXED: Readonly<Record<string, MessageKey>> = {
  'link:payment': 'reasonLinkPayment',
  'link:donate-path': 'reasonLinkDonate',
  'link:app-store': 'reasonLinkAppStore',
  'link:newsletter-path': 'reasonLinkNewsletter',
  'link:subscribe-path': 'reasonLinkSubscribe',
  'link:social': 'reasonLinkSocial',
  'form:email': 'reasonFormEmail',
  'form:login': 'reasonFormLogin',
  'form:comment': 'reasonFormComment',
  [PICKED_REASON]: 'reasonPicked',
  [RULE_REASON]: 'reasonRule',
};

/** `phrase:<lang>:<what> "<words>"` and `button:<lang>:<what> "<words>"`. */
const QUOTED = /^(phrase|button):[a-z-]+:[A-Za-z-]+ "(.+)"$/s;
const TOKEN = /^token:(.+)$/s;

export function describeReason(reason: string): Message {
  const fixed = FIXED[reason];
  if (fixed) return { key: fixed };
  const quoted = QUOTED.exec(reason);
  if (quoted) return { key: quoted[1] === 'phrase' ? 'reasonPhrase' : 'reasonButton', subs: [quoted[2]!] };
  const token = TOKEN.exec(reason);
  if (token) return { key: 'reasonToken', subs: [token[1]!] };
  // A reason this version does not know yet: shown as it is rather than hidden.
  return { key: 'reasonOther', subs: [reason] };
}

/** The reasons of one element, each said once (two phrases can read the same). */
export function describeReasons(reasons: readonly string[]): Message[] {
  const seen = new Set<string>();
  const messages: Message[] = [];
  for (const reason of reasons) {
    const message = describeReason(reason);
    const id = `${message.key}\u0000${(message.subs ?? []).join('\u0000')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    messages.push(message);
  }
  return messages;
}

import type { Category } from '../../contract/categories';
import { idAndClass } from '../dom';
import type { Signal } from './signal';

/**
 * Words in ids and class names. Only extra evidence: many sites obfuscate class names, so text,
 * links and forms must be able to decide without them.
 */
const CATEGORY_TOKENS: readonly [Category, RegExp][] = [
  ['donation', /donat|contribut|support-?us|supporter|membership|member-?cta|fundrais|patron|pledge|spende|soutien/],
  ['newsletter', /newsletter|news-letter|signup|sign-up|optin|opt-in|mailing|infolettre|e-?mail-?(form|capture|subscribe)/],
  ['promo', /promo|subscri|abonn|(^|[^a-z])abo([^a-z]|$)|paywall|upsell|app-?(banner|promo|install|download)|smart-?banner|social-?(follow|promo)|follow-?us|fb-(?:page|like-box)|likebox|like-box|push-?notif|notifications?-prompt|kiosk|(^|[^a-z])cta([^a-z]|$)/],
  ['reminder', /adblock|ad-block|remind|maybe-?later|not-?now/],
];
const GENERIC_TOKENS = /modal|popup|pop-up|overlay|interstitial|lightbox|banner|flyout|toast|veil|takeover/;

const cache = new Map<string, Signal>();

function signal(category: Category | null, token: string): Signal {
  const reason = `token:${token}`;
  let s = cache.get(reason);
  if (!s) {
    s = { evidence: category ? 'token' : 'token-generic', category, reason };
    cache.set(reason, s);
  }
  return s;
}

/** One test that rules out most class names before the per-category tests run. */
const ANY_TOKEN = new RegExp([...CATEGORY_TOKENS.map(([, re]) => re.source), GENERIC_TOKENS.source].join('|'));

const ANY_TOKEN_ANY_CASE = new RegExp(ANY_TOKEN.source, 'i');

/** Verdicts of mayHoldTokens by attribute: a feed repeats the same few class names thousands of times. */
const seen = new Map<string, boolean>();
const MAX_SEEN = 4096;

/** False when an id or a class attribute (as written) holds no token at all: one test, no copy. */
export function mayHoldTokens(attribute: string): boolean {
  let verdict = seen.get(attribute);
  if (verdict === undefined) {
    if (seen.size >= MAX_SEEN) seen.clear();
    verdict = ANY_TOKEN_ANY_CASE.test(attribute);
    seen.set(attribute, verdict);
  }
  return verdict;
}

/** Evidence from an element's id and class attribute (lower-cased, joined by a space). */
export function tokenSignals(idAndClass: string): Signal[] {
  if (!ANY_TOKEN.test(idAndClass)) return [];
  const found: Signal[] = [];
  for (const [category, re] of CATEGORY_TOKENS) {
    const m = re.exec(idAndClass);
    if (m) found.push(signal(category, m[0].replace(/[^a-z-]/g, '')));
  }
  const generic = GENERIC_TOKENS.exec(idAndClass);
  if (generic) found.push(signal(null, generic[0]));
  return found;
}

/** Evidence from an element's own id and class (the cheap test first: most elements hold no token). */
export function elementTokens(el: Element): Signal[] {
  const id = el.id;
  const cls = el.getAttribute('class');
  if (!(cls && mayHoldTokens(cls)) && !(id && mayHoldTokens(id))) return [];
  return tokenSignals(idAndClass(el));
}

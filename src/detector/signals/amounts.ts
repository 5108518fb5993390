import type { Signal } from './signal';

/** Signs written before the sum: "$5", "R$ 20", "A$10", "₩10,000", "Rp 49.000", "CHF 10". */
const SYMBOL = String.raw`(?:[$€£¥₽₴₹₩₪₺฿₫₱]|[a-z]{1,2}\$|chf|rp\.?)`;
/** Signs and names written after it: "10 €", "25 zł", "100 Kč", "1 TL", "2.000đ", and an offer's small change, "99 cents", "99¢". */
const CODE = String.raw`(?:[$€£¥₽₴₹₩₪₺฿₫₱¢]|zł|kč|грн|руб\.?|р\.|chf|kr|eur|usd|tl|đ|vnd|cents?)`;
/** Names written after it in scripts without spaces, where a word may follow at once: "980円で", "1元", "9,900원", "99 บาท". */
const UNSPACED_CODE = String.raw`(?:円|元|원|บาท)`;
/** 5, 12.50, 1000, and thousands grouped as each language groups them: 1,000 / 1.000 / 1 000. */
const NUMBER = String.raw`(?:\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+|\d{1,6})(?:[.,]\d{1,2})?`;
/** "/mo", "/month", "/mois", "/мес.": a monthly amount is still an amount. */
const PER = String.raw`(?:\s?\/\s?\p{L}{1,6}\.?)?`;
const SUM = String.raw`(?:${SYMBOL}\s?${NUMBER}|${NUMBER}\s?${CODE})${PER}`;
const UNSPACED_SUM = String.raw`${NUMBER}\s?${UNSPACED_CODE}`;
/** A label that is a sum of money and nothing else: "$5", "10 €", "500 ₽", "25 zł/mies.", "1,000円". */
const AMOUNT = new RegExp(`^(?:${SUM}|${UNSPACED_SUM})$`, 'iu');
const MAX_AMOUNT_LABEL = 20;

/**
 * A button or link whose whole label is a sum of money: the choices of an amount picker. It says
 * "pay", not what for (a gift, a subscription, a product), so it carries no category of its own.
 */
export function amountSignal(label: string): Signal | null {
  if (label.length > MAX_AMOUNT_LABEL || !AMOUNT.test(label)) return null;
  return { evidence: 'action-amount', category: null, reason: `amount "${label}"` };
}

/** A sum of money among words, not inside one: "3 months for $1", "1 € pro Monat", "от 99 ₽ в месяц", "月額980円で". */
const PRICE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${SUM})(?![\\p{L}\\p{N}])|(?:^|[^\\p{N}.,])(${UNSPACED_SUM})`, 'iu');
/** Past this many characters a price is a story's or a listing's, not the line of an offer. */
const MAX_OFFER_TEXT = 200;

/**
 * A short line of words that names a price ("Get 3 months for $1", "Nur 1 € im ersten Monat"): a
 * subscription offer's, whose words need no phrase of any language. A price alone asks for nothing
 * (a listing, a product), so it weighs what a weak phrase does and, like an amount, names no kind.
 */
export function priceSignal(text: string): Signal | null {
  if (text.length > MAX_OFFER_TEXT) return null;
  const price = PRICE.exec(text);
  return price ? { evidence: 'pitch-price', category: null, reason: `price "${price[1] ?? price[2]}"` } : null;
}

/** Options of a choice list that make it an amount picker ("10 €", "20 €", "50 €"), not a site control. */
const MIN_AMOUNT_OPTIONS = 2;

/**
 * The amounts a form offers to choose from: a radio button's label ("$25"), or a choice list's
 * options when two or more are sums of money.
 */
export function amountChoices(field: Element): Signal[] {
  if (field.localName === 'select') {
    const amounts: Signal[] = [];
    for (const option of field.querySelectorAll('option')) {
      const signal = amountSignal((option.textContent ?? '').trim());
      if (signal) amounts.push(signal);
    }
    return amounts.length >= MIN_AMOUNT_OPTIONS ? amounts : [];
  }
  const label = field.closest('label') ?? (field as HTMLInputElement).labels?.[0];
  const signal = label ? amountSignal((label.textContent ?? '').trim()) : null;
  return signal ? [signal] : [];
}

/**
 * Finds the main article: the elements that hold the article's own paragraphs ("holders") and
 * the blocks inside them that are its text. Readability-style: paragraphs vote for their parent
 * (fully) and grandparent (half), ids and classes nudge the vote.
 */

import { INLINE_TAGS, idAndClass } from './dom';
import { elementTokens } from './signals/tokens';

export interface ArticleMap {
  /** The element holding the article's paragraphs (the lowest element around all holders). */
  readonly article: Element | null;
  /** Elements whose own children are the article's paragraphs. */
  readonly holders: ReadonlySet<Element>;
  /** The article's own blocks: paragraphs, headings, lists, quotes, tables and figures of a holder. */
  readonly blocks: ReadonlySet<Element>;
}

/** Children of a holder that are article text by their nature. Other children (div, aside, form…) may be widgets. */
const TEXT_BLOCK_TAGS = new Set([
  'p', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img', 'picture',
]);
const MIN_PARAGRAPH = 25;
const MAX_PARAGRAPHS = 3000;
const MAX_BREAKS = 3000;
/** A holder must carry this share of the largest holder's paragraph text. */
const HOLDER_SHARE = 0.25;
const MIN_HOLDER_TEXT = 120;
/**
 * No one element holding this much paragraph text, and a page's one-line divs are read as
 * paragraphs too: its <p>s are then a sidebar's or a footer's, and its story may be set in divs.
 */
const STORY_PARAGRAPHS_TEXT = 1000;
const MIN_DIV_PARAGRAPHS = 3;
const MIN_DIV_STORY_TEXT = 250;

const NEGATIVE = /comment|sidebar|side-rail|footer|related|newsletter|promo|donat|subscri|widget|menu|nav|advert|sponsor|share|social|modal|popup|banner/;
const POSITIVE = /article|body|content|entry|story|post|text|main|chapter/;

/** What a holder's paragraphs add up to. */
interface Held {
  vote: number;
  count: number;
  length: number;
}

/*
 * Each loop below runs its body through a small function. findArticle runs once a pass, so a
 * loop written inline in it runs interpreted until on-stack replacement compiles it, and a
 * garbage collection throws that code away again; a body called a thousand times a pass is
 * compiled once and kept.
 */
export function findArticle(doc: Document): ArticleMap {
  const held = new Map<Element, Held>(); // paragraph text held directly
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0, n = Math.min(paragraphs.length, MAX_PARAGRAPHS); i < n; i++) {
    const p = paragraphs.item(i);
    if (!p) break;
    holdParagraph(p, held);
  }
  const divParagraphs = largestHeld(held) < STORY_PARAGRAPHS_TEXT ? holdDivParagraphs(doc, held) : NO_ELEMENTS;
  const votes = new Map<Element, number>();
  held.forEach((entry, parent) => voteFor(parent, entry, votes));
  // Older pages write paragraphs as text separated by <br> straight inside a div.
  const breaks = doc.getElementsByTagName('br');
  const seen = new Set<Element>();
  for (let i = 0, n = Math.min(breaks.length, MAX_BREAKS); i < n; i++) {
    const br = breaks.item(i);
    if (!br) break;
    holdBrokenText(br, seen, held, votes);
  }

  const best = bestVoted(votes);
  if (!best || best.localName === 'body' || best.localName === 'html') return { article: null, holders: new Set(), blocks: new Set() };

  // The best element may be a wrapper of several paragraph holders (one per section): keep all of them.
  const inside = new Map<Element, number>();
  held.forEach(({ length }, el) => {
    if (best === el || best.contains(el)) inside.set(el, length);
  });
  let largest = 0;
  inside.forEach((length) => {
    if (length > largest) largest = length;
  });
  // A page whose longest run of paragraphs is one short line (a topic page's, an error page's, or
  // a sign-up form's "Get the top stories daily by e-mail") has no story: that line is not one.
  if (largest < MIN_HOLDER_TEXT) return { article: null, holders: new Set(), blocks: new Set() };
  const least = Math.max(MIN_HOLDER_TEXT, largest * HOLDER_SHARE);
  const holders = new Set<Element>();
  inside.forEach((length, el) => {
    if (length >= least) holders.add(el);
  });
  if (holders.size === 0) holders.add(best);

  const blocks = new Set<Element>();
  for (const holder of holders) {
    for (let child = holder.firstElementChild; child; child = child.nextElementSibling) {
      if (divParagraphs.has(child) || isTextBlock(child)) blocks.add(child);
    }
  }
  return { article: lowestCommonAncestor([...holders]) ?? best, holders, blocks };
}

/** Counts `p` toward its parent's paragraphs; false when it is too short to be one. */
function holdParagraph(p: Element, held: Map<Element, Held>): boolean {
  const length = trimmedLength(p);
  const parent = p.parentElement;
  if (length < MIN_PARAGRAPH || !parent) return false;
  const entry = held.get(parent);
  const vote = 1 + Math.min(length, 1000) / 100;
  if (entry) {
    entry.vote += vote;
    entry.count++;
    entry.length += length;
  } else held.set(parent, { vote, count: 1, length });
  return true;
}

const NO_ELEMENTS: ReadonlySet<Element> = new Set();

function largestHeld(held: ReadonlyMap<Element, Held>): number {
  let length = 0;
  held.forEach((entry) => (length = Math.max(length, entry.length)));
  return length;
}

/**
 * A page whose <p>s hold no story may set its story in divs, one line of text each (no block
 * inside): a run of them under one parent is its paragraphs. Otherwise the <p>s of an appeal or a
 * sidebar box beside such a story would win the vote and be protected as the article; a lone line
 * in a div (an appeal's) is no story. Asked only of such pages: a page has thousands of divs.
 */
function holdDivParagraphs(doc: Document, held: Map<Element, Held>): ReadonlySet<Element> {
  const lines = new Map<Element, Held>();
  const divs = doc.getElementsByTagName('div');
  for (let i = 0, n = Math.min(divs.length, MAX_PARAGRAPHS); i < n; i++) {
    const div = divs.item(i);
    if (!div) break;
    if (holdsOneLine(div) && !isHeadline(div)) holdParagraph(div, lines);
  }
  const found = new Set<Element>();
  lines.forEach((entry, parent) => {
    if (entry.count < MIN_DIV_PARAGRAPHS || entry.length < MIN_DIV_STORY_TEXT || held.has(parent)) return;
    held.set(parent, entry);
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName === 'div' && holdsOneLine(child)) found.add(child);
    }
  });
  return found;
}

/** A line that is one link and nothing else: a list of headlines (related stories) set in divs, not a story's paragraph. */
function isHeadline(el: Element): boolean {
  return el.childElementCount === 1 && el.firstElementChild?.localName === 'a' && directTextLength(el) === 0;
}

function holdsOneLine(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (!INLINE_TAGS.has(child.localName)) return false;
  return true;
}

function voteFor(parent: Element, { vote, count }: Held, votes: Map<Element, number>): void {
  addTo(votes, parent, vote);
  // A wrapper around one paragraph (`<div><p>`) passes its vote up, and so does a run of
  // paragraphs; a card in a feed (a heading, one teaser paragraph, a byline) does not: a
  // thousand teasers must not outvote the story.
  if (count >= 2 || parent.childElementCount === 1) addTo(votes, parent.parentElement, vote / 2);
}

function holdBrokenText(br: Element, seen: Set<Element>, held: Map<Element, Held>, votes: Map<Element, number>): void {
  const parent = br.parentElement;
  if (!parent || seen.has(parent)) return;
  seen.add(parent);
  const length = directTextLength(parent);
  if (length < MIN_PARAGRAPH * 4) return;
  const entry = held.get(parent);
  if (entry) entry.length += length;
  else held.set(parent, { vote: 0, count: 0, length });
  addTo(votes, parent, 1 + length / 100);
  addTo(votes, parent.parentElement, (1 + length / 100) / 2);
}

function addTo(map: Map<Element, number>, el: Element | null, n: number): void {
  if (el) map.set(el, (map.get(el) ?? 0) + n);
}

/** Largest weighted vote. Weights are read only where they can change the winner: a page votes for thousands of cards. */
function bestVoted(votes: ReadonlyMap<Element, number>): Element | null {
  let top = 0;
  votes.forEach((vote) => {
    if (vote > top) top = vote;
  });
  // The winner scores at least the top vote at the lowest weight.
  const least = top * NEGATIVE_WEIGHT;
  let best: Element | null = null;
  let bestScore = 0;
  votes.forEach((vote, el) => {
    if (vote * MAX_WEIGHT < least) return;
    const score = vote * weight(el);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  });
  return best;
}

function isTextBlock(el: Element): boolean {
  const only = el.firstElementChild;
  const textLike =
    TEXT_BLOCK_TAGS.has(el.localName) ||
    // A wrapper around a single paragraph (`<div><p>…</p></div>`) is that paragraph.
    (el.childElementCount === 1 && only !== null && only.localName === 'p' && directTextLength(el) === 0);
  // A paragraph the site itself marks as a call to action or promo is not the story's text.
  return textLike && !hasCategoryToken(el);
}

function hasCategoryToken(el: Element): boolean {
  return elementTokens(el).some((s) => s.category !== null);
}

const NEGATIVE_WEIGHT = 0.3;
const POSITIVE_WEIGHT = 1.25;
const ARTICLE_WEIGHT = 1.5;
const MAX_WEIGHT = POSITIVE_WEIGHT * ARTICLE_WEIGHT;

function weight(el: Element): number {
  const tokens = idAndClass(el);
  let w = 1;
  if (NEGATIVE.test(tokens)) w *= NEGATIVE_WEIGHT;
  if (POSITIVE.test(tokens)) w *= POSITIVE_WEIGHT;
  if (el.localName === 'article' || el.getAttribute('itemprop') === 'articleBody') w *= ARTICLE_WEIGHT;
  return w;
}

/** The length of an element's text without its outer white space (most paragraphs hold one text node: read without a copy). */
function trimmedLength(el: Element): number {
  const only = el.firstChild;
  const text = only !== null && only === el.lastChild && only.nodeType === 3 ? (only as Text).data : (el.textContent ?? '');
  let start = 0;
  let end = text.length;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/** What String.prototype.trim removes. */
function isWhiteSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function directTextLength(el: Element): number {
  let n = 0;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) n += (node.nodeValue ?? '').trim().length;
  }
  return n;
}

function lowestCommonAncestor(elements: readonly Element[]): Element | null {
  let common: Element | null = elements[0] ?? null;
  for (const el of elements) {
    while (common && !(common === el || common.contains(el))) common = common.parentElement;
  }
  return common;
}

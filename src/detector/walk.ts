/**
 * The detector's pass over a page or a subtree (walk): seeds found cheaply, then the regions around
 * them read in full, each control, field, box and line of words turned into signals.
 */
import { measure } from './candidates';
import { HEADINGS, INLINE_TAGS, OPAQUE_TAGS, SCREEN_READER_ONLY, WORDLIKE, idAndClass, precedes, readerText, textOutside } from './dom';
import { isSentence, opensOrCloses, UNSPACED_SCRIPT } from './phrase-matcher';
import { actionLabel, actionSignals, MAX_ACTION_CHILDREN, SHARE_LABEL } from './signals/actions';
import { amountChoices, priceSignal } from './signals/amounts';
import { emailFieldSignals, fieldSignal } from './signals/forms';
import { actsInPlace, frameSignal, linkSignal } from './signals/links';
import { asksToScan, findNetworks, findPitch, pitchSignal, type PitchHit } from './signals/phrases';
import type { Signal } from './signals/signal';
import { elementTokens } from './signals/tokens';
import type { Protection } from './types';

export interface WalkResult {
  /** In page order. */
  readonly seeds: Seed[];
  /** The fields met in step 1 (inputs, text areas, selects): what a reader may have typed into. */
  readonly fields: Element[];
}

/** An element that carries evidence of its own; candidate blocks are built around seeds. */
export interface Seed {
  readonly element: Element;
  readonly signals: readonly Signal[];
  /** A button or link (the block asks the reader to act), a block of wording, or any other element. */
  readonly kind: 'action' | 'text' | 'element';
}

const SHOW_ELEMENT = 1;
const SHOW_ELEMENT_AND_TEXT = 1 | 4;
/** A block with this many children is matched node by node rather than as one text. */
const MAX_BLOCK_CHILDREN = 16;
const MIN_TEXT = 4;
const MAX_INLINE_CLIMB = 4;
/** Nodes visited between checks of the clock. */
const CHUNK = 512;

export interface WalkBudget {
  /** Called now and then; returns true when the caller should be given the thread back. */
  shouldYield(): boolean;
}

/**
 * The pass over `root`, in two steps so its cost stays near one bare walk of the page:
 * 1. seeds, from one walk of the page or subtree that reads little of each element: every
 *    link's target, the labels of buttons, of script links and of links short enough to be one
 *    (menu entries, "Donate", "Not now"; a headline is not read), the fields of forms, and the
 *    ids and classes of box elements;
 * 2. regions read in full (ids and classes, every label, every line of text) where an appeal can
 *    be: around those seeds, beside the article (before and after it, and the boxes among its
 *    paragraphs), or everywhere on a page without an article.
 * Every candidate block lies inside one region (both stop at the same size and height), so its
 * evidence is read in full. Yields whenever the budget says so.
 */
export function* walk(
  root: Document | Element,
  protection: Protection,
  budget: WalkBudget,
  lengths: Map<Element, number> = new Map(),
  onShadowHost?: (host: Element) => void,
): Generator<void, WalkResult, void> {
  const seeds: Seed[] = [];
  const fields: Element[] = [];
  const start = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  if (!start) return { seeds, fields };
  const doc = start.ownerDocument;
  const state: WalkState = { seeds, fields, protection, matchedBlocks: new Set(), labelled: new Set(), visited: new Set(), onShadowHost };
  yield* seedControls(start, state, budget);
  const article = protection.article;
  const regions = article === null && root.nodeType === 9 ? [start] : textRegions(start, seeds, protection, lengths);
  for (const region of regions) {
    const read: RegionRead = { region, nodes: doc.createNodeIterator(region, SHOW_ELEMENT_AND_TEXT), opaque: null };
    while (visitChunk(read, state)) if (budget.shouldYield()) yield;
  }
  // Step 1's seeds and the regions' in one page order: where nested blocks tie, the pass's
  // choice then does not depend on which step found a seed.
  seeds.sort((a, b) => (a.element === b.element ? 0 : precedes(a.element, b.element) ? -1 : 1));
  return { seeds, fields };
}

/** A link label longer than this (whitespace included) is a headline or a sentence, read only inside a region. */
const MAX_CONTROL_LABEL = 30;
const FIELD_TAGS: ReadonlySet<string> = new Set(['input', 'textarea', 'select']);

/**
 * Step 1: the links, buttons and fields of `start` (itself included), and the ids and classes of
 * its boxes, in one walk: the browser's tag lists would each walk the whole page again on a page
 * that changed since they were last asked, as a loading page always has. A NodeIterator rather
 * than a TreeWalker: when the page removes the node it stands on while the pass yields, it moves
 * on to the next one in the page instead of ending the walk.
 */
function* seedControls(start: Element, state: WalkState, budget: WalkBudget): Generator<void, void, void> {
  const iterator = start.ownerDocument.createNodeIterator(start, SHOW_ELEMENT);
  while (visitSeedsChunk(iterator, state)) if (budget.shouldYield()) yield;
}

/**
 * Step 1 on the next CHUNK elements (a plain function: hot loops run faster outside generators);
 * false when none is left. The work on each element is a function of its own, called thousands of
 * times a pass: it is compiled early and its code is kept, where a long loop body waits for
 * on-stack replacement and loses that code at the next garbage collection.
 */
function visitSeedsChunk(iterator: NodeIterator, state: WalkState): boolean {
  for (let n = 0; n < CHUNK; n++) {
    const el = iterator.nextNode() as Element | null;
    if (!el) return false;
    visitSeedElement(el, state);
  }
  return true;
}

function visitSeedElement(el: Element, state: WalkState): void {
  try {
    // Step 1 meets every element: the hosts of open shadow roots are told here rather than in a walk of their own.
    if (state.onShadowHost && el.shadowRoot) state.onShadowHost(el);
    const name = el.localName;
    if (BOX_TAG_SET.has(name)) visitTokens(el, state);
    else {
      if (FIELD_TAGS.has(name)) state.fields.push(el);
      visitControl(el, state);
    }
  } catch {
    // A hostile node costs us its evidence, never the pass.
  }
}

/**
 * Boxes an appeal is built of, whose ids and classes are read on the whole page (other elements',
 * paragraphs included, only inside a region: a page has thousands of them).
 */
const BOX_TAG_SET: ReadonlySet<string> = new Set(['div', 'section', 'aside', 'form', 'footer', 'dialog']);

function visitTokens(el: Element, state: WalkState): void {
  const signals = elementTokens(el);
  if (signals.length > 0) state.seeds.push({ element: el, signals, kind: 'element' });
}

function visitControl(el: Element, state: WalkState): void {
  switch (el.localName) {
    case 'a': {
      const href = el.getAttribute('href');
      // A script link ("#", "javascript:") is a button; a link to a page is read when its label is
      // short (a headline is not a call to act) or it points at an offer. The label's length is
      // asked first: it costs less than the target's test, which visitAction makes anyway.
      if (!href || actsInPlace(href) || shortLabel(el) || linkSignal(href) !== null) visitAction(el, state);
      break;
    }
    case 'button':
    case 'input':
    case 'textarea':
      visitElement(el, state, false);
      break;
    case 'iframe': {
      const src = el.getAttribute('src');
      const signal = src ? frameSignal(src) : null;
      if (signal) state.seeds.push({ element: el, signals: [signal], kind: 'element' });
      break;
    }
  }
}

function shortLabel(el: Element): boolean {
  const only = el.firstChild;
  // Most links hold one text node: its length is read without copying the text.
  if (only !== null && only === el.lastChild && only.nodeType === 3) return (only as Text).length <= MAX_CONTROL_LABEL;
  return el.childElementCount <= MAX_ACTION_CHILDREN && (el.textContent ?? '').length <= MAX_CONTROL_LABEL;
}

/** How far above a seed its wording is looked for (as far as a candidate block may reach). */
const MAX_REGION_CLIMB = 12;
/** Siblings before and after the article (and each of its ancestors) read for wording. */
const SIBLINGS_READ = 2;
/** Siblings that show nothing between blocks: separators, scripts, empty slots. They are passed over, not counted. */
const FILLER_TAGS: ReadonlySet<string> = new Set(['hr', 'br', 'script', 'style', 'link', 'meta', 'template', 'noscript']);
/** Siblings looked at on each side for those SIBLINGS_READ: a bound on a page of empty slots. */
const MAX_SIBLINGS_SCANNED = 8;
const REGION_STOP_TAGS = new Set(['body', 'html', 'main']);

/** Where wording may make an appeal: the outermost small block around each seed, and the small blocks beside the article. */
function textRegions(start: Element, seeds: readonly Seed[], protection: Protection, lengths: Map<Element, number>): Element[] {
  const found = new Set<Element>();
  const small = (el: Element) => !REGION_STOP_TAGS.has(el.localName) && measure(el, lengths, 0, protection.large) >= 0;
  for (const seed of seeds) {
    let top: Element | null = null;
    let el: Element | null = seed.element;
    for (let level = 0; el && level < MAX_REGION_CLIMB && small(el); level++, el = el.parentElement) {
      top = el;
      if (el === start) break;
    }
    if (top) found.add(top);
  }
  const within = (el: Element) => el === start || start.contains(el);
  for (const aside of protection.asides ?? []) if (within(aside) && small(aside)) found.add(aside);
  const article = protection.article;
  if (article && !start.contains(article)) {
    // A subtree beside the article (a card the page just inserted): of the blocks beside the
    // article, only `start` itself can lie within it, so one look at its neighbours answers.
    if (besideArticle(start, article) && small(start)) found.add(start);
  } else {
    for (let e: Element | null = article; e && e.localName !== 'body' && e.localName !== 'html'; e = e.parentElement) {
      for (const sibling of siblingsRead(e)) if (within(sibling) && small(sibling)) found.add(sibling);
    }
  }
  // Outermost only: a region inside another is read with it.
  return [...found].filter((r) => {
    for (let p = r.parentElement; p; p = p.parentElement) if (found.has(p)) return false;
    return true;
  });
}

/** Whether `el`, which does not hold the article, is among the siblings read on either side of the article or of one of its ancestors below the body. */
function besideArticle(el: Element, article: Element): boolean {
  const parent = el.parentElement;
  if (!parent || parent.localName === 'html' || !parent.contains(article)) return false;
  return siblingsRead(el).some((sibling) => sibling.contains(article));
}

/**
 * The SIBLINGS_READ siblings of `el` on each side that show something: a rule, a script or an
 * empty ad slot between the article and the box after it ("Want our newsletter?") is no block.
 */
function siblingsRead(el: Element): Element[] {
  const read: Element[] = [];
  for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
    let shown = 0;
    let sibling = el[step];
    for (let scanned = 0; sibling && shown < SIBLINGS_READ && scanned < MAX_SIBLINGS_SCANNED; scanned++, sibling = sibling[step]) {
      if (isFiller(sibling)) continue;
      read.push(sibling);
      shown++;
    }
  }
  return read;
}

function isFiller(el: Element): boolean {
  return FILLER_TAGS.has(el.localName) || (el.childElementCount === 0 && !/\S/.test(el.textContent ?? ''));
}

/**
 * A region being read. A NodeIterator, as in step 1, so that the page removing the node the read
 * stopped at while the pass yields does not end the read (a region is the whole page on a page
 * without an article).
 */
interface RegionRead {
  readonly region: Element;
  readonly nodes: NodeIterator;
  /** The opaque element (a script, an svg) whose nodes are being passed over: an iterator cannot skip a subtree. */
  opaque: Element | null;
}

/** Visits the next CHUNK nodes of a region (a plain function: hot loops run faster outside generators); false when none is left. */
function visitChunk(read: RegionRead, state: WalkState): boolean {
  for (let n = 0; n < CHUNK; n++) {
    const node = read.nodes.nextNode();
    if (!node) return false;
    if (read.opaque) {
      if (read.opaque.contains(node)) continue;
      read.opaque = null;
    }
    try {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (OPAQUE_TAGS.has(el.localName) && el !== read.region) {
          read.opaque = el;
          // A choice list is a control of its own, its options no text to read.
          if (el.localName === 'select') visitElement(el, state, true);
        } else visitElement(el, state, true);
      } else {
        visitText(node as Text, state);
      }
    } catch {
      // A hostile node costs us its evidence, never the pass.
    }
  }
  return true;
}

interface WalkState {
  readonly seeds: Seed[];
  readonly fields: Element[];
  readonly protection: Protection;
  /** Blocks whose whole text was matched already. */
  readonly matchedBlocks: Set<Element>;
  /** Buttons and links whose label was read: their text nodes are not read again as wording. */
  readonly labelled: Set<Element>;
  /** Buttons, links and fields already read (step 1 or a region read before). */
  readonly visited: Set<Element>;
  readonly onShadowHost: ((host: Element) => void) | undefined;
}

/** An element's evidence: its ids and classes (only inside a region), and what it is as a control. */
function visitElement(el: Element, state: WalkState, inRegion: boolean): void {
  if (inRegion && !BOX_TAG_SET.has(el.localName)) visitTokens(el, state);
  if (state.visited.has(el)) return;
  switch (el.localName) {
    case 'a':
    case 'button':
      visitAction(el, state);
      break;
    case 'input': {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (type === 'submit' || type === 'button' || type === 'image') {
        visitAction(el, state);
        break;
      }
      state.visited.add(el);
      if (type === 'radio') {
        visitChoice(el, state);
        break;
      }
      const signal = fieldSignal(el);
      if (signal) state.seeds.push({ element: el, signals: signal.evidence === 'form-email' ? emailFieldSignals(el) : [signal], kind: 'element' });
      break;
    }
    case 'select':
      state.visited.add(el);
      visitChoice(el, state);
      break;
    case 'textarea': {
      state.visited.add(el);
      const signal = fieldSignal(el);
      if (signal) state.seeds.push({ element: el, signals: [signal], kind: 'element' });
      break;
    }
    case 'div':
    case 'span':
    case 'li':
    case 'p':
      // Scripted buttons ("Not now" as a div) are read inside regions: a page-wide query for the role costs a walk.
      if (el.getAttribute('role') === 'button') visitAction(el, state);
      break;
    default:
      // A site's own element (`<x-button role="button">`), as scripted.
      if (el.localName.includes('-') && el.getAttribute('role') === 'button') visitAction(el, state);
  }
}

/** A radio button or a choice list: the sums of money it offers to pay, if any. */
function visitChoice(el: Element, state: WalkState): void {
  const amounts = amountChoices(el);
  if (amounts.length > 0) state.seeds.push({ element: el, signals: amounts, kind: 'element' });
}

function visitAction(el: Element, state: WalkState): void {
  if (state.visited.has(el)) return;
  state.visited.add(el);
  const label = actionLabel(el);
  if (label !== null) state.labelled.add(el);
  const signals = actionSignals(el, label);
  if (signals.length > 0) state.seeds.push({ element: el, signals, kind: 'action' });
}

/** An inline style that makes an inline tag a block of its own (`<small style="display: block">`). */
const DRAWN_AS_BLOCK = /display\s*:\s*(?:block|flex|grid)/i;

/** An inline tag the page has not drawn as a block: its text is part of the line around it. */
function isInline(el: Element): boolean {
  if (!INLINE_TAGS.has(el.localName)) return false;
  const style = el.getAttribute('style');
  return style === null || !DRAWN_AS_BLOCK.test(style);
}

/** The block a node's line of text belongs to (past inline tags), or null inside a read label. */
function blockOf(from: Node, state: WalkState): Element | null {
  let block = from.parentElement;
  for (let i = 0; block && i < MAX_INLINE_CLIMB && isInline(block); i++) {
    // A link's or button's own words are its label, read by visitAction: a lone "Newsletter" link
    // in a menu is navigation, not a pitch. Its words still count as part of a sentence around it.
    if (state.labelled.has(block)) return null;
    block = block.parentElement;
  }
  return block && !state.labelled.has(block) ? block : null;
}

/** A text node in a region read for wording: its block's whole text is matched once. */
function visitText(node: Text, state: WalkState): void {
  const data = node.data;
  if (data.length < MIN_TEXT || !/\S/.test(data)) return;
  const block = blockOf(node, state);
  if (block && !state.matchedBlocks.has(block)) matchBlock(block, node, state);
}

/** Past this many characters a block is no appeal: its text is read as the browser joins it. */
const MAX_BLOCK_TEXT = 5000;

/**
 * A block inside a link or button whose label was read (a menu's `<a><h3>Subscribe</h3></a>`, a
 * button's words in nested boxes): its words are that label, as they are when only inline tags
 * wrap them (blockOf).
 */
function insideLabel(block: Element, state: WalkState): boolean {
  let el = block.parentElement;
  for (let i = 0; el && i < MAX_INLINE_CLIMB; i++, el = el.parentElement) if (state.labelled.has(el)) return true;
  return false;
}

function matchBlock(block: Element, node: Text, state: WalkState): void {
  const { matchedBlocks, seeds } = state;
  if (state.protection.isArticleText(block)) return;
  if (SCREEN_READER_ONLY.test(idAndClass(block))) return;
  const wholeBlock = block.childElementCount <= MAX_BLOCK_CHILDREN;
  if (wholeBlock) matchedBlocks.add(block);
  const text = wholeBlock ? readerText(block, MAX_BLOCK_TEXT) : node.data;
  const wording = withoutQuotations(text);
  const heading = HEADINGS.has(block.localName);
  const titled = heading || opensItsBox(block) || opensAsTitle(block, node);
  const hits = pitchHits(wording, titled);
  const signals = wordingSignals(wording, hits);
  // Asked only of the few blocks that pitch: most text on a page matches nothing.
  if (signals.length === 0 || inDataTable(block) || insideLabel(block, state) || (wholeBlock && isWordedByLinkRowAlone(block, titled))) return;
  if (heading) signals.push(...titleSignals(wording, hits));
  if (hits.some((hit) => hit.key === 'promo') && callsToScan(block, wording)) signals.push(SCAN_SIGNAL);
  seeds.push({ element: block, kind: 'text', signals });
}

const SCAN_SIGNAL: Signal = { evidence: 'action-scan', category: 'promo', reason: 'scan:code' };
/** How far above the words their code may stand: in the words' box, or in the box around it. */
const MAX_SCAN_CLIMB = 2;

/**
 * Words that ask to scan a code, with a picture beside them (the code: an account's or an app's,
 * on a Chinese site often with no link at all). A share widget's code ("用微信扫描二维码" under
 * "分享", in a `share-item`) scans to share the story, and asks nothing of the reader for the site.
 */
function callsToScan(block: Element, wording: string): boolean {
  if (!asksToScan(wording) || SHARE_LABEL.test(wording)) return false;
  let pictured = false;
  let box: Element | null = block;
  for (let i = 0; box && i <= MAX_SCAN_CLIMB; i++, box = box.parentElement) {
    if (SHARE_TOKEN.test(idAndClass(box))) return false;
    pictured ||= box.querySelector('img, canvas') !== null;
  }
  return pictured;
}

const SHARE_TOKEN = /share|fenxiang/;

/**
 * A line set first in its box above the rest, with no link or button of its own ("<div
 * class=title>Social channels</div><ul>…</ul>"): a heading in all but its tag, enough to title
 * the networks below it. (Not enough to give an offer's name a label's weight: a share widget's
 * "Like on Facebook" opens its box too.)
 */
function opensItsBox(block: Element): boolean {
  return block.previousElementSibling === null && block.nextElementSibling !== null && block.querySelector('a, button') === null;
}

/** Type an older page sets a box's title in, inline at the box's top ("<div><strong>Social Media</strong> <a>…</a></div>"). */
const BOLD: ReadonlySet<string> = new Set(['strong', 'b']);

/** A line that ends in a colon names what follows it ("Social Media:" before the networks' marks). */
const ENDS_IN_COLON = /[:：]\s*$/;

/**
 * The words open their block, with no link of their own, as its title: set in bold, or ending in a
 * colon before the block's links ("<p>Social Media:<a>…</a></p>").
 */
function opensAsTitle(block: Element, node: Text): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  const title: ChildNode = parent === block ? node : parent;
  if (title.parentNode !== block) return false;
  const marked =
    title === node
      ? ENDS_IN_COLON.test(node.data) && node.nextSibling?.nodeType === 1
      : BOLD.has(parent.localName) && parent.querySelector('a') === null;
  if (!marked) return false;
  for (let before = title.previousSibling; before; before = before.previousSibling) {
    if (before.nodeType === 1 || (before.nodeValue ?? '').trim() !== '') return false;
  }
  return true;
}

/**
 * Words a heading may have for the networks' name to title it: the name with the site's own and a
 * preposition ("The Gazette on social media", "ERP-News in den sozialen Medien").
 */
const MAX_NETWORKS_TITLE_WORDS = 6;

/** What a block's words pitch; a title's (`titled`) may name the networks it heads as well. */
function pitchHits(wording: string, titled: boolean): PitchHit[] {
  return titled ? [...findPitch(wording), ...networksTitle(wording)] : findPitch(wording);
}

/** The networks' name opening or closing a short heading ("Social media", "Gazette im Social-Web"). */
function networksTitle(heading: string): PitchHit[] {
  const title = heading.trim();
  const words = title.split(/\s+/);
  // A script written without spaces keeps its measure of a sentence (isSentence).
  if (words.length > MAX_NETWORKS_TITLE_WORDS || (words.every((word) => UNSPACED_SCRIPT.test(word)) && isSentence(title))) return [];
  return findNetworks(title).filter((hit) => opensOrCloses(title, hit.phrase));
}

/**
 * A short heading that is an offer's name ("Newsletter", "Support us", "Our app") titles the box
 * below it as that offer's, which a line's passing mention of the same words does not: the box
 * gains a label's weight. A heading as long as a sentence is read as any line is.
 */
function titleSignals(heading: string, hits: readonly PitchHit[]): Signal[] {
  const title = heading.trim();
  if (isSentence(title)) return [];
  const hit = hits.find((h) => opensOrCloses(title, h.phrase));
  return hit ? [{ evidence: 'label-phrase', category: hit.key, reason: `heading:${hit.lang}:${hit.key} "${hit.phrase}"` }] : [];
}

/** What a line of words pitches: its phrases (`hits`, when already found), and a price it names. */
function wordingSignals(text: string, hits = findPitch(text)): Signal[] {
  const signals = hits.map(pitchSignal);
  const price = priceSignal(text);
  if (price) signals.push(price);
  return signals;
}

/**
 * Words in quotation marks are someone's speech ("Not now," the captain said. "Maybe later."), a
 * title or a button's name, never the site asking: a story's quote that happens to say two put-offs
 * is no reminder. The quote is left out, the words around it are read.
 */
const QUOTATION = /"[^"\n]{1,200}"|\u201c[^\u201c\u201d\n]{1,200}\u201d|\u201e[^\u201c\u201d\u201e\n]{1,200}[\u201c\u201d]|\u00ab[^\u00ab\u00bb\n]{1,200}\u00bb|\u300c[^\u300c\u300d]{1,200}\u300d|\u300e[^\u300e\u300f]{1,200}\u300f/g;

function withoutQuotations(text: string): string {
  return text.replace(QUOTATION, ' ');
}

/** A table's own headers or caption (not a nested table's): what makes it a table of data rather than a page's layout. */
const DATA_TABLE_HEADS = ':scope > caption, :scope > thead > tr > th, :scope > tbody > tr > th, :scope > tr > th';

/**
 * A cell of a table of data: its words are figures and names ("$7.99 per month, free trial" in a
 * story's comparison of prices), never a pitch. An offer laid out as a table of plans still has
 * its buttons and links.
 */
function inDataTable(block: Element): boolean {
  const table = block.closest('td, th, caption')?.closest('table');
  return table != null && table.querySelector(DATA_TABLE_HEADS) !== null;
}

/**
 * A line whose own words pitch nothing, a row of links after them doing all the asking ("A version
 * of this article appears in print … Order Reprints | Today's Paper | Subscribe"): the row is read
 * as actions, not as the line's wording. A lone link's words still count as the sentence's ("Get
 * our morning round-up: sign up free", "sign up free" linked).
 */
function isWordedByLinkRowAlone(block: Element, titled: boolean): boolean {
  const row = [...block.querySelectorAll('a, button')].filter(inLinkRow);
  if (row.length === 0) return false;
  const own = textOutside(block, (parent) => row.some((link) => link.contains(parent)));
  return wordingSignals(own, pitchHits(own, titled)).length === 0;
}

/** A link or button with another beside it, nothing but separators ("|", "·") between them. */
function inLinkRow(link: Element): boolean {
  return isRowNeighbour(link, link.nextElementSibling, 'nextSibling') || isRowNeighbour(link, link.previousElementSibling, 'previousSibling');
}

function isRowNeighbour(link: Element, other: Element | null, step: 'nextSibling' | 'previousSibling'): boolean {
  if (other === null || (other.localName !== 'a' && other.localName !== 'button')) return false;
  for (let node = link[step]; node && node !== other; node = node[step]) {
    if (node.nodeType !== 3 /* TEXT_NODE */ || WORDLIKE.test(node.nodeValue ?? '')) return false;
  }
  return true;
}

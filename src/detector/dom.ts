/** Small DOM helpers that stay safe on hostile or unusual markup. */

/** Subtrees whose text a reader never sees as page text, or that hold no page text at all. */
export const OPAQUE_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'head', 'select', 'datalist',
]);

/** Tags that sit inside a line of text: a phrase may run across them. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'small',
  'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'br', 'wbr', 'label', 'img',
]);

export const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Node.DOCUMENT_POSITION_FOLLOWING, without the DOM's globals (the detector runs in any document). */
const FOLLOWING = 4;

/** Whether `a` comes before `b` in the document. */
export function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & FOLLOWING) !== 0;
}

/** A word: some letter or digit in it (a separator such as "|" or "·" is none). */
export const WORDLIKE = /[\p{L}\p{N}]/u;
const NOT_WORDLIKE = /[^\p{L}\p{N}]+/gu;

const SHOW_TEXT = 4;
/** A text measure gives up after this many nodes: a block that large is no appeal anyway. */
const NODE_BUDGET = 4000;

export interface TextMeasure {
  /** Characters, not counting whitespace, up to the cap. */
  readonly length: number;
  /** True when the element holds more than the cap (or too many nodes to tell). */
  readonly overCap: boolean;
}

/** Measures the visible text of `el`, stopping at `cap` characters so huge subtrees cost little. */
export function measureText(el: Element | ShadowRoot, cap: number, nodeBudget = NODE_BUDGET, count: (text: string) => number = countNonSpace): TextMeasure {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, SHOW_TEXT);
  let length = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++nodes > nodeBudget) return { length, overCap: true };
    const parent = node.parentElement;
    if (parent && OPAQUE_TAGS.has(parent.localName)) continue;
    length += count(node.nodeValue ?? '');
    if (length > cap) return { length, overCap: true };
  }
  return { length, overCap: false };
}

/** The words of `el` that come before `mark` in the document (a heading and blurb above a box inside), a space between text nodes, up to about `cap` characters. */
export function textBefore(el: Element, mark: Node, cap: number): string {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length <= cap && precedes(node, mark); node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && OPAQUE_TAGS.has(parent.localName)) continue;
    const text = node.nodeValue ?? '';
    parts.push(text);
    length += text.length;
  }
  return parts.join(' ');
}

/**
 * The words `el` says itself, outside the elements `inside` tells apart (its links, its buttons):
 * its other text nodes, a space between them.
 */
export function textOutside(el: Element, inside: (parent: Element) => boolean): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !inside(parent)) parts.push(node.nodeValue ?? '');
  }
  return parts.join(' ');
}

/**
 * The visible text of `el` with a space between its text nodes, as a reader sees a heading, a
 * button and a link as separate words (textContent runs "Sign in" and "Continue" together); null
 * past `cap` characters.
 */
export function spacedText(el: Element, cap: number): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && OPAQUE_TAGS.has(parent.localName)) continue;
    const text = node.nodeValue ?? '';
    length += text.length;
    if (length > cap) return null;
    parts.push(text);
  }
  return parts.join(' ');
}

/**
 * The words of `el` as a reader sees them (spacedText: a tag or line break between two runs of
 * text parts words, where textContent runs "Herald<br>Home" into "HeraldHome"); past `cap`
 * characters, its textContent, whose length is all that matters then. A lone text node is read as is.
 */
export function readerText(el: Element, cap: number): string {
  if (el.firstElementChild === null) return el.textContent ?? '';
  return spacedText(el, cap) ?? el.textContent ?? '';
}

/** Characters that are not white space: the measure of text amounts throughout the detector. */
export function countNonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

/** Letters and digits: a text's words without the brackets, dashes, arrows and spaces around them. */
export function countWordCharacters(text: string): number {
  return text.replace(NOT_WORDLIKE, '').length;
}

/**
 * Characters that are not white space, each as much as it says: how long a text reads, against
 * bounds set in letters of an alphabet ("an appeal is short"). A kana or a Hangul syllable says
 * about as much as two letters, a CJK ideograph as three: a 300-character Japanese paragraph is a
 * long one.
 */
export function countReading(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 160) continue;
    n += c < 0x3040 ? 1 : c <= 0x30ff || (c >= 0xac00 && c <= 0xd7af) ? 2 : (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) ? 3 : 1;
  }
  return n;
}

/** Classes of text only screen readers get (a heading that names a header's buttons, a badge's name): no words to a reader. */
export const SCREEN_READER_ONLY = /sr-only|visually-?hidden|screen-reader|visuallyhidden|vishidden|a11y-hidden/;

/** A dialog, by its element, its role or its modality (a selector: isDialog is the same test on one element). */
export const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

export function isDialog(el: Element): boolean {
  const role = el.getAttribute('role');
  return el.localName === 'dialog' || role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true';
}

/** What a reader can act on: a link, a button, a field. */
export const CONTROLS = 'a, button, input, select, textarea, [role="button"]';

/** The site's header, menus and footer, whose lines ("© 2026 The Gazette. All rights reserved.") stand beside any link. */
export const PAGE_FRAME = 'header, nav, footer, [role="banner"], [role="navigation"], [role="contentinfo"]';

/**
 * The site's header and menus, as HTML5 marks them or as pages written before it name them
 * (`div#header`, `div#masthead`): a row of network marks there is the site's navigation.
 */
export const SITE_CHROME = 'header, nav, [role="banner"], [role="navigation"], #header, #masthead, #nav, #navigation';

/** The id and class attribute of an element, lower-cased (works for SVG and odd elements too). */
export function idAndClass(el: Element): string {
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  if (!id && !cls) return '';
  return `${id ?? ''} ${cls ?? ''}`.toLowerCase();
}

import { findArticle } from './article';
import { measureText } from './dom';
import { findStoryPlugs, type StoryPlug } from './story-plugs';
import type { Protection } from './types';

const NEVER_HIDDEN = new Set(['html', 'head', 'body', 'main']);
const EDITABLE = 'input, textarea, select, [contenteditable]';
const UNTYPED_INPUTS = new Set(['button', 'submit', 'reset', 'image', 'hidden', 'file']);
/** A block holding more than this share of the page's text is the page, not clutter. */
const MOST_OF_PAGE = 0.5;
/** Below this many characters no element can hold most of a page worth protecting. */
const SMALL_BLOCK = 400;
/** The page is measured this far (or further) each time: twice the largest candidate block. */
const PAGE_STEP = 5_000;
/** A holder with fewer text blocks is a card in a list, not an article: what follows its text is no box of its own. */
const MIN_ARTICLE_BLOCKS = 3;
const TRAILING_ASIDES = 2;

/**
 * Computes once what must never be hidden on `doc`: the main article's own text (never its
 * paragraphs, headings, lists, tables or figures, nor anything holding them), the page's
 * skeleton, and — checked at call time — anything holding a focused field or one the reader typed into.
 * A clutter box nested inside the article (a newsletter box between paragraphs) stays allowed.
 */
export function createProtection(doc: Document): Protection {
  const found = findArticle(doc);
  const { article, holders } = found;
  // Paragraphs in which the publication plugs itself are no longer the story's text (story-plugs.ts).
  const plugs = [...holders].flatMap((holder) => findStoryPlugs(holder, found.blocks));
  const blocks = withoutPlugs(found.blocks, plugs);
  // Every ancestor-or-self of an article block or holder: hiding any of them hides article text.
  const holdsArticleText = new Set<Element>();
  for (const el of [...withoutPlugs(holders, plugs), ...blocks]) {
    for (let e: Element | null = el; e && !holdsArticleText.has(e); e = e.parentElement) holdsArticleText.add(e);
  }
  /** The page's text, once measured to the end; until then, a length it is known to exceed. */
  let pageText: number | undefined;
  let pageAtLeast = 0;

  const isArticleText = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = e.parentElement) if (blocks.has(e)) return true;
    return false;
  };

  /** The page holds more than `length` characters; the page is measured only as far as asked. */
  const pageExceeds = (length: number): boolean => {
    if (pageText !== undefined) return pageText > length;
    if (pageAtLeast >= length) return true;
    const body = doc.body;
    if (!body) return false;
    // At least PAGE_STEP at a time: the blocks of one pass ask for lengths close to each other.
    const page = measureText(body, Math.max(length, PAGE_STEP), Infinity);
    if (page.overCap) pageAtLeast = Math.max(length, PAGE_STEP);
    else pageText = page.length;
    return page.overCap || page.length > length;
  };

  /** A block of `length` characters holds most of the page (candidate blocks are small, pages long). */
  const isMostOfPage = (length: number): boolean => length > SMALL_BLOCK && !pageExceeds(length / MOST_OF_PAGE);

  /** The same for any element, measuring it and the page in growing steps rather than to their ends. */
  const holdsMostOfPage = (el: Element): boolean => {
    for (let cap = SMALL_BLOCK; ; cap *= 4) {
      const own = measureText(el, cap);
      if (!own.overCap) return isMostOfPage(own.length);
      if (!pageExceeds(cap / MOST_OF_PAGE)) return true;
    }
  };

  const isSkeleton = (element: Element): boolean =>
    NEVER_HIDDEN.has(element.localName) ||
    element.getAttribute('role') === 'main' ||
    holdsArticleText.has(element) ||
    isArticleText(element) ||
    (article !== null && element.contains(article));

  // Boxes among an article's paragraphs (not before its first one), and up to two after its last.
  const asides: Element[] = [];
  for (const holder of article ? [article, ...holders] : holders) {
    let seen = 0;
    let pending: Element[] = [];
    for (let child = holder.firstElementChild; child; child = child.nextElementSibling) {
      if (blocks.has(child) || holdsArticleText.has(child)) {
        seen++;
        asides.push(...pending);
        pending = [];
      } else if (seen > 0) {
        pending.push(child);
      }
    }
    if (seen >= MIN_ARTICLE_BLOCKS) asides.push(...pending.slice(0, TRAILING_ASIDES));
  }

  return {
    article,
    asides,
    plugs,
    large: new WeakSet(),
    isArticleText,
    allowsMeasured(element: Element, textLength: number, inUse?: readonly Element[]): boolean {
      try {
        if (!element || element.nodeType !== 1 || element.ownerDocument !== doc) return false;
        const holdsInput = inUse ? inUse.some((field) => element.contains(field)) : holdsReaderInput(element, doc);
        return !isSkeleton(element) && !holdsInput && !isMostOfPage(textLength);
      } catch {
        return false;
      }
    },
    allows(element: Element): boolean {
      try {
        if (!element || element.nodeType !== 1 || element.ownerDocument !== doc) return false;
        if (NEVER_HIDDEN.has(element.localName) || element.getAttribute('role') === 'main') return false;
        if (holdsArticleText.has(element) || isArticleText(element)) return false;
        if (article && element.contains(article)) return false;
        if (holdsReaderInput(element, doc)) return false;
        return !holdsMostOfPage(element);
      } catch {
        return false;
      }
    },
  };
}

/**
 * The protection of a document that holds no story: a frame drawn inside a page (an offer, a
 * sign-up form), whose story lies in the page around it. Only what the reader typed or is typing
 * into is kept; whether the frame is one appeal is frameAppeal's question (enclosed-appeal.ts), which
 * keeps embedded posts, players and documents out.
 */
export function createStorylessProtection(doc: Document): Protection {
  return {
    article: null,
    isArticleText: () => false,
    allows(element: Element): boolean {
      try {
        return element?.nodeType === 1 && element.ownerDocument === doc && !holdsReaderInput(element, doc);
      } catch {
        return false;
      }
    },
  };
}

/** `elements` less the plugs' elements and what lies inside them (a plug's box holds its paragraph). */
function withoutPlugs(elements: ReadonlySet<Element>, plugs: readonly StoryPlug[]): ReadonlySet<Element> {
  if (plugs.length === 0) return elements;
  const parts = plugs.flatMap((plug) => plug.elements);
  return new Set([...elements].filter((el) => !parts.some((part) => part.contains(el))));
}

/** The focused field, and those of `fields` (met by the pass's walk: no query of its own) that the reader typed into. */
export function fieldsInUse(doc: Document, fields: readonly Element[]): Element[] {
  const found: Element[] = [];
  const active = doc.activeElement;
  if (active && active !== doc.body && active.matches(EDITABLE)) found.push(active);
  for (const field of fields) if (wasTypedInto(field)) found.push(field);
  return found;
}

/** A focused field, or one whose value the reader changed, inside `el` (checked at call time). */
function holdsReaderInput(el: Element, doc: Document): boolean {
  const active = doc.activeElement;
  if (active && active !== doc.body && el.contains(active) && active.matches(EDITABLE)) return true;
  for (const field of el.querySelectorAll(EDITABLE)) if (wasTypedInto(field)) return true;
  return false;
}

/**
 * The reader picked another option. A single-choice list with no option marked `selected` shows
 * its first enabled option, which is then selected without being the default one: that is no
 * choice of the reader's.
 */
function selectionChanged(select: HTMLSelectElement): boolean {
  const options = [...select.options];
  if (select.multiple) return options.some((o) => o.selected !== o.defaultSelected);
  const marked = options.filter((o) => o.defaultSelected).pop();
  const initial = marked ?? options.find((o) => !o.disabled);
  return initial !== undefined && select.selectedIndex !== initial.index;
}

function wasTypedInto(field: Element): boolean {
  const f = field as HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement;
  switch (field.localName) {
    case 'textarea':
      return f.value !== f.defaultValue;
    case 'select':
      return selectionChanged(f);
    case 'input': {
      const type = (field.getAttribute('type') ?? '').toLowerCase();
      if (type === 'checkbox' || type === 'radio') return f.checked !== f.defaultChecked;
      return !UNTYPED_INPUTS.has(type) && f.value !== f.defaultValue;
    }
    default:
      return false; // contenteditable: only focus protects it
  }
}

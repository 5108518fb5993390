/**
 * Scores one page against its corpus label (../shared/corpus/FORMAT.md).
 *
 * Self-contained on purpose: it is bundled and injected into real browser pages as well as run
 * under jsdom, so it may only use the DOM it is given (no imports of runtime code, no Node APIs).
 * A collapsed element is one carrying `data-unnag="<kind>"` (the page contract).
 */

export interface CorpusLabel {
  page: string;
  lang?: string;
  clutter: readonly { selector: string; category: string; text: string }[];
  keep: readonly { selector: string; text: string }[];
}

export type LabelStatus = 'caught' | 'missed' | 'excluded';

export interface LabelResult {
  selector: string;
  category: string;
  status: LabelStatus;
  /** Why it is missed or excluded, for the report. */
  note?: string;
}

export interface ContentLoss {
  keepSelector: string;
  /** Characters (whitespace excluded) of keep text inside collapsed elements. */
  lostChars: number;
  preview: string;
}

export interface ExtraCollapse {
  kind: string;
  preview: string;
}

export interface PageScore {
  labels: LabelResult[];
  contentLoss: ContentLoss[];
  extras: ExtraCollapse[];
}

const COLLAPSED = 'data-unnag';
const INVISIBLE_CONTAINERS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const CAUGHT_BY_DESCENDANTS = 0.8;

export function scorePage(doc: Document, label: CorpusLabel, isShown: (el: Element) => boolean): PageScore {
  const collapsed = outermost([...doc.querySelectorAll(`[${COLLAPSED}]`)]);
  const clutterElements: Element[] = [];

  const labels = label.clutter.map((entry): LabelResult => {
    const base = { selector: entry.selector, category: entry.category };
    const el = queryOne(doc, entry.selector);
    if (!el) return { ...base, status: 'missed', note: 'selector matches no element' };
    clutterElements.push(el);
    if (isCaught(el, collapsed)) return { ...base, status: 'caught' };
    if (!isShown(el)) return { ...base, status: 'excluded', note: 'not shown' };
    return { ...base, status: 'missed' };
  });

  const contentLoss: ContentLoss[] = [];
  for (const entry of label.keep) {
    const keep = queryOne(doc, entry.selector);
    if (!keep) continue;
    let lost = '';
    for (const c of collapsed) {
      const region = c.contains(keep) ? keep : keep.contains(c) ? c : null;
      if (region) lost += lostText(region, keep, c, clutterElements);
    }
    const lostChars = lost.replace(/\s+/g, '').length;
    if (lostChars > 0) contentLoss.push({ keepSelector: entry.selector, lostChars, preview: preview(lost) });
  }

  const extras = collapsed
    .filter((c) => !clutterElements.some((l) => l === c || l.contains(c) || c.contains(l)))
    .map((c) => ({ kind: c.getAttribute(COLLAPSED) ?? '', preview: preview(visibleText(c)) }));

  return { labels, contentLoss, extras };
}

function queryOne(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

/** Drops collapsed elements nested in other collapsed ones: the outer one decides. */
function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

function isCaught(el: Element, collapsed: readonly Element[]): boolean {
  if (collapsed.some((c) => c === el || c.contains(el))) return true;
  const total = textLength(el);
  if (total === 0) return false;
  const covered = collapsed.filter((c) => el.contains(c)).reduce((sum, c) => sum + textLength(c), 0);
  return covered / total >= CAUGHT_BY_DESCENDANTS;
}

/**
 * Text of `region` (the overlap of a keep element and collapsed element `c`), minus text that
 * belongs to a clutter label (nested in `c`, or around `c` when `c` is part of a labelled appeal).
 */
function lostText(region: Element, keep: Element, c: Element, clutter: readonly Element[]): string {
  const excused = clutter.filter((l) => (c.contains(l) || l.contains(c)) && !l.contains(keep));
  let text = '';
  const walker = region.ownerDocument.createTreeWalker(region, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || insideInvisible(parent, region)) continue;
    if (excused.some((l) => l.contains(node))) continue;
    text += node.nodeValue ?? '';
  }
  return text;
}

function insideInvisible(el: Element, stop: Element): boolean {
  for (let e: Element | null = el; e && e !== stop.parentElement; e = e.parentElement) {
    if (INVISIBLE_CONTAINERS.has(e.tagName.toUpperCase())) return true;
  }
  return false;
}

function visibleText(el: Element): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !insideInvisible(parent, el)) text += `${node.nodeValue ?? ''} `;
  }
  return text;
}

function textLength(el: Element): number {
  return visibleText(el).replace(/\s+/g, '').length;
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

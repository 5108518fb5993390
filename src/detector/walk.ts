import { INLINE_TAGS, OPAQUE_TAGS, idAndClass } from './dom';
import { fieldSignal } from './signals/forms';
import { linkSignal } from './signals/links';
import { findActions, findPitch, type PitchHit } from './signals/phrases';
import type { Signal } from './signals/signal';
import { tokenSignals } from './signals/tokens';
import type { Protection } from './types';

/** An element that carries evidence of its own; candidate blocks are built around seeds. */
export interface Seed {
  readonly element: Element;
  readonly signals: readonly Signal[];
  /** A button or link (the block asks the reader to act), a block of wording, or any other element. */
  readonly kind: 'action' | 'text' | 'element';
}

const SHOW_ELEMENT_AND_TEXT = 1 | 4;
const MAX_ACTION_CHILDREN = 8;
/** A block with this many children is matched node by node rather than as one text. */
const MAX_BLOCK_CHILDREN = 16;
const MIN_TEXT = 4;
/** Text only screen readers get (a heading that names a header's buttons) is no pitch to a reader. */
const SCREEN_READER_ONLY = /sr-only|visually-?hidden|screen-reader|visuallyhidden|a11y-hidden/;
const MAX_INLINE_CLIMB = 4;
/** Nodes visited between checks of the clock. */
const CHUNK = 256;

export interface WalkBudget {
  /** Called now and then; returns true when the caller should be given the thread back. */
  shouldYield(): boolean;
}

/**
 * The single pass over `root`: cheap checks on every element (tag, id/class, link target,
 * form field), phrase matching only on text outside the article's own paragraphs.
 * Yields whenever the budget says so; returns the seeds.
 */
export function* walk(root: Document | Element, protection: Protection, budget: WalkBudget): Generator<void, Seed[], void> {
  const seeds: Seed[] = [];
  const start = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  if (!start) return seeds;
  const doc = start.ownerDocument;
  const walker = doc.createTreeWalker(start, SHOW_ELEMENT_AND_TEXT);
  const state: WalkState = { seeds, protection, matchedBlocks: new Set(), labelled: new Set() };
  let node: Node | null = walker.currentNode;
  while (node) {
    node = visitChunk(walker, node, start, state);
    if (node && budget.shouldYield()) yield;
  }
  return seeds;
}

/** Visits up to CHUNK nodes from `node` (a plain function: hot loops run faster outside generators). */
function visitChunk(walker: TreeWalker, first: Node, start: Element, state: WalkState): Node | null {
  let node: Node | null = first;
  for (let n = 0; node && n < CHUNK; n++) {
    let skipChildren = false;
    try {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (OPAQUE_TAGS.has(el.localName) && el !== start) skipChildren = true;
        else visitElement(el, state);
      } else if (node.nodeType === 3) {
        visitText(node as Text, state);
      }
    } catch {
      // A hostile node costs us its evidence, never the pass.
    }
    node = skipChildren ? nextSkippingChildren(walker, node) : walker.nextNode();
  }
  return node;
}

function nextSkippingChildren(walker: TreeWalker, node: Node): Node | null {
  walker.currentNode = node;
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

interface WalkState {
  readonly seeds: Seed[];
  readonly protection: Protection;
  /** Blocks whose whole text was matched already. */
  readonly matchedBlocks: Set<Element>;
  /** Buttons and links whose label was read: their text nodes are not read again as wording. */
  readonly labelled: Set<Element>;
}

function visitElement(el: Element, state: WalkState): void {
  const tokens = idAndClass(el);
  if (tokens) {
    const signals = tokenSignals(tokens);
    if (signals.length > 0) state.seeds.push({ element: el, signals, kind: 'element' });
  }
  const tag = el.localName;
  if (isAction(el)) {
    visitAction(el, state);
  } else if (tag === 'input' || tag === 'textarea') {
    const signal = fieldSignal(el);
    if (signal) state.seeds.push({ element: el, signals: [signal], kind: 'element' });
  }
}

/** Elements that may play a button (role is read only on these: reading it everywhere costs). */
const ROLE_BUTTON_TAGS = new Set(['div', 'span', 'li', 'p']);

function isAction(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'a' || tag === 'button') return true;
  if (tag === 'input') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    return type === 'submit' || type === 'button' || type === 'image';
  }
  return ROLE_BUTTON_TAGS.has(tag) && el.getAttribute('role') === 'button';
}

function visitAction(el: Element, state: WalkState): void {
  const { seeds } = state;
  const signals: Signal[] = [];
  const href = el.getAttribute('href');
  if (href) {
    const link = linkSignal(href);
    if (link) signals.push(link);
  }
  const label = actionLabel(el);
  if (label !== null) {
    state.labelled.add(el);
    for (const hit of findActions(label)) {
      signals.push({
        evidence: ACTION_EVIDENCE[hit.key],
        category: ACTION_CATEGORY[hit.key],
        reason: `button:${hit.lang}:${hit.key} "${hit.phrase}"`,
      });
    }
    // A label that reads as a sentence ("No subscription yet? Subscribe now!") is wording; a
    // short one ("Newsletter") only hints at what the link is for, as menus are full of them.
    const sentence = isSentence(label);
    for (const hit of findPitch(label)) signals.push(sentence ? pitchSignal(hit) : labelSignal(hit));
  }
  if (signals.length > 0) seeds.push({ element: el, signals, kind: 'action' });
}

const MIN_SENTENCE_WORDS = 4;
const MIN_SENTENCE_CHARS_UNSPACED = 8;

function isSentence(label: string): boolean {
  const words = label.split(/\s+/).length;
  return words >= MIN_SENTENCE_WORDS || (words === 1 && /[\u3040-\u9fff]/.test(label) && label.length >= MIN_SENTENCE_CHARS_UNSPACED);
}

function pitchSignal(hit: PitchHit): Signal {
  return { evidence: PITCH_EVIDENCE[hit.weight], category: hit.key, reason: `phrase:${hit.lang}:${hit.key} "${hit.phrase}"` };
}

function labelSignal(hit: PitchHit): Signal {
  return { evidence: 'label-phrase', category: hit.key, reason: `label:${hit.lang}:${hit.key} "${hit.phrase}"` };
}

const PITCH_EVIDENCE = { 1: 'pitch-weak', 2: 'pitch-strong', 3: 'pitch-decisive' } as const;

const ACTION_EVIDENCE = {
  donate: 'action-donate',
  subscribe: 'action-subscribe',
  app: 'action-app',
  follow: 'action-follow',
  putOff: 'action-put-off',
  account: 'action-account',
} as const;

const ACTION_CATEGORY = {
  donate: 'donation',
  subscribe: 'promo',
  app: 'promo',
  follow: 'promo',
  putOff: 'reminder',
  account: null,
} as const;

/** The short text a button or link shows (or its accessible name); null for cards and long links. */
const MAX_LABEL_CHARS = 100;

export function actionLabel(el: Element): string | null {
  if (el.childElementCount > MAX_ACTION_CHILDREN) return null;
  let text = el.localName === 'input' ? (el.getAttribute('value') ?? el.getAttribute('alt') ?? '') : (el.textContent ?? '');
  text = text.trim();
  if (!text) {
    const img = el.querySelector('img[alt]');
    text = (el.getAttribute('aria-label') ?? el.getAttribute('title') ?? img?.getAttribute('alt') ?? '').trim();
  }
  return text && text.length <= MAX_LABEL_CHARS ? text : null;
}

function visitText(node: Text, state: WalkState): void {
  const data = node.data;
  if (data.length < MIN_TEXT || !/\S/.test(data)) return;
  const { matchedBlocks, seeds } = state;
  let block = node.parentElement;
  for (let i = 0; block && i < MAX_INLINE_CLIMB && INLINE_TAGS.has(block.localName); i++) {
    // A link's or button's own words are its label, read by visitAction: a lone "Newsletter" link
    // in a menu is navigation, not a pitch. Its words still count as part of a sentence around it.
    if (state.labelled.has(block)) return;
    block = block.parentElement;
  }
  if (!block || matchedBlocks.has(block) || state.labelled.has(block) || state.protection.isArticleText(block)) return;
  if (SCREEN_READER_ONLY.test(idAndClass(block))) return;
  const wholeBlock = block.childElementCount <= MAX_BLOCK_CHILDREN;
  if (wholeBlock) matchedBlocks.add(block);
  const text = wholeBlock ? (block.textContent ?? '') : data;
  const hits = findPitch(text);
  if (hits.length === 0) return;
  seeds.push({ element: block, kind: 'text', signals: hits.map(pitchSignal) });
}

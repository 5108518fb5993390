/**
 * How the reader is told which element is meant (the popup's list, the picker's spoken label): its
 * first words as they read on the page, or, for a frame, its title or site.
 */
import { OPAQUE_TAGS } from '../detector/dom';

const PREVIEW_WORDS = 12;

/**
 * The first `count` words of `root` as a reader sees them (a tag or line break parts two runs of
 * text, a script or style says nothing), "…" after them when more follow. Reads no further than
 * that, so a collapsed story section costs a dozen words, not its whole text.
 */
export function openingWords(root: Element | ShadowRoot, count: number): string {
  // What an icon's drawing or a closed list's options hold is passed over whole, however deep.
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === Node.ELEMENT_NODE && OPAQUE_TAGS.has((node as Element).localName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const words: string[] = [];
  for (let node = walker.nextNode(); node && words.length <= count; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    for (const word of (node.nodeValue ?? '').split(/\s+/)) if (word && words.length <= count) words.push(word);
  }
  return words.slice(0, count).join(' ') + (words.length > count ? '…' : '');
}

/** Whether `host`'s open shadow root draws any words yet (a widget's script may fill it late). */
export function drawsWords(host: Element): boolean {
  return host.shadowRoot !== null && openingWords(host.shadowRoot, 1) !== '';
}

/**
 * What the popup shows for a collapsed element: its first `count` words, those its widget draws (the
 * page's own), or its frame's title or site.
 */
export function previewOf(element: Element, count = PREVIEW_WORDS): string {
  return openingWords(element, count) || (element.shadowRoot ? openingWords(element.shadowRoot, count) : '') || framePreview(element);
}

/** A frame's words are its own document's, out of the page's reach: its title, or the site it comes from, stands for them. */
function framePreview(element: Element): string {
  const frame = element.localName === 'iframe' ? element : element.querySelector('iframe');
  const title = frame?.getAttribute('title')?.trim();
  if (!frame || title) return title ?? '';
  // A frame without an address draws what the page wrote into it: it has no site of its own to name.
  if (!frame.getAttribute('src')?.trim()) return '';
  try {
    return new URL(frame.getAttribute('src') ?? '', element.ownerDocument.baseURI).hostname;
  } catch {
    return '';
  }
}

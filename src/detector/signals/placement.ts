/** How many ancestors of a block are asked for their position: banners are often a wrapper's child. */
const ANCESTORS_ASKED = 2;

/**
 * `position:fixed` / `position:sticky` of a block or a close ancestor. getComputedStyle forces
 * style work, so this is asked only of the few blocks near the threshold. Saved pages often
 * lack their stylesheets: this is extra evidence, never needed. With `computed` false only the
 * inline style is read (no style work forced on a page that has just changed).
 */
export function placementReason(el: Element, computed = true): string | null {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  // Without style sheets the inline style is the whole story, and far cheaper to read.
  const styled = computed && view !== null && doc.styleSheets.length > 0;
  let e: Element | null = el;
  for (let i = 0; e && i <= ANCESTORS_ASKED; i++, e = e.parentElement) {
    if (e.localName === 'body' || e.localName === 'html') break;
    const position = styled ? view.getComputedStyle(e).position : ((e as HTMLElement).style?.position ?? '');
    if (position === 'fixed' || position === 'sticky') return `position:${position}`;
  }
  return null;
}

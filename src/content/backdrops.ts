/**
 * A pop-up's backdrop and overlay. A backdrop is the dimming layer a modal library puts beside its
 * dialog (Bootstrap's `.modal-backdrop`, a lightbox's background), a separate element of the page
 * with nothing to read; an overlay is the layer around the dialog, which centres it and dims the
 * page. Collapsing the dialog leaves either, and the page stays dark and will not take a click, so
 * Unnag collapses a backdrop with its dialog (under the dialog's placeholder: Show brings both
 * back) and moves a dialog's collapse out to its overlay.
 */

import { DIALOG } from '../detector';

/** How much of the window a layer must cover to dim the page. */
const COVERS = 0.9;

/** Elements with something to see or use: a layer holding one is content, not a backdrop. */
const CONTENT = 'img, picture, video, canvas, svg, iframe, object, embed, input, button, select, textarea, a[href]';

/** The opacity of a computed colour: `rgba(0, 0, 0, 0.5)` is 0.5, `rgb(…)` 1, `transparent` 0. */
function alphaOf(colour: string): number {
  const alpha = /^rgba\((?:[^,]*,){3}\s*([\d.]+)\)$/.exec(colour)?.[1];
  if (alpha !== undefined) return Number(alpha);
  return colour.startsWith('rgb(') ? 1 : 0;
}

/**
 * Whether `el` is a shown layer, fixed to the window and covering it, that dims the page: a
 * see-through colour (or a colour made see-through by its opacity) and no picture or words. A
 * site's fixed background picture is no backdrop.
 */
export function isBackdrop(el: Element): boolean {
  if ((el.textContent ?? '').trim() !== '' || el.querySelector(CONTENT)) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  if (style.position !== 'fixed' || style.display === 'none' || style.visibility === 'hidden' || style.backgroundImage !== 'none') return false;
  const alpha = alphaOf(style.backgroundColor);
  if (alpha === 0 || alpha * Number(style.opacity) >= 1) return false;
  return coversWindow(el, view);
}

function coversWindow(el: Element, view: Window): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width >= view.innerWidth * COVERS && rect.height >= view.innerHeight * COVERS;
}

/** Words outside a pop-up that still leave its layer a frame: a close button's "×". */
const MAX_FRAME_TEXT = 2;

/**
 * Whether `layer`, a container of `popUp`, is only its frame: shown, fixed to the window and
 * covering it, taking clicks or dimming the page, and with nothing to read or use outside the
 * pop-up but a button (its close button). A layer that lets clicks through and is clear (a corner
 * for toasts) is in nobody's way, and can hold the site's later messages: it is no overlay.
 */
function isOverlayOf(layer: Element, popUp: Element, view: Window): boolean {
  const style = view.getComputedStyle(layer);
  if (style.position !== 'fixed' || style.display === 'none' || style.visibility === 'hidden') return false;
  if (style.pointerEvents === 'none' && alphaOf(style.backgroundColor) === 0) return false;
  return isOnlyFrameOf(layer, popUp) && coversWindow(layer, view);
}

/** Whether `layer` holds nothing to read or use outside `popUp`, but a button (its close button). Reads no style. */
export function isOnlyFrameOf(layer: Element, popUp: Element): boolean {
  if (!layer.contains(popUp) || (layer.textContent ?? '').replace(popUp.textContent ?? '', '').trim().length > MAX_FRAME_TEXT) return false;
  for (const el of layer.querySelectorAll(CONTENT)) if (!popUp.contains(el) && !el.closest('button, [role="button"]')) return false;
  return true;
}

/**
 * The overlay around a collapsed pop-up (isOverlayOf): the outermost container, below the body,
 * that is only its frame. Reads computed style, and layout for fixed containers.
 */
export function overlayAround(popUp: Element): Element | null {
  const view = popUp.ownerDocument.defaultView;
  if (!view) return null;
  let overlay: Element | null = null;
  for (let at = popUp.parentElement; at && at !== popUp.ownerDocument.body; at = at.parentElement) {
    if (isOverlayOf(at, popUp, view)) overlay = at;
  }
  return overlay;
}

/**
 * Whether `el` or a container of it is a dialog or fixed to the window: a pop-up, which may leave a
 * backdrop beside it and locks on the page (page-locks.ts). Reads computed style, no layout.
 */
export function isPopUp(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let at: Element | null = el; at && at !== el.ownerDocument.body; at = at.parentElement) {
    if (at.matches(DIALOG) || view?.getComputedStyle(at).position === 'fixed') return true;
  }
  return false;
}

/** The backdrops among the body's children and the siblings of `popUps` (and of their containers up to the body). */
export function backdropsBeside(popUps: readonly Element[]): Element[] {
  const doc = popUps[0]?.ownerDocument;
  if (!doc?.body) return [];
  const places = new Set<Element>([doc.body]);
  for (const popUp of popUps) for (let at = popUp.parentElement; at && at !== doc.body; at = at.parentElement) places.add(at);
  const found: Element[] = [];
  for (const place of places) {
    for (const child of place.children) if (!popUps.some((p) => p === child || child.contains(p)) && isBackdrop(child)) found.push(child);
  }
  return found;
}

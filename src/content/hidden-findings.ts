/**
 * Findings the page keeps hidden (a dialog its own button opens, a sheet it shows later, a
 * phone-only banner on a wide window), waiting until the page shows them. Collapsed while hidden,
 * the site could not open one for the reader, and its placeholder would be a line where nothing
 * was. Most are caught by the class or style change on themselves that shows them (the
 * controller's becameVisible); these are the rest: a change on a container (`html.popup-open`),
 * which the controller never reads again whole, and a media query the window's new size meets.
 * They are few, so asking each whether it shows is cheap.
 */

/** Findings kept waiting at once; past this, later ones are caught only by a change on themselves. */
export const MAX_WAITING = 64;

/**
 * Hidden is `display: none`, or `visibility: hidden` as a dialog waits for its transition; not
 * `opacity: 0`, which a banner that fades in still has when it is first read. Lays the page out:
 * ask it of few elements.
 */
export function isShown(element: Element): boolean {
  return element.getClientRects().length > 0 && element.checkVisibility?.(VISIBLE) !== false;
}

/** Both spellings of the option: the older one is what Chromium before 121 reads. */
const VISIBLE: CheckVisibilityOptions = { visibilityProperty: true, checkVisibilityCSS: true };

export class HiddenFindings {
  readonly #waiting = new Set<Element>();

  get size(): number {
    return this.#waiting.size;
  }

  add(element: Element): void {
    if (this.#waiting.size < MAX_WAITING) this.#waiting.add(element);
  }

  clear(): void {
    this.#waiting.clear();
  }

  /**
   * The waiting elements the page shows now (only those inside `changed`, when given), which stop
   * waiting; those the page removed are dropped.
   */
  takeShown(changed?: readonly Element[]): Element[] {
    const shown: Element[] = [];
    for (const element of this.#waiting) {
      if (!element.isConnected) this.#waiting.delete(element);
      else if ((!changed || changed.some((c) => c.contains(element))) && isShown(element)) {
        this.#waiting.delete(element);
        shown.push(element);
      }
    }
    return shown;
  }
}

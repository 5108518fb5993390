/**
 * What the reader decides on the page itself: "not clutter on this site" for a collapsed element,
 * and picking something else to collapse. Both become per-site rules (by a selector that finds the
 * same element on the next visit); the settings change then reaches the page controller like any
 * other, which applies the rule now and on every later visit. A rule that could not be saved holds
 * on this page only, and the popup says so.
 */
import { canAddSelector } from '../settings/selector';
import { pickerText } from './i18n';
import type { PageController } from './page-controller';
import { ElementPicker } from './picker';
import { selectorFor } from './selector-for';
import { rememberNotClutter, rememberPicked } from './site-policy';

let unsavedChoice = false;

/** A pick or "not clutter" made on this page could not be saved (the popup says so). */
export function hasUnsavedChoice(): boolean {
  return unsavedChoice;
}

/** Reopens the item (every element of its appeal) and keeps it open on this site from now on. */
export async function keepOpen(controller: PageController, id: number, onChange: () => void): Promise<void> {
  const elements = controller.collapser.elementsOf(id);
  controller.collapser.reveal(id);
  // Sent together, in this task: a reader who reloads at once must not lose the later ones.
  const selectors = elements.map(selectorFor).filter((selector) => selector !== null);
  const saved = await Promise.all(selectors.map(rememberNotClutter));
  // An element no selector would find again stays open on this page only, as if storage refused it.
  if (saved.includes(false) || selectors.length < elements.length) unsaved(onChange);
}

function unsaved(onChange: () => void): void {
  unsavedChoice = true;
  onChange();
}

let picker: ElementPicker | undefined;

/** Lets the reader pick an element on the page; what they pick is collapsed (kind `custom`) on this site from now on. */
export function startPicker(controller: PageController, onChange: () => void): void {
  if (picker?.active) return;
  picker = new ElementPicker({
    doc: document,
    text: pickerText(),
    onPick: (element) => {
      // Something the reader reopened, or a part of it, goes back under its line at once.
      const reopened = controller.collapser.collapseReopenedAround(element);
      // The site keeps as many picks as it may (the popup says so), or no selector would find it
      // again (said like a pick storage refused): it is collapsed on this page only.
      const full = !canAddSelector(controller.policy.alwaysCollapse);
      const selector = full ? null : selectorFor(element);
      const collapseHere = () => {
        if (!reopened) controller.collapser.collapse(element, 'custom', [], controller.policy.display === 'placeholder');
      };
      if (selector) {
        void rememberPicked(selector).then((saved) => {
          if (saved) return;
          collapseHere();
          unsaved(onChange);
        });
      } else {
        collapseHere();
        if (!full) unsavedChoice = true;
      }
      if (reopened || !selector) onChange();
    },
  });
  picker.start();
}

/**
 * What the reader clicks to open something: a dialog the page shows or builds right after such a
 * click is theirs (page-controller.ts). A click on the story's text is no such request, though
 * some sites pop a newsletter up on the reader's first click anywhere.
 */

/**
 * Elements made to be clicked: links and buttons, a form's fields, a disclosure, anything a script
 * marks as a control. Not `tabindex="-1"`, which a skip link's target (the story's `main`) carries.
 */
const CONTROLS =
  'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="switch"], [aria-haspopup], [aria-controls], [aria-expanded], [tabindex]:not([tabindex="-1"])';

/** Words a box the page styles as clickable may hold to count as a control's label, not a paragraph. */
const LABEL_LENGTH = 80;

/**
 * Whether `target`, where a click landed, is or lies in a control, or is a short label the page
 * styles as clickable (a menu built of plain boxes with a pointer cursor; some pages give the
 * pointer to the whole body, where the story's paragraphs are no control).
 */
export function isControl(target: EventTarget | null): boolean {
  const el = target as Element | null;
  if (el?.nodeType !== 1) return false;
  if (el.closest(CONTROLS)) return true;
  return el.ownerDocument.defaultView?.getComputedStyle(el).cursor === 'pointer' && (el.textContent ?? '').trim().length <= LABEL_LENGTH;
}

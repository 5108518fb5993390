/**
 * Builds DOM nodes without `innerHTML`: page text only ever reaches the document as `textContent`.
 */
type Props<K extends keyof HTMLElementTagNameMap> = Partial<Omit<HTMLElementTagNameMap[K], 'style'>> & {
  /** Attributes that have no property (aria-*, data-*, role). */
  attrs?: Record<string, string>;
};

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props<K> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const { attrs, ...properties } = props;
  const node = Object.assign(document.createElement(tag), properties);
  for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * Runs a rebuild of part of the page and gives the keyboard focus back to the control with the
 * same id, so a reader using the keyboard does not lose their place when the view refreshes; or,
 * when that control made way for another (a Show button for a Collapse again one), to the control
 * `successor` names.
 */
export function keepingFocus(rebuild: () => void, successor: (id: string) => string | undefined = () => undefined): void {
  const focused = document.activeElement?.id;
  rebuild();
  if (!focused || document.activeElement?.id === focused) return;
  const next = successor(focused);
  (document.getElementById(focused) ?? (next === undefined ? null : document.getElementById(next)))?.focus();
}

/** A checkbox drawn as a switch, with its label; `role=switch` makes screen readers say "on/off". */
export function switchControl(id: string, label: string | Node, checked: boolean, onChange: (on: boolean) => void): HTMLLabelElement {
  const input = h('input', { type: 'checkbox', id, checked, className: 'switch', attrs: { role: 'switch' } });
  input.addEventListener('change', () => onChange(input.checked));
  return h('label', { className: 'switch-row', htmlFor: id }, h('span', { className: 'switch-label' }, label), input);
}

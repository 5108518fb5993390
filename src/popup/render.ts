/**
 * The popup's DOM, rebuilt from the model on every change. Controls keep stable ids so the
 * keyboard focus survives a rebuild.
 */
import type { Category } from '../contract/categories';
import type { CollapsedItem } from '../messaging/messages';
import type { StorageStatus } from '../settings/status';
import { h, keepingFocus, switchControl } from '../ui/dom';
import { say, t } from '../ui/i18n';
import { KIND_LABEL, storageStatusMessage } from '../ui/labels';
import { describeReasons } from '../ui/reasons';
import { isolated } from '../ui/text-language';
import type { PopupModel } from './view-model';

export interface PopupActions {
  setSiteEnabled(on: boolean): void;
  setCategory(category: Category, on: boolean): void;
  show(id: number): void;
  collapseAgain(id: number): void;
  notClutter(id: number): void;
  pick(): void;
  openOptions(): void;
}

export function renderPopup(app: HTMLElement, hostname: string, model: PopupModel, status: StorageStatus, actions: PopupActions): void {
  keepingFocus(() =>
    app.replaceChildren(
      switchControl('site-switch', h('strong', {}, t('popupSiteSwitch', isolated(hostname))), model.enabled, actions.setSiteEnabled),
      h('p', { id: 'count', className: 'muted', attrs: { 'aria-live': 'polite' } }, t('popupCount', String(model.collapsed))),
      model.enabled ? categorySection(model, actions) : h('p', { className: 'muted' }, t('popupSiteOff')),
      itemsSection(model.items, actions),
      pickSection(model, actions),
      footer(model, status, actions),
    ),
    otherStateButton,
  );
}

/** An item's Show makes way for its Collapse again, and back: focus goes from one to the other. */
function otherStateButton(id: string): string | undefined {
  const match = /^(show|again)-(\d+)$/.exec(id);
  return match ? `${match[1] === 'show' ? 'again' : 'show'}-${match[2]}` : undefined;
}

/** No content script answered: a page extensions may not touch, or a web page opened before Unnag was installed or updated (`reload`). */
export function renderUnavailable(app: HTMLElement, reload: boolean, actions: Pick<PopupActions, 'openOptions'>): void {
  const why = t(reload ? 'popupReload' : 'popupUnavailable');
  app.replaceChildren(h('p', { id: 'unavailable' }, why), h('div', { className: 'footer' }, optionsLink(actions)));
}

function categorySection(model: PopupModel, actions: PopupActions): HTMLElement {
  const rows = model.categories.map(({ category, on, collapsed }) => {
    const label = h(
      'span',
      {},
      t(KIND_LABEL[category]),
      ' ',
      h('span', { className: 'count muted', id: `count-${category}` }, t('popupCategoryCount', String(collapsed))),
    );
    return switchControl(`category-${category}`, label, on, (checked) => actions.setCategory(category, checked));
  });
  return h('section', { attrs: { 'aria-labelledby': 'categories-heading' } }, h('h2', { id: 'categories-heading' }, t('popupCategoriesHeading')), ...rows);
}

function itemsSection(items: readonly CollapsedItem[], actions: PopupActions): HTMLElement {
  const heading = h('h2', { id: 'items-heading' }, t('popupItemsHeading'));
  const body = items.length === 0 ? h('p', { className: 'muted' }, t('popupNoItems')) : h('ul', { className: 'items', id: 'items' }, ...items.map((item) => itemRow(item, actions)));
  return h('section', { attrs: { 'aria-labelledby': 'items-heading' } }, heading, body);
}

function itemRow(item: CollapsedItem, actions: PopupActions): HTMLLIElement {
  const preview = item.preview || t('popupItemNoText');
  const why = describeReasons(item.reasons).map(say).join('; ');
  const kind = h('span', { className: 'kind' }, t(KIND_LABEL[item.kind]));
  const head = h('p', { className: 'item-head' }, kind, item.revealed ? h('span', { className: 'muted' }, ` (${t('popupItemShown')})`) : '');
  const buttons = h('div', { className: 'item-actions' });
  if (item.revealed) {
    buttons.append(button(`again-${item.id}`, 'again', t('popupItemCollapseAgain'), t('popupItemCollapseAgainLabel', preview), () => actions.collapseAgain(item.id)));
  } else {
    buttons.append(button(`show-${item.id}`, 'show', t('popupItemShow'), t('popupItemShowLabel', preview), () => actions.show(item.id)));
  }
  buttons.append(button(`keep-${item.id}`, 'not-clutter', t('popupItemNotClutter'), t('popupItemNotClutterLabel', preview), () => actions.notClutter(item.id)));
  return h(
    'li',
    { className: item.revealed ? 'item revealed' : 'item', attrs: { 'data-item-id': String(item.id), 'data-kind': item.kind } },
    head,
    // The page's words keep their own direction inside the popup's (an English headline in Arabic),
    // while the quotation marks stay the popup's: the isolate is inside the quote, not the quote.
    h('p', { className: 'preview' }, h('q', {}, h('bdi', {}, preview))),
    why ? h('p', { className: 'why muted' }, t('popupItemWhy', why)) : '',
    buttons,
  );
}

function pickSection(model: PopupModel, actions: PopupActions): HTMLElement {
  const pick = button('pick', 'pick', t('popupPick'), undefined, actions.pick);
  pick.disabled = !model.enabled;
  pick.setAttribute('aria-describedby', ['pick-hint', model.rulesFull && 'rules-full', model.unsavedChoice && 'choice-unsaved'].filter(Boolean).join(' '));
  const full = model.rulesFull ? h('p', { id: 'rules-full', className: 'notice small' }, t('popupRulesFull', t('popupItemNotClutter'))) : '';
  const unsaved = model.unsavedChoice ? h('p', { id: 'choice-unsaved', className: 'notice small' }, t('popupChoiceUnsaved', t('popupItemNotClutter'))) : '';
  return h('div', { className: 'pick' }, pick, h('p', { id: 'pick-hint', className: 'muted small' }, t('popupPickHint')), full, unsaved);
}

function footer(model: PopupModel, status: StorageStatus, actions: Pick<PopupActions, 'openOptions'>): HTMLElement {
  const where = h('p', { id: 'storage-status', className: status.where === 'sync' ? 'muted small' : 'notice small' }, say(storageStatusMessage(status)));
  const page = model.pageMissesSync ? h('p', { id: 'page-sync-unread', className: 'notice small' }, t('popupPageSyncUnread')) : '';
  return h('div', { className: 'footer' }, page, where, optionsLink(actions));
}

function optionsLink(actions: Pick<PopupActions, 'openOptions'>): HTMLAnchorElement {
  const link = h('a', { href: '#', id: 'open-options' }, t('popupOpenOptions'));
  link.addEventListener('click', (event) => {
    event.preventDefault();
    actions.openOptions();
  });
  return link;
}

function button(id: string, className: string, text: string, label: string | undefined, onClick: () => void): HTMLButtonElement {
  const node = h('button', { type: 'button', id, className }, text);
  if (label) node.setAttribute('aria-label', label);
  node.addEventListener('click', onClick);
  return node;
}

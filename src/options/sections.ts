/**
 * The options page's sections. Each builds its DOM from the current settings; options.ts rebuilds
 * them when the settings change (here, in another tab or on another device).
 */
import { CATEGORIES } from '../contract/categories';
import type { Hostname } from '../settings/hostname';
import { DISPLAYS, SENSITIVITIES, type Settings, type SiteOverride } from '../settings/model';
import type { RuleList, Selector } from '../settings/selector';
import {
  removeAlwaysCollapse,
  removeNotClutter,
  resetSite,
  setDisplay,
  setGlobalCategory,
  setSensitivity,
  setSiteCategory,
  setSiteEnabled,
} from '../settings/updates';
import { h, switchControl } from '../ui/dom';
import { t, type MessageKey } from '../ui/i18n';
import { DISPLAY_LABEL, KIND_LABEL, SENSITIVITY_LABEL } from '../ui/labels';
import { isolated } from '../ui/text-language';
import { findSites, listRules, siteControlId } from './site-list';

export type Edit = (edit: (settings: Settings) => Settings) => void;

export function defaultsSection(settings: Settings, edit: Edit): HTMLElement[] {
  const { global } = settings;
  const categories = h(
    'fieldset',
    {},
    h('legend', {}, t('optionsCategoriesLegend')),
    ...CATEGORIES.map((category) =>
      switchControl(`default-${category}`, t(KIND_LABEL[category]), global.categories[category], (on) =>
        edit((s) => setGlobalCategory(s, category, on)),
      ),
    ),
  );
  const display = radioGroup(
    'display',
    'optionsDisplayLegend',
    DISPLAYS.map((value) => ({ value, label: DISPLAY_LABEL[value] })),
    global.display,
    (value) => edit((s) => setDisplay(s, value)),
  );
  const sensitivity = radioGroup(
    'sensitivity',
    'optionsSensitivityLegend',
    SENSITIVITIES.map((value) => ({ value, label: SENSITIVITY_LABEL[value].name, hint: SENSITIVITY_LABEL[value].hint })),
    global.sensitivity,
    (value) => edit((s) => setSensitivity(s, value)),
  );
  return [categories, display, sensitivity];
}

function radioGroup<T extends string>(
  name: string,
  legend: MessageKey,
  choices: readonly { value: T; label: MessageKey; hint?: MessageKey }[],
  current: T,
  onChoose: (value: T) => void,
): HTMLFieldSetElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, t(legend)),
    ...choices.map(({ value, label, hint }) => {
      const id = `${name}-${value}`;
      const input = h('input', { type: 'radio', name, id, value, checked: value === current });
      input.addEventListener('change', () => input.checked && onChoose(value));
      if (hint) input.setAttribute('aria-describedby', `${id}-hint`);
      return h(
        'div',
        { className: 'choice' },
        input,
        h('label', { htmlFor: id }, t(label)),
        hint ? h('span', { id: `${id}-hint`, className: 'muted hint' }, t(hint)) : '',
      );
    }),
  );
}

/** The customised sites matching `query`; `open` holds the sites whose details the reader opened. */
export function sitesList(settings: Settings, query: string, open: Set<Hostname>, edit: Edit): HTMLElement {
  const sites = findSites(settings, query);
  if (settings.sites.size === 0) return h('p', { className: 'muted', id: 'sites-empty' }, t('optionsSitesEmpty'));
  if (sites.length === 0) return h('p', { className: 'muted', id: 'sites-empty' }, t('optionsSitesNoMatch', isolated(query)));
  return h(
    'ul',
    { className: 'sites', id: 'sites' },
    ...sites.map(({ hostname, site }) => {
      const details = h('details', { open: open.has(hostname) }, h('summary', {}, h('span', { className: 'site-name' }, hostname)), siteEditor(settings, hostname, site, edit));
      details.addEventListener('toggle', () => (details.open ? open.add(hostname) : open.delete(hostname)));
      return h('li', { attrs: { 'data-site': hostname } }, details);
    }),
  );
}

function siteEditor(settings: Settings, hostname: Hostname, site: SiteOverride, edit: Edit): HTMLElement {
  const enabled = switchControl(siteControlId(hostname, 'enabled'), t('optionsSiteEnabled', isolated(hostname)), site.enabled, (on) =>
    edit((s) => setSiteEnabled(s, hostname, on)),
  );
  const categories = CATEGORIES.map((category) => {
    const own = site.categories[category];
    const label = h(
      'span',
      {},
      t(KIND_LABEL[category]),
      ' ',
      h('span', { className: 'muted hint' }, `(${t(own === undefined ? 'optionsSiteFollowsDefault' : 'optionsSiteOwnChoice')})`),
    );
    return switchControl(siteControlId(hostname, category), label, own ?? settings.global.categories[category], (on) =>
      edit((s) => setSiteCategory(s, hostname, category, on)),
    );
  });
  const forget = h('button', { type: 'button', id: siteControlId(hostname, 'forget'), className: 'danger forget', attrs: { 'aria-label': t('optionsSiteRemoveLabel', isolated(hostname)) } }, t('optionsSiteRemove'));
  forget.addEventListener('click', () => edit((s) => resetSite(s, hostname)));
  return h('div', { className: 'site-editor' }, enabled, ...categories, forget);
}

const RULE_LABEL: Readonly<Record<RuleList, MessageKey>> = { alwaysCollapse: 'optionsRuleCollapse', notClutter: 'optionsRuleKeep' };
const RULE_REMOVER: Readonly<Record<RuleList, (s: Settings, hostname: Hostname, selector: Selector) => Settings>> = {
  alwaysCollapse: removeAlwaysCollapse,
  notClutter: removeNotClutter,
};

export function rulesList(settings: Settings, edit: Edit): HTMLElement {
  const rules = listRules(settings);
  if (rules.length === 0) return h('p', { className: 'muted', id: 'rules-empty' }, t('optionsRulesEmpty'));
  return h(
    'ul',
    { className: 'rules', id: 'rules' },
    ...rules.map(({ hostname, kind, selector }, i) => {
      // Ids by position: after a removal the focus lands on the rule that took its place.
      const remove = h('button', { type: 'button', id: `rule-${i}-remove`, attrs: { 'aria-label': t('optionsRuleRemoveLabel', isolated(selector), isolated(hostname)) } }, t('optionsRuleRemove'));
      remove.addEventListener('click', () => edit((s) => RULE_REMOVER[kind](s, hostname, selector)));
      return h(
        'li',
        { attrs: { 'data-site': hostname, 'data-kind': kind } },
        h('span', { className: 'rule-site' }, hostname),
        h('span', { className: 'rule-kind' }, t(RULE_LABEL[kind])),
        h('code', {}, selector),
        remove,
      );
    }),
  );
}

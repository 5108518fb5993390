/**
 * The options page: defaults for every site, the sites with their own settings, the reader's rules,
 * export and import, where the settings are kept, and a reset.
 */
import { browserSettingsAreas } from '../settings/browser-areas';
import type { Hostname } from '../settings/hostname';
import { openSettingsStore, type SettingsStore } from '../settings/store';
import { exportSettings, parseImport } from '../settings/transfer';
import { resetAll } from '../settings/updates';
import { h, keepingFocus } from '../ui/dom';
import { localizeDocument, say, t, uiTextLanguage, type Message } from '../ui/i18n';
import { storageStatusMessage } from '../ui/labels';
import { isolated } from '../ui/text-language';
import { importErrorMessage, tooLargeToRead } from './import-messages';
import { defaultsSection, rulesList, sitesList, type Edit } from './sections';

const EXPORT_NAME = 'unnag-settings.json';

function section(id: string, heading: string, ...content: (Node | string)[]): HTMLElement {
  return h('section', { id, attrs: { 'aria-labelledby': `${id}-heading` } }, h('h2', { id: `${id}-heading` }, heading), ...content);
}

/** A line that says what just happened (screen readers announce it). */
function statusLine(id: string): { node: HTMLElement; show(message: Message, problem?: boolean): void } {
  const node = h('p', { id, className: 'status', attrs: { role: 'status' } });
  return {
    node,
    show(message, problem = false) {
      node.textContent = say(message);
      node.className = problem ? 'status notice' : 'status';
    },
  };
}

function downloadExport(store: SettingsStore): void {
  const url = URL.createObjectURL(new Blob([exportSettings(store.settings)], { type: 'application/json' }));
  const link = h('a', { href: url, download: EXPORT_NAME });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the time a task later; the object URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

async function importFile(store: SettingsStore, file: File): Promise<{ message: Message; problem: boolean }> {
  const early = tooLargeToRead(file.size);
  if (early) return { message: importErrorMessage(file.name, early), problem: true };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { message: { key: 'importErrorUnreadable', subs: [isolated(file.name)] }, problem: true };
  }
  const result = parseImport(text);
  if (!result.ok) return { message: importErrorMessage(file.name, result.error), problem: true };
  if (!(await store.update(() => result.settings))) return { message: storageStatusMessage(store.status), problem: true };
  return { message: { key: 'optionsImportDone', subs: [isolated(file.name)] }, problem: false };
}

function transferControls(store: SettingsStore): Node[] {
  const status = statusLine('transfer-status');
  const exportButton = h('button', { type: 'button', id: 'export' }, t('optionsExport'));
  exportButton.addEventListener('click', () => downloadExport(store));
  // The file input is the real control (keyboard and screen readers reach it); its label is the visible button.
  const input = h('input', { type: 'file', id: 'import-file', accept: '.json,application/json', className: 'visually-hidden' });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { message, problem } = await importFile(store, file);
    status.show(message, problem);
  });
  const label = h('label', { htmlFor: 'import-file', className: 'button' }, t('optionsImport'));
  return [h('div', { className: 'row' }, exportButton, input, label), status.node];
}

function resetControls(store: SettingsStore): Node[] {
  const status = statusLine('reset-status');
  const confirm = h('button', { type: 'button', id: 'reset-confirm', className: 'danger' }, t('optionsResetConfirm'));
  const cancel = h('button', { type: 'button', id: 'reset-cancel' }, t('optionsResetCancel'));
  const dialog = h(
    'dialog',
    { id: 'reset-dialog', attrs: { 'aria-labelledby': 'reset-question', 'aria-describedby': 'reset-warning' } },
    h('h3', { id: 'reset-question' }, t('optionsResetQuestion')),
    h('p', { id: 'reset-warning' }, t('optionsResetWarning')),
    // Cancel first: Enter on the opened dialog must not wipe everything.
    h('div', { className: 'row' }, cancel, confirm),
  );
  const open = h('button', { type: 'button', id: 'reset', className: 'danger' }, t('optionsReset'));
  open.addEventListener('click', () => dialog.showModal());
  cancel.addEventListener('click', () => dialog.close());
  confirm.addEventListener('click', async () => {
    dialog.close();
    if (await store.update(resetAll)) status.show({ key: 'optionsResetDone' });
    else status.show(storageStatusMessage(store.status), true);
  });
  return [open, dialog, status.node];
}

let usageReads = 0;

async function showUsage(store: SettingsStore, node: HTMLElement): Promise<void> {
  // Reads may end out of order: only the latest one's figures are shown.
  const read = ++usageReads;
  const usage = await store.usage();
  if (read !== usageReads) return;
  const format = new Intl.NumberFormat(uiTextLanguage().lang, { maximumFractionDigits: 1 });
  node.textContent = usage
    ? t('optionsStorageUsage', format.format(usage.bytesInUse / 1024), format.format(usage.quotaBytes / 1024), String(usage.items), String(usage.maxItems))
    : t('optionsStorageNoUsage');
}

async function main(): Promise<void> {
  localizeDocument('optionsTitle');
  const areas = browserSettingsAreas();
  const store = await openSettingsStore(areas);
  // A refused edit leaves the settings as they were, but the control the reader moved shows it moved: draw again.
  const edit: Edit = (change) => void store.update(change).then((saved) => saved || render());
  const app = document.getElementById('app')!;

  const defaults = h('div', { className: 'defaults' });
  const search = h('input', { type: 'search', id: 'site-search', attrs: { 'aria-controls': 'sites-list' } });
  const sites = h('div', { id: 'sites-list' });
  const openSites = new Set<Hostname>();
  const rules = h('div', { id: 'rules-list' });
  const where = h('p', { id: 'storage-status' });
  const damaged = h('p', { id: 'storage-damaged', className: 'notice', hidden: true });
  const usage = h('p', { id: 'storage-usage', className: 'muted' });

  const renderSites = () => keepingFocus(() => sites.replaceChildren(sitesList(store.settings, search.value, openSites, edit)));
  const render = () => {
    keepingFocus(() => {
      defaults.replaceChildren(...defaultsSection(store.settings, edit));
      rules.replaceChildren(rulesList(store.settings, edit));
    });
    renderSites();
    void showUsage(store, usage);
  };
  const renderStatus = () => {
    where.textContent = say(storageStatusMessage(store.status));
    where.className = store.status.where === 'sync' ? '' : 'notice';
    damaged.hidden = store.damagedItems === 0;
    damaged.textContent = damaged.hidden ? '' : t('storageDamaged', String(store.damagedItems));
  };
  search.addEventListener('input', renderSites);

  app.replaceChildren(
    h('h1', {}, t('optionsTitle')),
    section('defaults', t('optionsDefaultsHeading'), defaults),
    section('customised', t('optionsSitesHeading'), h('label', { htmlFor: 'site-search' }, t('optionsSitesSearch')), ' ', search, sites),
    section('your-rules', t('optionsRulesHeading'), h('p', { className: 'muted' }, t('optionsRulesIntro')), rules),
    section('transfer', t('optionsTransferHeading'), ...transferControls(store)),
    section('storage', t('optionsStorageHeading'), where, damaged, usage),
    section('start-over', t('optionsResetHeading'), ...resetControls(store)),
  );
  render();
  renderStatus();
  store.subscribe(render);
  store.watchStatus(renderStatus);
  // The background writes sync a moment after each edit, and other devices write it: the figures follow.
  areas.onChanged.addListener((_changes, area) => {
    if (area === 'sync') void showUsage(store, usage);
  });
  // Left open while sync could not be read here, the page tries again when the reader comes back to
  // it (from another tab or window): with no other device writing, no change in sync would ever say
  // that sync works again.
  window.addEventListener('focus', () => void store.retrySync());
  document.body.dataset.ready = 'true';
}

void main();

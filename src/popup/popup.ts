/**
 * The toolbar popup: the current site, what was collapsed on its page, and the site's switch.
 */
import browser from 'webextension-polyfill';
import { setSiteEnabled } from '../interim-site-switch';
import { parsePageState, type PageState, type ToContent } from '../messaging/messages';

const t = (key: string, ...subs: string[]) => browser.i18n.getMessage(key, subs);

/** The tab the popup speaks for: the active one, or `?tab=ID` when an extension page opens it (tests). */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function askPage(tabId: number, message: ToContent): Promise<PageState | null> {
  try {
    return parsePageState(await browser.tabs.sendMessage(tabId, message));
  } catch {
    return null; // no content script there: a browser page, a store, or a page still loading
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

function render(app: HTMLElement, state: PageState | null): void {
  app.replaceChildren();
  if (!state) {
    app.append(element('p', { className: 'muted', textContent: t('popupUnavailable') }));
    return;
  }
  const label = element('label', { className: 'site' });
  const toggle = element('input', { type: 'checkbox', checked: state.enabled, id: 'site-switch' });
  label.append(element('span', { textContent: t('popupSiteSwitch', state.hostname) }), toggle);
  toggle.addEventListener('change', () => void setSiteEnabled(state.hostname, toggle.checked));
  const count = state.items.filter((item) => !item.revealed).length;
  const summary = element('p', { id: 'count', className: 'muted', textContent: t('popupCount', String(count)) });
  const options = element('a', { href: '#', textContent: t('popupOpenOptions') });
  options.addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  app.append(label, summary, options);
}

async function main(): Promise<void> {
  const app = document.getElementById('app')!;
  const tabId = await targetTabId();
  const state = tabId === undefined ? null : await askPage(tabId, { type: 'get-page-state' });
  render(app, state);
  document.body.dataset.ready = 'true';
}

void main();

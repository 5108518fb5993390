/**
 * The toolbar popup for the current tab: the site's switches, what was collapsed on the page and
 * why, "not clutter" and the element picker, and where the settings are kept.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { Category } from '../contract/categories';
import { parsePageState, parseToBackground, type PageState, type ToContent } from '../messaging/messages';
import { browserSettingsAreas } from '../settings/browser-areas';
import { toHostname, type Hostname } from '../settings/hostname';
import { effectiveSiteSettings, type Settings } from '../settings/model';
import { openSettingsStore, type SettingsStore } from '../settings/store';
import { setSiteCategory, setSiteEnabled } from '../settings/updates';
import { localizeDocument } from '../ui/i18n';
import { renderPopup, renderUnavailable, type PopupActions } from './render';
import { popupModel } from './view-model';

/** `?tab=ID`: the popup was opened as a page of its own for that tab (tests do), not over it. */
const tabFromQuery = Number(new URLSearchParams(location.search).get('tab'));
const openedAsPage = Number.isInteger(tabFromQuery) && tabFromQuery > 0;

/** The tab the popup speaks for: the active one, or the one named in `?tab=`. */
async function targetTabId(): Promise<number | undefined> {
  if (openedAsPage) return tabFromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function askPage(tabId: number, message: ToContent): Promise<PageState | null> {
  try {
    // The page's own content script: those in its frames answer no one.
    return parsePageState(await browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
  } catch {
    return null; // no content script there: a browser page, a store, or a page still loading
  }
}

/**
 * Web pages no browser lets an extension's content script into (their add-on stores, and Firefox's
 * account and support pages): a reload would not help there.
 */
const CLOSED_TO_EXTENSIONS = /^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com|addons\.mozilla\.org|(?:[\w-]+\.)*accounts\.firefox\.com|support\.mozilla\.org)(?:[/?#]|$)/;

/** A web page Unnag would run on once reloaded. The popup was opened on this tab, so activeTab lets it read the tab's address. */
async function reloadWouldHelp(tabId: number): Promise<boolean> {
  try {
    const url = (await browser.tabs.get(tabId)).url ?? '';
    return /^https?:/.test(url) && !CLOSED_TO_EXTENSIONS.test(url);
  } catch {
    return false;
  }
}

function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

class Popup {
  constructor(
    private readonly app: HTMLElement,
    private readonly tabId: number,
    private readonly hostname: Hostname,
    private readonly store: SettingsStore,
    private page: PageState,
  ) {}

  readonly actions: PopupActions = {
    setSiteEnabled: (on) => this.#save((s) => setSiteEnabled(s, this.hostname, on)),
    setCategory: (category: Category, on) => this.#save((s) => setSiteCategory(s, this.hostname, category, on)),
    show: (id) => void this.#ask({ type: 'reveal', id }),
    collapseAgain: (id) => void this.#ask({ type: 'collapse-again', id }),
    notClutter: (id) => void this.#ask({ type: 'not-clutter', id }),
    pick: () => void this.#startPicker(),
    openOptions,
  };

  render(): void {
    const site = effectiveSiteSettings(this.store.settings, this.hostname);
    renderPopup(this.app, this.hostname, popupModel(this.page, site, this.store.status), this.store.status, this.actions);
  }

  /** Asks the page again: its collapsed elements changed (a switch applied, the page grew). */
  async refresh(): Promise<void> {
    await this.#ask({ type: 'get-page-state' });
  }

  /** A refused edit leaves the settings as they were, but the switch the reader flipped shows it flipped: draw again. */
  #save(edit: (settings: Settings) => Settings): void {
    void this.store.update(edit).then((saved) => saved || this.render());
  }

  async #ask(message: ToContent): Promise<void> {
    const page = await askPage(this.tabId, message);
    if (page) this.page = page;
    this.render();
  }

  async #startPicker(): Promise<void> {
    await askPage(this.tabId, { type: 'start-picker' });
    // The reader picks on the page; an open popup would sit over it. A page of its own is in no one's way.
    if (!openedAsPage) window.close();
  }
}

async function main(): Promise<void> {
  localizeDocument('extName');
  const app = document.getElementById('app')!;
  const tabId = await targetTabId();
  const [page, store] = await Promise.all([
    tabId === undefined ? null : askPage(tabId, { type: 'get-page-state' }),
    openSettingsStore(browserSettingsAreas()),
  ]);
  const hostname = page ? toHostname(page.hostname) : undefined;
  if (tabId === undefined || !page || !hostname) {
    renderUnavailable(app, tabId !== undefined && (await reloadWouldHelp(tabId)), { openOptions });
  } else {
    const popup = new Popup(app, tabId, hostname, store, page);
    popup.render();
    store.watchSite(hostname, () => popup.render());
    store.watchStatus(() => popup.render());
    // The page reports its count whenever what it collapsed changes: that is the moment to ask again.
    browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
      if (sender.tab?.id === tabId && parseToBackground(raw)) void popup.refresh();
      return undefined;
    });
  }
  document.body.dataset.ready = 'true';
}

void main();

/**
 * The background: keeps each tab's count on the toolbar badge, answers the keyboard shortcut, and
 * is the one context that writes settings to sync storage (see src/settings/store.ts), including
 * the rules the reader makes on a page (the content script only reads settings). It also keeps the
 * detector's phrase packs in storage.local for the content script (src/packs/phrase-packs.ts).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { LANGUAGES } from '../detector/phrases';
import { parseToBackground, type RuleSaved, type ToBackground } from '../messaging/messages';
import { storePacks } from '../packs/phrase-packs';
import { browserSettingsAreas } from '../settings/browser-areas';
import { toHostname, type Hostname } from '../settings/hostname';
import type { RuleList } from '../settings/selector';
import { openSettingsStore } from '../settings/store';
import { addAlwaysCollapse, addNotClutter, toggleSite } from '../settings/updates';
import { t } from '../ui/i18n';

// Opened synchronously at the top level, so its storage listener exists whenever an event wakes the worker.
const store = openSettingsStore(browserSettingsAreas(), { syncWriter: true });

// At each start: the packs this version bundles, written only when the stored ones differ (a new
// version, a first install) or are missing or damaged.
storePacks(browser.storage.local, LANGUAGES).catch((error: unknown) => console.warn('Unnag: could not store the phrase packs', error));

/** The site of a web page's address; undefined for any other page (extension, file, browser pages). */
function siteOf(address: string | undefined): Hostname | undefined {
  let url: URL;
  try {
    url = new URL(address ?? '');
  } catch {
    return undefined;
  }
  return /^https?:$/.test(url.protocol) ? toHostname(url.hostname) : undefined;
}

const ADD_RULE: Record<RuleList, typeof addAlwaysCollapse> = { alwaysCollapse: addAlwaysCollapse, notClutter: addNotClutter };

/** Saves a rule for the page that asked; the site comes from the browser's word on the sender, not the message. */
async function addRule({ list, selector }: Extract<ToBackground, { type: 'add-rule' }>, sender: Runtime.MessageSender): Promise<RuleSaved> {
  const hostname = siteOf(sender.url);
  if (!hostname) return { saved: false };
  const settings = await store;
  const saved = await settings.update((current) => ADD_RULE[list](current, hostname, selector));
  // A full list takes no rule (the update changes nothing, and so is "saved"): the page must hear it was not kept.
  return { saved: saved && (settings.settings.sites.get(hostname)?.[list].includes(selector) ?? false) };
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const message = parseToBackground(raw);
  const tabId = sender.tab?.id;
  // Only content scripts (which have a tab) send these.
  if (!message || tabId === undefined || sender.id !== browser.runtime.id) return undefined;
  // Answering once saved keeps the worker awake until then.
  if (message.type === 'add-rule') return addRule(message, sender);
  void browser.action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' });
  void browser.action.setBadgeBackgroundColor({ tabId, color: '#5b6470' });
  return undefined;
});

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-site') return;
  // The shortcut grants activeTab, which makes the tab's URL readable here.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const hostname = siteOf(tab?.url);
  if (!hostname || tab?.id === undefined) return;
  if (await (await store).update((settings) => toggleSite(settings, hostname))) {
    // Saved: a refusal the button told of before is over (the page's count report redraws the badge).
    void browser.action.setTitle({ tabId: tab.id, title: t('actionTitle') });
    return;
  }
  // Storage refused it and the page does not change: the toolbar button says why, for this tab
  // until it navigates (the browser then drops a tab's own badge and title).
  void browser.action.setBadgeText({ tabId: tab.id, text: '!' });
  void browser.action.setTitle({ tabId: tab.id, title: t('storageEditRefused') });
});

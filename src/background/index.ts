/**
 * The background: keeps each tab's count on the toolbar badge, answers the keyboard shortcut, and
 * is the one context that writes settings to sync storage (see src/settings/store.ts).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { parseToBackground } from '../messaging/messages';
import { browserSettingsAreas } from '../settings/browser-areas';
import { toHostname } from '../settings/hostname';
import { openSettingsStore } from '../settings/store';
import { toggleSite } from '../settings/updates';

// Opened synchronously at the top level, so its storage listener exists whenever an event wakes the worker.
const store = openSettingsStore(browserSettingsAreas(), { syncWriter: true });

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const message = parseToBackground(raw);
  const tabId = sender.tab?.id;
  // Only content scripts (which have a tab) report counts.
  if (!message || tabId === undefined || sender.id !== browser.runtime.id) return undefined;
  void browser.action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' });
  void browser.action.setBadgeBackgroundColor({ tabId, color: '#5b6470' });
  return undefined;
});

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-site') return;
  // The shortcut grants activeTab, which makes the tab's URL readable here.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ? new URL(tab.url) : null;
  const hostname = url && /^https?:$/.test(url.protocol) ? toHostname(url.hostname) : undefined;
  if (!hostname) return;
  await (await store).update((settings) => toggleSite(settings, hostname));
});

/**
 * The background: keeps each tab's count on the toolbar badge and answers the keyboard shortcut.
 */
import browser from 'webextension-polyfill';
import { isSiteEnabled, setSiteEnabled } from '../interim-site-switch';
import { parseToBackground } from '../messaging/messages';

browser.runtime.onMessage.addListener((raw: unknown, sender) => {
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
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ? new URL(tab.url) : null;
  if (!url || !/^https?:$/.test(url.protocol)) return;
  await setSiteEnabled(url.hostname, !(await isSiteEnabled(url.hostname)));
});

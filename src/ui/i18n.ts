/**
 * Every string the popup and options page show comes from the `_locales` folder (one messages.json per language). The key type
 * is read from the English file, so a misspelt key fails the type check instead of showing blank.
 */
import browser from 'webextension-polyfill';

export type MessageKey = keyof typeof import('../../_locales/en/messages.json');

/** A message not yet put into words: pure code returns these, the page turns them into text. */
export interface Message {
  readonly key: MessageKey;
  readonly subs?: readonly string[];
}

export function t(key: MessageKey, ...subs: string[]): string {
  return browser.i18n.getMessage(key, subs);
}

export function say(message: Message): string {
  return t(message.key, ...(message.subs ?? []));
}

/** Sets the page's language and direction from the browser's UI language, for screen readers and RTL. */
export function localizeDocument(title: MessageKey): void {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  document.title = t(title);
}

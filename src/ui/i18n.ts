/**
 * Every string the popup and options page show comes from the `_locales` folder (one messages.json per language). The key type
 * is read from the English file, so a misspelt key fails the type check instead of showing blank.
 */
import browser from 'webextension-polyfill';
import { textLanguage, type TextLanguage } from './text-language';

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

/** The language of the extension's words, as the browser chose them. */
export function uiTextLanguage(): TextLanguage {
  return textLanguage((key) => t(key));
}

/** Sets the page's language and direction from the words it shows, for screen readers and RTL. */
export function localizeDocument(title: MessageKey): void {
  const { lang, dir } = uiTextLanguage();
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  document.title = t(title);
}

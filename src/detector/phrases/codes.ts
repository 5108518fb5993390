/**
 * The languages the detector has phrases for, by code, in the order their phrases are added to the
 * matchers (a phrase two languages list counts under the first, and reasons name that one). Only
 * the codes: importing this file brings no phrases into a bundle.
 */
export const LANGUAGE_CODES = ['en', 'ru', 'uk', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'cs', 'nl', 'sv', 'da', 'nb', 'tr', 'id', 'vi', 'ja', 'zh', 'ko', 'ar', 'fa', 'ur', 'he', 'hi', 'mr', 'bn', 'ta', 'te', 'th', 'el', 'ro', 'hu', 'fi', 'sk', 'ca', 'hr', 'sr', 'bg'] as const;

export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export function isLanguageCode(value: string): value is LanguageCode {
  return (LANGUAGE_CODES as readonly string[]).includes(value);
}

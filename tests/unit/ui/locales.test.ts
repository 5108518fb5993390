import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../../src/detector/phrases/codes';
import { format, localeNames, readLocale } from '../../support/locale-files';

/**
 * The settings, popup and on-page words: in every language the detector reads, Portuguese and Chinese
 * each in both their written standards. Folder names are the browsers' (Chrome takes `pt_BR` and
 * `pt_PT`, never a bare `pt`, for a reader in Brazil or Portugal).
 */
const REQUIRED = [
  'ar', 'bg', 'bn', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'fa', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'mr', 'nb', 'nl', 'pl',
  'pt_BR', 'pt_PT', 'ro', 'ru', 'sk', 'sr', 'sv', 'ta', 'te', 'th', 'tr', 'uk', 'ur', 'vi', 'zh_CN', 'zh_TW',
];

/** The `$NAME$` names a message uses, with each placeholder's content ("$1"). */
function placeholderShape(entry: { message: string; placeholders?: Record<string, { content: string }> }): string[] {
  const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
  const declared = Object.entries(entry.placeholders ?? {}).map(([name, p]) => `${name.toLowerCase()}=${p.content}`).sort();
  return [...new Set(used)].concat(declared);
}

describe('_locales', () => {
  const en = readLocale('en');

  it('has every language the detector reads, and no other', () => {
    expect(localeNames()).toEqual(REQUIRED);
    const languages = new Set(localeNames().map((name) => name.split('_')[0]));
    expect([...languages].sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  it.each(localeNames())('%s names its own language and direction (for lang and dir)', (name) => {
    const locale = readLocale(name);
    const tag = name.replace('_', '-');
    expect(locale.languageTag?.message).toBe(tag);
    // Node's own knowledge of the language, not a list of ours.
    const { direction } = (new Intl.Locale(tag) as Intl.Locale & { textInfo: { direction: string } }).textInfo;
    expect(locale.languageDirection?.message).toBe(direction);
  });

  // The Chrome Web Store refuses a package whose name or description, in any language, is longer.
  it.each(localeNames())('%s fits the stores: a name of at most 75 characters, a description of at most 132', (name) => {
    const locale = readLocale(name);
    expect([...locale.extName!.message].length).toBeLessThanOrEqual(75);
    expect([...locale.extDescription!.message].length).toBeLessThanOrEqual(132);
  });

  it.each(localeNames())('%s has exactly the keys of en, each with the same placeholders', (name) => {
    const locale = readLocale(name);
    expect(Object.keys(locale).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(placeholderShape(locale[key]!), `${name}: ${key}`).toEqual(placeholderShape(en[key]!));
      expect(locale[key]!.message.trim(), `${name}: ${key} is empty`).not.toBe('');
    }
  });

  it.each(localeNames())('%s declares every placeholder its messages use, and uses every one it declares', (name) => {
    const locale = readLocale(name);
    for (const [key, entry] of Object.entries(locale)) {
      const used = new Set([...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()));
      const declared = new Set(Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase()));
      expect([...used].sort(), `${name}: ${key}`).toEqual([...declared].sort());
    }
  });

  it('substitutes the way the browser does', () => {
    expect(format(en, 'popupSiteSwitch', ['example.com'])).toBe('Collapse clutter on example.com');
    expect(format(en, 'optionsRuleRemoveLabel', ['.promo', 'example.com'])).toBe('Remove the rule .promo on example.com');
  });
});

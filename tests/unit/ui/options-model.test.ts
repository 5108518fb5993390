import { describe, expect, it } from 'vitest';
import { importErrorMessage, tooLargeToRead } from '../../../src/options/import-messages';
import { findSites, listRules, siteControlId } from '../../../src/options/site-list';
import { toHostname } from '../../../src/settings/hostname';
import { DEFAULT_SETTINGS } from '../../../src/settings/model';
import { toSelector } from '../../../src/settings/selector';
import { MAX_IMPORT_BYTES, parseImport } from '../../../src/settings/transfer';
import { addAlwaysCollapse, addNotClutter, setSiteEnabled } from '../../../src/settings/updates';
import { format, iso, readLocale } from '../../support/locale-files';

const en = readLocale('en');
const host = (name: string) => toHostname(name)!;
const selector = (text: string) => toSelector(text)!;

function refusal(text: string) {
  const result = parseImport(text);
  if (result.ok) throw new Error('expected a refusal');
  const message = importErrorMessage('backup.json', result.error);
  return format(en, message.key, message.subs);
}

describe('import error messages', () => {
  it('name the file and what is wrong with it', () => {
    expect(refusal('{ not json')).toBe(`“${iso('backup.json')}” is not a settings file: its text is not JSON. Nothing was changed.`);
    expect(refusal('{"format":"other-extension","version":2}')).toBe(`“${iso('backup.json')}” is not an Unnag settings file. Nothing was changed.`);
    expect(refusal('{"format":"unnag-settings","version":99}')).toContain('settings version 99');
    expect(refusal('{"format":"unnag-settings","version":2,"sites":{"example.com":{"enabled":"no"}}}')).toBe(
      `“${iso('backup.json')}” has an entry Unnag cannot use: ${iso('sites["example.com"].enabled')}. Nothing was changed.`,
    );
  });

  it('refuse a file too large before reading it, with both sizes in kB', () => {
    expect(tooLargeToRead(MAX_IMPORT_BYTES)).toBeUndefined();
    const error = tooLargeToRead(MAX_IMPORT_BYTES + 1)!;
    const message = importErrorMessage('huge.json', error);
    expect(format(en, message.key, message.subs)).toBe(`“${iso('huge.json')}” is too large for a settings file (1025 kB; at most 1024 kB). Nothing was changed.`);
  });
});

describe('the customised sites and rules', () => {
  let settings = setSiteEnabled(DEFAULT_SETTINGS, host('zeta.example'), false);
  settings = addAlwaysCollapse(settings, host('alpha.example'), selector('.promo'));
  settings = addNotClutter(settings, host('alpha.example'), selector('#letters'));
  settings = addAlwaysCollapse(settings, host('news.example'), selector('aside.app'));

  it('are found by part of the name, any case, www. ignored, in alphabetical order', () => {
    expect(findSites(settings, '').map((s) => s.hostname)).toEqual(['alpha.example', 'news.example', 'zeta.example']);
    expect(findSites(settings, 'WWW.Ne').map((s) => s.hostname)).toEqual(['news.example']);
    expect(findSites(settings, 'nothing')).toEqual([]);
  });

  it('list every rule by site, picks before "not clutter"', () => {
    expect(listRules(settings)).toEqual([
      { hostname: 'alpha.example', kind: 'alwaysCollapse', selector: '.promo' },
      { hostname: 'alpha.example', kind: 'notClutter', selector: '#letters' },
      { hostname: 'news.example', kind: 'alwaysCollapse', selector: 'aside.app' },
    ]);
  });
});

describe('the ids of a site\'s controls', () => {
  it('differ for sites whose names differ only where an id cannot hold the character', () => {
    const names = ['a.b.example', 'a_b.example', 'a-b.example', 'a._b.example', 'a_.b.example', '[::1]', '[1::]', '127.0.0.1'];
    const ids = names.map((name) => siteControlId(host(name), 'enabled'));
    expect(new Set(ids).size).toBe(names.length);
    for (const id of ids) expect(id).toMatch(/^site-[a-z0-9_-]+-enabled$/);
    expect(siteControlId(host('127.0.0.1'), 'enabled')).toBe('site-127_2e0_2e0_2e1-enabled');
  });
});

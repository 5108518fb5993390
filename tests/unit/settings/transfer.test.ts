import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../src/settings/model';
import { MAX_SELECTORS_PER_LIST } from '../../../src/settings/selector';
import { exportSettings, MAX_IMPORT_BYTES, parseImport } from '../../../src/settings/transfer';
import {
  addAlwaysCollapse,
  addNotClutter,
  setDisplay,
  setGlobalCategory,
  setSensitivity,
  setSiteCategory,
  toggleSite,
} from '../../../src/settings/updates';
import { css, host } from './helpers';

function richSettings() {
  let settings = setDisplay(DEFAULT_SETTINGS, 'no-trace');
  settings = setSensitivity(settings, 'thorough');
  settings = setGlobalCategory(settings, 'promo', false);
  settings = toggleSite(settings, host('example.com'));
  settings = setSiteCategory(settings, host('news.example.org'), 'donation', false);
  settings = addAlwaysCollapse(settings, host('news.example.org'), css('div[data-x="1"] > .ad'));
  settings = addNotClutter(settings, host('news.example.org'), css('#sidebar'));
  settings = toggleSite(settings, host('__proto__'));
  return settings;
}

function importOf(document: unknown) {
  return parseImport(JSON.stringify(document));
}

describe('export', () => {
  it('marks the file and names fields in full', () => {
    const file = JSON.parse(exportSettings(richSettings()));
    expect(file).toMatchObject({ format: 'unnag-settings', version: SETTINGS_VERSION });
    expect(file.sites['example.com']).toEqual({ enabled: false });
    expect(file.sites['news.example.org']).toEqual({
      categories: { donation: false },
      alwaysCollapse: ['div[data-x="1"] > .ad'],
      notClutter: ['#sidebar'],
    });
  });

  it('round-trips exactly through import', () => {
    for (const settings of [DEFAULT_SETTINGS, richSettings()]) {
      const result = parseImport(exportSettings(settings));
      expect(result).toEqual({ ok: true, settings });
      if (result.ok) expect(exportSettings(result.settings)).toBe(exportSettings(settings));
    }
  });
});

describe('import errors', () => {
  const valid = () => JSON.parse(exportSettings(richSettings()));

  it('not-json for text that is not JSON', () => {
    expect(parseImport('{"format": "unnag-settings", ')).toMatchObject({ ok: false, error: { code: 'not-json' } });
  });

  it('not-unnag for JSON without or with another format marker', () => {
    expect(importOf([1, 2])).toEqual({ ok: false, error: { code: 'not-unnag' } });
    expect(importOf({ version: 2 })).toEqual({ ok: false, error: { code: 'not-unnag' } });
    expect(importOf({ format: 'darkreader', version: 2 })).toEqual({
      ok: false,
      error: { code: 'not-unnag', detail: 'darkreader' },
    });
  });

  it('too-large for files over 1 MB, before parsing them', () => {
    const huge = JSON.stringify({ format: 'unnag-settings', version: 2, pad: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(parseImport(huge)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    // Counted in bytes: multi-byte characters make a file large before its length does.
    const wide = '"' + 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1) + '"';
    expect(parseImport(wide)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('unsupported-version for a file from a newer Unnag or an unknown old one', () => {
    expect(importOf({ ...valid(), version: SETTINGS_VERSION + 1 })).toEqual({
      ok: false,
      error: { code: 'unsupported-version', detail: String(SETTINGS_VERSION + 1) },
    });
    expect(importOf({ ...valid(), version: 0 })).toMatchObject({ ok: false, error: { code: 'invalid-entry', detail: 'version' } });
  });

  it.each([
    ['a selector of the wrong type', (d: any) => (d.sites['news.example.org'].alwaysCollapse = ['.a', '.b', 7]), 'sites["news.example.org"].alwaysCollapse[2]'],
    ['an unknown site field', (d: any) => (d.sites['example.com'].colour = 'red'), 'sites["example.com"].colour'],
    ['an unknown top-level field', (d: any) => (d.extra = true), 'extra'],
    ['a hostname that is not normal', (d: any) => (d.sites['WWW.Example.net'] = { enabled: false }), 'sites["WWW.Example.net"]'],
    ['a display that does not exist', (d: any) => (d.global.display = 'hidden'), 'global.display'],
    ['a category that does not exist', (d: any) => (d.global.categories.weather = true), 'global.categories.weather'],
    ['a switch that is not a boolean', (d: any) => (d.sites['example.com'].enabled = 'no'), 'sites["example.com"].enabled'],
    ['a version that is not a number', (d: any) => (d.version = '2'), 'version'],
    ['too many selectors', (d: any) => (d.sites['example.com'].notClutter = Array.from({ length: MAX_SELECTORS_PER_LIST + 1 }, (_, i) => `.n${i}`)), 'sites["example.com"].notClutter'],
    ['sites that are a list', (d: any) => (d.sites = []), 'sites'],
  ])('invalid-entry naming the path for %s', (_name, damage, path) => {
    const document = valid();
    damage(document);
    expect(importOf(document)).toEqual({ ok: false, error: { code: 'invalid-entry', detail: path } });
  });
});

describe('import of an earlier version', () => {
  it('lifts a version 1 file', () => {
    const result = importOf({
      format: 'unnag-settings',
      version: 1,
      categories: { donation: true, reminder: false, newsletter: true, promo: true },
      disabledSites: ['www.Example.com', 'news.example.org'],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.global.categories.reminder).toBe(false);
    expect([...result.settings.sites]).toEqual([
      ['example.com', { enabled: false, categories: {}, alwaysCollapse: [], notClutter: [] }],
      ['news.example.org', { enabled: false, categories: {}, alwaysCollapse: [], notClutter: [] }],
    ]);
  });

  it('names the bad entry of a version 1 file by its version 1 path', () => {
    expect(importOf({ format: 'unnag-settings', version: 1, categories: {}, disabledSites: ['ok.com', 'not a host'] })).toEqual({
      ok: false,
      error: { code: 'invalid-entry', detail: 'disabledSites[1]' },
    });
  });
});

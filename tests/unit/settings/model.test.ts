import { describe, expect, it } from 'vitest';
import { isHostname, toHostname } from '../../../src/settings/hostname';
import { DEFAULT_SETTINGS, effectiveSiteSettings, type Settings } from '../../../src/settings/model';
import { MAX_SELECTOR_LENGTH, MAX_SELECTORS_PER_LIST, toSelector } from '../../../src/settings/selector';
import {
  addAlwaysCollapse,
  addNotClutter,
  removeAlwaysCollapse,
  removeNotClutter,
  resetAll,
  resetSite,
  setDisplay,
  setGlobalCategory,
  setSensitivity,
  setSiteCategory,
  setSiteEnabled,
  toggleSite,
  toggleSiteCategory,
} from '../../../src/settings/updates';
import { css, host } from './helpers';

describe('hostnames', () => {
  it('share one key for www, case and a trailing dot', () => {
    expect(toHostname('WWW.Example.COM.')).toBe('example.com');
    expect(toHostname('  news.example.co.uk ')).toBe('news.example.co.uk');
    expect(toHostname('[::1]')).toBe('[::1]');
  });

  it('refuse what is not a site', () => {
    for (const raw of ['', 'a b.com', 'example..com', 'https://example.com', 'x'.repeat(254)]) {
      expect(toHostname(raw)).toBeUndefined();
    }
  });

  it('count only the normal form as valid in storage', () => {
    expect(isHostname('example.com')).toBe(true);
    expect(isHostname('www.example.com')).toBe(false);
    expect(isHostname('Example.com')).toBe(false);
  });
});

describe('selectors', () => {
  it('are trimmed and bounded', () => {
    expect(toSelector('  .promo ')).toBe('.promo');
    expect(toSelector('')).toBeUndefined();
    expect(toSelector('a\nb')).toBeUndefined();
    expect(toSelector('x'.repeat(MAX_SELECTOR_LENGTH + 1))).toBeUndefined();
  });
});

describe('effective site settings', () => {
  const site = host('example.com');

  it('are the global defaults for a site without an override', () => {
    expect(effectiveSiteSettings(DEFAULT_SETTINGS, site)).toEqual({
      hostname: 'example.com',
      enabled: true,
      categories: { donation: true, reminder: true, newsletter: true, promo: true },
      display: 'placeholder',
      sensitivity: 'balanced',
      alwaysCollapse: [],
      notClutter: [],
    });
  });

  it('merge the site override over the global choices', () => {
    let settings = setDisplay(DEFAULT_SETTINGS, 'no-trace');
    settings = setGlobalCategory(settings, 'promo', false);
    settings = setSiteCategory(settings, site, 'donation', false);
    settings = addAlwaysCollapse(settings, site, css('.ad'));
    const effective = effectiveSiteSettings(settings, site);
    expect(effective.categories).toEqual({ donation: false, reminder: true, newsletter: true, promo: false });
    expect(effective.display).toBe('no-trace');
    expect(effective.alwaysCollapse).toEqual(['.ad']);
    expect(effectiveSiteSettings(settings, host('other.org')).categories.donation).toBe(true);
  });
});

describe('updaters', () => {
  const site = host('example.com');

  it('never change their input', () => {
    const before = structuredClone(DEFAULT_SETTINGS);
    toggleSite(DEFAULT_SETTINGS, site);
    setSensitivity(DEFAULT_SETTINGS, 'thorough');
    expect(DEFAULT_SETTINGS).toEqual(before);
  });

  it('return the same object when nothing changes', () => {
    expect(setSiteEnabled(DEFAULT_SETTINGS, site, true)).toBe(DEFAULT_SETTINGS);
    expect(setDisplay(DEFAULT_SETTINGS, 'placeholder')).toBe(DEFAULT_SETTINGS);
    expect(removeNotClutter(DEFAULT_SETTINGS, site, css('.x'))).toBe(DEFAULT_SETTINGS);
    expect(resetAll(DEFAULT_SETTINGS)).toBe(DEFAULT_SETTINGS);
  });

  it('toggle a site off and back, leaving no empty override behind', () => {
    const off = toggleSite(DEFAULT_SETTINGS, site);
    expect(off.sites.get(site)?.enabled).toBe(false);
    expect(toggleSite(off, site).sites.size).toBe(0);
  });

  it('keep only category switches that differ from the global one', () => {
    const off = toggleSiteCategory(DEFAULT_SETTINGS, site, 'newsletter');
    expect(off.sites.get(site)?.categories).toEqual({ newsletter: false });
    expect(toggleSiteCategory(off, site, 'newsletter').sites.size).toBe(0);

    const globallyOff = setGlobalCategory(DEFAULT_SETTINGS, 'promo', false);
    const on = toggleSiteCategory(globallyOff, site, 'promo');
    expect(on.sites.get(site)?.categories).toEqual({ promo: true });
    expect(effectiveSiteSettings(on, site).categories.promo).toBe(true);
  });

  it('add and remove selectors without duplicates, a pick overruling the opposite mark', () => {
    let settings = addNotClutter(DEFAULT_SETTINGS, site, css('.box'));
    settings = addAlwaysCollapse(settings, site, css('.box'));
    settings = addAlwaysCollapse(settings, site, css('.box'));
    expect(settings.sites.get(site)).toMatchObject({ alwaysCollapse: ['.box'], notClutter: [] });
    settings = addNotClutter(settings, site, css('.box'));
    expect(settings.sites.get(site)).toMatchObject({ alwaysCollapse: [], notClutter: ['.box'] });
    settings = removeNotClutter(settings, site, css('.box'));
    expect(settings.sites.size).toBe(0);
    settings = removeAlwaysCollapse(addAlwaysCollapse(settings, site, css('.a')), site, css('.a'));
    expect(settings.sites.size).toBe(0);
  });

  it('stop adding selectors at the list limit', () => {
    let settings: Settings = DEFAULT_SETTINGS;
    for (let i = 0; i <= MAX_SELECTORS_PER_LIST; i++) settings = addAlwaysCollapse(settings, site, css(`.item-${i}`));
    expect(settings.sites.get(site)?.alwaysCollapse).toHaveLength(MAX_SELECTORS_PER_LIST);
  });

  it('move no rule half way: a mark the full list cannot take stays where it was', () => {
    let settings = addAlwaysCollapse(DEFAULT_SETTINGS, site, css('.box'));
    for (let i = 0; i < MAX_SELECTORS_PER_LIST; i++) settings = addNotClutter(settings, site, css(`.kept-${i}`));
    expect(addNotClutter(settings, site, css('.box')), 'the pick stays a pick').toBe(settings);
    expect(addNotClutter(settings, site, css('.kept-3')), 'one already on the list').toBe(settings);
    // A list with room still takes a rule off the other.
    const moved = addAlwaysCollapse(settings, site, css('.kept-3'));
    expect(moved.sites.get(site)).toMatchObject({ alwaysCollapse: ['.box', '.kept-3'] });
    expect(moved.sites.get(site)?.notClutter).toHaveLength(MAX_SELECTORS_PER_LIST - 1);
  });

  it('reset one site or everything', () => {
    let settings = toggleSite(DEFAULT_SETTINGS, site);
    settings = toggleSite(settings, host('other.org'));
    settings = setSensitivity(settings, 'cautious');
    const oneReset = resetSite(settings, site);
    expect([...oneReset.sites.keys()]).toEqual(['other.org']);
    expect(resetAll(settings)).toEqual(DEFAULT_SETTINGS);
  });

  it('keep a site named __proto__ as a plain key', () => {
    const settings = toggleSite(DEFAULT_SETTINGS, host('__proto__'));
    expect(settings.sites.get(host('__proto__'))?.enabled).toBe(false);
  });
});

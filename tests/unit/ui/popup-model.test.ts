import { describe, expect, it } from 'vitest';
import type { CollapsedItem, PageState } from '../../../src/messaging/messages';
import { toHostname } from '../../../src/settings/hostname';
import { DEFAULT_SETTINGS, effectiveSiteSettings } from '../../../src/settings/model';
import { MAX_SELECTORS_PER_LIST, toSelector } from '../../../src/settings/selector';
import { addAlwaysCollapse, addNotClutter, setSiteCategory, setSiteEnabled } from '../../../src/settings/updates';
import { SYNCED, type StorageStatus } from '../../../src/settings/status';
import { popupModel } from '../../../src/popup/view-model';

const host = toHostname('news.example')!;
const item = (id: number, kind: CollapsedItem['kind'], revealed = false): CollapsedItem => ({ id, kind, preview: `item ${id}`, reasons: [], revealed });
const page = (items: CollapsedItem[], unsavedChoice = false, syncUnread = false): PageState => ({ hostname: 'news.example', enabled: true, items, unsavedChoice, syncUnread });

describe('popupModel', () => {
  it('counts what is collapsed now, per category, leaving reopened elements out', () => {
    const model = popupModel(
      page([item(1, 'donation'), item(2, 'donation', true), item(3, 'newsletter'), item(4, 'custom'), item(5, 'donation')]),
      effectiveSiteSettings(DEFAULT_SETTINGS, host),
      SYNCED,
    );
    expect(model.collapsed).toBe(4);
    expect(model.categories.map((row) => [row.category, row.on, row.collapsed])).toEqual([
      ['donation', true, 2],
      ['reminder', true, 0],
      ['newsletter', true, 1],
      ['promo', true, 0],
    ]);
  });

  it('says a choice made on the page was not saved only when the page says so', () => {
    const site = effectiveSiteSettings(DEFAULT_SETTINGS, host);
    expect(popupModel(page([item(1, 'custom')]), site, SYNCED).unsavedChoice).toBe(false);
    expect(popupModel(page([item(1, 'custom')], true), site, SYNCED).unsavedChoice).toBe(true);
  });

  it('says the page missed the synced settings only when sync holds some of them and the popup says nothing of it', () => {
    const site = effectiveSiteSettings(DEFAULT_SETTINGS, host);
    const misses = (syncUnread: boolean, status: StorageStatus) => popupModel(page([], false, syncUnread), site, status).pageMissesSync;
    expect(misses(false, SYNCED)).toBe(false);
    expect(misses(true, SYNCED)).toBe(true);
    expect(misses(true, { where: 'mixed', reason: 'quota-bytes' })).toBe(true);
    // Everything is on this device, or the popup cannot read sync either and says so itself.
    expect(misses(true, { where: 'local', reason: 'sync-unavailable' })).toBe(false);
    expect(misses(true, { where: 'nowhere', reason: 'sync-unreadable' })).toBe(false);
    // A refused edit hides where the settings are: nothing is claimed of sync then.
    expect(misses(true, { where: 'nowhere', reason: 'local-write' })).toBe(false);
  });

  it('lists collapsed items first, then reopened ones, each in page order', () => {
    const model = popupModel(page([item(3, 'promo', true), item(2, 'promo'), item(1, 'donation', true), item(4, 'reminder')]), effectiveSiteSettings(DEFAULT_SETTINGS, host), SYNCED);
    expect(model.items.map((i) => i.id)).toEqual([2, 4, 1, 3]);
  });

  it('shows the site’s own switches', () => {
    let settings = setSiteCategory(DEFAULT_SETTINGS, host, 'promo', false);
    settings = setSiteEnabled(settings, host, false);
    const model = popupModel(page([]), effectiveSiteSettings(settings, host), SYNCED);
    expect(model.enabled).toBe(false);
    expect(model.categories.find((row) => row.category === 'promo')?.on).toBe(false);
    expect(model.categories.find((row) => row.category === 'donation')?.on).toBe(true);
  });

  it('says when the site keeps no more picks or "not clutter" marks, and not a rule before', () => {
    const fill = (add: typeof addAlwaysCollapse, count: number) => {
      let settings = DEFAULT_SETTINGS;
      for (let i = 0; i < count; i++) settings = add(settings, host, toSelector(`.rule-${i}`)!);
      return popupModel(page([]), effectiveSiteSettings(settings, host), SYNCED).rulesFull;
    };
    expect([fill(addAlwaysCollapse, MAX_SELECTORS_PER_LIST - 1), fill(addAlwaysCollapse, MAX_SELECTORS_PER_LIST)]).toEqual([false, true]);
    expect([fill(addNotClutter, MAX_SELECTORS_PER_LIST - 1), fill(addNotClutter, MAX_SELECTORS_PER_LIST)]).toEqual([false, true]);
  });
});

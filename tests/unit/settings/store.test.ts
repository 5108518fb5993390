import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { Logger, StorageAreaLike } from '../../../src/settings/areas';
import type { Hostname } from '../../../src/settings/hostname';
import type { SettingsV1 } from '../../../src/settings/migrations';
import { bucketKey, siteKey } from '../../../src/settings/layout';
import { DEFAULT_SETTINGS, effectiveSiteSettings, type EffectiveSiteSettings, type Settings } from '../../../src/settings/model';
import { MAX_SELECTORS_PER_LIST } from '../../../src/settings/selector';
import { openSettingsStore, type SettingsStore, type SettingsStoreOptions } from '../../../src/settings/store';
import type { StorageStatus } from '../../../src/settings/status';
import {
  addAlwaysCollapse,
  addNotClutter,
  resetAll,
  resetSite,
  setDisplay,
  setSiteCategory,
  toggleSite,
} from '../../../src/settings/updates';
import { CHROME_SYNC_QUOTAS, createDevice, relay, type FakeDevice } from './fake-storage';
import { css, host } from './helpers';

let logger: { warn: Mock<Logger['warn']> };
const opened: SettingsStore[] = [];

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-28T12:00:00Z') });
  logger = { warn: vi.fn<Logger['warn']>() };
});

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  vi.useRealTimers();
});

async function open(device: FakeDevice, options: SettingsStoreOptions = {}): Promise<SettingsStore> {
  const store = await openSettingsStore(device.areas, { logger, ...options });
  opened.push(store);
  return store;
}

const writer = (device: FakeDevice) => open(device, { syncWriter: true });

/** Lets debounce timers, change events and relayed writes run their course. */
const settle = (ms = 5_000) => vi.advanceTimersByTimeAsync(ms);

/** A fresh context reading only what storage holds. */
async function reread(device: FakeDevice): Promise<Settings> {
  const store = await openSettingsStore(device.areas, { logger });
  await store.close();
  return store.settings;
}

/** Sites customised in several realistic ways, with names as long as real news sites'. */
function customise(settings: Settings, from: number, count: number): Settings {
  for (let i = from; i < from + count; i++) {
    const site = host(`www.regional-news-${i}.example.com`);
    if (i % 3 === 0) settings = toggleSite(settings, site);
    else if (i % 3 === 1) settings = addAlwaysCollapse(settings, site, css('.newsletter-signup'));
    else settings = setSiteCategory(settings, site, 'donation', false);
  }
  return settings;
}

function warnedPaths(): string[] {
  return logger.warn.mock.calls.map(([, problem]) => (problem as { path?: string }).path ?? '').filter(Boolean);
}

/** Two hostnames that share a sync bucket, and one that does not. */
function sameBucketPair(): [Hostname, Hostname, Hostname] {
  const first = host('site-0.example');
  for (let i = 1; ; i++) {
    const other = host(`site-${i}.example`);
    if (bucketKey(other) === bucketKey(first)) {
      for (let j = i + 1; ; j++) {
        const third = host(`site-${j}.example`);
        if (bucketKey(third) !== bucketKey(first)) return [first, other, third];
      }
    }
  }
}

/** Two devices whose sync areas the sync server connects, each with its background. */
async function pair(): Promise<{ a: FakeDevice; b: FakeDevice; storeA: SettingsStore; storeB: SettingsStore }> {
  const a = createDevice();
  const b = createDevice();
  relay(a, b);
  return { a, b, storeA: await writer(a), storeB: await writer(b) };
}

describe('a single device', () => {
  it('starts from the defaults on empty storage', async () => {
    const store = await writer(createDevice());
    expect(store.settings).toEqual(DEFAULT_SETTINGS);
    expect(store.status).toEqual({ where: 'sync' });
  });

  it('keeps an edit in local at once and in sync after the delay, stripped to what differs', async () => {
    const device = createDevice();
    const store = await writer(device);
    const site = host('example.com');
    await store.update((s) => toggleSite(s, site));
    expect(device.local.peek('s:example.com')).toEqual({ t: Date.now(), e: 0 });
    expect(device.sync.writeLog).toHaveLength(0);

    await settle(1_000);
    expect(device.sync.peek(bucketKey(site))).toEqual({ 'example.com': { t: Date.now() - 1_000, e: 0 } });
    expect(device.sync.keys()).toEqual([bucketKey(site)]);
    expect((await reread(device)).sites.get(site)?.enabled).toBe(false);
  });

  it('stores the global item with defaults left out', async () => {
    const device = createDevice();
    const store = await writer(device);
    await store.update((s) => setDisplay(s, 'no-trace'));
    await settle();
    expect(device.sync.peek('g')).toEqual({ v: 2, t: expect.any(Number), d: 'no-trace' });
  });

  it('lets the popup close right after a click: the background forwards its edit to sync', async () => {
    const device = createDevice();
    await writer(device);
    const popup = await openSettingsStore(device.areas, { logger });
    await popup.update((s) => addNotClutter(s, host('example.com'), css('#comments')));
    // The popup window goes away here without closing its store or waiting for anything.
    expect(device.sync.writeLog).toHaveLength(0);
    await settle();
    expect(device.sync.peek(bucketKey(host('example.com')))).toEqual({
      'example.com': { t: expect.any(Number), n: ['#comments'] },
    });
  });

  it('tells a page in another tab about an edit made in the popup', async () => {
    const device = createDevice();
    const tab = await open(device);
    const popup = await open(device);
    const seen: EffectiveSiteSettings[] = [];
    tab.watchSite(host('example.com'), (site) => seen.push(site));
    await popup.update((s) => setSiteCategory(s, host('example.com'), 'newsletter', false));
    await settle(0);
    expect(seen.map((site) => site.categories.newsletter)).toEqual([false]);
  });

  it('stops writing an edit to storage.local once it is there, in a browser that reports unchanged writes as changes (Firefox)', async () => {
    const device = createDevice();
    device.local.reportsUnchangedSets = true;
    await writer(device);
    const popup = await open(device);
    const site = host('example.com');
    // Switched off in an order other than the one storage keeps them in.
    await popup.update((s) => setSiteCategory(s, site, 'promo', false));
    await popup.update((s) => setSiteCategory(s, site, 'donation', false));
    await settle();
    const siteWrites = () => device.local.writeLog.filter(({ keys }) => keys.includes(siteKey(site))).length;
    // One write per edit, and one more: the first write's change event arrives after the second
    // edit, with the older entry, and the newer one is written again.
    expect(siteWrites()).toBe(3);
    await settle(60_000);
    expect(siteWrites()).toBe(3);
    expect(effectiveSiteSettings(popup.settings, site).categories).toMatchObject({ promo: false, donation: false });
  });

  it('resets one site and everything, and the resets reach storage', async () => {
    const device = createDevice();
    const store = await writer(device);
    await store.update((s) => toggleSite(toggleSite(s, host('a.com')), host('b.com')));
    await store.update((s) => resetSite(s, host('a.com')));
    await settle();
    expect([...(await reread(device)).sites.keys()]).toEqual(['b.com']);
    await store.update(resetAll);
    await settle();
    expect(await reread(device)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('living inside the sync quota', () => {
  it('fits 1,000 customised sites in sync', async () => {
    const device = createDevice();
    const store = await writer(device);
    await store.update((s) => customise(s, 0, 1_000));
    await settle();

    expect(store.status).toEqual({ where: 'sync' });
    expect(logger.warn).not.toHaveBeenCalled();
    const usage = await store.usage();
    expect(usage?.bytesInUse).toBeLessThan(CHROME_SYNC_QUOTAS.quotaBytes);
    expect(usage?.items).toBeLessThanOrEqual(257);

    const syncOnly = createDevice();
    for (const key of device.sync.keys()) syncOnly.sync.plant(key, device.sync.peek(key));
    const elsewhere = await reread(syncOnly);
    expect(elsewhere.sites.size).toBe(1_000);
    expect(elsewhere).toEqual(store.settings);
  });

  it('keeps what does not fit in local, says so, and loses nothing', async () => {
    const device = createDevice();
    const store = await writer(device);
    await store.update((s) => customise(s, 0, 2_500));
    await settle();

    expect(store.status).toEqual({ where: 'mixed', reason: 'quota-bytes' });
    expect(await device.sync.getBytesInUse()).toBeLessThanOrEqual(CHROME_SYNC_QUOTAS.quotaBytes);
    const syncOnly = createDevice();
    for (const key of device.sync.keys()) syncOnly.sync.plant(key, device.sync.peek(key));
    const synced = (await reread(syncOnly)).sites.size;
    expect(synced).toBeGreaterThan(1_000);
    expect(synced).toBeLessThan(2_500);

    const back = await reread(device);
    expect(back.sites.size).toBe(2_500);
    expect(back).toEqual(store.settings);
    const last = effectiveSiteSettings(back, host('regional-news-2498.example.com'));
    expect(last.enabled).toBe(true);
    expect(last.categories.donation).toBe(false);
  });

  it('keeps a site too large for one sync item in local', async () => {
    const device = createDevice();
    const store = await writer(device);
    const site = host('selector-heavy.example');
    await store.update((s) => {
      for (let i = 0; i < MAX_SELECTORS_PER_LIST; i++) {
        const deep = 'div.generated-class-name-that-picker-tools-tend-to-produce-abcdef';
        s = addAlwaysCollapse(s, site, css(`main > section:nth-of-type(${i}) > ${deep}`));
        s = addNotClutter(s, site, css(`main > article:nth-of-type(${i}) > ${deep}`));
      }
      return toggleSite(s, host('small.example'));
    });
    await settle();
    expect(store.status).toEqual({ where: 'mixed', reason: 'quota-item' });
    expect(device.sync.peek(bucketKey(host('small.example')))).toBeDefined();
    expect((await reread(device)).sites.get(site)?.alwaysCollapse).toHaveLength(MAX_SELECTORS_PER_LIST);
  });

  it('lets the sites that share a bucket with one too large for sync go on syncing, and names the large one', async () => {
    const [laptopDevice, phoneDevice] = [createDevice(), createDevice()];
    relay(laptopDevice, phoneDevice);
    const [laptop, phone] = [await writer(laptopDevice), await writer(phoneDevice)];
    const [heavy, small] = sameBucketPair();
    await laptop.update((s) => {
      for (let i = 0; i < MAX_SELECTORS_PER_LIST; i++) {
        const deep = 'div.generated-class-name-that-picker-tools-tend-to-produce-abcdef';
        s = addAlwaysCollapse(s, heavy, css(`main > section:nth-of-type(${i}) > ${deep}`));
        s = addNotClutter(s, heavy, css(`main > article:nth-of-type(${i}) > ${deep}`));
      }
      return s;
    });
    await settle(30_000);
    expect(laptop.status).toEqual({ where: 'mixed', reason: 'quota-item' });
    await laptop.update((s) => toggleSite(s, small));
    await settle(30_000);
    expect(phone.settings.sites.get(small)?.enabled).toBe(false);
    expect(laptop.status, 'still kept on the device').toEqual({ where: 'mixed', reason: 'quota-item' });
    expect((await reread(laptopDevice)).sites.get(heavy)?.alwaysCollapse).toHaveLength(MAX_SELECTORS_PER_LIST);
    // Once it fits again, it syncs, and the status says so.
    await laptop.update((s) => resetSite(s, heavy));
    await settle(30_000);
    expect(laptop.status).toEqual({ where: 'sync' });
  });

  it('coalesces a burst of edits into one write', async () => {
    const device = createDevice();
    const store = await writer(device);
    for (let i = 0; i < 200; i++) await store.update((s) => toggleSite(s, host(`burst-${i}.example`)));
    await settle();
    expect(device.sync.writeLog).toHaveLength(1);
    expect((await reread(device)).sites.size).toBe(200);
  });

  it('stays under the per-minute and per-hour write caps through an hour of constant editing', async () => {
    const device = createDevice();
    const store = await writer(device);
    // One edit every 400 ms for 40 minutes: unthrottled, 150 writes a minute and 6,000 in all.
    for (let i = 0; i < 6_000; i++) {
      await store.update((s) => toggleSite(s, host(`edit-${i % 50}.example`)));
      await vi.advanceTimersByTimeAsync(400);
    }
    await settle(3_600_000);

    const times = device.sync.writeLog.map((write) => write.time);
    // The hour cap, not the delay, is what held writes back.
    expect(times.length).toBeGreaterThan(CHROME_SYNC_QUOTAS.writesPerHour);
    const most = (window: number) => Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + window).length));
    expect(most(60_000)).toBeLessThanOrEqual(CHROME_SYNC_QUOTAS.writesPerMinute);
    expect(most(3_600_000)).toBeLessThanOrEqual(CHROME_SYNC_QUOTAS.writesPerHour);
    expect(logger.warn).not.toHaveBeenCalled();
    expect(store.status).toEqual({ where: 'sync' });
    expect(await reread(device)).toEqual(store.settings);
  }, 120_000);
});

describe('when sync fails', () => {
  it('keeps everything in local where the browser has no sync storage', async () => {
    const device = createDevice();
    const areas = { ...device.areas, sync: undefined };
    const store = await openSettingsStore(areas, { logger, syncWriter: true });
    opened.push(store);
    await store.update((s) => toggleSite(s, host('example.com')));
    await settle();
    expect(store.status).toEqual({ where: 'local', reason: 'sync-unavailable' });
    expect(await store.usage()).toBeUndefined();
    const back = await openSettingsStore(areas, { logger });
    expect(back.settings.sites.get(host('example.com'))?.enabled).toBe(false);
    await back.close();
  });

  it('keeps everything in local when reading sync throws', async () => {
    const device = createDevice();
    device.sync.failure = new Error('sync is disabled');
    const store = await writer(device);
    await store.update((s) => toggleSite(s, host('example.com')));
    await settle();
    expect(store.status).toEqual({ where: 'local', reason: 'sync-error' });
    expect((await reread(device)).sites.size).toBe(1);
  });

  it('reports a failing sync write, keeps the edit, and tells other contexts', async () => {
    const device = createDevice();
    const store = await writer(device);
    const popup = await open(device);
    const seen: StorageStatus[] = [];
    popup.watchStatus((status) => seen.push(status));
    device.sync.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    await store.update((s) => toggleSite(s, host('example.com')));
    await settle();
    expect(store.status).toEqual({ where: 'mixed', reason: 'quota-bytes' });
    expect(popup.status).toEqual({ where: 'mixed', reason: 'quota-bytes' });
    expect(seen.at(-1)).toEqual({ where: 'mixed', reason: 'quota-bytes' });
    expect((await reread(device)).sites.size).toBe(1);
  });
});

describe('when storage refuses an edit', () => {
  it('takes back an edit storage.local refuses, says so in the window that made it, and keeps every other setting', async () => {
    const device = createDevice();
    const background = await writer(device);
    const popup = await open(device);
    const site = host('example.com');
    expect(await popup.update((s) => addAlwaysCollapse(s, site, css('.promo')))).toBe(true);
    await settle();
    const seen: Settings[] = [];
    popup.subscribe((settings) => seen.push(settings));

    device.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    expect(await popup.update((s) => toggleSite(setDisplay(s, 'no-trace'), site))).toBe(false);
    expect(popup.status).toEqual({ where: 'nowhere', reason: 'local-write' });
    expect(popup.settings).toEqual(background.settings);
    expect(popup.settings.global.display).toBe('placeholder');
    expect(popup.settings.sites.get(site)).toMatchObject({ enabled: true, alwaysCollapse: ['.promo'] });
    expect(seen.at(-1)).toEqual(popup.settings);
    // The refusal is this window's own: the background saw nothing and publishes nothing of it.
    expect(background.status).toEqual({ where: 'sync' });

    Reflect.deleteProperty(device.local, 'set');
    expect(await popup.update((s) => toggleSite(s, site))).toBe(true);
    expect(popup.status).toEqual({ where: 'sync' });
    await settle();
    expect((await reread(device)).sites.get(site)).toMatchObject({ enabled: false, alwaysCollapse: ['.promo'] });
  });

  it("refuses edits in a window that cannot read sync while the background can, so another device's rules survive", async () => {
    const { b: laptop, storeA: phoneBackground, storeB: laptopBackground } = await pair();
    const site = host('example.com');
    await phoneBackground.update((s) => addAlwaysCollapse(s, site, css('.promo')));
    await settle(30_000);
    expect(laptopBackground.settings.sites.get(site)?.alwaysCollapse).toEqual(['.promo']);

    let readFails = true;
    const sync = laptop.areas.sync!;
    const flakySync: StorageAreaLike = {
      get: (keys) => (readFails ? Promise.reject(new Error('IO error')) : sync.get(keys)),
      set: (items) => sync.set(items),
      remove: (keys) => sync.remove(keys),
    };
    const popup = await openSettingsStore({ ...laptop.areas, sync: flakySync }, { logger });
    opened.push(popup);
    expect(popup.settings.sites.has(site)).toBe(false);
    expect(popup.status).toEqual({ where: 'nowhere', reason: 'sync-unreadable' });

    expect(await popup.update((s) => toggleSite(s, site))).toBe(false);
    await settle(30_000);
    for (const store of [phoneBackground, laptopBackground]) {
      expect(store.settings.sites.get(site)).toMatchObject({ enabled: true, alwaysCollapse: ['.promo'] });
    }

    readFails = false;
    expect(await popup.update((s) => toggleSite(s, site))).toBe(true);
    expect(popup.status).toEqual({ where: 'sync' });
    await settle(30_000);
    for (const store of [popup, phoneBackground, laptopBackground]) {
      expect(store.settings.sites.get(site)).toMatchObject({ enabled: false, alwaysCollapse: ['.promo'] });
    }
  });

  it('reads sync again in a window that could not, once a change there says it works, and lets it edit', async () => {
    const device = createDevice();
    const background = await writer(device);
    const site = host('example.com');
    await background.update((s) => addAlwaysCollapse(s, site, css('.promo')));
    await settle(30_000);
    let readFails = true;
    const flakySync: StorageAreaLike = {
      get: (keys) => (readFails ? Promise.reject(new Error('IO error')) : device.sync.get(keys)),
      set: (items) => device.sync.set(items),
      remove: (keys) => device.sync.remove(keys),
    };
    const options = await openSettingsStore({ ...device.areas, sync: flakySync }, { logger });
    opened.push(options);
    const statuses: StorageStatus[] = [];
    options.watchStatus((status) => statuses.push(status));
    expect(options.status).toEqual({ where: 'nowhere', reason: 'sync-unreadable' });

    readFails = false;
    // Another device's edit arrives: it names the global item only, not the site's bucket.
    device.sync.applyRemote({ g: { newValue: { v: 2, t: Date.now() + 1_000, d: 'no-trace' } } });
    await settle();
    expect(options.status).toEqual({ where: 'sync' });
    expect(statuses.at(-1)).toEqual({ where: 'sync' });
    expect(options.settings.sites.get(site)?.alwaysCollapse).toEqual(['.promo']);
    expect(options.settings.global.display).toBe('no-trace');
  });

  it('reads sync again in such a window when asked, with no change in sync, and leaves other windows alone', async () => {
    const device = createDevice();
    const background = await writer(device);
    const site = host('example.com');
    await background.update((s) => addAlwaysCollapse(s, site, css('.promo')));
    await settle(30_000);
    let readFails = true;
    let reads = 0;
    const flakySync: StorageAreaLike = {
      get(keys) {
        reads++;
        return readFails ? Promise.reject(new Error('IO error')) : device.sync.get(keys);
      },
      set: (items) => device.sync.set(items),
      remove: (keys) => device.sync.remove(keys),
    };
    const options = await openSettingsStore({ ...device.areas, sync: flakySync }, { logger });
    opened.push(options);
    const statuses: StorageStatus[] = [];
    options.watchStatus((status) => statuses.push(status));
    expect(await options.retrySync()).toBe(false);
    expect(options.status).toEqual({ where: 'nowhere', reason: 'sync-unreadable' });

    readFails = false;
    expect(await options.retrySync()).toBe(true);
    expect(options.status).toEqual({ where: 'sync' });
    expect(statuses.at(-1)).toEqual({ where: 'sync' });
    expect(options.settings.sites.get(site)?.alwaysCollapse).toEqual(['.promo']);
    // Nothing wrong any more: asking again reads nothing.
    reads = 0;
    expect(await options.retrySync()).toBe(true);
    expect(await background.retrySync()).toBe(true);
    expect(reads).toBe(0);
  });

  it('reads sync again once at a time in such a window, and applies a change heard meanwhile after the read, as newer', async () => {
    const device = createDevice();
    await writer(device);
    let readFails = true;
    let reads = 0;
    const slowSync: StorageAreaLike = {
      async get(keys) {
        reads++;
        if (readFails) throw new Error('IO error');
        const items = await device.sync.get(keys);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return items;
      },
      set: (items) => device.sync.set(items),
      remove: (keys) => device.sync.remove(keys),
    };
    const options = await openSettingsStore({ ...device.areas, sync: slowSync }, { logger });
    opened.push(options);
    expect(options.status).toEqual({ where: 'nowhere', reason: 'sync-unreadable' });

    readFails = false;
    reads = 0;
    device.sync.applyRemote({ g: { newValue: { v: 2, t: Date.now() + 1_000, d: 'no-trace' } } });
    await vi.advanceTimersByTimeAsync(10);
    // Heard while the read it started is out, and an edit asked meanwhile: both wait for that read.
    device.sync.applyRemote({ g: { newValue: { v: 2, t: Date.now() + 2_000, s: 'thorough' } } });
    const edit = options.update((s) => toggleSite(s, host('example.com')));
    await settle();
    expect(await edit).toBe(true);
    expect(reads).toBe(1);
    expect(options.settings.global).toMatchObject({ display: 'placeholder', sensitivity: 'thorough' });
    expect(options.status).toEqual({ where: 'sync' });
  });

  it('reads sync again in such a window when a change there arrives while the window opens', async () => {
    const device = createDevice();
    await writer(device);
    let readFails = true;
    const flakySync: StorageAreaLike = {
      get: (keys) => (readFails ? Promise.reject(new Error('IO error')) : device.sync.get(keys)),
      set: (items) => device.sync.set(items),
      remove: (keys) => device.sync.remove(keys),
    };
    // A slow local read keeps the window opening while the change arrives.
    const slowLocal: StorageAreaLike = {
      async get(keys) {
        const items = await device.local.get(keys);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return items;
      },
      set: (items) => device.local.set(items),
      remove: (keys) => device.local.remove(keys),
    };
    const opening = openSettingsStore({ ...device.areas, sync: flakySync, local: slowLocal }, { logger });
    await vi.advanceTimersByTimeAsync(10);
    readFails = false;
    device.sync.applyRemote({ g: { newValue: { v: 2, t: Date.now() + 1_000, d: 'no-trace' } } });
    await settle();
    const options = await opening;
    opened.push(options);
    expect(options.status).toEqual({ where: 'sync' });
    expect(options.settings.global.display).toBe('no-trace');
  });

  it('lets a window edit where no context can read sync: every edit stays on this device alike', async () => {
    const device = createDevice();
    device.sync.failure = new Error('sync is disabled');
    await writer(device);
    const popup = await open(device);
    expect(popup.status).toEqual({ where: 'local', reason: 'sync-error' });
    expect(await popup.update((s) => toggleSite(s, host('example.com')))).toBe(true);
    await settle();
    expect((await reread(device)).sites.get(host('example.com'))?.enabled).toBe(false);
  });

  it('reads sync again in the background that could not, a minute later, and sends it what was edited meanwhile', async () => {
    const device = createDevice();
    device.sync.failure = new Error('IO error: the sync database could not be opened');
    const background = await writer(device);
    expect(background.status).toEqual({ where: 'local', reason: 'sync-error' });
    const popup = await open(device);
    const site = host('example.com');
    expect(await popup.update((s) => toggleSite(s, site))).toBe(true);
    // Still failing a minute later: tried again, and then after two more.
    await settle(61_000);
    expect(background.status).toEqual({ where: 'local', reason: 'sync-error' });
    device.sync.failure = undefined;
    await settle(60_000);
    expect(background.status).toEqual({ where: 'local', reason: 'sync-error' });
    await settle(65_000);
    expect(background.status).toEqual({ where: 'sync' });
    expect(popup.status).toEqual({ where: 'sync' });
    expect(device.sync.peek(bucketKey(site))).toMatchObject({ [site]: { e: 0 } });
  });

  it('reads sync again in the background that could not as soon as a change there shows it works', async () => {
    const device = createDevice();
    device.sync.failure = new Error('IO error');
    const background = await writer(device);
    device.sync.failure = undefined;
    device.sync.applyRemote({ g: { newValue: { v: 2, t: Date.now() + 1_000, d: 'no-trace' } } });
    await settle(10);
    expect(background.status).toEqual({ where: 'sync' });
    expect(background.settings.global.display).toBe('no-trace');
  });
});

describe('validating what storage holds', () => {
  async function deviceWithThreeSites(): Promise<FakeDevice> {
    const device = createDevice();
    const store = await openSettingsStore(device.areas, { logger, syncWriter: true });
    await store.update((s) =>
      addAlwaysCollapse(toggleSite(toggleSite(s, host('keep-1.example')), host('keep-2.example')), host('victim.example'), css('.x')),
    );
    await store.update((s) => setDisplay(s, 'no-trace'));
    await store.close();
    // Leave the data in sync only, so damage there is the only copy.
    for (const key of device.local.keys()) await device.local.remove(key);
    return device;
  }

  const victim = host('victim.example');

  it.each([
    ['a wrong type', 'wrong-type', 'not an object'],
    ['an unknown key', 'unknown-key', { t: 5, a: ['.x'], colour: 'red' }],
    ['a truncated JSON-ish string', 'wrong-type', '{"t":5,"a":[".x"'],
    ['a huge value', 'too-large', { t: 5, a: ['.x'.repeat(50_000)] }],
    ['a huge list', 'too-large', { t: 5, a: Array.from({ length: 10_000 }, (_, i) => `.s${i}`) }],
    ['a bad stamp', 'invalid-value', { t: -1, a: ['.x'] }],
  ])('resets only the site with %s, and says why', async (_name, problem, damage) => {
    const device = await deviceWithThreeSites();
    const bucket = device.sync.peek(bucketKey(victim)) as Record<string, unknown>;
    device.sync.plant(bucketKey(victim), { ...bucket, 'victim.example': damage });

    const settings = await reread(device);
    expect(settings.sites.has(victim)).toBe(false);
    expect([...settings.sites.keys()].sort()).toEqual(['keep-1.example', 'keep-2.example']);
    expect(settings.global.display).toBe('no-trace');
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('victim.example'), expect.objectContaining({ problem }));
  });

  it('resets only the global field that is wrong', async () => {
    const device = await deviceWithThreeSites();
    device.sync.plant('g', { v: 2, t: 5, d: 'no-trace', s: 'paranoid', c: { d: 0 }, zz: 1 });
    const settings = await reread(device);
    expect(settings.global).toEqual({
      categories: { donation: false, reminder: true, newsletter: true, promo: true },
      display: 'no-trace',
      sensitivity: 'balanced',
    });
    expect(settings.sites.size).toBe(3);
    expect(warnedPaths()).toEqual(['sync.g.zz', 'sync.g.s']);
  });

  it('counts the stored items it could not read in full, and stops counting one written afresh', async () => {
    const device = createDevice();
    device.sync.plant('g', { v: 2, t: 5, d: 'no-trace', s: 'paranoid' });
    device.sync.plant(bucketKey(victim), { 'victim.example': 'not an object' });
    device.local.plant(siteKey(host('keep-1.example')), { t: 5, e: 0 });
    const store = await open(device);
    expect(store.damagedItems).toBe(2);
    const told: number[] = [];
    store.watchStatus(() => told.push(store.damagedItems));
    // Another device writes the global item whole.
    device.sync.applyRemote({ g: { newValue: { v: 2, t: Date.now(), d: 'no-trace' } } });
    await settle(0);
    expect(store.damagedItems).toBe(1);
    expect(told).toEqual([1]);
  });

  it('resets the global item from a newer Unnag rather than misread it', async () => {
    const device = await deviceWithThreeSites();
    device.sync.plant('g', { v: 3, t: 5, d: 'no-trace' });
    const settings = await reread(device);
    expect(settings.global).toEqual(DEFAULT_SETTINGS.global);
    expect(settings.sites.size).toBe(3);
  });

  it('drops a whole bucket that is not an object, and nothing beyond it', async () => {
    const device = await deviceWithThreeSites();
    device.sync.plant(bucketKey(victim), ['garbage']);
    const settings = await reread(device);
    expect(settings.sites.has(victim)).toBe(false);
    expect(settings.sites.size).toBe(2);
  });

  it('ignores sites filed under the wrong name or bucket, and damaged local items', async () => {
    const device = await deviceWithThreeSites();
    const addTo = (key: string, entries: object) => device.sync.plant(key, { ...(device.sync.peek(key) as object), ...entries });
    const stray = host('stray.example');
    const wrongBucket = bucketKey(stray) === bucketKey(victim) ? bucketKey(host('keep-1.example')) : bucketKey(victim);
    addTo(wrongBucket, { 'stray.example': { t: 1, e: 0 } });
    addTo(bucketKey(victim), { 'WWW.Victim.example': { t: 1, e: 0 } });
    device.local.plant('s:WWW.Bad.example', { t: 1, e: 0 });
    device.local.plant('s:fine.example', { t: 1, e: 'off' });
    device.local.plant('unrelated-key-of-another-module', { anything: true });

    const settings = await reread(device);
    expect([...settings.sites.keys()].sort()).toEqual(['keep-1.example', 'keep-2.example', 'victim.example']);
    expect(warnedPaths()).toHaveLength(4);
  });

  it('never writes a reset back by itself: the damaged item stays until the reader edits that site', async () => {
    const device = await deviceWithThreeSites();
    device.sync.plant(bucketKey(victim), 'damaged');
    const store = await writer(device);
    await settle();
    expect(device.sync.peek(bucketKey(victim))).toBe('damaged');
    await store.update((s) => toggleSite(s, victim));
    await settle();
    expect(device.sync.peek(bucketKey(victim))).toMatchObject({ 'victim.example': { e: 0 } });
  });
});

describe('two devices', () => {
  it('both keep edits of different sites made at once, even in the same sync item', async () => {
    const { a, b, storeA, storeB } = await pair();
    const [first, second, third] = sameBucketPair();
    await Promise.all([
      storeA.update((s) => toggleSite(s, first)),
      storeB.update((s) => addAlwaysCollapse(s, second, css('.promo'))),
      storeB.update((s) => toggleSite(s, third)),
    ]);
    await settle(30_000);

    for (const store of [storeA, storeB]) {
      expect(store.settings.sites.get(first)?.enabled).toBe(false);
      expect(store.settings.sites.get(second)?.alwaysCollapse).toEqual(['.promo']);
      expect(store.settings.sites.get(third)?.enabled).toBe(false);
    }
    expect(a.sync.peek(bucketKey(first))).toEqual(b.sync.peek(bucketKey(first)));
    expect(await reread(a)).toEqual(await reread(b));
  });

  it('agree on one winner when both edit the same site', async () => {
    const { storeA, storeB } = await pair();
    const site = host('contested.example');
    await storeA.update((s) => addNotClutter(s, site, css('.from-a')));
    await storeB.update((s) => addNotClutter(s, site, css('.from-b')));
    await settle(30_000);
    expect(storeA.settings).toEqual(storeB.settings);
  });

  it('carry a reset and a global change across', async () => {
    const { storeA, storeB } = await pair();
    const site = host('example.com');
    await storeA.update((s) => toggleSite(s, site));
    await settle();
    expect(storeB.settings.sites.has(site)).toBe(true);
    await storeB.update((s) => setDisplay(resetSite(s, site), 'no-trace'));
    await settle();
    expect(storeA.settings.sites.has(site)).toBe(false);
    expect(storeA.settings.global.display).toBe('no-trace');
  });

  it('tell an open page about changes that apply to it, and only those', async () => {
    const b = createDevice();
    const a = createDevice();
    relay(a, b);
    const background = await writer(a);
    const tab = await open(a);
    const phone = await writer(b);
    const seen: EffectiveSiteSettings[] = [];
    tab.watchSite(host('example.com'), (site) => seen.push(site));
    const all: Settings[] = [];
    tab.subscribe((settings) => all.push(settings));

    await phone.update((s) => toggleSite(s, host('other.example')));
    await settle();
    expect(all).toHaveLength(1);
    expect(seen).toHaveLength(0);

    await phone.update((s) => addAlwaysCollapse(s, host('www.example.com'), css('.donate')));
    await settle();
    expect(seen.map((site) => site.alwaysCollapse)).toEqual([['.donate']]);
    expect(background.settings).toEqual(tab.settings);
  });
});

describe('migration', () => {
  const v1: SettingsV1 = {
    version: 1,
    categories: { donation: true, reminder: false, newsletter: true, promo: true },
    disabledSites: ['www.example.com', 'news.example.org'],
  };

  it('reads a version 1 profile, rewrites it in the current layout and removes the old item', async () => {
    const device = createDevice();
    device.sync.plant('settings', v1);
    const store = await writer(device);
    expect(store.settings.global.categories.reminder).toBe(false);
    expect([...store.settings.sites.keys()]).toEqual(['example.com', 'news.example.org']);

    await settle();
    expect(device.sync.peek('settings')).toBeUndefined();
    expect(device.sync.peek('g')).toMatchObject({ v: 2, c: { r: 0 } });
    const elsewhere = createDevice();
    for (const key of device.sync.keys()) elsewhere.sync.plant(key, device.sync.peek(key));
    expect(await reread(elsewhere)).toEqual(store.settings);
  });

  it('lets a context that does not write sync read version 1 without touching it', async () => {
    const device = createDevice();
    device.sync.plant('settings', v1);
    const tab = await open(device);
    await settle();
    expect(tab.settings.sites.size).toBe(2);
    expect(device.sync.keys()).toEqual(['settings']);
  });

  it('prefers any later edit over the version 1 item', async () => {
    const device = createDevice();
    const store = await writer(device);
    // Switched off and on again here: the later "on" must win over version 1's "off".
    await store.update((s) => toggleSite(s, host('example.com')));
    await store.update((s) => toggleSite(s, host('example.com')));
    await settle();
    device.sync.plant('settings', v1);
    const back = await reread(device);
    expect(back.sites.has(host('example.com'))).toBe(false);
    expect(back.sites.get(host('news.example.org'))?.enabled).toBe(false);
  });

  it('keeps the current settings and says why when the version 1 item is damaged', async () => {
    const device = createDevice();
    device.sync.plant('settings', { version: 1, disabledSites: 'example.com' });
    expect(await reread(device)).toEqual(DEFAULT_SETTINGS);
    expect(warnedPaths()).toEqual(['sync.settings.disabledSites']);
  });
});

describe('usage', () => {
  it('reports sync bytes and items against the quota', async () => {
    const device = createDevice();
    const store = await writer(device);
    await store.update((s) => customise(s, 0, 10));
    await settle();
    const usage = await store.usage();
    expect(usage).toEqual({
      bytesInUse: await device.sync.getBytesInUse(),
      quotaBytes: 102_400,
      items: device.sync.keys().length,
      maxItems: 512,
    });
    const withoutMeter = createDevice();
    for (const key of device.sync.keys()) withoutMeter.sync.plant(key, device.sync.peek(key));
    const { sync } = withoutMeter;
    const areas = {
      ...withoutMeter.areas,
      sync: { get: sync.get.bind(sync), set: sync.set.bind(sync), remove: sync.remove.bind(sync) },
    };
    const counted = await openSettingsStore(areas, { logger });
    expect(await counted.usage()).toEqual(usage);
    await counted.close();
  });
});

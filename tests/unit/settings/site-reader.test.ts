/**
 * The content script's read-only path to one site's settings must agree with the store (which the
 * popup, options page and background use) on whatever storage holds, damaged or not, and must hear
 * the changes that apply to its site and only those.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../src/settings/areas';
import type { Hostname } from '../../../src/settings/hostname';
import { bucketKey } from '../../../src/settings/layout';
import { applyOverride, DEFAULT_GLOBAL, EMPTY_OVERRIDE, effectiveSiteSettings, type SiteSettings } from '../../../src/settings/model';
import { openSiteSettings } from '../../../src/settings/site-reader';
import { openSettingsStore, type SettingsStore } from '../../../src/settings/store';
import { addAlwaysCollapse, setDisplay, setSiteCategory, toggleSite } from '../../../src/settings/updates';
import { createDevice, type FakeDevice } from './fake-storage';
import { css, host } from './helpers';

const quiet: Logger = { warn: () => {} };
const SITE = host('news.example');
const DEFAULTS = applyOverride(DEFAULT_GLOBAL, EMPTY_OVERRIDE);

/** Another site filed in the same sync bucket as SITE, and one filed elsewhere. */
function neighbours(): { sameBucket: Hostname; elsewhere: Hostname } {
  let sameBucket: Hostname | undefined;
  let elsewhere: Hostname | undefined;
  for (let i = 0; !sameBucket || !elsewhere; i++) {
    const other = host(`site-${i}.example`);
    if (bucketKey(other) === bucketKey(SITE)) sameBucket ??= other;
    else elsewhere ??= other;
  }
  return { sameBucket, elsewhere };
}
const { sameBucket, elsewhere } = neighbours();

const opened: SettingsStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function storeOn(device: FakeDevice, syncWriter = false): Promise<SettingsStore> {
  const store = await openSettingsStore(device.areas, { logger: quiet, syncWriter });
  opened.push(store);
  return store;
}

/** What the store says applies on `hostname`, in the reader's shape. */
async function storeSays(device: FakeDevice, hostname: Hostname): Promise<SiteSettings> {
  const store = await openSettingsStore(device.areas, { logger: quiet });
  await store.close();
  const { hostname: _, ...site } = effectiveSiteSettings(store.settings, hostname);
  return site;
}

/** Change events are tasks of their own; let them run. */
const changesArrive = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('reading one site', () => {
  // Small stamps so that copies often tie and the tie-break is exercised too.
  const stamp = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(-1), fc.constant('5'));
  const flag = fc.oneof(fc.constantFrom(0, 1), fc.constant('yes'));
  const categories = fc.oneof(fc.record({ d: flag, n: flag }, { requiredKeys: [] }), fc.constant({ x: 1 }));
  const selectors = fc.oneof(fc.subarray(['.a', '.b', '#c']), fc.constant(['']), fc.constant('.a'));
  const siteRecord = fc.oneof(
    { weight: 6, arbitrary: fc.record({ t: stamp, e: fc.constantFrom(0, 1), c: categories, a: selectors, n: selectors }, { requiredKeys: ['t'] }) },
    { weight: 1, arbitrary: fc.constantFrom('garbage', null, [1], { t: 1, zz: 1 }) },
  );
  const globalRecord = fc.oneof(
    { weight: 6, arbitrary: fc.record({ v: fc.constantFrom(2, 2, 3), t: stamp, c: categories, d: fc.constantFrom('placeholder', 'no-trace', 'wide'), s: fc.constantFrom('cautious', 'thorough', 7) }, { requiredKeys: ['v', 't'] }) },
    { weight: 1, arbitrary: fc.constantFrom('garbage', { v: 2 }) },
  );
  const storage = fc.record(
    {
      syncGlobal: globalRecord,
      localGlobal: globalRecord,
      syncBucket: fc.oneof(fc.record({ site: siteRecord, neighbour: siteRecord }, { requiredKeys: [] }), fc.constant('garbage')),
      localSite: siteRecord,
    },
    { requiredKeys: [] },
  );

  it('agrees with the store on any storage, damaged entries included', async () => {
    await fc.assert(
      fc.asyncProperty(storage, async (items) => {
        const device = createDevice();
        if (items.syncGlobal !== undefined) device.sync.plant('g', items.syncGlobal);
        if (items.localGlobal !== undefined) device.local.plant('g', items.localGlobal);
        if (items.localSite !== undefined) device.local.plant(`s:${SITE}`, items.localSite);
        const bucket = items.syncBucket;
        if (typeof bucket === 'string') device.sync.plant(bucketKey(SITE), bucket);
        else if (bucket) device.sync.plant(bucketKey(SITE), { [SITE]: bucket.site, [sameBucket]: bucket.neighbour });
        const reader = await openSiteSettings(device.areas, SITE, quiet);
        expect(reader.settings).toEqual(await storeSays(device, SITE));
      }),
      { numRuns: 300 },
    );
  });

  it('starts from the defaults on empty storage', async () => {
    expect((await openSiteSettings(createDevice().areas, SITE, quiet)).settings).toEqual(DEFAULTS);
  });

  it('reads a site another device saved (in sync only) and this device’s newer copy over it', async () => {
    const device = createDevice();
    const writer = await storeOn(device, true);
    await writer.update((s) => addAlwaysCollapse(setDisplay(s, 'no-trace'), SITE, css('.appeal')));
    await writer.flush();
    for (const key of device.local.keys()) await device.local.remove(key);
    expect((await openSiteSettings(device.areas, SITE, quiet)).settings).toMatchObject({ display: 'no-trace', alwaysCollapse: ['.appeal'] });

    const popup = await storeOn(device);
    await popup.update((s) => toggleSite(s, SITE));
    expect((await openSiteSettings(device.areas, SITE, quiet)).settings).toMatchObject({ enabled: false, alwaysCollapse: ['.appeal'] });
  });

  it('says what is damaged, and reads it as defaults', async () => {
    const device = createDevice();
    device.sync.plant(bucketKey(SITE), { [SITE]: { t: 5, a: 'not a list' }, [sameBucket]: { t: 5, e: 0 } });
    device.local.plant('g', { v: 2, t: 5, d: 'no-trace', s: 'paranoid' });
    const logger = { warn: vi.fn<Logger['warn']>() };
    const reader = await openSiteSettings(device.areas, SITE, logger);
    expect(reader.settings).toEqual({ ...DEFAULTS, display: 'no-trace' });
    const paths = logger.warn.mock.calls.map(([, problem]) => (problem as { path: string }).path);
    expect(paths.sort()).toEqual([`sync[${JSON.stringify(bucketKey(SITE))}]["news.example"].a`, 'local.g.s'].sort());
  });

  it('reads local alone when sync cannot be read, and says so', async () => {
    const device = createDevice();
    await (await storeOn(device)).update((s) => toggleSite(s, SITE));
    device.sync.failure = new Error('sync is off');
    const logger = { warn: vi.fn() };
    const reader = await openSiteSettings(device.areas, SITE, logger);
    expect(reader.settings.enabled).toBe(false);
    expect(reader.syncUnread).toBe(true);
    // Still unreadable: trying again changes nothing, no one is told it was read, and the console is told once.
    const read = vi.fn();
    reader.watchSyncRead(read);
    await reader.rereadSync();
    await reader.rereadSync();
    expect(reader.syncUnread).toBe(true);
    expect(read).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });

  it('does not call sync unread where the browser offers none', async () => {
    const device = createDevice();
    const reader = await openSiteSettings({ ...device.areas, sync: undefined }, SITE, quiet);
    expect(reader.syncUnread).toBe(false);
  });

  it('reads sync again when asked, once it can, and its listener hears what sync held', async () => {
    const device = createDevice();
    device.sync.applyRemote({ [bucketKey(SITE)]: { newValue: { [SITE]: { t: 9, a: ['.from-phone'] } } } });
    device.sync.failure = new Error('sync is broken for a while');
    const reader = await openSiteSettings(device.areas, SITE, quiet);
    expect(reader.settings.alwaysCollapse).toEqual([]);
    const listener = vi.fn();
    reader.watch(listener);

    device.sync.failure = undefined;
    await reader.rereadSync();
    expect(reader.syncUnread).toBe(false);
    expect(listener).toHaveBeenCalledExactlyOnceWith({ ...DEFAULTS, alwaysCollapse: ['.from-phone'] });
  });

  it('reads sync again when a change there says it works, not from the change alone', async () => {
    const device = createDevice();
    device.sync.applyRemote({ [bucketKey(SITE)]: { newValue: { [SITE]: { t: 9, a: ['.from-phone'] } } } });
    device.sync.failure = new Error('sync is broken for a while');
    const reader = await openSiteSettings(device.areas, SITE, quiet);
    const listener = vi.fn();
    reader.watch(listener);
    const read = vi.fn();
    reader.watchSyncRead(read);

    // A change to the global item names only that item; the site's entry comes from the read.
    device.sync.failure = undefined;
    await device.sync.set({ g: { v: 2, t: Date.now() + 1_000, d: 'no-trace' } });
    await vi.waitFor(() => expect(reader.syncUnread).toBe(false));
    await changesArrive();
    expect(reader.settings).toEqual({ ...DEFAULTS, display: 'no-trace', alwaysCollapse: ['.from-phone'] });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('applies a change that arrives while it reads sync again after the read, as newer', async () => {
    const device = createDevice();
    device.sync.failure = new Error('sync is broken for a while');
    const reader = await openSiteSettings(device.areas, SITE, quiet);
    device.sync.failure = undefined;
    await device.sync.set({ g: { v: 2, t: 5, d: 'no-trace' } });
    // The read takes what sync held when it was asked, and answers after the change has arrived.
    const get = device.sync.get.bind(device.sync);
    device.sync.get = async (keys) => {
      const items = await get(keys);
      await changesArrive();
      return items;
    };
    const reading = reader.rereadSync();
    device.sync.applyRemote({ g: { newValue: { v: 2, t: 6, s: 'thorough' } } });
    await reading;
    expect(reader.settings).toEqual({ ...DEFAULTS, sensitivity: 'thorough' });
  });

  it('reads sync alone when local cannot be read', async () => {
    const device = createDevice();
    await device.sync.set({ g: { v: 2, t: 5, d: 'no-trace' } });
    device.local.failure = new Error('broken profile');
    expect((await openSiteSettings(device.areas, SITE, quiet)).settings.display).toBe('no-trace');
  });

  it('reads the global settings alone on a page without a site name', async () => {
    const device = createDevice();
    await (await storeOn(device)).update((s) => setDisplay(toggleSite(s, SITE), 'no-trace'));
    expect((await openSiteSettings(device.areas, undefined, quiet)).settings).toEqual({ ...DEFAULTS, display: 'no-trace' });
  });
});

describe('hearing changes', () => {
  it('hears an edit of its site or of the global settings made in another context', async () => {
    const device = createDevice();
    const reader = await openSiteSettings(device.areas, SITE, quiet);
    const heard: SiteSettings[] = [];
    reader.watch((settings) => heard.push(settings));
    const popup = await storeOn(device);

    await popup.update((s) => setSiteCategory(s, SITE, 'donation', false));
    await changesArrive();
    expect(heard).toHaveLength(1);
    expect(heard[0]!.categories.donation).toBe(false);
    expect(reader.settings).toBe(heard[0]);

    await popup.update((s) => setDisplay(s, 'no-trace'));
    await changesArrive();
    expect(heard.map((settings) => settings.display)).toEqual(['placeholder', 'no-trace']);
  });

  it('hears a change synced from another device, and none for its bucket neighbours or other sites', async () => {
    const device = createDevice();
    const reader = await openSiteSettings(device.areas, SITE, quiet);
    const listener = vi.fn();
    reader.watch(listener);

    device.sync.applyRemote({ [bucketKey(SITE)]: { newValue: { [sameBucket]: { t: 9, e: 0 } } } });
    await (await storeOn(device)).update((s) => toggleSite(s, elsewhere));
    await changesArrive();
    expect(listener).not.toHaveBeenCalled();

    device.sync.applyRemote({ [bucketKey(SITE)]: { newValue: { [sameBucket]: { t: 9, e: 0 }, [SITE]: { t: 9, a: ['.late'] } } } });
    await changesArrive();
    expect(listener).toHaveBeenCalledExactlyOnceWith({ ...DEFAULTS, alwaysCollapse: ['.late'] });
  });

  it('keeps its settings current before anyone watches', async () => {
    const device = createDevice();
    const reader = await openSiteSettings(device.areas, SITE, quiet);
    await (await storeOn(device)).update((s) => toggleSite(s, SITE));
    await changesArrive();
    expect(reader.settings.enabled).toBe(false);
  });
});

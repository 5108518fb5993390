/**
 * Rules the reader makes on a page (a picked element, "not clutter") are saved by the background,
 * the one settings writer, for the site of the page that asked, as the browser names the sender.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { bucketKey, siteKey } from '../../../src/settings/layout';
import { effectiveSiteSettings } from '../../../src/settings/model';
import { MAX_SELECTORS_PER_LIST } from '../../../src/settings/selector';
import { openSettingsStore } from '../../../src/settings/store';
import { createDevice } from '../settings/fake-storage';
import { host } from '../settings/helpers';

type Listener = (message: unknown, sender: object) => Promise<unknown> | undefined;
const fake = vi.hoisted(() => ({ onMessage: undefined as undefined | Listener }));
const device = createDevice();

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: { sync: device.sync, local: device.local, onChanged: device.onChanged },
    runtime: { id: 'unnag-test', onMessage: { addListener: (fn: Listener) => (fake.onMessage = fn) } },
    action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {} },
    tabs: { query: async () => [] },
    commands: { onCommand: { addListener: () => {} } },
  },
}));

const page = (url: string) => ({ id: 'unnag-test', tab: { id: 3 }, url });

async function rulesOf(hostname: string) {
  const store = await openSettingsStore(device.areas, { logger: { warn: () => {} } });
  await store.close();
  const { alwaysCollapse, notClutter } = effectiveSiteSettings(store.settings, host(hostname));
  return { alwaysCollapse, notClutter };
}

describe('rules sent by a page', () => {
  beforeAll(async () => {
    await import('../../../src/background/index');
  });

  it('saves a picked rule for the sender’s site in local at once, and the background forwards it to sync', async () => {
    await fake.onMessage!({ type: 'add-rule', list: 'alwaysCollapse', selector: '.appeal' }, page('https://www.news.example/story'));
    expect(device.local.peek(siteKey(host('news.example')))).toMatchObject({ a: ['.appeal'] });
    await vi.waitFor(() => expect(device.sync.peek(bucketKey(host('news.example')))).toMatchObject({ 'news.example': { a: ['.appeal'] } }), { timeout: 3_000 });
  });

  it('turns a picked rule into "not clutter" when the reader says so', async () => {
    await fake.onMessage!({ type: 'add-rule', list: 'notClutter', selector: '.appeal' }, page('https://news.example/other'));
    expect(await rulesOf('news.example')).toEqual({ alwaysCollapse: [], notClutter: ['.appeal'] });
  });

  it('saves nothing for a sender that is not a web page of this extension’s content script, or a bad message', async () => {
    const rule = { type: 'add-rule', list: 'alwaysCollapse', selector: '.x' };
    expect(fake.onMessage!(rule, { id: 'another-extension', tab: { id: 3 }, url: 'https://a.example/' })).toBeUndefined();
    expect(fake.onMessage!(rule, { id: 'unnag-test', url: 'https://a.example/' })).toBeUndefined();
    expect(fake.onMessage!({ ...rule, list: 'everything' }, page('https://a.example/'))).toBeUndefined();
    await fake.onMessage!(rule, page('file:///home/reader/a.html'));
    await fake.onMessage!(rule, { id: 'unnag-test', tab: { id: 3 } });
    expect(await rulesOf('a.example')).toEqual({ alwaysCollapse: [], notClutter: [] });
    expect(device.local.keys().filter((key) => key.startsWith('s:'))).toEqual([siteKey(host('news.example'))]);
  });

  it('answers that a rule was not saved when the site\'s list is full', async () => {
    const full = 'https://full.example/story';
    for (let i = 0; i < MAX_SELECTORS_PER_LIST; i++) {
      expect(await fake.onMessage!({ type: 'add-rule', list: 'notClutter', selector: `.kept-${i}` }, page(full))).toEqual({ saved: true });
    }
    expect(await fake.onMessage!({ type: 'add-rule', list: 'notClutter', selector: '.one-too-many' }, page(full))).toEqual({ saved: false });
    // A rule the list holds already is saved, as it was.
    expect(await fake.onMessage!({ type: 'add-rule', list: 'notClutter', selector: '.kept-0' }, page(full))).toEqual({ saved: true });
    expect((await rulesOf('full.example')).notClutter).toHaveLength(MAX_SELECTORS_PER_LIST);
  });
});

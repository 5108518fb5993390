/**
 * The content script as a whole: when it tells an open popup to ask again, and, started on a page
 * whose read of the synced settings fails, what it tells the popup and how it catches up once sync
 * can be read. Chromium's e2e test brings the
 * failure about for real (sync kept from content scripts) but can only restore it all at once;
 * here storage in memory fails and recovers read by read, and a change can arrive in between.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RawMessageListener } from '../../../src/content/extension-api';
import { parsePageState, type PageState } from '../../../src/messaging/messages';
import { bucketKey } from '../../../src/settings/layout';
import { createDevice } from '../settings/fake-storage';
import { host } from '../settings/helpers';

const scope = globalThis as { chrome?: unknown };
afterEach(() => {
  delete scope.chrome;
  vi.resetModules();
  vi.restoreAllMocks();
});

/** Long enough for a read, its change events and a count report (200 ms) to have happened. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

async function startContentScript() {
  // The script warns of each failed read on the console, as it should; the test knows.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const device = createDevice();
  let listener: RawMessageListener | undefined;
  const sendMessage = vi.fn(async (_message: unknown) => undefined);
  scope.chrome = {
    runtime: { sendMessage, onMessage: { addListener: (added: RawMessageListener) => (listener = added) } },
    storage: device.areas,
    i18n: { getMessage: () => '' },
  };
  /** The popup's question; the answer may come later (sendResponse), as a browser delivers it. */
  const ask = (): Promise<PageState> =>
    new Promise((resolve) => {
      listener!({ type: 'get-page-state' }, {}, (response) => resolve(parsePageState(response)!));
    });
  return { device, sendMessage, ask, load: () => import('../../../src/content/index') };
}

/** Starts the script where another device turned Unnag off on this site (a rule in sync only) and sync cannot be read. */
async function startUnread() {
  const script = await startContentScript();
  const site = host(location.hostname);
  script.device.sync.applyRemote({ [bucketKey(site)]: { newValue: { [site]: { t: 9, e: 0 } } } });
  script.device.sync.failure = new Error('sync is broken for a while');
  await script.load();
  await vi.waitFor(async () => expect((await script.ask()).syncUnread).toBe(true));
  // Whatever the start reported is out of the way.
  await settle();
  script.sendMessage.mockClear();
  return script;
}

describe('the content script, when it cannot read the synced settings', () => {
  it('tells the popup and follows this device alone; asked once sync can be read, it answers after reading it', async () => {
    const { device, ask } = await startUnread();
    expect((await ask()).enabled).toBe(true);
    device.sync.failure = undefined;
    expect(await ask()).toMatchObject({ syncUnread: false, enabled: false });
  });

  it('reads sync again on a change there once it works, and tells an open popup to ask again', async () => {
    const { device, sendMessage, ask } = await startUnread();
    device.sync.failure = undefined;
    // Another device's change to the global item; the count on the page stays as it was.
    device.sync.applyRemote({ g: { newValue: { v: 2, t: Date.now() + 1_000, s: 'thorough' } } });
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith({ type: 'collapsed-count', count: 0 }));
    expect(await ask()).toMatchObject({ syncUnread: false, enabled: false });
  });

  it('asks sync again, once at a time, only while it could not read it, and tells the popup nothing while it still cannot', async () => {
    const { device, sendMessage, ask } = await startUnread();
    device.sync.failure = new Error('sync is off');
    const get = vi.spyOn(device.sync, 'get');
    // Two asks at once share one read; a later ask reads again.
    await Promise.all([ask(), ask()]);
    expect(get).toHaveBeenCalledTimes(1);
    expect((await ask()).syncUnread).toBe(true);
    expect(get).toHaveBeenCalledTimes(2);
    await settle();
    expect(sendMessage).not.toHaveBeenCalled();
  });
});

describe('the content script\'s reports to an open popup', () => {
  it('tells the popup to ask again when the site\'s settings change, even when the count stays the same', async () => {
    const { device, sendMessage, load, ask } = await startContentScript();
    await load();
    await vi.waitFor(async () => expect((await ask()).enabled).toBe(true));
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith({ type: 'collapsed-count', count: 0 }));
    await settle();
    sendMessage.mockClear();
    // Another window switches one kind off on this site: the page starts over, and the items it
    // lists (their ids) are new, though no more and no fewer.
    const site = host(location.hostname);
    device.sync.applyRemote({ [bucketKey(site)]: { newValue: { [site]: { t: Date.now() + 1_000, c: { p: 0 } } } } });
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith({ type: 'collapsed-count', count: 0 }));
  });
});

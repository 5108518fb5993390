/**
 * The content script as a whole, started on a page whose read of the synced settings fails: what it
 * tells the popup, and how it catches up once sync can be read. (No real browser lets a test make
 * one context's sync read fail, so this runs the script itself against storage in memory.)
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
  const ask = (): PageState => {
    let answer: unknown;
    listener!({ type: 'get-page-state' }, {}, (response) => (answer = response));
    return parsePageState(answer)!;
  };
  return { device, sendMessage, ask, load: () => import('../../../src/content/index') };
}

describe('the content script, when it cannot read the synced settings', () => {
  it('tells the popup, follows this device alone, and catches up when the popup asks once sync can be read', async () => {
    const { device, sendMessage, ask, load } = await startContentScript();
    const site = host(location.hostname);
    // Another device turned Unnag off on this site; that is only in sync.
    device.sync.applyRemote({ [bucketKey(site)]: { newValue: { [site]: { t: 9, e: 0 } } } });
    device.sync.failure = new Error('sync is broken for a while');
    await load();
    await vi.waitFor(() => expect(ask().syncUnread).toBe(true));
    expect(ask().enabled).toBe(true);

    device.sync.failure = undefined;
    ask();
    await vi.waitFor(() => expect(ask()).toMatchObject({ syncUnread: false, enabled: false }));
    // The popup is told to ask again.
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith({ type: 'collapsed-count', count: 0 }));
  });

  it('asks sync again, once at a time, only while it could not read it, and tells the popup nothing while it still cannot', async () => {
    const { device, sendMessage, ask, load } = await startContentScript();
    device.sync.failure = new Error('sync is off');
    await load();
    await vi.waitFor(() => expect(ask().syncUnread).toBe(true));
    // That ask tried sync again too; let it fail first.
    await settle();
    const get = vi.spyOn(device.sync, 'get');
    sendMessage.mockClear();
    // Two asks at once share one read; a later ask reads again.
    ask();
    ask();
    await settle();
    expect(get).toHaveBeenCalledTimes(1);
    ask();
    await settle();
    expect(get).toHaveBeenCalledTimes(2);
    expect(sendMessage).not.toHaveBeenCalled();
    expect(ask().syncUnread).toBe(true);
  });
});

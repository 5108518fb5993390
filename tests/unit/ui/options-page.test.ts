/**
 * The options page as a whole, in jsdom over in-memory storage: what it shows of sync storage
 * while it stays open, and of stored settings it could not read. The e2e suites drive it in real browsers; here the background's write to
 * sync comes exactly when the test says, after the page has drawn itself.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bucketKey } from '../../../src/settings/layout';
import { openSettingsStore } from '../../../src/settings/store';
import { setSiteEnabled } from '../../../src/settings/updates';
import { createDevice, type FakeDevice } from '../settings/fake-storage';
import { host } from '../settings/helpers';

const device = vi.hoisted(() => ({ current: undefined as FakeDevice | undefined }));

vi.mock('webextension-polyfill', () => ({
  default: {
    get storage() {
      const { sync, local, onChanged } = device.current!;
      return { sync, local, onChanged };
    },
    // Each message as its key and substitutions, which the test reads; the page's language is English.
    i18n: { getMessage: (key: string, subs: string[] = []) => ({ languageTag: 'en', languageDirection: 'ltr' })[key] ?? [key, ...subs].join(' ') },
  },
}));


async function openOptionsPage(): Promise<void> {
  vi.resetModules();
  document.body.innerHTML = '<div id="app"></div>';
  delete document.body.dataset.ready;
  await import('../../../src/options/options');
  await vi.waitFor(() => expect(document.body.dataset.ready).toBe('true'));
}

beforeEach(() => {
  device.current = createDevice();
});

describe('the options page', () => {
  it('says how many stored items it could not read, and says nothing of it once they are whole again', async () => {
    // The store warns of each damaged entry on the console, as it should; the test knows.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    device.current!.sync.plant('g', { v: 2, t: 5, s: 'paranoid' });
    device.current!.sync.plant(bucketKey(host('news.example')), { 'news.example': 'not an object' });
    await openOptionsPage();
    const notice = document.getElementById('storage-damaged')!;
    expect([notice.hidden, notice.textContent, notice.className]).toEqual([false, 'storageDamaged 2', 'notice']);
    device.current!.sync.applyRemote({ g: { newValue: { v: 2, t: 6, s: 'thorough' } }, [bucketKey(host('news.example'))]: { newValue: { 'news.example': { t: 6, e: 0 } } } });
    await vi.waitFor(() => expect(notice.hidden).toBe(true));
    expect(notice.textContent).toBe('');
    vi.restoreAllMocks();
  });

  it('shows how much of sync storage is used as the background writes it, not as it was when the page last drew itself', async () => {
    const background = await openSettingsStore(device.current!.areas, { syncWriter: true, flushDelayMs: 60_000 });
    await openOptionsPage();
    const usage = () => document.getElementById('storage-usage')!.textContent!;
    await vi.waitFor(() => expect(usage()).toMatch(/^optionsStorageUsage 0 100 0 512$/));

    // Another tab's popup switches three sites off; the background writes them to sync afterwards.
    for (const site of ['a.example', 'b.example', 'c.example']) await background.update((s) => setSiteEnabled(s, host(site), false));
    // The page has drawn the change (and read the usage then), before sync holds it.
    await vi.waitFor(() => expect(document.getElementById('sites-list')!.textContent).toContain('c.example'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await device.current!.sync.get(null)).toEqual({});
    expect(usage()).toMatch(/^optionsStorageUsage 0 100 0 512$/);
    await background.flush();
    const items = Object.keys(await device.current!.sync.get(null)).length;
    expect(items).toBeGreaterThan(0);
    await vi.waitFor(() => expect(usage()).toMatch(new RegExp(` ${items} 512$`)));
    await background.close();
  });
});

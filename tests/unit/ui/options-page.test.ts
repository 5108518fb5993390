/**
 * The options page as a whole, in jsdom over in-memory storage: what it shows of sync storage
 * while it stays open. The e2e suites drive it in real browsers; here the background's write to
 * sync comes exactly when the test says, after the page has drawn itself.
 */
import { describe, expect, it, vi } from 'vitest';
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


describe('the options page', () => {
  it('shows how much of sync storage is used as the background writes it, not as it was when the page last drew itself', async () => {
    device.current = createDevice();
    const background = await openSettingsStore(device.current.areas, { syncWriter: true, flushDelayMs: 60_000 });
    document.body.innerHTML = '<div id="app"></div>';
    await import('../../../src/options/options');
    await vi.waitFor(() => expect(document.body.dataset.ready).toBe('true'));
    const usage = () => document.getElementById('storage-usage')!.textContent!;
    await vi.waitFor(() => expect(usage()).toMatch(/^optionsStorageUsage 0 100 0 512$/));

    // Another tab's popup switches three sites off; the background writes them to sync afterwards.
    for (const site of ['a.example', 'b.example', 'c.example']) await background.update((s) => setSiteEnabled(s, host(site), false));
    // The page has drawn the change (and read the usage then), before sync holds it.
    await vi.waitFor(() => expect(document.getElementById('sites-list')!.textContent).toContain('c.example'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await device.current.sync.get(null)).toEqual({});
    expect(usage()).toMatch(/^optionsStorageUsage 0 100 0 512$/);
    await background.flush();
    const items = Object.keys(await device.current.sync.get(null)).length;
    expect(items).toBeGreaterThan(0);
    await vi.waitFor(() => expect(usage()).toMatch(new RegExp(` ${items} 512$`)));
    await background.close();
  });
});

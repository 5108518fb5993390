/**
 * The keyboard shortcut (`commands` → toggle-site). Headless browsers cannot press an extension's
 * shortcut, so the real background module runs here against an in-memory browser whose storage
 * enforces the real quotas (the settings tests' fake).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { effectiveSiteSettings } from '../../../src/settings/model';
import { toHostname } from '../../../src/settings/hostname';
import { openSettingsStore } from '../../../src/settings/store';
import { createDevice } from '../settings/fake-storage';

const fake = vi.hoisted(() => ({
  activeUrl: 'https://www.example.com/news/story',
  onCommand: undefined as undefined | ((command: string) => Promise<void>),
  badges: [] as { tabId: number; text: string }[],
  titles: [] as { tabId: number; title: string }[],
}));
const device = createDevice();

vi.mock('webextension-polyfill', () => {
  const listeners = () => ({ addListener: () => {} });
  return {
    default: {
      storage: { sync: device.sync, local: device.local, onChanged: device.onChanged },
      runtime: { id: 'unnag-test', onMessage: listeners() },
      action: {
        setBadgeText: async (details: { tabId: number; text: string }) => void fake.badges.push(details),
        setBadgeBackgroundColor: async () => {},
        setTitle: async (details: { tabId: number; title: string }) => void fake.titles.push(details),
      },
      i18n: { getMessage: (key: string) => `[${key}]` },
      tabs: { query: async () => [{ id: 7, url: fake.activeUrl }] },
      commands: { onCommand: { addListener: (fn: (command: string) => Promise<void>) => (fake.onCommand = fn) } },
    },
  };
});

async function siteEnabled(host: string): Promise<boolean> {
  const store = await openSettingsStore(device.areas);
  const enabled = effectiveSiteSettings(store.settings, toHostname(host)!).enabled;
  await store.close();
  return enabled;
}

describe('the toggle-site shortcut', () => {
  beforeAll(async () => {
    await import('../../../src/background/index');
  });

  it('switches the active tab’s site off, then on again', async () => {
    expect(fake.onCommand).toBeTypeOf('function');
    expect(await siteEnabled('example.com')).toBe(true);
    await fake.onCommand!('toggle-site');
    expect(await siteEnabled('example.com')).toBe(false);
    await fake.onCommand!('toggle-site');
    expect(await siteEnabled('example.com')).toBe(true);
  });

  it('leaves the site as it was when storage refuses the change, and the toolbar button says so on that tab', async () => {
    device.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    try {
      await fake.onCommand!('toggle-site');
    } finally {
      Reflect.deleteProperty(device.local, 'set');
    }
    expect(await siteEnabled('example.com')).toBe(true);
    expect(fake.badges).toEqual([{ tabId: 7, text: '!' }]);
    expect(fake.titles.at(-1)).toEqual({ tabId: 7, title: '[storageEditRefused]' });
    // Saved again: the button's title is its own again, and no badge says otherwise.
    await fake.onCommand!('toggle-site');
    expect(fake.titles.at(-1)).toEqual({ tabId: 7, title: '[actionTitle]' });
    await fake.onCommand!('toggle-site');
    expect(fake.badges).toHaveLength(1);
  });

  it('does nothing on a page Unnag cannot run on, or for another command', async () => {
    fake.activeUrl = 'chrome://extensions/';
    await fake.onCommand!('toggle-site');
    fake.activeUrl = 'https://www.example.com/';
    await fake.onCommand!('something-else');
    expect(await siteEnabled('example.com')).toBe(true);
  });
});

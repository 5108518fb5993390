/**
 * The popup on a tab whose page has no content script to answer it, in jsdom: whether it tells the
 * reader to reload (a web page opened before Unnag was installed) or that Unnag cannot run there
 * (a browser's page, or an add-on store, which no browser lets an extension into).
 */
import { describe, expect, it, vi } from 'vitest';

const tab = vi.hoisted(() => ({ url: '' }));

vi.mock('webextension-polyfill', async () => {
  const { createDevice } = await import('../settings/fake-storage');
  const { sync, local, onChanged } = createDevice();
  return {
    default: {
      storage: { sync, local, onChanged },
      i18n: { getMessage: (key: string) => ({ languageTag: 'en', languageDirection: 'ltr' })[key] ?? key },
      tabs: {
        query: async () => [{ id: 4 }],
        get: async () => ({ id: 4, url: tab.url }),
        sendMessage: async () => {
          throw new Error('Could not establish connection. Receiving end does not exist.');
        },
      },
      runtime: { onMessage: { addListener() {} }, openOptionsPage: async () => {} },
    },
  };
});

async function popupSays(url: string): Promise<string> {
  tab.url = url;
  document.body.innerHTML = '<main id="app"></main>';
  delete document.body.dataset.ready;
  // The popup runs once per load, as a real popup does each time it opens.
  vi.resetModules();
  await import('../../../src/popup/popup');
  await vi.waitFor(() => expect(document.body.dataset.ready).toBe('true'));
  return document.getElementById('unavailable')!.textContent!;
}

describe('the popup where no content script answers', () => {
  it('asks for a reload on a web page, and says Unnag cannot run on browser pages and add-on stores', async () => {
    expect(await popupSays('https://news.example/story')).toBe('popupReload');
    expect(await popupSays('http://127.0.0.1:8080/')).toBe('popupReload');
    expect(await popupSays('chrome://extensions/')).toBe('popupUnavailable');
    expect(await popupSays('https://chromewebstore.google.com/detail/unnag/abc')).toBe('popupUnavailable');
    expect(await popupSays('https://chrome.google.com/webstore/category/extensions')).toBe('popupUnavailable');
    expect(await popupSays('https://addons.mozilla.org/en-GB/firefox/')).toBe('popupUnavailable');
    expect(await popupSays('https://support.mozilla.org/kb/')).toBe('popupUnavailable');
    // Only those hosts: a site whose name merely begins alike is a web page.
    expect(await popupSays('https://addons.mozilla.org.example/')).toBe('popupReload');
    expect(await popupSays('https://chrome.google.com/search')).toBe('popupReload');
  });
});

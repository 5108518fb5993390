// TEMPORARY: replaced by src/settings once the settings store lands.
import browser from 'webextension-polyfill';

const keyOf = (hostname: string) => `site:${hostname.replace(/^www\./, '').toLowerCase()}`;

export async function isSiteEnabled(hostname: string): Promise<boolean> {
  const key = keyOf(hostname);
  const stored = await browser.storage.sync.get(key);
  return stored[key] !== false;
}

export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  await browser.storage.sync.set({ [keyOf(hostname)]: enabled });
}

export function onSiteEnabledChange(hostname: string, listener: (enabled: boolean) => void): void {
  const key = keyOf(hostname);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && key in changes) listener(changes[key]?.newValue !== false);
  });
}

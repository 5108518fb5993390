/** The one place settings meet the real browser API. */
import browser from 'webextension-polyfill';
import type { SettingsAreas } from './areas';

export function browserSettingsAreas(): SettingsAreas {
  // Some browsers (and enterprise policies) ship without sync storage; the store then keeps settings local.
  const storage: Partial<typeof browser.storage> = browser.storage;
  return { sync: storage.sync, local: browser.storage.local, onChanged: browser.storage.onChanged };
}

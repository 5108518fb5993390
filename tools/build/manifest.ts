/**
 * The one place where the two browsers' builds differ: `manifest.json` is written for Chrome, and
 * this overlay turns it into Firefox's. Everything else is built from the same source. At run
 * time, their APIs differ in one place only, the content script's src/content/extension-api.ts
 * (the other contexts use webextension-polyfill).
 */
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from '../../manifest.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/** Stable id so Firefox keeps the reader's storage across updates (and tests know the origin). */
export const GECKO_ID = 'unnag@unnag.example';

type Manifest = Exclude<ManifestV3Export, Promise<unknown> | ((...args: never[]) => unknown)>;

export function manifestFor(target: Target): Manifest {
  const manifest = structuredClone(baseManifest) as Manifest & typeof baseManifest;
  if (target === 'chrome') return manifest;

  // gecko_android lets Firefox for Android install it (crxjs's manifest type does not know the key yet).
  const browserSpecificSettings = {
    gecko: {
      id: GECKO_ID,
      // 140 is the first desktop release that knows data_collection_permissions.
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none' as const] },
    },
    gecko_android: { strict_min_version: '142.0' },
  };
  // Firefox has no background service worker: it runs the same module as an event page.
  return {
    ...manifest,
    background: { scripts: [manifest.background.service_worker], type: 'module' },
    browser_specific_settings: browserSpecificSettings,
  };
}

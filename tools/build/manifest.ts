/**
 * The one place where the two browsers differ: `manifest.json` is written for Chrome, and
 * this overlay turns it into Firefox's. Everything else is built from the same source.
 */
import baseManifest from '../../manifest.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/** Stable id so Firefox keeps the reader's storage across updates (and tests know the origin). */
export const GECKO_ID = 'unnag@unnag.example';

type Manifest = typeof baseManifest & Record<string, unknown>;

export function manifestFor(target: Target): Manifest {
  const manifest = structuredClone(baseManifest) as Manifest;
  if (target === 'chrome') return manifest;

  // Firefox has no background service worker: it runs the same module as an event page.
  const { service_worker: entry } = manifest.background;
  return {
    ...manifest,
    background: { scripts: [entry], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140 is the first desktop release that knows data_collection_permissions.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  } as Manifest;
}

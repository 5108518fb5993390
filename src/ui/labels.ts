/** The names the reader sees for categories, displays, sensitivities and where settings live. */
import type { CollapseKind } from '../contract/categories';
import type { Display, Sensitivity } from '../settings/model';
import type { StorageStatus } from '../settings/status';
import type { Message, MessageKey } from './i18n';

export const KIND_LABEL: Readonly<Record<CollapseKind, MessageKey>> = {
  donation: 'categoryDonation',
  reminder: 'categoryReminder',
  newsletter: 'categoryNewsletter',
  promo: 'categoryPromo',
  custom: 'categoryCustom',
};

export const DISPLAY_LABEL: Readonly<Record<Display, MessageKey>> = {
  placeholder: 'displayPlaceholder',
  'no-trace': 'displayNoTrace',
};

export const SENSITIVITY_LABEL: Readonly<Record<Sensitivity, { name: MessageKey; hint: MessageKey }>> = {
  cautious: { name: 'sensitivityCautious', hint: 'sensitivityCautiousHint' },
  balanced: { name: 'sensitivityBalanced', hint: 'sensitivityBalancedHint' },
  thorough: { name: 'sensitivityThorough', hint: 'sensitivityThoroughHint' },
};

/**
 * Where the settings are kept, in the reader's terms. Sync is the browser's business: Firefox for
 * Android does not sync add-on data and desktop Firefox only when the reader turned it on, so
 * "synced" is always said with that condition.
 */
export function storageStatusMessage(status: StorageStatus): Message {
  if (status.where === 'sync') return { key: 'storageSynced' };
  if (status.where === 'nowhere') return { key: status.reason === 'local-write' ? 'storageEditRefused' : 'storageSyncUnreadable' };
  switch (status.reason) {
    case 'sync-unavailable':
      return { key: 'storageNoSync' };
    case 'quota-bytes':
    case 'quota-item':
    case 'max-items':
      return { key: 'storageSyncFull' };
    case 'rate-limit':
      return { key: 'storageSyncLater' };
    default:
      return { key: 'storageSyncFailed' };
  }
}

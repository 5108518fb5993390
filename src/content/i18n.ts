import browser from 'webextension-polyfill';
import type { CollapseKind } from '../contract/categories';
import type { PlaceholderText } from './placeholder';

const KIND_MESSAGE: Record<CollapseKind, string> = {
  donation: 'placeholderDonation',
  reminder: 'placeholderReminder',
  newsletter: 'placeholderNewsletter',
  promo: 'placeholderPromo',
  custom: 'placeholderCustom',
};

export function placeholderText(kind: CollapseKind): PlaceholderText {
  const what = browser.i18n.getMessage(KIND_MESSAGE[kind]);
  return { label: browser.i18n.getMessage('placeholderHidden', [what]), show: browser.i18n.getMessage('placeholderShow') };
}

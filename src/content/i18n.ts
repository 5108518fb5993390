/** The words the content script puts on the page, in the browser's language (from `_locales`). */
import type { CollapseKind } from '../contract/categories';
import type { MessageKey } from '../ui/i18n';
import { textLanguage, type TextLanguage } from '../ui/text-language';
import { extensionApi } from './extension-api';
import type { PickerText } from './picker';
import type { PlaceholderText } from './placeholder';

const KIND_MESSAGE: Record<CollapseKind, MessageKey> = {
  donation: 'placeholderDonation',
  reminder: 'placeholderReminder',
  newsletter: 'placeholderNewsletter',
  promo: 'placeholderPromo',
  custom: 'placeholderCustom',
};

function t(key: MessageKey, ...subs: string[]): string {
  return extensionApi().i18n.getMessage(key, subs);
}

/** Read once: every placeholder of the page is in the same words. */
let readerLanguage: TextLanguage | undefined;
const language = (): TextLanguage => (readerLanguage ??= textLanguage(t));

export function placeholderText(kind: CollapseKind): PlaceholderText {
  return { label: t('placeholderHidden', t(KIND_MESSAGE[kind])), show: t('placeholderShow'), language: language() };
}

export function pickerText(): PickerText {
  return {
    label: t('pickerLabel'),
    hint: t('pickerHint'),
    current: (what) => t('pickerCurrent', what),
    cancel: t('pickerCancel'),
    language: language(),
  };
}

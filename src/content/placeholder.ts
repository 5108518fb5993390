/**
 * The thin line that stands where a collapsed element was. It lives in a closed shadow root so
 * the page's CSS cannot restyle it and the page's scripts cannot reach into it.
 */
import { PLACEHOLDER_ATTR } from '../contract/page-contract';
import type { TextLanguage } from '../ui/text-language';

export interface PlaceholderText {
  /** e.g. "Donation appeal hidden" */
  label: string;
  /** e.g. "Show" */
  show: string;
  /** The reader's language, which need not be the page's. */
  language: TextLanguage;
}

// The line takes the text colour of the page around it (currentColor), so it reads on light and dark
// pages alike. `!important` in :host outranks the page's own rules for the host element.
const STYLE = `
:host { all: initial !important; display: block !important; margin: 4px 0 !important; color: inherit !important; }
button {
  all: unset; box-sizing: border-box; display: flex; align-items: center; gap: .5em; width: 100%;
  font: 12px/1.6 system-ui, sans-serif; color: inherit; opacity: .62; cursor: pointer;
  border-top: 1px dashed currentColor; padding: 2px 0;
}
button:hover, button:focus-visible { opacity: 1; }
button:focus-visible { outline: 2px solid Highlight; outline-offset: 2px; }
.show { text-decoration: underline; }
`;

/**
 * A tag of its own, not a `div`: a placeholder must not shift the `:nth-of-type` positions that
 * remembered and picked selectors may rely on.
 */
export const PLACEHOLDER_TAG = 'unnag-placeholder';

export function createPlaceholder(doc: Document, text: PlaceholderText, onShow: (byKeyboard: boolean) => void): HTMLElement {
  const host = doc.createElement(PLACEHOLDER_TAG);
  host.setAttribute(PLACEHOLDER_ATTR, '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', `${text.label}. ${text.show}`);
  button.lang = text.language.lang;
  button.dir = text.language.dir;
  const label = doc.createElement('span');
  label.textContent = text.label;
  const show = doc.createElement('span');
  show.className = 'show';
  show.textContent = text.show;
  button.append(label, ' · ', show);
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    // A click the keyboard made (Enter, Space) counts no presses of a pointer.
    onShow(event.detail === 0);
  });
  root.append(style, button);
  return host;
}

/**
 * The content script: runs the detector on the page, collapses what it finds, and answers the popup.
 */
import browser from 'webextension-polyfill';
import { detect } from '../detector';
import { isSiteEnabled, onSiteEnabledChange } from '../interim-site-switch';
import { parseToContent, type PageState, type ToBackground } from '../messaging/messages';
import { Collapser } from './collapse';
import { placeholderText } from './i18n';

const hostname = location.hostname;
let enabled = false;
const collapser = new Collapser(placeholderText, () => true);

function reportCount(): void {
  const message: ToBackground = { type: 'collapsed-count', count: collapser.count() };
  // The background may be asleep or restarting; the next report will catch up.
  browser.runtime.sendMessage(message).catch(() => {});
}

function scan(): void {
  for (const finding of detect(document)) collapser.collapse(finding.element, finding.category, finding.reasons);
  reportCount();
}

function pageState(): PageState {
  return {
    hostname,
    enabled,
    items: collapser.entries().map(({ id, kind, preview, reasons, revealed }) => ({ id, kind, preview, reasons, revealed })),
  };
}

browser.runtime.onMessage.addListener((raw: unknown) => {
  const message = parseToContent(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'get-page-state':
      return Promise.resolve(pageState());
    case 'reveal':
      collapser.reveal(message.id);
      break;
    case 'collapse-again':
      collapser.collapseAgain(message.id);
      break;
  }
  reportCount();
  return Promise.resolve(pageState());
});

function whenReady(run: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}

async function start(): Promise<void> {
  enabled = await isSiteEnabled(hostname);
  whenReady(() => {
    if (enabled) scan();
    else reportCount();
  });
  onSiteEnabledChange(hostname, (now) => {
    enabled = now;
    if (now) scan();
    else collapser.revealAll();
    reportCount();
  });
}

void start();


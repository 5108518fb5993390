/**
 * The content script (document_start, one standalone file): reads what to do on this site, what
 * earlier visits learned and the phrases of the reader's languages (one storage read), then those of
 * the page's languages once it is parsed, hands the page to a PageController, and answers the popup.
 * In a frame of the page it only tells the page whether the frame is one appeal (in-frame.ts).
 */
import { frameReportMessage, parseToContent, type PageState, type ToBackground } from '../messaging/messages';
import { pageLanguages, readerLanguages } from '../packs/phrase-packs';
import { answerMessages, extensionApi } from './extension-api';
import { listenToFrameReports } from './frame-reports';
import { guarded } from './guard';
import { watchFrame } from './in-frame';
import { placeholderText } from './i18n';
import { PageController, type PageControllerOptions } from './page-controller';
import { mergedReads } from './one-read';
import { catchUp, loadMore, loadPacks } from './phrase-loader';
import { hasUnsavedChoice, keepOpen, startPicker } from './reader-choices';
import { RememberedSelectors } from './remembered-selectors';
import { openSitePolicy, type SitePolicySource } from './site-policy';

const api = extensionApi();
const hostname = location.hostname;
/** Coalesces count reports: a page that churns its banners must not flood the background. */
const REPORT_DELAY_MS = 200;
/** Learned selectors are written once the page has settled, and at most this often. */
const SAVE_DELAY_MS = 3000;
const MAX_SAVES = 10;

let controller: PageController | undefined;
let policy: SitePolicySource | undefined;
let reportTimer: ReturnType<typeof setTimeout> | undefined;
let lastReported = -1;

function reportCount(): void {
  if (reportTimer !== undefined) return;
  reportTimer = setTimeout(
    guarded(() => {
      reportTimer = undefined;
      const count = controller?.collapser.count() ?? 0;
      if (count === lastReported) return;
      lastReported = count;
      const message: ToBackground = { type: 'collapsed-count', count };
      // The background may be asleep or restarting; the next report will catch up.
      api.runtime.sendMessage(message).catch(() => {});
    }),
    REPORT_DELAY_MS,
  );
}

/** Something an open popup shows changed, perhaps not the count: report even the same count, so the popup asks again. */
function reportChange(): void {
  lastReported = -1;
  reportCount();
}

function pageState(): PageState {
  return {
    hostname,
    enabled: controller?.policy.enabled ?? false,
    items: (controller?.collapser.appeals() ?? []).map(({ id, kind, preview, reasons, revealed }) => ({ id, kind, preview, reasons, revealed })),
    unsavedChoice: hasUnsavedChoice(),
    syncUnread: policy?.syncUnread ?? false,
  };
}

/** How long the popup's question waits for a sync read tried again, before it is answered as things stand. */
const SYNC_RETRY_WAIT_MS = 300;

/**
 * The reader looks at the page while its sync read had failed: it is tried again, and the popup
 * answered once that read is done, so the popup shows how it went. (A read that works later, on a
 * change in sync, tells an open popup through `watchSyncRead`; one that fails tells it nothing, as
 * each report makes the popup ask again, and each ask tries again.)
 */
function stateAfterSyncRetry(source: SitePolicySource): Promise<PageState> {
  const wait = new Promise<void>((resolve) => setTimeout(resolve, SYNC_RETRY_WAIT_MS));
  return Promise.race([source.rereadSync(), wait]).then(pageState, pageState);
}

function answerPopup(): void {
  answerMessages(api.runtime.onMessage, (raw) => {
    const message = parseToContent(raw);
    if (!message) return undefined;
    try {
      if (message.type === 'reveal') controller?.collapser.reveal(message.id);
      else if (message.type === 'collapse-again') controller?.collapser.collapseAgain(message.id);
      else if (message.type === 'not-clutter' && controller) void keepOpen(controller, message.id, reportChange).catch(() => {});
      else if (message.type === 'start-picker' && controller) startPicker(controller, reportChange);
    } catch {
      // The element may have gone with the page; the state below says what is left.
    }
    if (message.type !== 'get-page-state') reportCount();
    else if (policy?.syncUnread) return stateAfterSyncRetry(policy);
    return pageState();
  });
}

function whenParsed(run: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}

function saver(memory: RememberedSelectors): NonNullable<PageControllerOptions['onLearn']> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saves = 0;
  return (visit) => {
    if (timer !== undefined || saves >= MAX_SAVES) return;
    timer = setTimeout(() => {
      timer = undefined;
      saves++;
      memory.save(visit).catch(() => {});
    }, SAVE_DELAY_MS);
  };
}

async function start(): Promise<void> {
  // The settings, the remembered selectors and the reader's languages' phrase packs: one read.
  const local = mergedReads(api.storage.local);
  const memory = new RememberedSelectors(local, hostname);
  const readerLangs = readerLanguages(navigator.languages ?? []);
  const [source, remembered] = await Promise.all([openSitePolicy(hostname, local), memory.load().catch(() => []), loadPacks(local, readerLangs)]);
  policy = source;
  const languages = () => [...readerLangs, ...pageLanguages(document)];
  // The page may now be in another language: its pack, then the page read again.
  const readInPageLanguages = () => void loadMore(local, languages(), guarded(() => page.reread()));
  const page: PageController = new PageController({
    doc: document,
    policy: source.current,
    remembered,
    placeholderText,
    onChange: reportCount,
    onLearn: saver(memory),
    onNavigate: readInPageLanguages,
    onLanguageChange: readInPageLanguages,
  });
  controller = page;
  // The languages the page declares or is written in, read (when not loaded yet) before the first
  // pass; packs still missing then are read when the background stores them, and the page is read again.
  whenParsed(
    guarded(() => {
      void loadPacks(local, languages()).then(
        guarded((missing: string[]) => {
          page.start();
          catchUp(local, api.storage.onChanged, missing, guarded(() => page.reread()));
        }),
      );
    }),
  );
  source.watch(
    guarded((next) => {
      page.setPolicy(next);
      // Starting over gives the items new ids, perhaps as many as before: an open popup must ask again.
      reportChange();
    }),
  );
  source.watchSyncRead(guarded(reportChange));
  if (!source.current.enabled) reportCount();
}

/**
 * A frame the page embeds (not one inside another frame: only the page's content script collapses)
 * is read for an appeal and tells the page; the page listens to its frames.
 */
function watchAsFrame(): void {
  if (window.parent !== window.top) return;
  watchFrame(window, {
    prepare: () => loadPacks(api.storage.local, [...readerLanguages(navigator.languages ?? []), ...pageLanguages(document)]),
    // A frame of another origin cannot know the page's: the report holds only a kind and the packs' words (messages.ts).
    report: (report) => window.parent.postMessage(frameReportMessage(report), '*'),
  });
}

if (window.top === window) {
  answerPopup();
  listenToFrameReports(window, guarded((frame, report) => controller?.collapseFrame(frame, report)));
  start().catch(() => {});
} else {
  watchAsFrame();
}

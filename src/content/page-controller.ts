/**
 * Unnag on one page, from document_start to unload: hides remembered appeals before the first paint,
 * runs the detector's first pass in slices, then examines only what the page adds or reveals, and
 * collapses what the detector reports (never what the article protection forbids). Knows no
 * extension API: index.ts wires it to storage and messages, the benchmark drives it directly.
 */
import type { Category, CollapseKind } from '../contract/categories';
import { COLLAPSED_ATTR, REVEALED_ATTR } from '../contract/page-contract';
import { createProtection, detect, detectInSlices } from '../detector';
import { shadowAppeal } from '../detector/enclosed-appeal';
import type { DetectOptions, Finding, Protection } from '../detector/types';
import { PICKED_REASON, type FrameReport } from '../messaging/messages';
import { backdropsBeside, isOnlyFrameOf, isPopUp, overlayAround } from './backdrops';
import { Collapser, type CollapsedEntry } from './collapse';
import { ExamineQueue } from './examine-queue';
import { DRAWING } from './drawing-watch';
import { frameBox, isFrameBox } from './frame-reports';
import { guarded, type Meter } from './guard';
import { HiddenFindings, isShown } from './hidden-findings';
import { LocationWatch } from './navigation';
import { PageObserver, summarize } from './observe';
import { isUsableSelector, PageStyle } from './page-style';
import { PendingRoots } from './pending-roots';
import { drawsWords, previewOf } from './preview';
import { drawsShown, ShadowHosts } from './shadow-hosts';
import { dialogsOf, ReaderOpened } from './reader-controls';
import { isModalDialog, ModalHolds, pageLocks, placeUnderFixedBody, SCROLL_KEYS } from './page-locks';
import type { PlaceholderText } from './placeholder';
import { LIMITS, type RememberedSelector, type VisitOutcome } from './remembered-selectors';
import { browserClock, TimeSlicer, type Clock, type Job } from './scheduler';
import { selectorFor } from './selector-for';
import type { SitePolicy } from './site-policy';

/** Work done inside the observer callback, before the page can paint; the rest goes to slices. */
const INLINE_MS = 4;
/** Copies of one appeal that get a placeholder; a site re-inserting it endlessly gets no more lines. */
const PLACEHOLDERS_PER_APPEAL = 3;
/** Opening words two copies of one appeal share (more than the popup shows: appeals often open alike). */
const APPEAL_NAME_WORDS = 30;
/** Remembered-selector matches examined per root when confirming them. */
const CONFIRM_MATCHES = 10;
/**
 * How long a remembered frame or widget stays hidden waiting for its frame's report or its drawing
 * (which come after the page is parsed) before a selector nothing confirmed stops hiding it.
 */
const ENCLOSED_WAIT_MS = DRAWING.watchMs;
/** A page that changed nothing for this long has gone quiet: past its duty budget, the slicer may take its idle time (scheduler.ts). */
const QUIET_MS = 250;
/** Frames whose reports are kept for the next start; a page of more appeal frames than this is a hostile one. */
const MAX_FRAME_REPORTS = 64;
/** Distinct appeals counted for PLACEHOLDERS_PER_APPEAL before the count starts over. */
const MAX_COUNTED_APPEALS = 1000;
const PICKED_REASONS = [PICKED_REASON];
const COVERED = `[${COLLAPSED_ATTR}], [${REVEALED_ATTR}]`;
/** What the reader does to scroll the page, or to click it. */
const READER_INTENTS = ['wheel', 'keydown', 'touchmove', 'pointerdown'] as const;
/** The latest collapsed elements looked at for a pop-up when the page is next tidied (a feed's older cards drop out). */
const MAX_UNTIDIED = 32;
const BACKDROP_REASONS = ['backdrop'];
/**
 * The pop-ups whose blur of the story is lifted with them: appeals (a donation or ad-block wall, a
 * sign-up), not a subscription offer, which may blur the story it sells, nor the reader's own picks.
 */
const UNBLURRED_KINDS: ReadonlySet<CollapseKind | undefined> = new Set<CollapseKind>(['donation', 'reminder', 'newsletter']);

/** True when `after` differs from `before` only by rules added (a pick, a "not clutter"). */
function addsRulesOnly(before: SitePolicy, after: SitePolicy): boolean {
  const keeps = (a: readonly string[], b: readonly string[]) => a.every((item) => b.includes(item));
  return (
    before.enabled === after.enabled &&
    before.display === after.display &&
    before.sensitivity === after.sensitivity &&
    before.categories.length === after.categories.length &&
    keeps(before.categories, after.categories) &&
    keeps(before.alwaysCollapse, after.alwaysCollapse) &&
    keeps(before.notClutter, after.notClutter)
  );
}

export interface PageControllerOptions {
  readonly doc: Document;
  readonly policy: SitePolicy;
  /** What earlier visits to this site collapsed (remembered-selectors.ts). */
  readonly remembered: readonly RememberedSelector[];
  readonly placeholderText: (kind: CollapseKind) => PlaceholderText;
  /** The set of collapsed elements changed (the count on the badge, the popup's list). */
  readonly onChange?: () => void;
  /** What this visit teaches about the site changed (and once when the first pass is done). */
  readonly onLearn?: (visit: VisitOutcome) => void;
  /** The page moved to another address without loading (history.pushState, popstate, a hash change). */
  readonly onNavigate?: () => void;
  /** The page set or changed its language after it loaded (a script wrote the root element's `lang`). */
  readonly onLanguageChange?: () => void;
  readonly meter?: Meter;
  readonly clock?: Clock;
}

function usable(doc: Document, selectors: readonly string[]): string | null {
  const ok = selectors.filter((s) => isUsableSelector(doc, s));
  return ok.length ? ok.join(', ') : null;
}

export class PageController {
  readonly collapser: Collapser;
  readonly #doc: Document;
  readonly #options: PageControllerOptions;
  readonly #style: PageStyle;
  readonly #observer: PageObserver;
  readonly #slicer: TimeSlicer;
  readonly #pending = new PendingRoots();
  /** Added and revealed subtrees waiting for the detector (one urgent job for all of them). */
  readonly #queue = new ExamineQueue({
    options: () => this.#detectOptions(this.#insertedShadows),
    found: (findings) => {
      const shown = this.#unlessHidden(findings, holdsDialog);
      this.#collapseFindings(shown);
      if (shown.some(holdsDialog)) this.#tidyAfterPopUps();
      this.#judgeShadowHosts();
    },
  });
  readonly #hidden = new HiddenFindings();
  /**
   * Widgets drawn in open shadow roots, which the detector's passes do not read: those the first
   * pass met, judged after it (a page of two thousand components must not add their judging to each
   * of its own tasks, as work done in the observer callback would), and those of later insertions,
   * judged with them before the next paint (a widget drawn with its host is not painted first).
   */
  readonly #shadows = new ShadowHosts((host) => this.#judgeShadowHost(host), false);
  readonly #insertedShadows = new ShadowHosts((host) => this.#judgeShadowHost(host), true);
  readonly #location: LocationWatch;
  #policy: SitePolicy;
  /** The remembered selectors this browser accepts. */
  readonly #remembered: readonly RememberedSelector[];
  #picked: string | null = null;
  #notClutter: string | null = null;
  /** Appeals the reader reopened that the settings now leave alone (their kind or the site switched off): kept open when they apply again. */
  #reopenedAside: Reopened[] = [];
  #protection: Protection | null = null;
  #running = false;
  /** When the page last changed (the observer's last records). */
  #changedAt = -Infinity;
  /** Elements examined while shown: a later class or style change on them is not news. */
  #seenShown = new WeakSet<Element>();
  readonly #clock: Clock;
  /** What the reader opened: what the page shows right after their click on a control is theirs, never collapsed. */
  readonly #readerOpened = new ReaderOpened(() => this.#clock.now());
  /** A new size of the window can meet a media query that shows a waiting finding. */
  readonly #onResize: () => void;
  /** What was collapsed since the page was last tidied after its pop-ups (#tidyAfterPopUps). */
  #collapsedSinceTidy: Element[] = [];
  /** The collapsed pop-ups whose locks were lifted: when the reader reopens them, the page's locks hold again. */
  #liftedFor: Element[] = [];
  /** What collapsed pop-ups made inert, given back when they are reopened. */
  readonly #holds = new ModalHolds();
  /** The reader tries to scroll or click: a pop-up collapsed meanwhile may have left its lock or backdrop. */
  readonly #onReaderIntent: (event: Event) => void;
  /** How often each appeal (kind + opening text) was collapsed on this page. */
  readonly #copies = new Map<string, number>();
  #firstPassDone = false;
  /** Remembered elements kept hidden by their early rule while they may yet draw an appeal (#confirmRemembered). */
  readonly #waitingEarly = new Set<Element>();
  readonly #hits = new Set<string>();
  readonly #learned: { selector: string; kind: CollapseKind }[] = [];
  /** The page's frames that reported an appeal, and what they said (collapseFrame). */
  readonly #frameReports = new Map<Element, FrameReport>();

  constructor(options: PageControllerOptions) {
    this.#options = options;
    this.#doc = options.doc;
    this.#policy = options.policy;
    this.#remembered = options.remembered.filter((r) => isUsableSelector(this.#doc, r.selector));
    const { meter } = options;
    const clock = (this.#clock = options.clock ?? browserClock);
    this.collapser = new Collapser(options.placeholderText, (entry) => this.#onToggle(entry));
    this.#style = new PageStyle(this.#doc);
    this.#observer = new PageObserver(guarded((records: MutationRecord[]) => this.#onMutations(records), meter));
    this.#slicer = new TimeSlicer(
      {
        now: () => clock.now(),
        later: (fn, ms) => clock.later(guarded(fn, meter), ms),
        whenIdle: clock.whenIdle && ((fn, ms) => clock.whenIdle!(guarded(fn, meter), ms)),
      },
      () => this.#observer.forgetOwnWrites(),
      () => clock.now() - this.#changedAt >= QUIET_MS,
    );
    this.#location = new LocationWatch(
      this.#doc.defaultView ?? window,
      guarded(() => {
        this.#protection = null;
        options.onNavigate?.();
      }, meter),
    );
    this.#onResize = guarded(() => {
      if (this.#hidden.size) this.#examineShown(this.#hidden.takeShown());
    }, meter);
    this.#onReaderIntent = guarded((event: Event) => {
      if (this.#collapsedSinceTidy.length === 0 || (event.type === 'keydown' && !SCROLL_KEYS.has((event as KeyboardEvent).key))) return;
      this.#tidyAfterPopUps();
      this.#observer.forgetOwnWrites();
    }, meter);
    this.#readPolicy();
    if (this.#policy.enabled) this.#hideRemembered();
  }

  get policy(): SitePolicy {
    return this.#policy;
  }

  /** What this visit taught so far: remembered selectors confirmed, and new ones. */
  get visit(): VisitOutcome {
    return { hits: this.#hits, learned: this.#learned };
  }

  /** Begins the detector's work; call once the document is parsed (DOMContentLoaded). */
  start(): void {
    if (this.#running || !this.#policy.enabled) return;
    this.#running = true;
    this.#style.attach();
    this.#observer.start(this.#doc.documentElement);
    this.#doc.addEventListener('click', this.#readerOpened.onClick, { capture: true, passive: true });
    this.#doc.defaultView?.addEventListener('resize', this.#onResize, { passive: true });
    for (const type of READER_INTENTS) this.#doc.defaultView?.addEventListener(type, this.#onReaderIntent, { capture: true, passive: true });
    this.#location.start();
    // A frame reports once: what it said before this start (before the page was parsed, or under the settings before) still holds.
    for (const [frame, report] of this.#frameReports) this.collapseFrame(frame, report);
    this.#confirmRemembered(this.#doc);
    this.#collapsePicked(this.#doc);
    const firstPass = this.#firstPassJob();
    this.#slicer.add({
      step: () => {
        if (!firstPass.step()) return false;
        this.#firstPassDone = true;
        this.#retireEarly();
        this.#options.onLearn?.(this.visit);
        return true;
      },
    });
    this.#observer.forgetOwnWrites();
    this.#slicer.schedule();
    this.#options.onChange?.();
  }

  /**
   * A frame of the page whose own content script found its whole document to be one appeal
   * (frame-reports.ts): collapsed with the wrappers that hold only it, as any finding is (the
   * reader's choices, the site's categories and the article protection apply).
   */
  collapseFrame(frame: Element, report: FrameReport): void {
    for (const known of this.#frameReports.keys()) if (!known.isConnected) this.#frameReports.delete(known);
    if (!frame.isConnected || (!this.#frameReports.has(frame) && this.#frameReports.size >= MAX_FRAME_REPORTS)) return;
    this.#frameReports.set(frame, report);
    if (this.#running) this.#collapseEnclosed({ element: frameBox(frame), category: report.category, reasons: report.reasons, score: 0 });
  }

  /** Gives the page back as it was and stops watching it. */
  stop(): void {
    this.#running = false;
    this.#observer.stop();
    this.#doc.removeEventListener('click', this.#readerOpened.onClick, { capture: true });
    this.#doc.defaultView?.removeEventListener('resize', this.#onResize);
    for (const type of READER_INTENTS) this.#doc.defaultView?.removeEventListener(type, this.#onReaderIntent, { capture: true });
    this.#collapsedSinceTidy = [];
    this.#liftedFor = [];
    // Copies are counted per start: an appeal collapsed again after a restart is no new copy.
    this.#copies.clear();
    this.#holds.restoreAll();
    this.#hidden.clear();
    this.#location.stop();
    this.#shadows.stop();
    this.#insertedShadows.stop();
    this.#slicer.clear();
    this.#queue.clear();
    this.#pending.drain();
    this.collapser.revealAll();
    this.#style.detach();
    this.#options.onChange?.();
  }

  /**
   * The detector learned new words (a language's phrases arrived): the whole page is read again
   * in slices. What is collapsed stays collapsed and what the reader reopened stays open.
   */
  reread(): void {
    if (!this.#running) return;
    this.#slicer.add(this.#firstPassJob());
    this.#slicer.schedule();
  }

  /** The reader changed a setting for this site: starts over under the new policy (a rule added is applied where it is). */
  setPolicy(policy: SitePolicy): void {
    if (this.#running && addsRulesOnly(this.#policy, policy)) return this.#addRules(policy);
    const wasRunning = this.#running;
    const reopened = [
      ...this.collapser
        .appeals()
        .filter((appeal) => appeal.revealed)
        .map((appeal): Reopened => ({ appeal, elements: this.collapser.elementsOf(appeal.id) })),
      ...this.#reopenedAside,
    ].filter(({ elements }) => elements.some((el) => el.isConnected));
    if (wasRunning) this.stop();
    // What the reader reopened stays open, and listed, under the new settings (stop() gave the page back as it was),
    // and what they do not collapse now is remembered, so switching its kind or the site back on does not collapse it again.
    const applies = ({ appeal }: Reopened): boolean => policy.enabled && (appeal.kind === 'custom' || policy.categories.includes(appeal.kind));
    for (const { appeal, elements } of reopened.filter(applies)) this.#keepReopened(appeal, elements, policy);
    this.#reopenedAside = reopened.filter((r) => !applies(r));
    this.#policy = policy;
    this.#readPolicy();
    if (wasRunning || policy.enabled) this.start();
  }

  /**
   * A pick or a "not clutter" came back as a rule: applied to the page as it is. Starting over would
   * give back everything collapsed until the first pass found it again, a flash of every appeal
   * (and a wall's dialog opened again) each time the reader teaches the page something.
   */
  #addRules(policy: SitePolicy): void {
    this.#policy = policy;
    this.#readPolicy();
    const notClutter = this.#notClutter;
    if (notClutter) {
      // Reopened as the reader's Show reopens (listed, and can be collapsed again); a pick outranks the rule.
      const named = (el: Element) => el.closest(notClutter) !== null || el.querySelector(notClutter) !== null;
      for (const appeal of this.collapser.appeals()) {
        if (!appeal.revealed && appeal.kind !== 'custom' && this.collapser.elementsOf(appeal.id).some(named)) this.collapser.reveal(appeal.id);
      }
    }
    this.#collapsePicked(this.#doc);
    // A pop-up picked gives the page back (its lock, its backdrop) now, as after a first pass.
    this.#tidyAfterPopUps();
    this.#observer.forgetOwnWrites();
  }

  /**
   * An appeal (its elements, a run's under its first) known again as reopened: collapsed and at once
   * given back (no paint between), so the popup lists it once and can collapse it again.
   */
  #keepReopened({ kind, reasons }: CollapsedEntry, elements: readonly Element[], policy: SitePolicy): void {
    const [first, ...rest] = elements.filter((el) => el.isConnected);
    if (!first) return;
    const withPlaceholder = policy.display === 'placeholder';
    const entry = this.collapser.collapse(first, kind, reasons, withPlaceholder);
    for (const el of rest) this.collapser.collapse(el, kind, reasons, withPlaceholder, first);
    this.collapser.reveal(entry.id);
  }

  #readPolicy(): void {
    this.#picked = usable(this.#doc, this.#policy.alwaysCollapse);
    this.#notClutter = usable(this.#doc, this.#policy.notClutter);
    this.#style.spare(this.#notClutter);
    this.#style.hidePicked(this.#picked);
  }

  /** At document_start: the selectors earlier visits learned, and the reader's picks, hide their elements before any paint. */
  #hideRemembered(): void {
    const kinds = new Set<CollapseKind>(this.#policy.categories);
    this.#style.setEarly(this.#remembered.filter((r) => kinds.has(r.kind)).map((r) => r.selector));
    if (this.#style.early.length || this.#picked) this.#style.attach();
  }

  #onMutations(records: MutationRecord[]): void {
    if (!this.#running) return;
    this.#changedAt = this.#clock.now();
    this.#location.check();
    const summary = summarize(records, (el) => this.collapser.entryOf(el) !== undefined);
    if (summary.languageChanged) this.#options.onLanguageChange?.();
    for (const el of summary.touched) this.collapser.repair(el);
    // The count on the badge and in an open popup goes down with what the site took away.
    if (summary.removedSomething && this.collapser.sweep()) this.#options.onChange?.();
    if (summary.ownRemoved) {
      this.#style.attach();
      for (const entry of this.collapser.entries()) this.collapser.repair(entry.element);
    }
    for (const dialog of summary.opened) this.#closeAgain(dialog);
    for (const el of summary.added) this.#pending.add(el);
    if (summary.added.length && this.#readerOpened.justClicked()) for (const el of summary.added) this.#readerOpened.noteInserted(el);
    // Layout is read for all of them before anything is written, so it is computed once per batch.
    for (const el of summary.restyled) if (this.#becameVisible(el) && !this.#readerOpened.justClicked()) this.#pending.add(el);
    this.#examineShown(this.#hidden.size && summary.restyled.length ? this.#hidden.takeShown(summary.restyled) : []);
  }

  /**
   * A site that opens the modal dialog of a collapsed pop-up again once Unnag closed it (a wall that
   * will not be dismissed) gets it closed again a few times (ModalHolds.closeAgain); then the pop-up
   * is given back: a page held by a dialog the reader cannot see is worse than one they can see.
   */
  #closeAgain(dialog: Element): void {
    const popUp = dialog.closest(`[${COLLAPSED_ATTR}]`);
    if (!popUp || !this.collapser.isCollapsed(popUp) || !isModalDialog(dialog)) return;
    if (this.#holds.closeAgain(popUp, dialog)) return;
    const entry = this.collapser.entryOf(popUp);
    if (entry) this.collapser.reveal(entry.id);
  }

  /** Examines the pending roots and `shown`, waiting findings the page now shows (unless the reader just opened them). */
  #examineShown(shown: readonly Element[]): void {
    if (!this.#running) return;
    if (!this.#readerOpened.justClicked()) for (const el of shown) this.#pending.add(el);
    for (const root of this.#pending.drain()) this.#examine(root);
    this.#slicer.run(INLINE_MS, true);
    this.#observer.forgetOwnWrites();
    this.#slicer.schedule();
  }

  /** A class or style change showed an element that was not rendered before. */
  #becameVisible(el: Element): boolean {
    if (this.#seenShown.has(el) || el === this.#doc.body || el === this.#doc.documentElement) return false;
    // A change on a container of the article is a page-wide toggle (a theme, a menu), not a banner.
    const article = this.#protection?.article;
    if (article && el.contains(article)) return false;
    if (!isShown(el)) return false;
    this.#seenShown.add(el);
    return true;
  }

  /** Queues the detector on a subtree the page added or revealed. */
  #examine(root: Element): void {
    this.collapser.giveBackCopies(root);
    if (root.closest(COVERED)) return;
    this.#collapsePicked(root);
    this.#confirmRemembered(root);
    if (this.#queue.add(root)) this.#slicer.add(this.#queue);
  }

  /** The first pass over the whole page, in slices. */
  #firstPassJob(): Job {
    const run = detectInSlices(this.#doc, this.#detectOptions(this.#shadows));
    return {
      step: () => {
        const next = run.next();
        if (!next.done) return false;
        this.#collapseFindings(this.#unlessHidden(next.value, () => true));
        this.#tidyAfterPopUps();
        this.#judgeShadowHosts();
        return true;
      },
    };
  }

  /** The hosts of open shadow roots the passes met, judged in slices (shadow-hosts.ts). */
  #judgeShadowHosts(): void {
    let queued = false;
    for (const hosts of [this.#shadows, this.#insertedShadows]) {
      if (!hosts.takeTurn()) continue;
      this.#slicer.add(hosts);
      queued = true;
    }
    if (queued) this.#slicer.schedule();
  }

  /**
   * A widget whose open shadow root draws, whole, one appeal (enclosed-appeal.ts) is collapsed by
   * its host once shown (a host the page keeps hidden is judged again when it shows it). True when
   * the host needs no more looks.
   */
  #judgeShadowHost(host: Element): boolean {
    if (!this.#running || !host.isConnected || this.collapser.entryOf(host) || host.closest(COVERED)) return true;
    const appeal = shadowAppeal(host, { sensitivity: this.#policy.sensitivity, categories: this.#policy.categories });
    // One an earlier visit collapsed is hidden early (#confirmRemembered): what it draws is confirmed unseen.
    if (!appeal || !(drawsShown(host) || this.#style.hidesEarly(host))) return false;
    this.#collapseEnclosed({ element: host, category: appeal.category, reasons: appeal.reasons, score: 0 });
    return true;
  }

  /**
   * Collapses an appeal the page's pass cannot read (a frame, a shadow root) as any finding is (the
   * reader's choices, the site's settings and the article protection apply), and remembers it: on
   * the next visit it waits hidden for its frame's report or its drawing (#confirmRemembered).
   * Called outside the slices (a frame's message, a widget's drawing), so it drops the records of
   * its own writes itself.
   */
  #collapseEnclosed(finding: Finding): void {
    if (this.#collapseFinding(finding)) this.#options.onChange?.();
    this.#observer.forgetOwnWrites();
  }

  /**
   * The findings the page shows; those it keeps hidden, among the ones `ask` picks, wait until it
   * shows them (hidden-findings.ts). The first pass asks of all its findings, a later insertion's
   * pass only of dialogs (holdsDialog).
   */
  #unlessHidden(findings: readonly Finding[], ask: (finding: Finding) => boolean): Finding[] {
    return findings.filter((finding) => {
      if (!ask(finding) || isShown(finding.element)) return true;
      this.#hidden.add(finding.element);
      return false;
    });
  }

  /**
   * What a collapsed pop-up leaves behind: the overlay around it (which takes over its collapse),
   * its backdrop (collapsed under its placeholder, backdrops.ts) and its hold on the page (a scroll
   * lock, the page made inert: page-locks.ts), looked for when something was collapsed since the
   * last look, and only when one of those was a pop-up (fixed to the window, or a dialog). After
   * the first pass and after a dialog's collapse, and otherwise only when the reader tries to
   * scroll or click: it reads layout, which a feed's every insertion should not pay for.
   */
  #tidyAfterPopUps(): void {
    if (this.#collapsedSinceTidy.length === 0) return;
    const collapsed = this.#collapsedSinceTidy.filter((el) => el.isConnected && isPopUp(el));
    this.#collapsedSinceTidy = [];
    // Boxes in the page's flow leave nothing behind: no layout is read for them.
    if (collapsed.length === 0) return;
    const popUps = collapsed.map((popUp) => this.#widenToOverlay(popUp));
    const leader = popUps[0]!;
    const kind = this.collapser.entryOf(leader)?.kind;
    if (kind) {
      for (const backdrop of backdropsBeside(popUps)) if (!this.collapser.entryOf(backdrop)) this.collapser.collapse(backdrop, kind, BACKDROP_REASONS, false, leader);
    }
    for (const popUp of popUps) this.#holds.release(popUp, UNBLURRED_KINDS.has(this.collapser.entryOf(popUp)?.kind));
    this.#liftLocks(popUps);
  }

  /** Lifts the locks `popUps` left on the page; the window scrolls from where the reader was when a lock fixed the body to it. */
  #liftLocks(popUps: readonly Element[]): void {
    const locks = pageLocks(this.#doc);
    // While a lift holds, a later pop-up's lock may hide under it: that pop-up keeps the lift too.
    if (locks.length === 0 && this.#liftedFor.length === 0) return;
    this.#liftedFor = [...this.#stillCollapsed(this.#liftedFor), ...popUps];
    if (locks.length === 0) return;
    const place = locks.includes('body-fixed') ? placeUnderFixedBody(this.#doc) : 0;
    this.#style.liftLocks(locks);
    if (place > 0) this.#doc.defaultView?.scrollTo({ top: place, behavior: 'instant' });
  }

  #stillCollapsed(elements: readonly Element[]): Element[] {
    return elements.filter((el) => el.isConnected && this.collapser.isCollapsed(el));
  }

  /**
   * The reader reopened an appeal or collapsed it again. A pop-up reopened gets its hold on the
   * page back, and the page its locks once no pop-up whose locks were lifted stays collapsed (Show
   * gives the page back as the site left it); one collapsed again is tidied after at once.
   */
  #onToggle(entry: CollapsedEntry): void {
    if (!this.#running) return;
    if (!entry.revealed) {
      this.#collapsedSinceTidy.push(entry.element);
      this.#tidyAfterPopUps();
    } else {
      this.#holds.restore(entry.element);
      if (this.#liftedFor.length > 0) {
        this.#liftedFor = this.#stillCollapsed(this.#liftedFor);
        if (this.#liftedFor.length === 0) this.#style.dropLifts();
      }
    }
    this.#observer.forgetOwnWrites();
    // Whoever toggled it (the placeholder's Show, the popup, the page's wall), the count changed.
    this.#options.onChange?.();
  }

  /**
   * A collapsed dialog inside an overlay that is only its frame leaves the overlay over the page,
   * dark and taking its clicks: the collapse moves out to the overlay (one appeal still, learned for
   * the next visit as the overlay). Returns what now stands collapsed for the pop-up.
   */
  #widenToOverlay(popUp: Element): Element {
    const overlay = this.collapser.isCollapsed(popUp) ? overlayAround(popUp) : null;
    return overlay && this.#widen(popUp, overlay) ? overlay : popUp;
  }

  /** Moves the collapse of `popUp` out to `overlay` (Collapser.widen) and learns the overlay for the next visit; false if nothing moved. */
  #widen(popUp: Element, overlay: Element): boolean {
    const entry = this.collapser.widen(popUp, overlay);
    if (!entry) return false;
    if (entry.kind !== 'custom') this.#learn(overlay, entry.kind);
    this.#options.onChange?.();
    return true;
  }

  /** `shadows`: where the pass's open shadow roots are judged. */
  #detectOptions(shadows: ShadowHosts): DetectOptions {
    return { sensitivity: this.#policy.sensitivity, categories: this.#policy.categories, protection: this.#protect(), onShadowHost: shadows.meet };
  }

  /** The article protection, found again when the page navigated or replaced its article. */
  #protect(): Protection {
    const current = this.#protection;
    if (current && (!current.article || current.article.isConnected)) return current;
    return (this.#protection = createProtection(this.#doc));
  }

  #collapseFindings(findings: readonly Finding[]): void {
    if (findings.length === 0) return;
    let changed = false;
    for (const finding of findings) if (this.#collapseFinding(finding)) changed = true;
    if (changed) this.#options.onChange?.();
  }

  #collapseFinding({ element, category, reasons, runStart }: Finding): boolean {
    if (!element.isConnected || !this.#policy.categories.includes(category)) return false;
    if (this.collapser.entryOf(element) || element.closest(COVERED) || this.#readerOpened.holds(element)) return false;
    // The reader said "not clutter" of this element, of a block around it, or of something inside it.
    if (this.#notClutter && (element.closest(this.#notClutter) || element.querySelector(this.#notClutter))) return false;
    if (!this.#protect().allows(element)) return false;
    this.#collapse(element, category, reasons, runStart);
    return true;
  }

  #collapse(element: Element, kind: CollapseKind, reasons: readonly string[], runStart?: Element): void {
    // Copies are told apart as the reader would tell them: by the words they open with, as shown.
    const appeal = `${kind}\u0000${previewOf(element, APPEAL_NAME_WORDS)}`;
    const copies = (this.#copies.get(appeal) ?? 0) + 1;
    if (this.#copies.size >= MAX_COUNTED_APPEALS) this.#copies.clear();
    this.#copies.set(appeal, copies);
    const withPlaceholder = this.#policy.display === 'placeholder' && copies <= PLACEHOLDERS_PER_APPEAL;
    this.collapser.collapse(element, kind, reasons, withPlaceholder, runStart);
    if (this.#collapsedSinceTidy.push(element) > MAX_UNTIDIED) this.#collapsedSinceTidy.shift();
    if (kind !== 'custom' && copies === 1) this.#learn(element, kind as Category);
  }

  /** Notes which remembered selectors this collapse confirms, and a selector for next time. */
  #learn(element: Element, kind: Category): void {
    let news = false;
    for (const { selector } of this.#remembered) {
      if (!this.#hits.has(selector) && element.matches(selector)) {
        this.#hits.add(selector);
        news = true;
      }
    }
    if (this.#learned.length < LIMITS.selectorsPerSite) {
      const selector = selectorFor(element);
      if (selector && !this.#learned.some((l) => l.selector === selector)) {
        this.#learned.push({ selector, kind });
        news = true;
      }
    }
    if (news) this.#options.onLearn?.(this.visit);
  }

  /** The reader's own picks (alwaysCollapse) under `root`. */
  #collapsePicked(root: Document | Element): void {
    const picked = this.#picked;
    if (!picked) return;
    const found = [...root.querySelectorAll(picked)];
    if (root !== this.#doc && (root as Element).matches(picked)) found.unshift(root as Element);
    let changed = false;
    for (const el of found) {
      // A rule can come from an imported file: it may name any element, but never the whole page.
      if (el === this.#doc.documentElement || el === this.#doc.body || el === this.#doc.head) continue;
      if (this.collapser.entryOf(el) || el.closest(COVERED)) continue;
      this.#collapse(el, 'custom', PICKED_REASONS);
      changed = true;
    }
    if (changed) this.#options.onChange?.();
  }

  /**
   * Elements under `root` that a remembered selector hides are examined now, each on its own (small
   * and synchronous). A selector that hid something the detector does not confirm stops hiding: a
   * stale one can delay an element, never keep it hidden. A frame or a widget in a shadow root is
   * confirmed later, by its frame's report or its drawing: it waits hidden for them a while.
   */
  #confirmRemembered(root: Document | Element): void {
    const early = this.#style.early;
    if (!early.length) return;
    const list = early.join(', ');
    const matched = [...root.querySelectorAll(list)].slice(0, CONFIRM_MATCHES);
    if (root !== this.#doc && (root as Element).matches(list)) matched.unshift(root as Element);
    const waiting: Element[] = [];
    let popUps = false;
    for (const el of matched) {
      if (el.closest(COVERED)) continue;
      const findings = this.#unlessHiddenDialogs(detect(el, this.#detectOptions(this.#insertedShadows)));
      this.#collapseFindings(findings);
      popUps ||= findings.some(holdsDialog);
      // A remembered overlay (hidden, so no layout to ask) is confirmed by the pop-up it frames.
      const popUp = findings.find((f) => f.element !== el && this.collapser.isCollapsed(f.element))?.element;
      if (popUp && !this.collapser.entryOf(el) && isOnlyFrameOf(el, popUp)) this.#widen(popUp, el);
      // A widget drawn already is judged now, as the detector just looked at the page's own elements.
      const drawn = drawsWords(el);
      if (drawn) this.#judgeShadowHost(el);
      if (!this.collapser.entryOf(el) && this.#comesLater(el, drawn)) waiting.push(el);
    }
    // A remembered pop-up the page inserts later leaves its lock and backdrop, as a first visit's would.
    if (popUps) this.#tidyAfterPopUps();
    this.#judgeShadowHosts();
    this.#dropUnconfirmed(matched.filter((el) => !waiting.includes(el)));
    if (!waiting.length) return;
    for (const el of waiting) this.#waitingEarly.add(el);
    this.#clock.later(
      guarded(() => {
        if (!this.#running) return;
        this.#dropUnconfirmed(waiting);
        for (const el of waiting) this.#waitingEarly.delete(el);
        if (this.#firstPassDone) this.#retireEarly();
      }, this.#options.meter),
      ENCLOSED_WAIT_MS,
    );
  }

  /**
   * Once the first pass is done, the early rules have done their work (what they hid is collapsed
   * now, or was shown again), and kept they would be a danger: a selector learned by position
   * (`div:nth-of-type(4)`) names another element, perhaps the story's, as soon as the page inserts a
   * sibling before it, and nothing would look at that element. What the page inserts later is
   * collapsed before it is painted all the same (the observer). Only rules still keeping a remembered
   * element hidden while it may yet draw an appeal stay, until that wait is over.
   */
  #retireEarly(): void {
    const early = this.#style.early;
    if (!early.length) return;
    const waiting = [...this.#waitingEarly].filter((el) => el.isConnected && !this.collapser.entryOf(el));
    this.#style.setEarly(early.filter((selector) => waiting.some((el) => el.matches(selector))));
  }

  /**
   * A remembered dialog is asked, as on a first visit, whether the page shows it: the early rules
   * that hide it stop first (in this same task, so nothing is painted between), and one the page
   * keeps hidden waits until the page shows it, unless the reader opens it then (the site's own
   * button opens the pop-up it showed unasked on an earlier visit).
   */
  #unlessHiddenDialogs(findings: readonly Finding[]): readonly Finding[] {
    const dialogs = findings.filter(holdsDialog);
    if (dialogs.length === 0) return findings;
    for (const selector of this.#style.early) if (dialogs.some(({ element }) => element.closest(selector))) this.#style.dropEarly(selector);
    return this.#unlessHidden(findings, holdsDialog);
  }

  /** Whether what confirms `el` is still to come: the drawing of a widget that draws nothing yet (`drawn`: drawsWords), the report of a frame that has not reported. */
  #comesLater(el: Element, drawn: boolean): boolean {
    if (el.shadowRoot) return !drawn;
    return isFrameBox(el) && ![...this.#frameReports.keys()].some((frame) => el.contains(frame));
  }

  /** Stops hiding by the remembered selectors that match one of `elements` left uncollapsed. */
  #dropUnconfirmed(elements: readonly Element[]): void {
    for (const selector of this.#style.early) {
      if (elements.some((el) => el.isConnected && el.matches(selector) && !el.closest(`[${COLLAPSED_ATTR}]`))) this.#style.dropEarly(selector);
    }
  }
}

/** An appeal the reader reopened, with the elements it was collapsed as. */
interface Reopened {
  readonly appeal: CollapsedEntry;
  readonly elements: readonly Element[];
}

/**
 * A finding that is, lies in or holds a dialog, as a page builds one ahead of the reader's click on
 * its button. Only these of a later insertion's findings are asked whether they are shown: asked of
 * all, the browser would lay the page out inside each mutation callback; any other insertion is
 * judged as inserted.
 */
function holdsDialog({ element }: Finding): boolean {
  return dialogsOf(element).length > 0;
}

import { isOffer, type Candidate } from './candidates';
import { countWordCharacters, HEADINGS, measureText, OPAQUE_TAGS, readerText, textOutside } from './dom';
import { followsOwnAccounts, leadsOffSite, ownSite } from './own-site';
import { tokenize, unspacedLength, UNSPACED_SCRIPT } from './phrase-matcher';
import { scoreCandidate, type ScoreContext, type Verdict } from './score';
import { leadSignals } from './sibling-run';
import { linkSignal } from './signals/links';
import { findActions, findPitch, speaksAsPublication } from './signals/phrases';
import type { Signal } from './signals/signal';
import { elementTokens } from './signals/tokens';
import { actionLabel, actionSignals } from './signals/actions';

/**
 * The publication's own plugs written as the story's paragraphs, in the article's own container.
 * They have no box of their own, so they read as article text until this says otherwise:
 * - a closing run: the last few blocks, set off from the story above (by a heading, a rule, or a
 *   change to emphasised type), as a WordPress post's closing "Support our work" and its button;
 * - an inline plug: one short paragraph set wholly in bold or italic between the story's
 *   paragraphs ("**Sign up for our morning newsletter.**").
 * Either must ask the reader to give, subscribe or install in the publication's voice (a strong
 * phrase; an inline plug, set apart by its type, may use a lighter word with a call on the site
 * itself) and have its own button or link to do it. A story's own lines (a "How to help" section,
 * a quoted plea, an author's note, a correction) seldom do both, and nothing longer than a few
 * short blocks is ever taken: losing a word of the story is worse than missing an appeal.
 */
export interface StoryPlug {
  /** The plug's elements in page order, each a child of the article's paragraph holder. */
  readonly elements: readonly Element[];
  /** Its evidence, gathered as one block (scored as its last element, where its offer is). */
  readonly candidate: Candidate;
  /** Categories its own wording points to: the plug is one appeal only if its verdict is among them. */
  readonly worded: ReadonlySet<string>;
  /** What it is, as the reason shown to the reader. */
  readonly reason: 'run:closing' | 'plug:inline';
}

/** A heading, a line or two of wording, a row of buttons. */
const MAX_RUN = 4;
/** Characters (whitespace excluded) a closing run may hold: a few lines, not a section of the story. */
const MAX_RUN_TEXT = 600;
/** Children after the run that close the container (closesContainer), and children read for the run: a bound on a hostile page. */
const MAX_TRAILING = 6;
const MAX_READ = 12;
/** Story blocks before a closing run (and around inline plugs): a short text's last paragraphs may be all of it. */
const MIN_STORY_BLOCKS = 3;
/** The story before the run holds at least this many times the run's text. */
const MIN_STORY_SHARE = 2;
/** Children a run is built of: text blocks and the boxes of a button row or a form. */
const RUN_TAGS: ReadonlySet<string> = new Set([...HEADINGS, 'p', 'div', 'section', 'form', 'aside']);
const EMPHASIS: ReadonlySet<string> = new Set(['em', 'i', 'strong', 'b']);
const SHOWS_SOMETHING = 'a[href], button, input, img, picture, svg, video, iframe';
const CONTROLS = 'a[href], button, [role="button"]';

/** The plugs among the children of `holder` (a holder of the article's paragraphs `blocks`): none when all of it reads as the story. */
export function findStoryPlugs(holder: Element, blocks: ReadonlySet<Element>): StoryPlug[] {
  const closing = closingRun(holder, blocks);
  const plugs = inlinePlugs(holder, blocks, closing?.elements ?? []);
  return closing ? [...plugs, closing] : plugs;
}

function closingRun(holder: Element, blocks: ReadonlySet<Element>): StoryPlug | null {
  const elements = runAtEnd(holder, blocks);
  if (!elements) return null;
  let runText = 0;
  for (const el of elements) {
    const measured = measureText(el, MAX_RUN_TEXT);
    runText += measured.length;
    if (measured.overCap || runText > MAX_RUN_TEXT) return null;
  }
  if (!storyBefore(elements[0]!, blocks, runText * MIN_STORY_SHARE)) return null;
  return evidenceOf(elements, runText, 'run:closing');
}

/** Characters (whitespace excluded) an inline plug may hold: a line or two. */
const MAX_PLUG_TEXT = 300;

/** Lines in emphasised type a text may hold for them to stand out from it (many: the text is written so, as a Q&A's questions are). */
const MAX_EMPHASISED = 4;
const MAX_EMPHASISED_SHARE = 1 / 3;

/**
 * Paragraphs of `holder` set wholly in emphasised type that plug (`taken`: the closing run's
 * elements); none in a holder of fewer than MIN_STORY_BLOCKS other text blocks, or of many
 * emphasised lines.
 */
function inlinePlugs(holder: Element, blocks: ReadonlySet<Element>, taken: readonly Element[]): StoryPlug[] {
  const emphasised: Element[] = [];
  let story = 0;
  for (let child = holder.firstElementChild; child; child = child.nextElementSibling) {
    const line = lineOf(child);
    if (!(blocks.has(child) || blocks.has(line)) || taken.includes(child)) continue;
    if (line.localName === 'p' && startsEmphasised(line)) emphasised.push(child);
    else story++;
  }
  if (story < MIN_STORY_BLOCKS || emphasised.length > MAX_EMPHASISED || emphasised.length > story * MAX_EMPHASISED_SHARE) return [];
  return emphasised.map(inlinePlug).filter((plug) => plug !== null);
}

/** A plug's line (`lineOf`), taken whole with the box it may stand in. */
function inlinePlug(child: Element): StoryPlug | null {
  const measured = measureText(child, MAX_PLUG_TEXT);
  if (measured.overCap || !isEmphasised(lineOf(child))) return null;
  return evidenceOf([child], measured.length, 'plug:inline');
}

const LINE_BOXES: ReadonlySet<string> = new Set(['div', 'section', 'aside']);

/**
 * The paragraph a child of the article's holder is: itself, or the one paragraph a box of the
 * page's layout wraps and nothing else (`<div class="promo"><p><strong>Sign up …</strong></p></div>`).
 */
function lineOf(child: Element): Element {
  const only = child.firstElementChild;
  if (!LINE_BOXES.has(child.localName) || only === null || only !== child.lastElementChild || only.localName !== 'p') return child;
  for (let node = child.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return child;
  }
  return only;
}

/**
 * The paragraph opens with emphasised type, or a link set in it: a quick look before reading all
 * of its text (most paragraphs open with plain text).
 */
function startsEmphasised(block: Element): boolean {
  for (let node = block.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() === '') continue;
    if (node.nodeType !== 1) return false;
    const name = (node as Element).localName;
    return EMPHASIS.has(name) || (name === 'a' && startsEmphasised(node as Element));
  }
  return false;
}

/**
 * The run closing `holder` by its shape, or null: its last showing children back to the break that
 * opens them: a rule, a change to emphasised type, or a heading. Every line of a run speaks for the
 * appeal (its wording, its buttons, its type), unless a heading names the appeal above them ("What
 * comes next" may head the story's last section; "Support us" does not). Without such a break, or
 * with a line of the story in it, the run is the wording just above a row of buttons and that row,
 * which alone marks where the story stopped.
 */
function runAtEnd(holder: Element, blocks: ReadonlySet<Element>): Element[] | null {
  const run: Element[] = []; // gathered upwards: the run's last element first
  /** Where in `run` the lowest line of the story stands (-1: none). */
  let plain = -1;
  let child = holder.lastElementChild;
  for (let passed = 0; child && closesContainer(child, blocks); passed++, child = child.previousElementSibling) {
    if (passed === MAX_TRAILING) return null;
  }
  for (let read = 0; child && read < MAX_READ; read++, child = child.previousElementSibling) {
    const name = child.localName;
    if (name !== 'hr' && showsNothing(child)) continue; // an anchor, an empty paragraph between blocks
    const first = run[run.length - 1];
    if (name === 'hr' || (first !== undefined && isEmphasised(first) && !isEmphasised(child))) {
      return plain < 0 && run.length > 0 ? asksAlone(run.reverse()) : callBelow(run, plain);
    }
    if (run.length === MAX_RUN) break;
    if (HEADINGS.has(name)) return plain < 0 || leadSignals(wordingOf(child), true).length > 0 ? [child, ...run.reverse()] : callBelow(run, plain);
    if (!RUN_TAGS.has(name)) break;
    if (plain < 0 && !(isCallRow(child) || isEmphasised(child) || leadSignals(wordingOf(child), false).length > 0)) {
      if (run.length === 0) return null; // the container ends with the story's own text
      plain = run.length;
    }
    run.push(child);
  }
  return callBelow(run, plain);
}

/**
 * A run set apart by its type, from its first line that asks or offers something to its last: the
 * emphasised lines around them that do neither are the story's own, set in the same type (its
 * music's credits above, "watch this video:" over the story's video below). Null when no line asks.
 */
function asksAlone(run: readonly Element[]): Element[] | null {
  const asks = (line: Element) => leadSignals(wordingOf(line), false).length > 0 || offersIn(line) > 0;
  const start = run.findIndex(asks);
  return start < 0 ? null : run.slice(start, run.findLastIndex(asks) + 1);
}

/**
 * The lines of `run` below its lowest line of the story (`plain`), if they are wording over a row
 * of buttons, or one line that asks to follow the publication on its networks (isChannelLine) or
 * is its wording and its button at once (isPitchingLink).
 */
function callBelow(run: readonly Element[], plain: number): Element[] | null {
  const below = plain < 0 ? [...run] : run.slice(0, plain);
  if (below.length === 1 && (isChannelLine(below[0]!) || isPitchingLink(below[0]!))) return below;
  return below.length >= 2 && isCallRow(below[0]!) ? below.reverse() : null;
}

/** A paragraph or box whose only words are the labels of its buttons and links, one of them a call to act ("Donate", "Patreon · Ko-fi"). */
function isCallRow(el: Element): boolean {
  return wordingOf(el) === '' && offersIn(el, undefined, (control) => isCall(control, el)) > 0;
}

/**
 * What a container puts after the story and its appeal: scripts, empty slots, a line that points
 * on to more of the story (pointsOnward), and boxes of their own that offer nothing but sharing or
 * following (share buttons, related posts, comments), which are judged on their own.
 */
function closesContainer(el: Element, blocks: ReadonlySet<Element>): boolean {
  if (showsNothing(el)) return true;
  if (blocks.has(el)) return pointsOnward(el);
  return measureText(el, MAX_RUN_TEXT).overCap || offersIn(el, undefined, offersMoreThanSocial) === 0;
}

/**
 * A line of the story that is all one link offering nothing, in words with no appeal's ("Tour the
 * house in pictures." to the story's slideshow, "Read part two"): the story's pointer to more of
 * itself, which stays with it, below an appeal or not.
 */
function pointsOnward(line: Element): boolean {
  const link = lineLink(line);
  return link !== null && linkSignal(link.getAttribute('href') ?? '', true) === null && leadSignals(readerText(line, MAX_RUN_TEXT), false).length === 0;
}

function showsNothing(el: Element): boolean {
  if (OPAQUE_TAGS.has(el.localName)) return true;
  return (el.textContent ?? '').trim() === '' && el.querySelector(SHOWS_SOMETHING) === null && !el.matches(SHOWS_SOMETHING);
}

const SOCIAL_EVIDENCE: ReadonlySet<string> = new Set(['action-follow', 'action-follow-icon', 'link-social']);

/** A control that offers more than a share or a follow ("Facebook" on a share button reads as one). */
function offersMoreThanSocial(_control: Element, found: readonly Signal[]): boolean {
  return found.some((s) => s.category !== null && s.evidence !== 'action-put-off' && !SOCIAL_EVIDENCE.has(s.evidence));
}

/**
 * The buttons and links in `el` (itself included) that offer something, as `counts` has them
 * counted; their signals, and those of the other controls, go into `signals`. An offer that does
 * not count (another site's, a headline) says nothing of the plug.
 */
function offersIn(el: Element, signals?: Map<string, Signal>, counts: (control: Element, found: readonly Signal[]) => boolean = () => true): number {
  let offers = 0;
  for (const control of el.matches(CONTROLS) ? [el] : el.querySelectorAll(CONTROLS)) {
    const found = actionSignals(control);
    const offer = isOffer({ element: control, signals: found, kind: 'action' });
    if (offer && !counts(control, found)) continue;
    if (offer) offers++;
    if (signals) for (const signal of found) signals.set(signal.reason, signal);
  }
  return offers;
}

/** All the visible words of `el` are set in emphasised type (an italic note, a bold line). */
function isEmphasised(el: Element): boolean {
  if (el.localName !== 'p') return false;
  const texts = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  let words = false;
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if ((node.nodeValue ?? '').trim() === '') continue;
    words = true;
    let inEmphasis = false;
    for (let e = node.parentElement; e && e !== el; e = e.parentElement) {
      if (EMPHASIS.has(e.localName)) {
        inEmphasis = true;
        break;
      }
    }
    if (!inEmphasis) return false;
  }
  return words;
}

/** Whether the story blocks before `start` are enough (MIN_STORY_BLOCKS, and `least` characters) for the run not to be the story itself. */
function storyBefore(start: Element, blocks: ReadonlySet<Element>, least: number): boolean {
  let count = 0;
  let text = 0;
  for (let sib = start.previousElementSibling; sib; sib = sib.previousElementSibling) {
    if (!blocks.has(sib)) continue;
    const length = measureText(sib, least).length;
    if (length === 0) continue; // a rule, an image: no text of the story
    count++;
    text += length;
    if (count >= MIN_STORY_BLOCKS && text >= least) return true;
  }
  return false;
}

/**
 * The plug's evidence as one block; null unless it pitches and offers something to act on: in
 * the publication's voice (a strong phrase, not a passing word) with any offer of its own, or,
 * for an inline plug whose type already sets it apart, in lighter words with an offer on the site
 * itself (a platform link beside a passing word is as often a story's fundraiser) or with its
 * channels on several networks (isChannelRow). An inline plug's offers are calls of a few words,
 * not headlines.
 */
function evidenceOf(elements: readonly Element[], runText: number, reason: StoryPlug['reason']): StoryPlug | null {
  const signals = new Map<string, Signal>();
  const worded = new Set<string>();
  const offers = { site: 0, platform: 0 };
  let wordedTexts = 0;
  let strong = false;
  let weak = false;
  const site = ownSite(elements[0]!.ownerDocument);
  for (const el of elements) {
    // A line that is all one link says its words itself, as an inline plug, to the publication's own
    // accounts, or as a run's one line (isPitchingLink).
    const own = followsOwnAccounts(el, site);
    const wording = storyWording(sayings(el, reason === 'plug:inline' || own || elements.length === 1), HEADINGS.has(el.localName), own);
    if (wording.length > 0) wordedTexts++;
    for (const signal of wording) {
      signals.set(signal.reason, signal);
      if (signal.category) worded.add(signal.category);
      if (signal.evidence === 'pitch-strong' || signal.evidence === 'pitch-decisive') strong = true;
      else weak = true;
    }
    // What the site's own ids and classes say ("cta", "donate") counts as it does for any box.
    for (const box of [el, ...el.querySelectorAll('*')]) for (const signal of elementTokens(box)) signals.set(signal.reason, signal);
    offersIn(el, signals, (control, found) => {
      const source = reason === 'plug:inline' && !isCall(control, el) ? null : offerSource(control, found, site);
      if (source) offers[source]++;
      return source !== null;
    });
  }
  const total = offers.site + offers.platform;
  const lighter = weak && reason === 'plug:inline' && (offers.site > 0 || isChannelRow(elements[0]!));
  if (!(strong ? total > 0 : lighter)) return null;
  const candidate: Candidate = { element: elements[elements.length - 1]!, signals, offers: total, wordedTexts, text: { length: runText, overCap: false } };
  return { elements, candidate, worded, reason };
}

/** Networks a line's links lead to for it to list the publication's channels, not a writer's one handle. */
const MIN_CHANNELS = 2;

/** How many networks the links of `el` lead to: profiles and channels (linkSignal leaves share buttons out). */
function channelsIn(el: Element): number {
  const networks = new Set<string>();
  for (const link of el.querySelectorAll('a[href]')) {
    const signal = linkSignal(link.getAttribute('href') ?? '');
    if (signal?.evidence === 'link-social') networks.add(signal.reason);
  }
  return networks.size;
}

/**
 * An emphasised line that opens by asking to be followed ("Follow the Opinion section on Facebook,
 * Twitter and Instagram", "Suivez …") and links to several networks. A bio that ends "Follow her on
 * Twitter and Instagram" opens with the writer's name; a caption naming posts asks nothing.
 */
function isChannelRow(line: Element): boolean {
  if (channelsIn(line) < MIN_CHANNELS) return false;
  const opening = tokenize(line.textContent ?? '').slice(0, 2).join(' ');
  return findPitch(opening).some((hit) => hit.key === 'promo');
}

/**
 * The same call in the story's plain type, as its last line: only in the publication's own voice
 * ("Follow us on Facebook, on Twitter @…"; "+ Follow The Gazette on Facebook" to the Gazette's
 * own page there), a strong phrase; a story that ends "Follow the festival on Facebook and
 * Instagram" tells readers where to find someone else. A call to the publication's own accounts
 * needs no more than one.
 */
function isChannelLine(block: Element): boolean {
  const own = followsOwnAccounts(block, ownSite(block.ownerDocument));
  if (!own && channelsIn(block) < MIN_CHANNELS) return false;
  return storyWording(sayings(block, own), false, own).some((s) => s.category === 'promo' && s.evidence !== 'pitch-weak');
}

/**
 * A line that is all one link to an offer's page, whose words ask for it in a strong phrase ("Sign
 * up for the newsletter here." to the sign-up page): the story's last line set in the link's type.
 */
function isPitchingLink(line: Element): boolean {
  return isCallRow(line) && lineLink(line) !== null && storyWording(sayings(line, true), false).some((s) => s.category !== null && s.evidence !== 'pitch-weak');
}

/** What a line of the story says: its own words, or those of the link it is made of when `linkSpeaks`. */
function sayings(line: Element, linkSpeaks: boolean): string {
  return wordingOf(line) || (linkSpeaks && lineLink(line) ? readerText(line, MAX_RUN_TEXT) : '');
}

/**
 * The wording of a line of the story (leadSignals), where a call to follow someone it names ("Follow
 * the festival on Facebook", "Follow her on Twitter") tells the reader where to find them: a
 * passing word, unless the line speaks as the publication ("Follow us, The Gazette, on Twitter")
 * or leads to its own accounts (`ownAccounts`).
 */
function storyWording(said: string, heading: boolean, ownAccounts = false): Signal[] {
  const signals = leadSignals(said, heading);
  if (ownAccounts || !signals.some(namesWhomToFollow) || speaksAsPublication(said)) return signals;
  return signals.map((signal) => (namesWhomToFollow(signal) ? { ...signal, evidence: 'pitch-weak' } : signal));
}

/** A pitch phrase that asks to follow whoever stands in its gap ("follow ... on twitter"). */
function namesWhomToFollow(signal: Signal): boolean {
  const phrase = /"(.*)"$/.exec(signal.reason)?.[1] ?? '';
  return phrase.includes(' ... ') && findActions(phrase.slice(0, phrase.indexOf(' ... '))).some((hit) => hit.key === 'follow');
}

/**
 * Words a call to act may have (characters, in a script written without spaces): a longer link
 * label in a line of the story is a headline ("Related: Where to donate blood this weekend").
 */
const MAX_CALL_WORDS = 5;
const MAX_CALL_CHARS_UNSPACED = 10;

function isCall(control: Element, line: Element): boolean {
  const label = actionLabel(control);
  if (label !== null && label.split(/\s+/).length <= MAX_CALL_WORDS) return !(UNSPACED_SCRIPT.test(label) && unspacedLength(label) > MAX_CALL_CHARS_UNSPACED);
  // A longer label is a call when it leads to an offer's page ("Sign up for the series newsletter"
  // to /newsletters/…), as is a line that is all one link to one; a headline's link leads to a
  // story (linkSignal reads no offer in its slug).
  return (label !== null || control === lineLink(line)) && linkSignal(control.getAttribute('href') ?? '', true) !== null;
}

/**
 * The link a line is made of, all its words ("Sign up for our free newsletter …" to /newsletters,
 * or "[ Sign up … ]" with brackets, dashes or arrows set around it), or null.
 */
function lineLink(line: Element): Element | null {
  const link = line.querySelector('a[href]');
  return link !== null && countWordCharacters(link.textContent ?? '') === countWordCharacters(line.textContent ?? '') ? link : null;
}

/** Link targets that stand for a way to pay, install or listen wherever they are: a platform, not another organisation. */
const PLATFORM_EVIDENCE: ReadonlySet<string> = new Set(['link-payment', 'link-app-store', 'link-podcast', 'link-social']);

/**
 * Where an offer the publication makes leads: its own site (a button, a link within the site) or
 * a payment, app, podcast or social platform; null for another organisation's site, as a story's
 * "How to help" links to the charity's.
 */
function offerSource(control: Element, signals: readonly Signal[], site: ReadonlySet<string>): 'site' | 'platform' | null {
  const href = control.getAttribute('href');
  if (href === null) return 'site';
  if (signals.some((s) => PLATFORM_EVIDENCE.has(s.evidence))) return 'platform';
  return leadsOffSite(href, site) ? null : 'site';
}

/** The words `el` says itself: none when all its words are the labels of its buttons and links (a button row, "·" between them). */
function wordingOf(el: Element): string {
  return /\p{L}/u.test(textOutside(el, (parent) => parent.closest(CONTROLS) !== null)) ? (el.textContent ?? '') : '';
}

/**
 * An inline plug's bold or italic type is the editor setting it apart from the story, as a
 * dialog's frame does (the same bonus); a closing run's place is no such sign by itself.
 */
const SET_APART_BONUS: Readonly<Record<StoryPlug['reason'], number>> = { 'run:closing': 0, 'plug:inline': 1.5 };

/**
 * The plugs (of `plugs`, found by the page's protection) inside `root` that pass `threshold` as
 * one appeal: a verdict for each element, each after the first naming it as the plug's start, so
 * that a run collapses under one placeholder.
 */
export function plugVerdicts(plugs: readonly StoryPlug[], root: Document | Element, ctx: ScoreContext, threshold: number): Verdict[] {
  const found: Verdict[] = [];
  for (const plug of plugs) {
    const [start] = plug.elements;
    if (!start || !root.contains(start)) continue;
    const verdict = scoreCandidate(plug.candidate, ctx);
    verdict.score += SET_APART_BONUS[plug.reason];
    if (!verdict.eligible || verdict.score < threshold || !plug.worded.has(verdict.category)) continue;
    verdict.reasons.push(plug.reason);
    for (const element of plug.elements) {
      const own = { ...verdict, candidate: { ...plug.candidate, element }, reasons: [...verdict.reasons] };
      found.push(element === start ? own : { ...own, runStart: start });
    }
  }
  return found;
}

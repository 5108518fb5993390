import type { Candidate } from './candidates';
import { HEADINGS, measureText } from './dom';
import { scoreCandidate, type ScoreContext, type Verdict } from './score';
import type { Signal } from './signals/signal';
import { findInLabel } from './signals/phrases';
import type { Protection } from './types';
import { pitchSignal } from './signals/phrases';

/**
 * Appeals dropped into the article's own container with no wrapper of their own: a short heading
 * or lead with appeal wording, then its sibling action row (payment or donate buttons). The
 * smallest element holding both also holds article text, so protection refuses it; the run of
 * siblings is reported instead, each element on its own, never an article paragraph.
 */

/** Tags a lead may be: a heading, or a short line of text. */
const LEAD_TAGS = new Set([...HEADINGS, 'p', 'div', 'strong', 'b']);
/** Elements between a lead and its row that show nothing (a rule, an anchor, a line break). */
const SEPARATORS = new Set(['hr', 'br', 'a', 'span', 'div']);
/** Characters (whitespace excluded) a lead may hold: a heading or one short line, not a paragraph of the story. */
const MAX_LEAD_TEXT = 120;
/** A heading and one lead line at most. */
const MAX_LEADS = 2;

/**
 * For each action row whose evidence passes the threshold but that lacks wording, and whose
 * parent may not be hidden: the wording lead just before it and the row, as two verdicts.
 * `chosen` are the blocks already reported (a run never overlaps one).
 */
export function siblingRuns(
  verdicts: readonly Verdict[],
  chosen: readonly Verdict[],
  protection: Protection,
  threshold: number,
  ctx: ScoreContext,
): Verdict[] {
  const found: Verdict[] = [];
  const taken = chosen.map((v) => v.candidate.element);
  const overlapsTaken = (el: Element) => taken.some((t) => t === el || t.contains(el) || el.contains(t));
  // Rows share parents (a chain of nested rows, one container): each parent is asked once a pass.
  const parentAllowed = new Map<Element, boolean>();
  const mayHideParent = (parent: Element) => parentAllowed.get(parent) ?? parentAllowed.set(parent, protection.allows(parent)).get(parent)!;
  for (const row of verdicts) {
    const el = row.candidate.element;
    const parent = el.parentElement;
    if (row.eligible || row.score < threshold || row.candidate.offers < 2 || !parent) continue;
    if (overlapsTaken(el)) continue;
    const leads = leadsBefore(el, protection);
    if (leads.length === 0 || mayHideParent(parent)) continue;
    const signals = new Map(row.candidate.signals);
    let leadLength = 0;
    let worded = false;
    for (const lead of leads) {
      leadLength += lead.length;
      for (const signal of lead.signals) {
        signals.set(signal.reason, signal);
        worded = true;
      }
    }
    if (!worded) continue;
    const merged: Candidate = {
      element: el,
      signals,
      offers: row.candidate.offers,
      wordedTexts: row.candidate.wordedTexts + 1,
      text: { length: row.candidate.text.length + leadLength, overCap: false },
    };
    const verdict = scoreCandidate(merged, ctx);
    if (!verdict.eligible || verdict.score < threshold) continue;
    // The lead's own wording must point where the row does: a run is one appeal.
    if (!leads.some((lead) => lead.signals.some((s) => s.category === verdict.category))) continue;
    if (leads.some((lead) => overlapsTaken(lead.element))) continue;
    verdict.reasons.push('run:siblings');
    // Leads were gathered upwards: the last is the run's first element, the others follow it.
    const runStart = leads[leads.length - 1]!.element;
    found.push({ ...verdict, runStart });
    for (const lead of leads) {
      const own = { ...merged, element: lead.element };
      found.push(lead.element === runStart ? { ...verdict, candidate: own, reasons: [...verdict.reasons] } : { ...verdict, candidate: own, reasons: [...verdict.reasons], runStart });
      taken.push(lead.element);
    }
    taken.push(el);
  }
  return found;
}

interface Lead {
  readonly element: Element;
  readonly length: number;
  readonly signals: readonly Signal[];
}

/** The heading (and lead line) right before `row`, past separators that show no text; [] if none fits. */
function leadsBefore(row: Element, protection: Protection): Lead[] {
  const leads: Lead[] = [];
  for (let sib = row.previousElementSibling; sib && leads.length < MAX_LEADS; sib = sib.previousElementSibling) {
    const text = (sib.textContent ?? '').trim();
    if (text === '' && SEPARATORS.has(sib.localName) && sib.querySelector('img, svg, video, iframe') === null) {
      if (leads.length > 0) break; // a gap above the lead ends the run
      continue;
    }
    if (!LEAD_TAGS.has(sib.localName) || sib.querySelector('a, button, input, img, p, li') !== null) break;
    const length = measureText(sib, MAX_LEAD_TEXT);
    if (length.overCap || !protection.allows(sib) || protection.isArticleText(sib)) break;
    leads.push({ element: sib, length: length.length, signals: leadSignals(text, HEADINGS.has(sib.localName)) });
    if (HEADINGS.has(sib.localName)) break; // a heading opens the run
  }
  return leads.every((l) => l.signals.length === 0) ? [] : leads;
}

/**
 * Wording in a lead: its pitch phrases, and for a heading the offer it names ("Support …",
 * "Donate to …"), which titles the appeal below it.
 */
export function leadSignals(text: string, heading: boolean): Signal[] {
  const { actions, pitch } = findInLabel(text);
  const signals: Signal[] = pitch.map(pitchSignal);
  if (heading) {
    for (const hit of actions) {
      if (hit.key !== 'donate') continue;
      signals.push({ evidence: 'pitch-weak', category: 'donation', reason: `heading:${hit.lang}:${hit.key} "${hit.phrase}"` });
    }
  }
  return signals;
}

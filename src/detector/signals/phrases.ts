import type { Category } from '../../contract/categories';
import { LANGUAGE_CODES } from '../phrases/codes';
import { en } from '../phrases/en';
import type { ActionKind, LanguagePhrases } from '../phrases/types';
import { PhraseMatcher, type PhraseEntry } from '../phrase-matcher';
import type { Signal } from './signal';

export type PitchHit = PhraseEntry<Category>;
export type ActionHit = PhraseEntry<ActionKind>;

interface Matchers {
  readonly pitch: PhraseMatcher<Category>;
  readonly actions: PhraseMatcher<ActionKind>;
  readonly ownVoice: PhraseMatcher<'we'>;
  readonly networks: PhraseMatcher<Category>;
  readonly scan: PhraseMatcher<'scan'>;
}

/**
 * The languages read, by code. English is always there (bundled); the others come through
 * usePhrases (the content script reads them from storage, the tools from src/detector/phrases).
 */
const loaded = new Map<string, LanguagePhrases>([['en', en]]);
/** Built from `loaded` when first needed, and again after a language is added. */
let matchers: Matchers | undefined;

/** codes.ts order first (which language a shared phrase counts under), then any other code as added. */
function rank(lang: string): number {
  const index = (LANGUAGE_CODES as readonly string[]).indexOf(lang);
  return index === -1 ? LANGUAGE_CODES.length : index;
}

function build(): Matchers {
  const pitch = new PhraseMatcher<Category>();
  const actions = new PhraseMatcher<ActionKind>();
  const ownVoice = new PhraseMatcher<'we'>();
  const networks = new PhraseMatcher<Category>();
  const scan = new PhraseMatcher<'scan'>();
  const langs = [...loaded.keys()].sort((a, b) => rank(a) - rank(b));
  for (const lang of langs) {
    const phrases = loaded.get(lang)!;
    for (const [category, list] of Object.entries(phrases.pitch) as [Category, string][]) {
      for (const phrase of list.split('|')) pitch.add(category, lang, phrase);
    }
    for (const [kind, list] of Object.entries(phrases.actions) as [ActionKind, string][]) {
      for (const phrase of list.split('|')) actions.add(kind, lang, phrase);
    }
    for (const phrase of phrases.ownVoice?.split('|') ?? []) ownVoice.add('we', lang, phrase);
    for (const phrase of phrases.networks?.split('|') ?? []) networks.add('promo', lang, phrase);
    for (const phrase of phrases.scan?.split('|') ?? []) {
      pitch.add('promo', lang, phrase);
      scan.add('scan', lang, phrase);
    }
  }
  return { pitch, actions, ownVoice, networks, scan };
}

function current(): Matchers {
  return (matchers ??= build());
}

/**
 * Adds languages to the ones the detector reads (English is always read; a pack for `en` is
 * ignored). Takes effect from the next pass; call it between passes, not during one.
 */
export function usePhrases(packs: Readonly<Record<string, LanguagePhrases>>): void {
  for (const [lang, phrases] of Object.entries(packs)) {
    if (lang === 'en' || loaded.get(lang) === phrases) continue;
    loaded.set(lang, phrases);
    matchers = undefined;
  }
}

/** The codes of the languages read now, English first. */
export function loadedLanguages(): string[] {
  return [...loaded.keys()].sort((a, b) => rank(a) - rank(b));
}

/** Back to English alone (the tools between pages, the tests). */
export function resetPhrases(): void {
  if (loaded.size === 1) return;
  loaded.clear();
  loaded.set('en', en);
  matchers = undefined;
}

/** Starts a pass: texts matched in an earlier pass are matched again (see PhraseMatcher.forget). */
export function startPass(): void {
  const { pitch, actions, ownVoice, networks, scan } = current();
  pitch.forget();
  actions.forget();
  ownVoice.forget();
  networks.forget();
  scan.forget();
}

/** Appeal wording in a block of text. */
export function findPitch(text: string): PitchHit[] {
  return current().pitch.match(text);
}

/** The networks' name in a heading's text (LanguagePhrases.networks), as a promotion's pitch. */
export function findNetworks(text: string): PitchHit[] {
  return current().networks.match(text);
}

/** Whether `text` asks to scan a code (LanguagePhrases.scan). */
export function asksToScan(text: string): boolean {
  return current().scan.match(text).length > 0;
}

/** What a button or link offers, from its short text. */
export function findActions(text: string): ActionHit[] {
  return current().actions.match(text);
}

/** Whether `text` speaks as the publication ("we", "our") in a language read now. */
export function speaksAsPublication(text: string): boolean {
  return current().ownVoice.match(text).length > 0;
}

/** Both at once for a button or link label. */
export function findInLabel(text: string): { actions: ActionHit[]; pitch: PitchHit[] } {
  const { actions, pitch } = current();
  return { actions: actions.match(text), pitch: pitch.match(text) };
}

/** The signal of appeal wording a phrase found in a block's sentences is, by the phrase's weight. */
export function pitchSignal(hit: PitchHit): Signal {
  return { evidence: PITCH_EVIDENCE[hit.weight], category: hit.key, reason: `phrase:${hit.lang}:${hit.key} "${hit.phrase}"` };
}

const PITCH_EVIDENCE = { 1: 'pitch-weak', 2: 'pitch-strong', 3: 'pitch-decisive' } as const;

import type { Category } from '../../contract/categories';
import { LANGUAGES, type ActionKind } from '../phrases';
import { PhraseMatcher, buildScreen, type PhraseEntry } from '../phrase-matcher';
import type { WordScreen } from '../screen';

export type PitchHit = PhraseEntry<Category>;
export type ActionHit = PhraseEntry<ActionKind>;

function build(): { pitch: PhraseMatcher<Category>; actions: PhraseMatcher<ActionKind> } {
  const pitch = new PhraseMatcher<Category>();
  const actions = new PhraseMatcher<ActionKind>();
  for (const [lang, phrases] of Object.entries(LANGUAGES)) {
    for (const [category, list] of Object.entries(phrases.pitch) as [Category, readonly string[]][]) {
      for (const phrase of list) pitch.add(category, lang, phrase);
    }
    for (const [kind, list] of Object.entries(phrases.actions) as [ActionKind, readonly string[]][]) {
      for (const phrase of list) actions.add(kind, lang, phrase);
    }
  }
  return { pitch, actions };
}

const matchers = build();
let pitchScreen: WordScreen | null = null;
let actionScreen: WordScreen | null = null;

/** False when `text` cannot hold appeal wording (one expression, no split into words). */
export function mayHoldPitch(text: string): boolean {
  return (pitchScreen ??= buildScreen([matchers.pitch])).test(text);
}

/** False when `text` cannot hold a button phrase. */
export function mayHoldAction(text: string): boolean {
  return (actionScreen ??= buildScreen([matchers.actions])).test(text);
}

/** Appeal wording in a block of text. */
export function findPitch(text: string): PitchHit[] {
  return matchers.pitch.match(text);
}

/** What a button or link offers, from its short text. */
export function findActions(text: string): ActionHit[] {
  return matchers.actions.match(text);
}

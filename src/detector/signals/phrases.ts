import type { Category } from '../../contract/categories';
import { LANGUAGES, type ActionKind } from '../phrases';
import { PhraseMatcher, type PhraseEntry } from '../phrase-matcher';

export type PitchHit = PhraseEntry<Category>;
export type ActionHit = PhraseEntry<ActionKind>;

function build(): { pitch: PhraseMatcher<Category>; actions: PhraseMatcher<ActionKind> } {
  const pitch = new PhraseMatcher<Category>();
  const actions = new PhraseMatcher<ActionKind>();
  for (const [lang, phrases] of Object.entries(LANGUAGES)) {
    for (const [category, list] of Object.entries(phrases.pitch) as [Category, string][]) {
      for (const phrase of list.split('|')) pitch.add(category, lang, phrase);
    }
    for (const [kind, list] of Object.entries(phrases.actions) as [ActionKind, string][]) {
      for (const phrase of list.split('|')) actions.add(kind, lang, phrase);
    }
  }
  return { pitch, actions };
}

const matchers = build();
/** Starts a pass: texts matched in an earlier pass are matched again (see PhraseMatcher.forget). */
export function startPass(): void {
  matchers.pitch.forget();
  matchers.actions.forget();
}

/** Appeal wording in a block of text. */
export function findPitch(text: string): PitchHit[] {
  return matchers.pitch.match(text);
}

/** What a button or link offers, from its short text. */
export function findActions(text: string): ActionHit[] {
  return matchers.actions.match(text);
}

/** Both at once for a button or link label. */
export function findInLabel(text: string): { actions: ActionHit[]; pitch: PitchHit[] } {
  return { actions: matchers.actions.match(text), pitch: matchers.pitch.match(text) };
}

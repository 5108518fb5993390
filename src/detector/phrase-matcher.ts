/**
 * Finds listed phrases in short texts in one pass over the words (two map look-ups a word), so
 * the cost does not grow with the number of phrases or languages.
 */

export interface PhraseEntry<K extends string> {
  readonly key: K;
  readonly lang: string;
  readonly phrase: string;
  /** Several words (or a long substring in an unspaced script) rather than one word. */
  readonly strong: boolean;
}

interface WordEntry<K extends string> extends PhraseEntry<K> {
  readonly words: readonly string[];
}

const UNSPACED_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff66-\uff9f]/;
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;
/** Like WORD_SEPARATORS, but keeps the `*` that marks a stem in a listed phrase. */
const PATTERN_SEPARATORS = /[^\p{L}\p{N}*]+/u;
const STEM_KEY_LENGTH = 3;

export function tokenize(text: string): string[] {
  return text.toLowerCase().split(WORD_SEPARATORS).filter(Boolean);
}

export class PhraseMatcher<K extends string> {
  private readonly byFirstWord = new Map<string, WordEntry<K>[]>();
  private readonly byStem = new Map<string, WordEntry<K>[]>();
  private readonly substrings: PhraseEntry<K>[] = [];

  add(key: K, lang: string, phrase: string): void {
    if (UNSPACED_SCRIPT.test(phrase)) {
      const needle = phrase.toLowerCase().replace(/\s+/g, '');
      this.substrings.push({ key, lang, phrase: needle, strong: needle.length >= 4 });
      return;
    }
    const words = phrase.toLowerCase().split(PATTERN_SEPARATORS).filter(Boolean);
    const first = words[0];
    if (!first) return;
    const entry: WordEntry<K> = { key, lang, phrase, strong: words.length > 1, words };
    if (first.endsWith('*')) push(this.byStem, first.slice(0, STEM_KEY_LENGTH), entry);
    else push(this.byFirstWord, first, entry);
  }

  /** Distinct entries found in `text`. */
  match(text: string): PhraseEntry<K>[] {
    const found = new Set<PhraseEntry<K>>();
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      for (const entry of this.byFirstWord.get(token) ?? []) if (wordsMatchAt(entry.words, tokens, i)) found.add(entry);
      if (token.length >= STEM_KEY_LENGTH) {
        for (const entry of this.byStem.get(token.slice(0, STEM_KEY_LENGTH)) ?? []) {
          if (wordsMatchAt(entry.words, tokens, i)) found.add(entry);
        }
      }
    }
    if (this.substrings.length > 0 && UNSPACED_SCRIPT.test(text)) {
      const flat = text.toLowerCase().replace(/\s+/g, '');
      for (const entry of this.substrings) if (flat.includes(entry.phrase)) found.add(entry);
    }
    return [...found];
  }
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function wordsMatchAt(words: readonly string[], tokens: readonly string[], start: number): boolean {
  for (let j = 0; j < words.length; j++) {
    const token = tokens[start + j];
    const word = words[j] as string;
    if (token === undefined) return false;
    if (word.endsWith('*') ? !token.startsWith(word.slice(0, -1)) : token !== word) return false;
  }
  return true;
}

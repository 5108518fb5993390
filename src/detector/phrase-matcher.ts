/**
 * Finds listed phrases in short texts in one pass over the words (two map look-ups a word), so
 * the cost does not grow with the number of phrases or languages.
 *
 * Pattern syntax: lower-case words; `word*` matches any ending; `...` matches up to three words
 * ("sign up for ... newsletter"). Patterns in scripts written without spaces are substrings.
 */

/** 1: one word (weak); 2: a short phrase; 3: a long phrase that alone reads as an appeal. */
export type PhraseWeight = 1 | 2 | 3;

export interface PhraseEntry<K extends string> {
  readonly key: K;
  readonly lang: string;
  readonly phrase: string;
  readonly weight: PhraseWeight;
}

interface WordEntry<K extends string> extends PhraseEntry<K> {
  readonly words: readonly string[];
}

/** Thai: written without spaces between words, in letters and the vowel and tone marks on them. */
const THAI = '\\u0e00-\\u0e7f';
/** Kana, CJK ideographs, Hangul, Thai: scripts written without spaces between words. */
const UNSPACED = `\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff66-\\uff9f${THAI}`;
/** A character of a script written without spaces between words. */
export const UNSPACED_SCRIPT = new RegExp(`[${UNSPACED}]`);
const THAI_CHARACTERS = new RegExp(`[${THAI}]`, 'g');
/**
 * Katakana's letters and its long-vowel mark: a loanword is one run of them, so a listed word in
 * katakana is not found where the run goes on ("アプリ", app, in "アプリケーション", application;
 * "フォロー", follow, in "フォローアップ", follow-up). The middle dot "・" parts words.
 */
const KATAKANA = '\\u30a1-\\u30fa\\u30fc\\uff66-\\uff9f';
const KATAKANA_LETTER = new RegExp(`[${KATAKANA}]`);
/** White space between two katakana words, which parts them as the middle dot does. */
const KATAKANA_GAP = new RegExp(`(?<=[${KATAKANA}])\\s+(?=[${KATAKANA}])`, 'g');

/** A text as the listed words of unspaced scripts are looked for in it: lower case, without white space (but where it parts two katakana words). */
function flatten(text: string): string {
  return text.toLowerCase().replace(KATAKANA_GAP, '・').replace(/\s+/g, '');
}

/** Whether `flat` (a text without white space) holds `needle`, a listed word of an unspaced script, where a word can end. */
function holdsWord(flat: string, needle: string): boolean {
  if (!KATAKANA_LETTER.test(needle.at(-1) ?? '')) return flat.includes(needle);
  for (let at = flat.indexOf(needle); at >= 0; at = flat.indexOf(needle, at + 1)) {
    if (!KATAKANA_LETTER.test(flat.charAt(at + needle.length))) return true;
  }
  return false;
}

/**
 * How long a text is in characters of Japanese or Chinese, whose one character says about as much
 * as two of Thai (a Thai word spells its syllables in letters and marks: "บริจาค", donate, is six;
 * "寄付" two): what lengths in characters of an unspaced script are measured in.
 */
export function unspacedLength(text: string): number {
  const thai = text.match(THAI_CHARACTERS)?.length ?? 0;
  return text.length - thai / 2;
}
/**
 * A word: a run of letters, digits and the marks written on them (whatever is not punctuation, a
 * symbol, a separator or a control), in any script; it starts with no mark. Devanagari's vowel
 * signs and Thai's are marks, so without them "करें" would fall apart in pieces. A run of an
 * unspaced script is a word of its own, so a Latin word written against Japanese or Chinese
 * ("App Storeからダウンロード") is still a word.
 */
const WORD = new RegExp(`[${UNSPACED}]+|[^\\p{M}\\p{P}\\p{S}\\p{Z}\\p{C}${UNSPACED}][^\\p{P}\\p{S}\\p{Z}\\p{C}${UNSPACED}]*`, 'gu');
/** Separates a pattern's words, but keeps the `*` of a stem and the `...` of a gap. */
const PATTERN_SEPARATORS = /[^\p{L}\p{M}\p{N}*.]+/u;
const GAP = '...';
const MAX_GAP = 3;
const STEM_KEY_LENGTH = 3;
/** Texts up to this long have their matches remembered, up to MAX_REMEMBERED of them at a time. */
const MAX_REMEMBERED_TEXT = 4000;
const MAX_REMEMBERED = 512;

/** Characters that let one word be written in more than one way (below); most texts hold none and are left as they are. */
const SPELLED_TWO_WAYS = /[\u00ad\u015f\u0163\u0300-\u036f\u0390\u03ac-\u03b0\u03cc-\u03ce\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u065f\u0670\u0901\u093c\u0958-\u095f\u09bc\u09dc\u09dd\u09df\u200c\u200d]/;
/**
 * What a word is the same word without: Turkish i's dot, Hebrew's and Arabic's vowel points,
 * Devanagari's nukta; a soft hyphen and the zero-width (non-)joiner, invisible characters that
 * would cut a word in two.
 */
const DROPPED_MARKS = /[\u00ad\u0307\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u065f\u0670\u093c\u200c\u200d]/g;
/** Greek's vowels with the tonos (its accent), which words written in capitals leave out ("ΕΓΓΡΑΦΕΙΤΕ", εγγραφείτε). */
const GREEK_TONOS = /[\u0390\u03ac-\u03af\u03b0\u03cc-\u03ce]/g;
const UNACCENTED_GREEK: Readonly<Record<string, string>> = {
  ΐ: 'ϊ', ά: 'α', έ: 'ε', ή: 'η', ί: 'ι', ΰ: 'ϋ', ό: 'ο', ύ: 'υ', ώ: 'ω',
};
/**
 * Lower case, and one spelling of each word that can be written in more than one way: composed
 * ("ủ" written as u and a hook, as some editors save Vietnamese); Turkish "İ", which lower-cases
 * to i and a combining dot; Arabic and Hebrew with their vowel points, which news leaves out
 * ("تَبَرَّعْ", "תִּרְמוּ"); Devanagari's nukta, written or left out, precomposed or not
 * ("न्यूज़लेटर", "न्यूजलेटर"), and its two nasal marks, with which Hindi spells the same words
 * ("दिलाएँ", "दिलाएं"); Bengali's letters with a nukta, precomposed or not ("য়": letters of their
 * own, so the nukta stays); a soft hyphen or a zero-width joiner inside a word
 * ("Newsletter\u00adanmeldung", "র\u200d্যাব"); Romanian's s and t with a cedilla, as older pages write
 * them, for those with the comma below ("susţine", "susține"); Greek without its accents, as it is
 * written in capitals. The page's text and the listed phrases alike.
 */
export function folded(text: string): string {
  const lower = text.toLowerCase();
  if (!SPELLED_TWO_WAYS.test(lower)) return lower;
  return lower
    .normalize('NFC')
    .replace(DROPPED_MARKS, '')
    .replace(GREEK_TONOS, (vowel) => UNACCENTED_GREEK[vowel] ?? vowel)
    .replaceAll('\u0901', '\u0902')
    .replaceAll('\u015f', '\u0219')
    .replaceAll('\u0163', '\u021b');
}

export function tokenize(text: string): string[] {
  // Matching the words is a fifth faster than splitting at what lies between them and dropping the empties.
  return folded(text).match(WORD) ?? [];
}

/**
 * `text` begins or ends with the listed `phrase` (a stem's start counts; in a script written
 * without spaces, as a substring): where a button's call stands ("Subscribe for $1 a week", "Yes,
 * sign me up"), unlike a word of a headline's middle ("Ferry later due to storm").
 */
export function opensOrCloses(text: string, phrase: string): boolean {
  if (UNSPACED_SCRIPT.test(phrase)) {
    const flat = flatten(text);
    const needle = phrase.toLowerCase().replace(/[\s+*]+/g, '');
    return (flat.startsWith(needle) && holdsWord(flat.slice(0, needle.length + 1), needle)) || flat.replace(/[\p{P}\p{S}]+$/u, '').endsWith(needle);
  }
  const tokens = tokenize(text);
  const listed = phrase.toLowerCase().split(/\s+/).filter((w) => w !== GAP);
  const is = (token: string | undefined, word: string | undefined): boolean => {
    if (token === undefined || word === undefined) return false;
    const bare = tokenize(word)[0] ?? '';
    return word.endsWith('*') ? token.startsWith(bare) : token === bare;
  };
  return is(tokens[0], listed[0]) || is(tokens[tokens.length - 1], listed[listed.length - 1]);
}

export class PhraseMatcher<K extends string> {
  private readonly byFirstWord = new Map<string, WordEntry<K>[]>();
  private readonly byStem = new Map<string, WordEntry<K>[]>();
  private readonly substrings: PhraseEntry<K>[] = [];
  private readonly listed = new Set<string>();

  /** Adds a phrase; one listed by several languages counts once (under the first). */
  add(key: K, lang: string, listed: string): void {
    // "apóyanos+": one word that is a whole call, its object fused in; it weighs as two words.
    const fused = listed.endsWith('+');
    const phrase = fused ? listed.slice(0, -1) : listed;
    const id = `${key}\u0000${folded(phrase)}`;
    if (this.listed.has(id)) return;
    this.listed.add(id);
    if (UNSPACED_SCRIPT.test(phrase)) {
      const needle = phrase.toLowerCase().replace(/\s+/g, '');
      const length = unspacedLength(needle);
      this.substrings.push({ key, lang, phrase: needle, weight: length >= 7 ? 3 : length >= 4 ? 2 : 1 });
      return;
    }
    const words = folded(phrase).split(PATTERN_SEPARATORS).filter(Boolean);
    const first = words[0];
    if (!first || first === GAP) return;
    const weight = words.length >= 4 ? 3 : words.length >= 2 || fused ? 2 : 1;
    const entry: WordEntry<K> = { key, lang, phrase, weight, words };
    if (first.endsWith('*')) push(this.byStem, first.slice(0, STEM_KEY_LENGTH), entry);
    else push(this.byFirstWord, first, entry);
  }

  /**
   * Distinct entries found in `text`. A phrase found only inside a longer one found at the same
   * place ("your help" in "we need your help"), or on the very same words as another of its kind,
   * is not counted again.
   */
  match(text: string, tokens?: readonly string[]): PhraseEntry<K>[] {
    if (text.length > MAX_REMEMBERED_TEXT) return this.matchNow(text, tokens ?? tokenize(text));
    let found = this.remembered.get(text);
    if (found === undefined) {
      // Nested candidate blocks ask for the same block's text again and again within one pass.
      if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
      found = this.matchNow(text, tokens ?? tokenize(text));
      this.remembered.set(text, found);
    }
    return [...found];
  }

  private readonly remembered = new Map<string, readonly PhraseEntry<K>[]>();

  /** Forgets remembered texts: each pass starts afresh, so a pass costs the same whatever ran before. */
  forget(): void {
    this.remembered.clear();
  }

  private matchNow(text: string, tokens: readonly string[]): PhraseEntry<K>[] {
    const spans = new Map<PhraseEntry<K>, [number, number]>();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      const exact = this.byFirstWord.get(token);
      if (exact) this.tryAt(exact, tokens, i, spans);
      if (token.length >= STEM_KEY_LENGTH) {
        const stems = this.byStem.get(token.slice(0, STEM_KEY_LENGTH));
        if (stems) this.tryAt(stems, tokens, i, spans);
      }
    }
    const result: PhraseEntry<K>[] = [];
    if (spans.size > 0) {
      const all = [...spans];
      all.forEach(([entry, [start, end]], index) => {
        const covered = all.some(
          ([other, [s, e]], at) =>
            other !== entry &&
            s <= start &&
            end <= e &&
            // The same words read by a gap's pattern too ("follow us on twitter", "follow ... on twitter") are one finding.
            (e - s > end - start || (s === start && e === end && at < index && other.key === entry.key && other.lang === entry.lang)),
        );
        if (!covered) result.push(entry);
      });
    }
    if (this.substrings.length > 0 && UNSPACED_SCRIPT.test(text)) {
      const flat = flatten(text);
      const hits = this.substrings.filter((entry) => holdsWord(flat, entry.phrase));
      result.push(...hits.filter((h) => !hits.some((o) => o !== h && o.phrase.length > h.phrase.length && o.phrase.includes(h.phrase))));
    }
    return result;
  }

  private tryAt(entries: readonly WordEntry<K>[], tokens: readonly string[], i: number, spans: Map<PhraseEntry<K>, [number, number]>): void {
    for (const entry of entries) {
      if (spans.has(entry)) continue;
      const end = matchAt(entry.words, 0, tokens, i);
      if (end >= 0) spans.set(entry, [i, end]);
    }
  }
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Index just past the match of words[w..] at tokens[t..], or -1. */
function matchAt(words: readonly string[], w: number, tokens: readonly string[], t: number): number {
  if (w === words.length) return t;
  const word = words[w] as string;
  if (word === GAP) {
    for (let skip = 0; skip <= MAX_GAP; skip++) {
      const end = matchAt(words, w + 1, tokens, t + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[t];
  if (token === undefined) return -1;
  if (word.endsWith('*') ? !token.startsWith(word.slice(0, -1)) : token !== word) return -1;
  return matchAt(words, w + 1, tokens, t + 1);
}

/** Words, or characters of a script written without spaces, from which a label reads as a sentence. */
const MIN_SENTENCE_WORDS = 4;
const MIN_SENTENCE_CHARS_UNSPACED = 8;

/** Hangul syllables: Korean sets spaces between its words, where Japanese and Chinese set none. */
const HANGUL = /[\uac00-\ud7af]/;

/**
 * A label as long as a sentence ("No subscription yet? Subscribe now!"), not a button's word or two.
 * An unspaced script's run is measured whole: a tag inside it ("まずは一週間無料<span>お試し…</span>")
 * parts it where the reader sees no space. Korean written in words ("모바일 구독신청") is counted in
 * words, as a Latin label is.
 */
export function isSentence(label: string): boolean {
  const words = label.split(/\s+/);
  if (words.length >= MIN_SENTENCE_WORDS) return true;
  if (words.length > 1 && words.some((word) => HANGUL.test(word))) return false;
  return words.every((word) => UNSPACED_SCRIPT.test(word)) && unspacedLength(words.join('')) >= MIN_SENTENCE_CHARS_UNSPACED;
}

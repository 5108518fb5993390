/**
 * The language of the words Unnag shows (popup, settings, the lines and picker on the page): the
 * `_locales` file the browser chose, which names its own language and direction. Not the browser's
 * UI language: a browser in a language Unnag has no words for shows English words, which must be
 * marked English and laid out left to right, and a screen reader must speak the line on a news page
 * in the reader's language, not the page's.
 */
export interface TextLanguage {
  /** A BCP 47 tag, e.g. "pt-BR". */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

export function textLanguage(getMessage: (key: 'languageTag' | 'languageDirection') => string): TextLanguage {
  return { lang: getMessage('languageTag') || 'en', dir: getMessage('languageDirection') === 'rtl' ? 'rtl' : 'ltr' };
}

/**
 * Words that are not Unnag's (a page's text, a site's or a file's name, what the reader typed) set
 * into one of its sentences: isolated, as a `<bdi>` would be, so they keep their own direction and
 * the sentence its order around them: an English phrase quoted in an Arabic "Why: …" line, a host
 * name in a Hebrew switch's label. Strings, not elements, because they are substitutions of a
 * translated message (also read in `aria-label`s).
 */
export function isolated(words: string): string {
  return `\u2068${words}\u2069`;
}

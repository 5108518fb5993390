/**
 * A screen for phrase matching: one regular expression that says whether a text may hold any of
 * a set of key words (whole words, or word starts for stems) or, for scripts written without
 * spaces, a needle's first two characters. It may say "maybe" too often (its word boundaries
 * know only the common alphabets), never "no" to a text a phrase matcher would find something in.
 */

/** Letters and digits of the alphabets the phrases are written in: a key word must not touch one. */
const WORD_CHAR = 'a-z0-9\\u00c0-\\u024f\\u0400-\\u04ff';
const NOT_BEFORE = `(?<![${WORD_CHAR}])`;
const NOT_AFTER = `(?![${WORD_CHAR}])`;

export class WordScreen {
  readonly #re: RegExp;

  /** `words` match whole words, `stems` word starts, `needles` anywhere (white space ignored). All lower-case. */
  constructor(words: Iterable<string>, stems: Iterable<string>, needles: Iterable<string>) {
    const alternatives: string[] = [];
    const w = trie(words);
    const s = trie(stems);
    const keys = [w && `${w}${NOT_AFTER}`, s].filter(Boolean);
    if (keys.length) alternatives.push(`${NOT_BEFORE}(?:${keys.join('|')})`);
    // Needles: the first character, then (white space aside) the second; one class test rules most places out.
    const seconds = new Map<string, Set<string>>();
    for (const needle of needles) {
      const [first, second] = [...needle.replace(/\s+/g, '')];
      if (!first) continue;
      if (!seconds.has(first)) seconds.set(first, new Set());
      seconds.get(first)!.add(second ?? '');
    }
    if (seconds.size) {
      const branches = [...seconds].map(([first, set]) =>
        set.has('') ? escape(first) : `${escape(first)}\\s*[${[...set].map(escape).join('')}]`,
      );
      alternatives.push(`(?=[${[...seconds.keys()].map(escape).join('')}])(?:${branches.join('|')})`);
    }
    // Tested on lower-cased text: a case-insensitive expression is far slower outside ASCII.
    this.#re = alternatives.length ? new RegExp(alternatives.join('|')) : /(?!)/;
  }

  /** False when no key can be in `text`. */
  test(text: string): boolean {
    return this.#re.test(text.toLowerCase());
  }
}

type Trie = Map<string, Trie>;

/** A regular expression source matching exactly the given words, factored by common prefixes. */
function trie(list: Iterable<string>): string {
  const root: Trie = new Map();
  let any = false;
  for (const word of list) {
    if (!word) continue;
    any = true;
    let node = root;
    for (const c of `${word}\u0000`) {
      let next = node.get(c);
      if (!next) node.set(c, (next = new Map()));
      node = next;
    }
  }
  if (!any) return '';
  const source = (node: Trie): string => {
    const alternatives: string[] = [];
    let ends = false;
    for (const [c, child] of node) {
      if (c === '\u0000') ends = true;
      else alternatives.push(escape(c) + source(child));
    }
    if (alternatives.length === 0) return '';
    const body = alternatives.length === 1 && !ends ? (alternatives[0] as string) : `(?:${alternatives.join('|')})`;
    return ends ? `${body}?` : body;
  };
  return source(root);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

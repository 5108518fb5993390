import type { Category } from '../../contract/categories';

/** What a short button or link text offers to do. */
export const ACTION_KINDS = ['donate', 'subscribe', 'app', 'follow', 'listen', 'putOff', 'account'] as const;

export type ActionKind = (typeof ACTION_KINDS)[number];

/**
 * One language's wording, kept as data. Phrases are lower-case words; a word ending in `*`
 * matches any ending (for inflected languages: `подпиш*`, `abonn*`). Phrases in scripts written
 * without spaces (Japanese, Chinese) are matched as substrings. A phrase of one word is weak
 * evidence, a phrase of several words is strong; neither decides alone. A word ending in `+` is
 * strong alone: an imperative with its object fused in (`apóyanos+`, "support us"; `seguici+`),
 * as strong as the two words other languages need for it. Each list is one string
 * of phrases separated by `|` (smaller in the bundle than an array), and lists no phrase twice.
 */
export interface LanguagePhrases {
  /** Wording that pitches an appeal, by the category it pitches. */
  readonly pitch: { readonly [C in Category]?: string };
  /** Texts of buttons and links (a few words at most), by what they offer; `account` (log in, my account) marks menus, not appeals. */
  readonly actions: { readonly [K in ActionKind]?: string };
  /**
   * The words with which the publication speaks of itself ("we", "us", "our"): a box among a
   * story's paragraphs that says them is the publication's own, not the story's "How to help"
   * (site-furniture.ts). Each language lists its own: the Scandinavian "vi" is Italian's "you", Persian's
   * ما Arabic's "what".
   */
  readonly ownVoice?: string;
  /**
   * The networks' collective name ("social media", "réseaux sociaux"), read in a short heading
   * alone: over a row of links to the site's accounts it calls to follow them; in a sentence (a
   * writer who "covers social media", a story's "posted on social media") it pitches nothing.
   */
  readonly networks?: string;
  /**
   * Wording that asks to scan a code ("扫码关注", "scan the QR code"), read as a promotion's pitch
   * as well: beside a picture (the code) it is a call to act, as an app store's badge is, where
   * a Chinese site's app or account has no link to tap.
   */
  readonly scan?: string;
}

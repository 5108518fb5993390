import { hr } from './hr';
import type { LanguagePhrases } from './types';

/** Serbian's Latin letters and digraphs in its Cyrillic alphabet, one letter each (lj → љ, nj → њ, dž → џ). */
const CYRILLIC: Readonly<Record<string, string>> = {
  lj: 'љ', nj: 'њ', dž: 'џ', a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ј', k: 'к',
  l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у', v: 'в', z: 'з', ž: 'ж',
};
const LATIN = /lj|nj|dž|[a-zčćđšž]/g;

/** Phrases Serbian writes in Latin letters whatever its alphabet: a network's or a loanword's (WhatsApp, e-mail). */
const LATIN_ONLY = /[qwxy]|mail/;

/** `phrases` (a pack's `|`-separated list) in Latin letters and again in Cyrillic (LATIN_ONLY ones once). */
function inBothAlphabets(phrases: string): string {
  const cyrillic = phrases.split('|').filter((phrase) => !LATIN_ONLY.test(phrase)).map((phrase) => phrase.replace(LATIN, (letter) => CYRILLIC[letter] ?? letter));
  return [phrases, ...cyrillic].join('|');
}

function mapValues<T extends object>(lists: T): T {
  return Object.fromEntries(Object.entries(lists).map(([key, phrases]) => [key, inBothAlphabets(phrases as string)])) as T;
}

/**
 * Serbian: Croatian's wording (its ekavian spellings are listed beside the ijekavian ones), in the
 * Latin letters many Serbian sites write and in Cyrillic, letter for letter: one language in two
 * alphabets. A page in Cyrillic that declares nothing is told by the letters Russian and Ukrainian
 * do not write (ђ, ћ, џ, љ, њ, ј).
 */
export const sr: LanguagePhrases = {
  pitch: mapValues(hr.pitch),
  actions: mapValues(hr.actions),
  ownVoice: inBothAlphabets(hr.ownVoice ?? ''),
  networks: inBothAlphabets(hr.networks ?? ''),
};

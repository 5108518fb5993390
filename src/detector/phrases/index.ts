import type { LanguageCode } from './codes';
import { ar } from './ar';
import { bg } from './bg';
import { bn } from './bn';
import { ca } from './ca';
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { fa } from './fa';
import { fi } from './fi';
import { fr } from './fr';
import { he } from './he';
import { hi } from './hi';
import { hr } from './hr';
import { hu } from './hu';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { mr } from './mr';
import { nb } from './nb';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ro } from './ro';
import { ru } from './ru';
import { sk } from './sk';
import { sr } from './sr';
import { sv } from './sv';
import { ta } from './ta';
import { te } from './te';
import { th } from './th';
import { tr } from './tr';
import type { LanguagePhrases } from './types';
import { uk } from './uk';
import { ur } from './ur';
import { vi } from './vi';
import { zh } from './zh';

export { isLanguageCode, LANGUAGE_CODES, type LanguageCode } from './codes';
export type { ActionKind, LanguagePhrases } from './types';

/**
 * Every language's phrases, by its code. Add a language by adding a file here and its code to
 * codes.ts. The content script does not import this (it bundles `en` alone and reads the other
 * languages from storage, where the background puts them: src/packs/phrase-packs.ts); the
 * background, the tools and the tests do.
 */
export const LANGUAGES: Readonly<Record<LanguageCode, LanguagePhrases>> = { en, ru, uk, de, fr, es, it, pt, pl, cs, nl, sv, da, nb, tr, id, vi, ja, zh, ko, ar, fa, ur, he, hi, mr, bn, ta, te, th, el, ro, hu, fi, sk, ca, hr, sr, bg };

import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import type { LanguagePhrases } from './types';
import { uk } from './uk';
import { zh } from './zh';

export type { ActionKind, LanguagePhrases } from './types';

/** Every language the detector reads, by its code (used in reasons). Add a language by adding a file here. */
export const LANGUAGES: Readonly<Record<string, LanguagePhrases>> = { en, ru, uk, de, fr, es, it, pt, pl, cs, ja, zh };

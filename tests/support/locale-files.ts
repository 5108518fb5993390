/** Reads `_locales` the way the browser does, for tests that check wording and completeness. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

export interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type LocaleMessages = Record<string, LocaleEntry>;

export const localesDir = path.join(repoRoot, '_locales');

export function localeNames(): string[] {
  return readdirSync(localesDir).sort();
}

export function readLocale(name: string): LocaleMessages {
  return JSON.parse(readFileSync(path.join(localesDir, name, 'messages.json'), 'utf8')) as LocaleMessages;
}

/** chrome.i18n.getMessage's substitution: `$NAME$` → its placeholder's content → `$1` → the first substitution. */
export function format(messages: LocaleMessages, key: string, subs: readonly string[] = []): string {
  const entry = messages[key];
  if (!entry) throw new Error(`no message ${key}`);
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => placeholders[name.toLowerCase()] ?? '')
    .replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** Words not Unnag's as its sentences hold them: isolated (FSI … PDI), so they keep their own direction. */
export const iso = (words: string): string => `\u2068${words}\u2069`;

import { afterEach, describe, expect, it } from 'vitest';
import { detect, loadedLanguages, resetPhrases, usePhrases } from '../../../src/detector';
import { LANGUAGES } from '../../../src/detector/phrases';
import { findPitch } from '../../../src/detector/signals/phrases';
import { article } from './helpers';

/** Appeals caught only with their language's phrases (no English wording, no telling link). */
const GERMAN = '<h3>Unterstützen Sie unsere Arbeit</h3><p>Wir brauchen Ihre Hilfe: unabhängiger Journalismus kostet Geld.</p><a href="/mitmachen">Jetzt unterstützen</a>';
const RUSSIAN = '<h3>Поддержите нас</h3><p>Нам нужна ваша помощь, чтобы продолжать работу.</p><a href="/pomoch">Поддержать</a>';

function pageWith(box: string, lang: string): Document {
  const doc = document.implementation.createHTMLDocument('test');
  doc.documentElement.lang = lang;
  doc.body.innerHTML = `<main><article>${article()}</article></main><aside><div id="box">${box}</div><ul><li><a href="/pier">The pier reopens</a></li></ul></aside>`;
  return doc;
}

const found = (doc: Document) => detect(doc).map((f) => f.element.id);

afterEach(() => resetPhrases());

describe('the detector’s languages', () => {
  it('reads English alone until packs are added', () => {
    expect(loadedLanguages()).toEqual(['en']);
    expect(found(pageWith(GERMAN, 'de'))).toEqual([]);
    expect(found(pageWith(RUSSIAN, 'ru'))).toEqual([]);
    expect(findPitch('Support our journalism').map((h) => h.lang)).toContain('en');
  });

  it('finds an appeal once its language is added, from the next pass', () => {
    const doc = pageWith(GERMAN, 'de');
    expect(found(doc)).toEqual([]);
    usePhrases({ de: LANGUAGES.de });
    expect(loadedLanguages()).toEqual(['en', 'de']);
    expect(found(doc)).toEqual(['box']);
    usePhrases({ ru: LANGUAGES.ru });
    expect(found(pageWith(RUSSIAN, 'ru'))).toEqual(['box']);
  });

  it('adds only the languages given: another language’s appeal stays unread', () => {
    usePhrases({ ru: LANGUAGES.ru });
    expect(found(pageWith(GERMAN, 'de'))).toEqual([]);
  });

  it('keeps English whatever pack is given for it, and forgets the others on reset', () => {
    usePhrases({ en: { pitch: {}, actions: {} }, de: LANGUAGES.de });
    expect(findPitch('Please support independent journalism').length).toBeGreaterThan(0);
    resetPhrases();
    expect(loadedLanguages()).toEqual(['en']);
    expect(findPitch('Unterstützen Sie unsere Arbeit')).toEqual([]);
  });

  it('counts a phrase two languages list under the first of codes.ts, whatever order they were added in', () => {
    // "newsletter abonnieren" (de) vs a pack listing the same phrase added first under another code.
    usePhrases({ zh: { pitch: { newsletter: 'newsletter abonnieren' }, actions: {} } });
    usePhrases({ de: LANGUAGES.de });
    expect(findPitch('Newsletter abonnieren').find((h) => h.phrase === 'newsletter abonnieren')?.lang).toBe('de');
    expect(loadedLanguages()).toEqual(['en', 'de', 'zh']);
  });
});

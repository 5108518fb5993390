import { resetPhrases, usePhrases, type Finding } from '../../../src/detector';
import { LANGUAGES } from '../../../src/detector/phrases';
import { pageLanguages } from '../../../src/packs/phrase-packs';

/**
 * The detector reads `doc` in the languages the content script would load for it in a new tab:
 * English and the page's (declared, or implied by its script).
 */
export function readInPageLanguages(doc: Document): void {
  resetPhrases();
  usePhrases(Object.fromEntries(pageLanguages(doc).map((lang) => [lang, LANGUAGES[lang]])));
}

/**
 * A fresh document holding `body` (own prose only: no corpus text in tests), with the detector set
 * to read it in its languages (readInPageLanguages).
 */
export function page(body: string, lang = 'en'): Document {
  const doc = document.implementation.createHTMLDocument('test');
  doc.documentElement.lang = lang;
  doc.body.innerHTML = body;
  readInPageLanguages(doc);
  return doc;
}

/** An article long enough to be found as the main text. */
export function article(paragraphs = 8): string {
  const p = (i: number) =>
    `<p>Paragraph ${i} of the story tells how the harbour town rebuilt its old pier after the winter storms, ` +
    `with carpenters, divers and volunteers working through long evenings to finish before the ferry season.</p>`;
  return Array.from({ length: paragraphs }, (_, i) => p(i)).join('');
}

export function ids(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.element.id || f.element.localName);
}

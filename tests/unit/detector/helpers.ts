import type { Finding } from '../../../src/detector';

/** A fresh document holding `body` (own prose only: no corpus text in tests). */
export function page(body: string, lang = 'en'): Document {
  const doc = document.implementation.createHTMLDocument('test');
  doc.documentElement.lang = lang;
  doc.body.innerHTML = body;
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

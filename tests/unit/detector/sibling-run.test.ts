import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/detector';
import { article, page } from './helpers';

/** Own invented markup: a serial's chapter with an author's support heading and button row after it, in the chapter's container. */
const ROW = `<div class="row" id="row"><div class="cell"><button class="btn">PayPal</button></div>
  <div class="cell"><a class="btn" href="https://www.patreon.com/harbourwriter">Patreon</a></div></div>`;

function hidesParagraph(doc: Document, findings: readonly { element: Element }[]): boolean {
  return [...doc.querySelectorAll('p')].some((p) => findings.some((f) => f.element === p || f.element.contains(p)));
}

describe('an appeal made of sibling elements inside the article container', () => {
  it('is caught as its heading and its action row, each on its own', () => {
    const doc = page(`<main><div class="chapter"><div class="chapter-text">${article()}</div><hr><a id="tip"></a>
      <h5 id="lead">Support "The Harbour Diaries"</h5>${ROW}<hr><div class="nav"><a href="/ch/1">Previous</a><a href="/ch/3">Next</a></div></div></main>`);
    const findings = detect(doc);
    expect(findings.map((f) => [f.element.id, f.category])).toEqual([['lead', 'donation'], ['row', 'donation']]);
    expect(findings[1]?.runStart).toBe(findings[0]?.element);
    expect(hidesParagraph(doc, findings)).toBe(false);
  });

  it('never hides a story paragraph that reads like an appeal, nor a story subheading', () => {
    const doc = page(`<main><article>${article(4)}
      <p id="plea">The harbour master asked readers to support the volunteers, and said that without your support the pier would not have reopened this spring, which is why the town thanked everyone who came.</p>
      ${ROW}<h4>Support for the pier</h4>${article(4)}</article></main>`);
    const findings = detect(doc);
    expect(hidesParagraph(doc, findings)).toBe(false);
    expect(findings.some((f) => f.element.localName === 'h4')).toBe(false);
  });

  it('leaves a payment row with no wording before it alone', () => {
    const doc = page(`<main><article>${article(6)}<hr>${ROW}</article></main>`);
    expect(detect(doc)).toEqual([]);
  });
});

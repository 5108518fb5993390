import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { COLLAPSED_ATTR } from '../../../src/contract/page-contract';
import { detect } from '../../../src/detector';
import { scorePage, type CorpusLabel } from '../../../tools/eval/score';
import { readInPageLanguages } from './helpers';

// Third-party pages are read from the shared folder at run time, never copied into the repository.
const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');
const present = fs.existsSync(path.join(CORPUS, 'labels'));

function load(name: string): { doc: Document; label: CorpusLabel } {
  const label = JSON.parse(fs.readFileSync(path.join(CORPUS, 'labels', `${name}.json`), 'utf8')) as CorpusLabel;
  const dom = new JSDOM(fs.readFileSync(path.join(CORPUS, label.page), 'utf8'), { virtualConsole: new VirtualConsole() });
  readInPageLanguages(dom.window.document);
  return { doc: dom.window.document, label };
}

describe.skipIf(!present)(`corpus (skipped: no corpus at ${CORPUS})`, () => {
  it('collapses every appeal of the seed page and leaves its article untouched', () => {
    const { doc, label } = load('seed-moscow-times');
    for (const f of detect(doc)) f.element.setAttribute(COLLAPSED_ATTR, f.category);
    const score = scorePage(doc, label, () => true);
    expect(score.labels.filter((l) => l.status !== 'caught')).toEqual([]);
    expect(score.contentLoss).toEqual([]);
    expect(score.extras).toEqual([]);
  });

  it('never hides article text on any corpus page', () => {
    for (const file of fs.readdirSync(path.join(CORPUS, 'labels'))) {
      const { doc, label } = load(file.replace(/\.json$/, ''));
      for (const f of detect(doc)) f.element.setAttribute(COLLAPSED_ATTR, f.category);
      expect(scorePage(doc, label, () => true).contentLoss, file).toEqual([]);
    }
  }, 120_000);
});

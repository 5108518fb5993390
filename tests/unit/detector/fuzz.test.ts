import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, detectInSlices } from '../../../src/detector';

const TAGS = ['div', 'section', 'aside', 'p', 'span', 'a', 'button', 'form', 'input', 'ul', 'li', 'h3', 'footer', 'svg', 'noscript', 'dialog'];
const TEXTS = ['Donate', 'Support our journalism', 'Not now', 'Sign up for our newsletter', 'Get the app', 'harbour news', '', '×'];
const CLASSES = ['', 'newsletter', 'promo', 'x1', 'modal', 'donate-box'];

interface Node {
  tag: string;
  cls: string;
  text: string;
  href: boolean;
  children: Node[];
}

const node: fc.Memo<Node> = fc.memo((depth) =>
  fc.record({
    tag: fc.constantFrom(...TAGS),
    cls: fc.constantFrom(...CLASSES),
    text: fc.constantFrom(...TEXTS),
    href: fc.boolean(),
    children: depth > 1 ? fc.array(node(depth - 1), { maxLength: 4 }) : fc.constant([]),
  }),
);

function render(doc: Document, n: Node): Element {
  const el = doc.createElement(n.tag);
  if (n.cls) el.setAttribute('class', n.cls);
  if (n.href && n.tag === 'a') el.setAttribute('href', n.text.includes('Donate') ? '/donate' : '/x');
  if (n.tag === 'input') el.setAttribute('type', 'email');
  el.append(n.text);
  for (const child of n.children) el.append(render(doc, child));
  return el;
}

function finish<T>(g: Generator<void, T, void>): T {
  for (let s = g.next(); ; s = g.next()) if (s.done) return s.value;
}

describe('detect on random pages', () => {
  it('never throws, never returns html/body or the article, and slices agree with a full pass', () => {
    fc.assert(
      fc.property(fc.array(node(4), { maxLength: 6 }), fc.integer({ min: 0, max: 6 }), (trees, at) => {
        const doc = document.implementation.createHTMLDocument('fuzz');
        const story = doc.createElement('article');
        story.id = 'story';
        for (let i = 0; i < 6; i++) {
          const p = doc.createElement('p');
          p.textContent = `Paragraph ${i} about the harbour and its pier, rebuilt after the storms by volunteers who worked late.`;
          story.append(p);
        }
        trees.forEach((t, i) => {
          const el = render(doc, t);
          (i === at ? story : doc.body).append(el);
        });
        doc.body.insertBefore(story, doc.body.children[at] ?? null);
        const findings = detect(doc);
        for (const f of findings) {
          expect(['html', 'body']).not.toContain(f.element.localName);
          expect(f.element === story || f.element.contains(story)).toBe(false);
        }
        expect(finish(detectInSlices(doc)).map((f) => f.element)).toEqual(findings.map((f) => f.element));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('survives 5,000-deep nesting, SVG, comments and detached roots', () => {
    const doc = document.implementation.createHTMLDocument('deep');
    let el: Element = doc.body;
    for (let i = 0; i < 5000; i++) {
      const child = doc.createElement(i % 2 ? 'div' : 'span');
      el.append(child);
      el = child;
    }
    el.innerHTML = '<svg class="newsletter"><a href="/donate"><text>Donate</text></a></svg><!-- x --><p>Support our journalism</p><a href="/donate">Donate</a>';
    expect(() => detect(doc)).not.toThrow();
    expect(() => detect(doc.createElement('div'))).not.toThrow();
    expect(() => detect(doc.body)).not.toThrow();
  }, 30_000);
});

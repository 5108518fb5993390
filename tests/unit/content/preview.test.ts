import { beforeEach, describe, expect, it } from 'vitest';
import { describeElement } from '../../../src/content/picker';
import { drawsWords, openingWords, previewOf } from '../../../src/content/preview';

function element(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('openingWords', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it('parts words where the markup parts them, however long the element is', () => {
    // A story section of many short blocks and no spaces between them: textContent reads "HeadlineFirst…".
    const blocks = Array.from({ length: 400 }, (_, i) => `<p>Paragraph${i}</p>`).join('');
    const el = element(`<section><h2>Headline</h2>${blocks}</section>`);
    expect(el.textContent!.length).toBeGreaterThan(2_000);
    expect(openingWords(el, 4)).toBe('Headline Paragraph0 Paragraph1 Paragraph2…');
  });

  it('says nothing of scripts and styles, and adds no "…" when nothing follows', () => {
    const el = element('<div><style>.x{}</style><b>Give</b> <script>track()</script>today</div>');
    expect(openingWords(el, 3)).toBe('Give today');
  });

  it('reads the words a widget draws in its shadow root, and none while it draws only styles', () => {
    const host = element('<div></div>');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>p { color: red }</style>';
    expect(drawsWords(host)).toBe(false);
    root.innerHTML += '<p>Join the newsletter</p>';
    expect(drawsWords(host)).toBe(true);
    expect(previewOf(host)).toBe('Join the newsletter');
  });

  it('says nothing of what an icon draws or a closed list offers, however deep the words lie in them', () => {
    const el = element('<section><svg><title>Heart icon</title><text>♥</text></svg><h2>Support us</h2><select><option>$5</option><optgroup><option>$10</option></optgroup></select><button>Give</button></section>');
    expect(openingWords(el, 12)).toBe('Support us Give');
  });

  it('names a frame by its title, else its site, and a frame the page wrote itself by nothing', () => {
    expect(previewOf(element('<div><iframe title="Newsletter sign-up" src="https://forms.example/x"></iframe></div>'))).toBe('Newsletter sign-up');
    expect(previewOf(element('<div><iframe src="https://forms.example/x"></iframe></div>'))).toBe('forms.example');
    // Not the page's own site, which an empty address resolves to.
    expect(previewOf(element('<div><iframe srcdoc="<p>Subscribe</p>"></iframe></div>'))).toBe('');
  });

  it('gives the picker the same reading, shorter', () => {
    const el = element('<section class="end-appeal wide x"><h2>Before</h2><p>you go, one two three four five six seven</p></section>');
    expect(describeElement(el)).toBe('section.end-appeal.wide — Before you go, one two three four five…');
  });
});

import { describe, expect, it } from 'vitest';
import { isControl } from '../../../src/content/reader-controls';

describe('what the reader clicks to open something', () => {
  it('is a link, a button or a field, or lies in one, or is marked as a control', () => {
    document.body.innerHTML = `
      <a id="link" href="/newsletter"><span id="in-link">Newsletter</span></a>
      <button id="button"><svg id="icon"></svg></button>
      <div role="button" id="role"><b id="in-role">Menu</b></div>
      <div aria-haspopup="dialog" id="popup">Sign in</div>
      <details><summary id="summary">More</summary></details>
      <div id="menu" style="cursor: pointer">Subscribe</div>`;
    // (A browser also gives the pointer cursor to what lies in the box; jsdom does not inherit it.)
    for (const id of ['link', 'in-link', 'button', 'icon', 'role', 'in-role', 'popup', 'summary', 'menu']) {
      expect(isControl(document.getElementById(id)), id).toBe(true);
    }
  });

  it('is not the story\'s text (in a skip link\'s target, or with a pointer cursor), a heading, a picture, nor anything but an element', () => {
    const story = 'The ferry will run every ninety minutes from November, the operator said, as the summer crews leave.';
    document.body.innerHTML = `<main tabindex="-1"><article><h1 id="title">Ferries</h1><p id="text">The ferry <em id="em">will</em> run.</p><img id="picture" alt="">` +
      `<p id="pointer" style="cursor: pointer">${story}</p></article></main>`;
    for (const id of ['title', 'text', 'em', 'picture', 'pointer']) expect(isControl(document.getElementById(id)), id).toBe(false);
    expect(isControl(document.getElementById('text')!.firstChild)).toBe(false);
    expect(isControl(null)).toBe(false);
    expect(isControl(window)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isControl, ReaderOpened } from '../../../src/content/reader-controls';

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

describe('what the reader opened', () => {
  const click = (target: EventTarget | null, isTrusted: boolean) => ({ isTrusted, target }) as unknown as Event;

  it('counts a trusted click on a control for a second, not the page\'s own click nor one on the story\'s text', () => {
    document.body.innerHTML = '<button id="menu">Newsletter</button><p id="text">The ferry will run every ninety minutes.</p>';
    let now = 5_000;
    const opened = new ReaderOpened(() => now);
    expect(opened.justClicked()).toBe(false);
    opened.onClick(click(document.getElementById('menu'), false));
    expect(opened.justClicked()).toBe(false);
    opened.onClick(click(document.getElementById('text'), true));
    expect(opened.justClicked()).toBe(false);
    opened.onClick(click(document.getElementById('menu'), true));
    expect(opened.justClicked()).toBe(true);
    now += 999;
    expect(opened.justClicked()).toBe(true);
    now += 1;
    expect(opened.justClicked()).toBe(false);
  });

  it('holds the dialogs noted as inserted, what lies in them and what holds them; not the rest of what the click inserted', () => {
    document.body.innerHTML =
      '<div id="sheet"><div role="dialog" id="dialog"><p id="inside">Sign up</p></div></div>' +
      '<section id="story"><aside id="appeal">Support us</aside></section><dialog id="other"></dialog>';
    const opened = new ReaderOpened(() => 0);
    const byId = (id: string) => document.getElementById(id)!;
    expect(opened.holds(byId('dialog'))).toBe(false);
    opened.noteInserted(byId('sheet'));
    opened.noteInserted(byId('story'));
    for (const id of ['sheet', 'dialog', 'inside']) expect(opened.holds(byId(id)), id).toBe(true);
    for (const id of ['story', 'appeal', 'other']) expect(opened.holds(byId(id)), id).toBe(false);
  });
});

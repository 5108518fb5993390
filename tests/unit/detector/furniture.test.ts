import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/detector';
import { article, page } from './helpers';

/** Page furniture that uses appeal words without being an appeal. All markup here is invented. */
describe('page furniture is not clutter', () => {
  it('leaves an author bio with profile links alone, wording about the person included', () => {
    const doc = page(`<main><article>${article()}
      <div id="bio"><img src="avatar.png" alt=""><div>Morgan Quill</div>
        <p>Morgan Quill is a staff writer at the Gazette. She has written for <a href="https://harbour.example/morgan">Harbour Weekly</a>
        and hosts <a href="https://audio.example/tides">a monthly podcast</a> about lighthouses. She will never miss a chance to visit one.</p>
        <div><a href="https://twitter.com/morganquill"><svg></svg></a> <a href="https://www.instagram.com/morganquill"><svg></svg></a></div>
      </div></article></main>`);
    expect(detect(doc).map((f) => f.element.id)).not.toContain('bio');
  });

  it('leaves a block holding one of the site\'s own choice lists (a theme picker) alone, follow-us links beside it', () => {
    const doc = page(`<main><article>${article()}</article></main>
      <div id="side"><label>Theme <select><option>Dark</option><option>Light</option></select></label>
        <h3>Follow us on social media</h3><p>Never miss a story from the Gazette: follow us for the latest.</p>
        <a href="https://twitter.com/gazette">Twitter</a> <a href="https://www.facebook.com/gazette">Facebook</a></div>`);
    const found = detect(doc).map((f) => f.element);
    expect(found.some((el) => el.querySelector('select') !== null)).toBe(false);
  });

  it('still finds a follow-us row whose wording pitches', () => {
    const doc = page(`<main><article>${article()}</article></main>
      <div id="follow"><h3>Follow us on social media</h3><p>Never miss a story from the Gazette: follow us for the latest.</p>
        <a href="https://twitter.com/gazette">Twitter</a> <a href="https://www.facebook.com/gazette">Facebook</a>
        <a href="https://www.instagram.com/gazette">Instagram</a></div>`);
    expect(detect(doc).map((f) => f.element.id)).toContain('follow');
  });

  it('leaves a footer of headed link columns alone, one "Premium" link included', () => {
    const doc = page(`<main><article>${article()}</article></main>
      <div id="foot"><div id="cols">
        <div><h4>The Gazette</h4><ul><li><a href="/contact">Contact</a></li><li><a href="/staff">Our staff</a></li><li><a href="/archive">Archive</a></li></ul></div>
        <div><h4>Gazette Premium</h4><a href="/premium"><ul><li>Go premium</li><li>Ad free reading</li></ul></a></div>
        <div><h4>Elsewhere</h4><ul><li><a href="https://twitter.com/gazette">Twitter</a></li><li><a href="https://www.facebook.com/gazette">Facebook</a></li></ul></div>
      </div></div>`);
    const found = detect(doc).map((f) => f.element.id);
    expect(found).not.toContain('foot');
    expect(found).not.toContain('cols');
  });

  it('still finds several headed offers side by side, each pitching', () => {
    const doc = page(`<main><article>${article()}</article></main>
      <div id="letters">
        <div><h4>Morning briefing</h4><p>Sign up for our morning newsletter, delivered to your inbox.</p></div>
        <div><h4>Weekend reads</h4><p>Get the best stories of the week in your inbox.</p></div>
        <div><h4>Breaking news</h4><p>Subscribe to alerts and never miss a story.</p></div>
        <form><input type="email" placeholder="Your e-mail"><button>Sign up</button></form>
      </div>`);
    expect(detect(doc).map((f) => f.element.id)).toContain('letters');
  });

  it('counts scripted menu items (data-href) as menu links: a menu with one pitch entry is navigation', () => {
    const doc = page(`<main><article>${article()}</article></main>
      <div id="top"><span class="btn-abo" data-href="/abo">Abonnez-vous maintenant, à partir de 2 € par mois</span>
        <ul><li><span data-href="/shop">Boutique</span><ul>
          <li><span data-href="/shop/books">Livres</span></li><li><span data-href="/shop/maps">Cartes anciennes</span></li>
          <li><span data-href="/shop/prints">Affiches</span></li><li><span data-href="/shop/games">Jeux de société</span></li>
          <li><span data-href="/jobs">Offres d'emploi immobilier</span></li><li><span data-href="/events">Agenda culturel</span></li>
        </ul></li></ul></div>`, 'fr');
    expect(detect(doc).map((f) => f.element.id)).not.toContain('top');
  });

  it('still finds the same pitch standing in a box of its own', () => {
    const doc = page(`<main><article>${article()}</article></main>
      <p id="pitch"><span class="btn-abo" data-href="/abo">Abonnez-vous maintenant, à partir de 2 € par mois</span></p>`, 'fr');
    expect(detect(doc).map((f) => f.element.id)).toContain('pitch');
  });
});

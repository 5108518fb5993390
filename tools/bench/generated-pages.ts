/**
 * Synthetic news pages for the benchmark: an article, two appeals, and as many feed cards, link
 * lists and comments as it takes to reach a given element count; plus a 5,000-deep nesting page
 * and the storm page (an article and an empty feed the storm fills). Invented text.
 */
const WORDS =
  'harbour council ferry night market bridge library orchard weather school river tram budget housing season crew island festival museum'.split(' ');

function sentence(seed: number, words = 14): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  return out.join(' ') + '.';
}

const ARTICLE = `<article><h1>The ferry timetable changes for the summer</h1><div class="story">${Array.from(
  { length: 12 },
  (_, i) => `<p>${sentence(i, 40)}</p>`,
).join('')}</div></article>`;

const APPEALS = `<aside class="support-box"><h2>Before you go</h2><p>We are funded by readers like you. Please support our journalism with a contribution today.</p><a href="/donate">Donate</a> <button>Remind me later</button></aside>
<div class="newsletter-signup"><h3>The morning briefing</h3><p>Get our newsletter in your inbox every weekday.</p><form><input type="email" aria-label="E-mail"><button>Sign up</button></form></div>`;

/** One feed card: 8 elements. */
function card(i: number): string {
  return `<div class="card"><h3><a href="/story/${i}">${sentence(i, 6)}</a></h3><p>${sentence(i + 3, 18)}</p><div class="meta"><span>${i} min</span><time>today</time></div></div>`;
}

function wrap(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark page</title></head><body><header><nav><a href="/">Home</a><a href="/city">City</a></nav></header><main>${ARTICLE}${APPEALS}<section class="feed">${body}</section></main><footer><p>Footer</p></footer></body></html>`;
}

/** A page of about `elements` elements. */
export function newsPage(elements: number): string {
  const cards: string[] = [];
  for (let i = 0; i * 8 < elements - 60; i++) cards.push(card(i));
  return wrap(cards.join(''));
}

/**
 * A feed card 5,000 divs deep in a folded (hidden) thread, and another 2,000 deep in sight. Built by
 * script: the HTML parser flattens nesting past a few hundred levels, and Chromium's renderer
 * crashes laying out a chain of about 3,000, so deeper than that a page can only keep it folded.
 */
export function deepPage(): string {
  const nest = `(parent, depth) => { for (let i = 0; i < depth; i++) parent = parent.appendChild(document.createElement('div')); return parent; }`;
  return wrap(`<div id="deep"></div><script>(() => {
    const nest = ${nest};
    const deep = document.getElementById('deep');
    const folded = deep.appendChild(document.createElement('div'));
    folded.hidden = true;
    nest(folded, 5000).innerHTML = ${JSON.stringify(card(1))};
    nest(deep, 2000).innerHTML = ${JSON.stringify(card(2))};
  })();</script>`);
}

/** The storm's own feed card HTML, for the page script: 1 in `appealEvery` is an appeal (0: none). */
export function stormCard(i: number, appealEvery = 10): string {
  return appealEvery > 0 && i % appealEvery === appealEvery - 1
    ? `<div class="promo-slot"><p>Independent news needs your support. Become a member today.</p><a href="/join">Join</a> <button>Not now</button></div>`
    : card(i);
}

export const stormPage = (): string => wrap('');

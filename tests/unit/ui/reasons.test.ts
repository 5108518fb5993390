import { describe, expect, it } from 'vitest';
import { PICKED_REASON } from '../../../src/messaging/messages';
import { describeReason, describeReasons } from '../../../src/ui/reasons';
import type { Message } from '../../../src/ui/i18n';
import { format, iso, readLocale } from '../../support/locale-files';
import { detect } from '../../../src/detector';
import { article, page } from '../detector/helpers';

const en = readLocale('en');
const say = (message: Message) => format(en, message.key, message.subs);

describe('describeReason', () => {
  it.each([
    ['phrase:en:donation "support us"', `Its text says “${iso('support us')}”`],
    ['button:de:donate "jetzt spenden"', `A button or link says “${iso('jetzt spenden')}”`],
    ['label:en:newsletter "sign up for our newsletter"', `Its label says “${iso('sign up for our newsletter')}”`],
    ['link:payment', 'It links to a payment service'],
    ['link:donate-path', 'It links to a donation page'],
    ['link:app-store:play.google', 'It links to an app store'],
    ['link:app-page', 'It links to the site’s page for its app'],
    ['link:podcast:podcasts.apple', 'It links to a podcast app'],
    ['amount "$5"', `A button offers a sum of money: “${iso('$5')}”`],
    ['price "$1"', `Its text names a price beside a subscription offer: “${iso('$1')}”`],
    ['link:newsletter-path', 'It links to a newsletter sign-up'],
    ['link:newsletter-signup', 'A sentence stands beside its only button, which signs you up for a newsletter'],
    ['link:subscribe-path', 'It links to a subscription offer'],
    ['link:social:facebook', 'It links to a social media profile'],
    // A network's bare mark leading to its page: the same link, told once (see below).
    ['link:social:facebook:icon', 'It links to a social media profile'],
    ['form:email', 'It asks for an e-mail address'],
    ['form:signup', 'It is a sign-up form: an e-mail field and its button, nothing else asked'],
    ['form:login', 'It has a log-in form'],
    ['form:comment', 'It has a text box'],
    ['frame:signup', 'It holds a newsletter’s sign-up form, framed from the newsletter’s platform'],
    ['frame:donation', 'It holds a donation form, framed from a payment service'],
    ['token:newsletter', `The page’s code calls it “${iso('newsletter')}”`],
    ['position:fixed', 'It stays on screen as you scroll'],
    ['heading:en:donate "support"', `Its heading says “${iso('support')}”`],
    ['run:closing', 'It closes the article, set apart from the story'],
    ['plug:inline', 'It breaks into the article in bold or italic type'],
    ['run:siblings', 'Its heading and its buttons stand apart, as one appeal'],
    ['role:dialog', 'It opens over the page as a dialog'],
    ['role:complementary', 'The page marks it as a side note'],
    [PICKED_REASON, 'You picked it'],
  ])('%s → %s', (reason, text) => {
    expect(say(describeReason(reason))).toBe(text);
  });

  it('keeps a phrase with quotes and spaces whole', () => {
    expect(describeReason('phrase:ru:donation "поддержите нас "сейчас""')).toEqual({ key: 'reasonPhrase', subs: [iso('поддержите нас "сейчас"')] });
  });

  it('shows a reason it does not know as it is, even one named like an Object property', () => {
    expect(say(describeReason('score:12'))).toBe(`Sign: ${iso('score:12')}`);
    expect(describeReason('constructor')).toEqual({ key: 'reasonOther', subs: [iso('constructor')] });
    expect(describeReason('__proto__')).toEqual({ key: 'reasonOther', subs: [iso('__proto__')] });
  });
});

describe('describeReasons', () => {
  it('leaves out the notes of what counted against the block', () => {
    expect(describeReasons(['link:payment', 'size:-2', 'links:-1.5']).map(say)).toEqual(['It links to a payment service']);
  });


  it('says each thing once, in the order found', () => {
    const messages = describeReasons(['link:social:x', 'link:social:x:icon', 'phrase:en:donation "support us"', 'link:social:facebook', 'phrase:de:donation "support us"']);
    expect(messages.map(say)).toEqual(['It links to a social media profile', `Its text says “${iso('support us')}”`]);
  });
});

describe('the reasons the detector gives', () => {
  it('each have a sentence of their own (none falls back to "Sign: …")', () => {
    const docs = [
      // A dialog with a put-off, an amount picker, a sign-up form, social links.
      page(`<main><article>${article()}</article></main>
        <div role="dialog"><h2>Support our journalism</h2><p>We rely on readers like you.</p><a href="https://www.paypal.com/donate">$5</a><a href="/donate">Donate</a><button>Maybe later</button></div>
        <aside class="newsletter"><p>Get our free newsletter in your inbox.</p><form><input type="email" name="email"><button>Sign up</button></form></aside>
        <div class="follow"><p>Follow us for more stories.</p><a href="https://www.facebook.com/harbour">Facebook</a><a href="https://www.instagram.com/harbour">Instagram</a><a href="https://www.youtube.com/harbour"><svg></svg></a></div>
        <div class="letter"><iframe src="https://harbour.substack.com/embed"></iframe></div><div class="give"><iframe src="https://donorbox.org/embed/harbour"></iframe></div>`),
      // A closing run and a heading over a row of payment buttons in the story's container.
      page(`<main><article>${article(3)}<p><em>Never miss a story: <a href="https://apps.apple.com/app/id1">download our free app</a>.</em></p>${article(3)}<hr><h3>Support independent local news</h3><p>Our newsroom is funded by readers like you. Please consider a monthly donation.</p><p><a href="/donate">Donate now</a></p></article></main>`),
      page(`<main><div class="chapter"><div class="chapter-text">${article()}</div><hr><h5>Support "The Harbour Diaries"</h5>
        <div class="row"><button>PayPal</button><a href="https://www.patreon.com/harbourwriter">Patreon</a></div></div></main>`),
    ];
    const reasons = new Set(docs.flatMap((doc) => detect(doc).flatMap((f) => f.reasons)));
    expect(reasons.size).toBeGreaterThan(8);
    for (const run of ['run:closing', 'plug:inline', 'run:siblings', 'role:dialog', 'frame:signup', 'frame:donation', 'link:social:youtube:icon']) expect(reasons).toContain(run);
    const unexplained = [...reasons].filter((r) => describeReasons([r]).some((m) => m.key === 'reasonOther'));
    expect(unexplained).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { PICKED_REASON } from '../../../src/messaging/messages';
import { describeReason, describeReasons } from '../../../src/ui/reasons';
import type { Message } from '../../../src/ui/i18n';
import { format, readLocale } from './locale-files';

const en = readLocale('en');
const say = (message: Message) => format(en, message.key, message.subs);

describe('describeReason', () => {
  it.each([
    ['phrase:en:donation "support us"', 'Its text says “support us”'],
    ['button:de:donate "jetzt spenden"', 'A button or link says “jetzt spenden”'],
    ['label:en:newsletter "sign up for our newsletter"', 'Its label says “sign up for our newsletter”'],
    ['link:payment', 'It links to a payment service'],
    ['link:donate-path', 'It links to a donation page'],
    ['link:app-store', 'It links to an app store'],
    ['link:podcast', 'It links to a podcast app'],
    ['amount "$5"', 'A button offers a sum of money: “$5”'],
    ['link:newsletter-path', 'It links to a newsletter sign-up'],
    ['link:subscribe-path', 'It links to a subscription offer'],
    ['link:social:facebook', 'It links to a social media profile'],
    ['form:email', 'It asks for an e-mail address'],
    ['form:signup', 'It is a sign-up form: an e-mail field and its button, nothing else asked'],
    ['form:login', 'It has a log-in form'],
    ['form:comment', 'It has a text box'],
    ['token:newsletter', 'The page’s code calls it “newsletter”'],
    ['position:fixed', 'It stays on screen as you scroll'],
    [PICKED_REASON, 'You picked it'],
  ])('%s → %s', (reason, text) => {
    expect(say(describeReason(reason))).toBe(text);
  });

  it('keeps a phrase with quotes and spaces whole', () => {
    expect(describeReason('phrase:ru:donation "поддержите нас "сейчас""')).toEqual({ key: 'reasonPhrase', subs: ['поддержите нас "сейчас"'] });
  });

  it('shows a reason it does not know as it is, even one named like an Object property', () => {
    expect(say(describeReason('score:12'))).toBe('Sign: score:12');
    expect(describeReason('constructor')).toEqual({ key: 'reasonOther', subs: ['constructor'] });
    expect(describeReason('__proto__')).toEqual({ key: 'reasonOther', subs: ['__proto__'] });
  });
});

describe('describeReasons', () => {
  it('says each thing once, in the order found', () => {
    const messages = describeReasons(['link:social:x', 'phrase:en:donation "support us"', 'link:social:facebook', 'phrase:de:donation "support us"']);
    expect(messages.map(say)).toEqual(['It links to a social media profile', 'Its text says “support us”']);
  });
});

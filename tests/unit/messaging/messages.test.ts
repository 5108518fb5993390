import { describe, expect, it } from 'vitest';
import { parseToBackground } from '../../../src/messaging/messages';

describe('messages to the background', () => {
  it('accepts a count and a rule in their exact shapes', () => {
    expect(parseToBackground({ type: 'collapsed-count', count: 3 })).toEqual({ type: 'collapsed-count', count: 3 });
    expect(parseToBackground({ type: 'add-rule', list: 'notClutter', selector: '#promo > p', extra: 1 })).toEqual({
      type: 'add-rule',
      list: 'notClutter',
      selector: '#promo > p',
    });
  });

  it.each([
    ['an unknown list', { type: 'add-rule', list: 'sites', selector: '.x' }],
    ['an empty selector', { type: 'add-rule', list: 'alwaysCollapse', selector: '' }],
    ['a selector with a control character', { type: 'add-rule', list: 'alwaysCollapse', selector: '.x\n' }],
    ['an overlong selector', { type: 'add-rule', list: 'alwaysCollapse', selector: '.x'.repeat(200) }],
    ['a selector that is not text', { type: 'add-rule', list: 'alwaysCollapse', selector: ['.x'] }],
    ['a negative count', { type: 'collapsed-count', count: -1 }],
    ['not an object', 'add-rule'],
  ])('refuses %s', (_name, message) => {
    expect(parseToBackground(message)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { frameReportMessage, parseFrameReport, parsePageState, parseRuleSaved, parseToBackground } from '../../../src/messaging/messages';

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

describe('the background\'s answer to a rule', () => {
  it('counts a rule saved only on a plain yes', () => {
    expect(parseRuleSaved({ saved: true })).toBe(true);
    for (const answer of [{ saved: false }, { saved: 'true' }, true, undefined, null, [{ saved: true }]]) {
      expect(parseRuleSaved(answer)).toBe(false);
    }
  });
});

describe('the page\'s state, as the popup reads it', () => {
  const state = { hostname: 'news.example', enabled: true, items: [{ id: 1, kind: 'custom', preview: 'Sign up', reasons: ['picked:reader', 3], revealed: false }], unsavedChoice: true, syncUnread: false };

  it('keeps what it knows and drops reasons that are not text', () => {
    expect(parsePageState(state)).toEqual({ ...state, items: [{ ...state.items[0], reasons: ['picked:reader'] }] });
  });

  it.each([
    ['no word on unsaved choices', { ...state, unsavedChoice: undefined }],
    ['an unsaved choice that is not a yes or no', { ...state, unsavedChoice: 'yes' }],
    ['no word on whether the page read sync', { ...state, syncUnread: undefined }],
    ['a sync read that is not a yes or no', { ...state, syncUnread: 1 }],
    ['an item of an unknown kind', { ...state, items: [{ ...state.items[0], kind: 'ads' }] }],
  ])('refuses %s', (_name, value) => {
    expect(parsePageState(value)).toBeNull();
  });
});

describe('a frame\'s report to the page around it', () => {
  const report = { category: 'donation' as const, reasons: ['phrase:en:donation "readers like you"', 'form:email'] };

  it('crosses as a string and comes back the same, with nothing else the sender added', () => {
    const message = frameReportMessage(report);
    expect(typeof message).toBe('string');
    expect(parseFrameReport(message)).toEqual(report);
    expect(parseFrameReport(message.replace('}', ',"selector":"main"}'))).toEqual(report);
  });

  it.each([
    ['the page\'s own messages', { type: 'resize', height: 300 }],
    ['a report that is not text', report],
    ['text without the mark', JSON.stringify(report)],
    ['broken data after the mark', frameReportMessage(report).slice(0, -2)],
    ['an unknown kind', frameReportMessage({ ...report, category: 'custom' as never })],
    ['reasons that are not text', frameReportMessage({ ...report, reasons: [1 as never] })],
    ['too many reasons', frameReportMessage({ ...report, reasons: Array.from({ length: 25 }, (_, i) => `form:r${i}`) })],
    ['an overlong reason', frameReportMessage({ ...report, reasons: ['x'.repeat(201)] })],
    ['an enormous message', frameReportMessage(report) + ' '.repeat(10_000)],
  ])('refuses %s', (_name, data) => {
    expect(parseFrameReport(data)).toBeNull();
  });
});

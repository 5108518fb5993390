import { describe, expect, it } from 'vitest';
import { frameReportMessage, parseFrameReport, parseToBackground } from '../../../src/messaging/messages';

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

/**
 * The content script answers the popup through `sendResponse`, because Chrome ignores a Promise
 * returned by a runtime.onMessage listener (Firefox would accept either).
 */
import { describe, expect, it, vi } from 'vitest';
import { answerMessages, type RawMessageListener } from '../../../src/content/extension-api';

function listen(handle: (message: unknown) => unknown): RawMessageListener {
  let listener: RawMessageListener | undefined;
  answerMessages({ addListener: (added) => (listener = added) }, handle);
  return listener!;
}

describe('answerMessages', () => {
  it('answers a ready value through sendResponse at once, and does not hold the channel open', () => {
    const sendResponse = vi.fn();
    const keepsOpen = listen(() => ({ items: [] }))('get-page-state', {}, sendResponse);
    expect(sendResponse).toHaveBeenCalledExactlyOnceWith({ items: [] });
    expect(keepsOpen).toBe(false);
  });

  it('answers nothing to a message that is not its own, so another listener may', () => {
    const sendResponse = vi.fn();
    expect(listen(() => undefined)({ type: 'unknown' }, {}, sendResponse)).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('holds the channel open (returns true) for a later answer, and never returns the Promise itself', async () => {
    const sendResponse = vi.fn();
    const keepsOpen = listen(async () => 'later')('m', {}, sendResponse);
    expect(keepsOpen).toBe(true);
    expect(sendResponse).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledExactlyOnceWith('later'));
  });

  it('answers undefined when the later answer fails, so the sender is not left waiting', async () => {
    const sendResponse = vi.fn();
    expect(listen(() => Promise.reject(new Error('gone')))('m', {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledExactlyOnceWith(undefined));
  });
});

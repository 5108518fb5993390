/**
 * The content script's one door to the extension API, typed to what it uses, without
 * webextension-polyfill (10 KB that every page would load).
 *
 * Firefox offers `browser`; Chrome offers `chrome`, whose MV3 methods return promises just the same
 * (storage.*.get/set/remove, runtime.sendMessage). The one difference that matters here is
 * runtime.onMessage: Firefox accepts a Promise returned by the listener as the answer, Chrome
 * ignores it. `answerMessages` therefore answers through `sendResponse`, which both honour.
 * Popup, options and background keep the polyfill; this file is for the pages' side only.
 */
import type { StorageAreaLike, StorageChangeSource } from '../settings/areas';

export type SendResponse = (response: unknown) => void;

/** A raw runtime.onMessage listener: return true to answer later through `sendResponse`. */
export type RawMessageListener = (message: unknown, sender: unknown, sendResponse: SendResponse) => boolean;

export interface MessageEvent {
  addListener(listener: RawMessageListener): void;
}

export interface ExtensionApi {
  readonly runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    readonly onMessage: MessageEvent;
  };
  readonly storage: {
    readonly local: StorageAreaLike;
    /** Absent where the browser (or a policy) offers no sync storage. */
    readonly sync?: StorageAreaLike;
    readonly onChanged: StorageChangeSource;
  };
  readonly i18n: {
    getMessage(key: string, substitutions?: string[]): string;
  };
}

/** Firefox's `browser` when there is one (Chrome may grow an alias; it answers the same way), else Chrome's `chrome`. */
export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return (scope.browser ?? scope.chrome)!;
}

/**
 * Answers messages with what `handle` returns: undefined means "not mine, no answer"; a value is
 * sent at once; a Promise is sent when it settles (a rejection answers undefined, so the sender's
 * promise never hangs).
 */
export function answerMessages(event: MessageEvent, handle: (message: unknown) => unknown): void {
  event.addListener((message, _sender, sendResponse) => {
    const answer = handle(message);
    if (answer === undefined) return false;
    if (answer instanceof Promise) {
      answer.then(sendResponse, () => sendResponse(undefined));
      // Keeps the channel open until sendResponse is called.
      return true;
    }
    sendResponse(answer);
    return false;
  });
}
